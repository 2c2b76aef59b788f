#!/usr/bin/env bash
# How far two threads can go on this machine: for each corpus, the best of N
# rounds of three runs, interleaved so that a busy spell hurts all three:
#   alone  one `dyad code --threads 1` on an idle machine;
#   pair   two such runs started together (two processes share nothing but
#          the hardware: caches, memory bandwidth, the hypervisor's time);
#   2T     one `dyad code --threads 2`.
# pair's throughput over alone's (2 x alone / pair) is the ceiling the
# machine sets; 2T over alone is what the engine reaches. On a virtual
# machine whose two cores slow each other down the ceiling is below 2x, and
# a speed-up target above the ceiling cannot be met by the engine alone.
#   scripts/scaling.sh [-n ROUNDS] [CORPUS.jsonl ...]
# Uses DYAD_BUILD_DIR's dyad if set, else builds Release (as scripts/bench.sh).
# The compiled dictionary cache is filled first, so loading is a cache hit.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=7
if [ "${1:-}" = "-n" ]; then rounds=$2; shift 2; fi
. scripts/bench_common.sh
bench_setup scaling.sh "$@"
: | "$dyad" code - --quiet >/dev/null 2>&1 || true  # fills the cache

now() { date +%s.%N; }
# Seconds taken by the command given, output discarded.
timed() {
  local t0 t1
  t0=$(now)
  "$@" >/dev/null 2>&1
  t1=$(now)
  awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.4f\n", b - a}'
}
pair() {
  local t0 t1
  t0=$(now)
  "$dyad" code "$1" --quiet --threads 1 >/dev/null 2>&1 &
  "$dyad" code "$1" --quiet --threads 1 >/dev/null 2>&1 &
  wait
  t1=$(now)
  awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.4f\n", b - a}'
}
min() { if [ -z "$1" ]; then echo "$2"; else awk -v a="$1" -v b="$2" 'BEGIN{print (b < a) ? b : a}'; fi; }

printf '%-36s %8s %8s %8s %10s %12s\n' corpus alone_s pair_s 2T_s ceiling 2T_speed-up
for c in "${corpora[@]}"; do
  if [ ! -f "$c" ]; then echo "skipped: $c not found (../shared absent?)"; continue; fi
  alone="" both="" two=""
  for ((i = 0; i < rounds; ++i)); do
    alone=$(min "$alone" "$(timed "$dyad" code "$c" --quiet --threads 1)")
    both=$(min "$both" "$(pair "$c")")
    two=$(min "$two" "$(timed "$dyad" code "$c" --quiet --threads 2)")
  done
  awk -v c="$(basename "$c")" -v a="$alone" -v p="$both" -v t="$two" \
    'BEGIN{printf "%-36s %8.3f %8.3f %8.3f %9.2fx %11.2fx\n", c, a, p, t, 2*a/p, a/t}'
done
echo "(best of $rounds interleaved rounds; ceiling = 2 x alone / pair, the speed-up two"
echo " independent one-thread processes get on this machine; whole runs, loading included)"
