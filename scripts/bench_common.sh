# Sourced by scripts/bench.sh and scripts/scaling.sh (not run on its own):
# the corpora to time and the binary to time them with.
#   bench_setup NAME [CORPUS ...]   sets `corpora` (the arguments, else the
#   two shared corpora) and `dyad` (DYAD_BUILD_DIR's binary, which is not
#   rebuilt, else build/release/dyad, built first). NAME prefixes errors.
bench_setup() {
  local name=$1
  shift
  corpora=("$@")
  [ ${#corpora[@]} -gt 0 ] || corpora=(../shared/corpora/reuters21578.jsonl ../shared/corpora/te3silver_afp_xin_gigaword.jsonl)
  if [ -n "${DYAD_BUILD_DIR:-}" ]; then
    dyad=$DYAD_BUILD_DIR/dyad
    [ -x "$dyad" ] || { echo "$name: no dyad binary in $DYAD_BUILD_DIR" >&2; exit 2; }
  else
    cmake --preset release >/dev/null
    cmake --build --preset release --target dyad >/dev/null
    dyad=build/release/dyad
  fi
}
