#!/usr/bin/env bash
# The main job on the embedded default: installs what the build needs, builds
# Release, codes the bundled example articles (examples/, written by us) into
# dyad.db (SQLite) and prints the events and a USA-COL summary.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target dyad
db=${DYAD_DB:-dyad.db}
build/release/dyad code examples --db "$db" --quiet
echo
build/release/dyad relations --db "$db" USA COL --by month --format table
echo
build/release/dyad timeline --db "$db" --dyad USA-COL
