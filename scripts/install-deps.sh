#!/usr/bin/env bash
# Installs every Debian package dyad needs to build, test, benchmark and run.
# Idempotent: packages already present are left alone, so a second run is quick.
# Data that ships in Debian packages (WordNet, the Lingua::EN::Tagger lexicon,
# iso-codes) is read from where the package installs it; nothing is copied.
# The -dev packages of ICU, libxml2, SQLite, xxhash and Hunspell also ship the
# static archives the release preset links dyad with (DYAD_STATIC_DEPS,
# cmake/static_deps.cmake).
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  libicu-dev            # Unicode normalisation, case folding
  libsqlite3-dev sqlite3 # embedded store
  nlohmann-json3-dev    # JSON documents (suites, config)
  libsimdjson-dev       # fast JSON Lines ingest
  libcli11-dev          # command line
  libfmt-dev            # formatting
  libxml2-dev           # HTML parser
  zlib1g-dev liblzma-dev # libxml2's own dependencies, as archives for the release build's static link
  libxxhash-dev         # token and content hashing
  libmimalloc-dev       # faster malloc for the dyad binary (optional at build time)
  libgtest-dev libgmock-dev googletest
  libbenchmark-dev      # micro-benchmarks
  wordnet-base          # lemmas and verb frames, read at run time
  liblingua-en-tagger-perl # English tagger lexicon (words.yml, tags.yml), read at run time
  iso-codes             # ISO 3166 country names, English and Spanish
  libhunspell-dev       # Spanish morphology (lemmas, word classes) through Hunspell
  hunspell-es           # the Spanish Hunspell dictionary, read at run time
  time                  # /usr/bin/time for peak RSS in bench scripts
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq || echo "install-deps: apt-get update failed; trying with the current package lists"
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
