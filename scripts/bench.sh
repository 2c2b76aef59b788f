#!/usr/bin/env bash
# Whole-pipeline benchmark: codes the shared corpora with the full
# dictionaries, output to /dev/null, and prints one table row per corpus:
# articles/s, sentences/s (the whole run), coding sentences/s (the run less
# its dictionary loading, the rate on a long input), events/s, MB/s, peak
# RSS and the loading seconds; then each stage's share of the time.
#   scripts/bench.sh [--threads N] [--no-cache] [CORPUS.jsonl ...]
# Builds Release first (build/release), unless DYAD_BUILD_DIR names an
# existing build to measure instead (DYAD_BUILD_DIR=build/h-perf
# scripts/bench.sh), which is not rebuilt. Corpora default to ../shared/corpora/reuters21578.jsonl
# and te3silver_afp_xin_gigaword.jsonl; absent ones are reported and skipped.
# The compiled dictionary cache (docs/design.md) is filled before timing, so
# every run reads it as a user's second run does; --no-cache times the
# loading from the dictionary files instead.
set -euo pipefail
cd "$(dirname "$0")/.."
threads=1
if [ "${1:-}" = "--threads" ]; then threads=$2; shift 2; fi
cache_flag=()
if [ "${1:-}" = "--no-cache" ]; then cache_flag=(--no-cache); shift; fi
. scripts/bench_common.sh
bench_setup bench.sh "$@"
: | "$dyad" code - --quiet "${cache_flag[@]}" >/dev/null 2>&1 || true  # fills the cache
printf '%-36s %8s %10s %11s %12s %10s %8s %9s %9s %8s\n' corpus threads articles/s sentences/s coding_sent/s events/s MB/s peak_MB seconds loading
for c in "${corpora[@]}"; do
  if [ ! -f "$c" ]; then echo "skipped: $c not found (../shared absent?)"; continue; fi
  err=$(mktemp)
  /usr/bin/time -f 'RSS_KB %M' "$dyad" code "$c" --quiet --threads "$threads" "${cache_flag[@]}" >/dev/null 2>"$err" || true
  summary=$(grep '^dyad: ' "$err" | tail -1)
  rss=$(awk '/^RSS_KB/{print $2}' "$err")
  read -r arts sents evs secs load < <(echo "$summary" | sed -E 's/dyad: ([0-9]+) articles, ([0-9]+) sentences, ([0-9]+) events, [0-9]+ skipped inputs, ([0-9.]+) s \(loading ([0-9.]+) s\).*/\1 \2 \3 \4 \5/')
  bytes=$(stat -c %s "$c")
  awk -v c="$(basename "$c")" -v t="$threads" -v a="$arts" -v s="$sents" -v e="$evs" -v sec="$secs" -v b="$bytes" -v r="$rss" -v l="$load" \
    'BEGIN{printf "%-36s %8d %10.0f %11.0f %12.0f %10.0f %8.1f %9.1f %9.2f %8.3f\n", c, t, a/sec, s/sec, s/(sec-l), e/sec, b/1e6/sec, r/1024, sec, l}'
  rm -f "$err"
done
echo "(sentences/s: the whole run, dictionary loading included, reading to JSON output;"
echo " coding_sent/s: the same run without its loading seconds, the rate on a long input)"
# Per-stage shares from a separate run with `--stage-times` (the timed run
# above reads no clock per stage): each stage's wall time over the timed total.
echo
echo "per-stage share of time (dyad code --stage-times, $threads thread(s); largest first):"
for c in "${corpora[@]}"; do
  [ -f "$c" ] || continue
  shares=$("$dyad" code "$c" --quiet --threads "$threads" --stage-times "${cache_flag[@]}" 2>&1 >/dev/null |
    awk '/^  / && $1 != "total" {printf "%s%s %s", sep, $1, $4; sep=", "}')
  printf '%-36s %s\n' "$(basename "$c")" "$shares"
done
