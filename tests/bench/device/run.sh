#!/usr/bin/env bash
# Device link benchmarks (not tests): round trips/s reading 16 registers,
# the app's link layer beside libmodbus in the same run, on a raw pty and on
# a pty paced at a true 115200 baud; then connect → first full report.
# Usage: tests/bench/device/run.sh [BUILD_DIR] [SECONDS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
build="${1:-$here/build/device}"
seconds="${2:-3}"
ninja -C "$build" -j2 fieldbench-devsim bench_device_link bench_libmodbus >/dev/null
devsim="$build/app/devsim/fieldbench-devsim"
app="$build/tests/device/bench_device_link"
ref="$build/tests/device/bench_libmodbus"
work="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

start_sim() { # $1 = extra args; prints the pty path
    local log="$work/sim-$RANDOM.log"
    "$devsim" --model freezer --speed 0 --link "$work/ttyFBBENCH$RANDOM" $1 >"$log" 2>&1 </dev/zero &
    for _ in $(seq 50); do grep -q '^READY' "$log" && break; sleep 0.1; done
    awk '/^RTU /{print $2}' "$log"
}

for mode in raw paced; do
    extra=""; [ "$mode" = paced ] && extra="--pace --baud 115200"
    port="$(start_sim "$extra")"
    echo "== $mode pty ($port)"
    "$ref" "$port" "$seconds"
    "$app" --port "$port" --seconds "$seconds"
    "$ref" "$port" "$seconds"
    "$app" --port "$port" --seconds "$seconds"
    kill %% 2>/dev/null || true; wait 2>/dev/null || true
done

port="$(start_sim "--pace --baud 115200")"
echo "== connect to first full report (paced 115200)"
"$app" --port "$port" --first-report

if [ -x "$build/tests/device/bench_diagnostics_page" ] || ninja -C "$build" -j2 bench_diagnostics_page >/dev/null 2>&1; then
    echo "== diagnostics page with 86,400 points per series"
    QT_QPA_PLATFORM=offscreen "$build/tests/device/bench_diagnostics_page"
fi
