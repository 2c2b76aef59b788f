#!/usr/bin/env bash
# The whole test suite: installs what the build needs, builds with
# AddressSanitizer + UndefinedBehaviorSanitizer and runs every test through
# CTest (unit tests, end-to-end tests of the CLI, accuracy floors on the
# shared gold suites when ../shared is present).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan "$@"
