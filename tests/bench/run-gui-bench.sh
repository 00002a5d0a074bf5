#!/usr/bin/env bash
# GUI benchmarks (not tests) on a 100,000-ticket workspace, Release build:
#  1. start-up: process start to the first painted main window, fieldbench
#     beside a bare Qt Widgets window (the floor), BENCH_RUNS runs each,
#     interleaved; p50/p95/max and the ratio of the medians;
#  2. ticket list filter latency on the real Tickets page: setFilter() to the
#     first page of the new result painted, p50/p95/max per filter (clearing
#     all filters included) over BENCH_FILTER_RUNS runs each, and a
#     regression check for clearing all filters at full size.
# Targets: start-up within 1.5x of the floor, filter under 50 ms.
#
# usage: tests/bench/run-gui-bench.sh [BUILD_DIR]   (default build/gui-release)
# env:   BENCH_PLATFORM=xvfb|offscreen (default xvfb when xvfb-run exists)
#        BENCH_TICKETS=100000  BENCH_RUNS=20  BENCH_FILTER_RUNS=20
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-$root/build/gui-release}"
tickets="${BENCH_TICKETS:-100000}"
runs="${BENCH_RUNS:-20}"
filter_runs="${BENCH_FILTER_RUNS:-20}"
data="$build/bench-data-$tickets"

if [ "${BENCH_INNER:-0}" != "1" ]; then
  if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  fi
  ninja -C "$build" -j2 bench
  if [ ! -f "$data/workspace.fieldbench" ]; then
    echo "creating a $tickets-ticket workspace in $data"
    "$build/app/cli/fieldbench-cli" --data-dir "$data" demo init --tickets "$tickets" >/dev/null
  fi
  platform="${BENCH_PLATFORM:-}"
  if [ -z "$platform" ]; then
    if command -v xvfb-run >/dev/null; then platform=xvfb; else platform=offscreen; fi
  fi
  if [ "$platform" = xvfb ]; then
    # One X server for every run, as on a desktop that is already up.
    exec env BENCH_INNER=1 BENCH_PLATFORM=xvfb xvfb-run -a -s "-screen 0 1920x1080x24" "$0" "$build"
  fi
  exec env BENCH_INNER=1 BENCH_PLATFORM=offscreen QT_QPA_PLATFORM=offscreen "$0" "$build"
fi

# Settings of a user who ran Fieldbench before are not part of start-up.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-xcb}"

# Prints the milliseconds from launch to the first painted frame.
first_paint_ms() {
  local start out paint
  start=$(date +%s%3N)
  out=$(FIELDBENCH_BENCH_STARTUP=1 "$@")
  paint=$(printf '%s\n' "$out" | awk '/^first-paint-epoch-ms/ {print $2}')
  if [ -z "$paint" ]; then echo "no first paint reported by $1" >&2; exit 1; fi
  echo $((paint - start))
}

# p50/p95/max of the numbers on stdin (nearest rank).
stats() {
  sort -n | awk '{a[NR]=$1} END {
    p95 = int((NR * 95 + 99) / 100); if (p95 < 1) p95 = 1
    printf "p50 %d ms, p95 %d ms, max %d ms", a[int((NR+1)/2)], a[p95], a[NR]}'
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "platform: $BENCH_PLATFORM ($QT_QPA_PLATFORM), workspace: $data ($tickets tickets)"
# One warm-up run of each so the file cache is the same for both (the first
# run of a new build also upgrades the workspace schema and SLA deadlines).
first_paint_ms "$build/tests/bench/bench_bare_window" >/dev/null
first_paint_ms "$build/app/gui/fieldbench" --data-dir "$data" >/dev/null
first_paint_ms "$build/app/gui/fieldbench" --data-dir "$data" >/dev/null

bare=(); app=()
for _ in $(seq "$runs"); do
  bare+=("$(first_paint_ms "$build/tests/bench/bench_bare_window")")
  app+=("$(first_paint_ms "$build/app/gui/fieldbench" --data-dir "$data")")
done
bare_median=$(printf '%s\n' "${bare[@]}" | median)
app_median=$(printf '%s\n' "${app[@]}" | median)
echo "start-up to first paint over $runs runs each (ms):"
echo "  bare Qt window (floor): ${bare[*]}"
echo "  fieldbench:             ${app[*]}"
echo "start-up, bare Qt window (floor): $(printf '%s\n' "${bare[@]}" | stats)"
echo "start-up, fieldbench:             $(printf '%s\n' "${app[@]}" | stats)"
awk -v a="$app_median" -v b="$bare_median" \
  'BEGIN {r = a / b; printf "start-up ratio (medians) %.2fx of the floor (target <= 1.5x): %s\n", r, (r <= 1.5 ? "met" : "NOT met")}'

echo
"$build/tests/bench/bench_ticket_filter" --data-dir "$data" --runs "$filter_runs"
