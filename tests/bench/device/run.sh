#!/usr/bin/env bash
# Device link benchmarks (not tests): round trips/s reading 16 input
# registers, the app's link layer beside libmodbus in the same run, on a raw
# pty and on a pty paced at a true 115200 baud (the simulator holds each reply
# until request + reply would have crossed the wire); then connect → first
# full report, then the diagnostics page with 86,400 points per series.
#
# Usage: tests/bench/device/run.sh [BUILD_DIR] [SECONDS]
#   BUILD_DIR  a Release build (default build/device-rel; make one with
#              cmake -S . -B build/device-rel -G Ninja -DCMAKE_BUILD_TYPE=Release)
#   SECONDS    per client run (default 3)
# Needs libmodbus-dev (installer/install-deps.sh) for the reference client.
# SKIP_PAGE=1 skips the diagnostics page part (it builds the whole GUI).
#
# Clients, each run twice, interleaved, against the same simulator:
#   libmodbus        stock libmodbus 3.1: sends the next request at once (no t3.5)
#   libmodbus+t3.5   libmodbus with the spec's gap added before each request
#   app              the app's RTU link as shipped (t3.5 = 3.5 x 11 bits = 335 us
#                    at 115200 baud)
#   app gap 1750     the app with the spec's recommended fixed 1750 us
#   app gap 0        the app's RTU link with the gap switched off (--gap-us 0),
#                    like stock libmodbus: the link layer's own cost
# The simulator reports the shortest silence each client left before a request.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
build="${1:-$root/build/device-rel}"
seconds="${2:-3}"

die() { echo "run.sh: $*" >&2; exit 2; }
[ -f "$build/build.ninja" ] ||
    die "no build in $build: cmake -S $root -B $build -G Ninja -DCMAKE_BUILD_TYPE=Release"
type="$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt")"
[ "$type" = Release ] || echo "warning: $build is a '$type' build; figures are only meaningful in Release" >&2
targets="$(ninja -C "$build" -t targets all 2>/dev/null || true)"
grep -q '^bench_libmodbus:' <<<"$targets" ||
    die "no bench_libmodbus target: install libmodbus-dev (installer/install-deps.sh) and re-run cmake on $build"
echo "building fieldbench-devsim bench_device_link bench_libmodbus in $build …" >&2
ninja -C "$build" -j2 fieldbench-devsim bench_device_link bench_libmodbus >"$build/bench-device-build.log" 2>&1 ||
    die "build failed (see $build/bench-device-build.log): ninja -C $build fieldbench-devsim bench_device_link bench_libmodbus"
devsim="$build/app/devsim/fieldbench-devsim"
app="$build/tests/device/bench_device_link"
ref="$build/tests/device/bench_libmodbus"
work="$(mktemp -d)"
sim_pid=""
cleanup() {
    [ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null
    exec 9>&- 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# Starts the simulator with control lines from a fifo (fd 9); sets $port.
start_sim() {
    stop_sim
    log="$work/sim.log"
    rm -f "$work/ctl"
    mkfifo "$work/ctl"
    "$devsim" --model freezer --speed 0 --link "$work/ttyFBBENCH$RANDOM" "$@" <"$work/ctl" >"$log" 2>&1 &
    sim_pid=$!
    exec 9>"$work/ctl"
    for _ in $(seq 100); do grep -q '^READY' "$log" && break; sleep 0.1; done
    grep -q '^READY' "$log" || die "the simulator did not start: $(cat "$log")"
    port="$(awk '/^RTU /{print $2}' "$log")"
}
stop_sim() {
    if [ -n "$sim_pid" ]; then
        kill "$sim_pid" 2>/dev/null || true
        wait "$sim_pid" 2>/dev/null || true
        sim_pid=""
        exec 9>&-
    fi
}
# Silence the last client left before its requests (and resets the count).
gaps() {
    local before
    before="$(grep -c '^gaps ' "$log" || true)"
    echo gaps >&9
    for _ in $(seq 50); do
        [ "$(grep -c '^gaps ' "$log" || true)" -gt "$before" ] && break
        sleep 0.05
    done
    grep '^gaps ' "$log" | tail -1 | awk '{printf "min gap %.0f us, mean %.0f us, %d below t3.5", $4, $6, $8}'
}
run() { # $1 = label, rest = command; prints the rate, logs the line
    local label="$1" line rate
    shift
    line="$("$@" 2>&1)" || echo "  ($label failed: $line)" >&2
    rate="$(awk '{print $2; exit}' <<<"$line")"
    printf '  %-16s %6s /s   [%s]\n' "$label" "$rate" "$(gaps)" >&2
    echo "$rate"
}
best() { printf '%s\n' "$@" | sort -n | tail -1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
verdict() { awk -v r="$1" 'BEGIN { print (r >= 0.9 ? "PASS" : "FAIL") }'; }

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
for mode in raw paced; do
    if [ "$mode" = paced ]; then start_sim --pace --baud 115200; else start_sim; fi
    gaps >/dev/null
    echo "== $mode pty, ${seconds}s per run ($port)"
    lib=() libgap=() appdef=() app1750=() app0=()
    for _ in 1 2; do
        lib+=("$(run libmodbus "$ref" "$port" "$seconds")")
        appdef+=("$(run app "$app" --port "$port" --seconds "$seconds")")
        libgap+=("$(run libmodbus+t3.5 "$ref" "$port" "$seconds" 1750)")
        app1750+=("$(run "app gap 1750" "$app" --port "$port" --seconds "$seconds" --gap-us 1750)")
        app0+=("$(run "app gap 0" "$app" --port "$port" --seconds "$seconds" --gap-us 0)")
    done
    l="$(best "${lib[@]}")" lg="$(best "${libgap[@]}")" a="$(best "${appdef[@]}")"
    a3="$(best "${app1750[@]}")" a0="$(best "${app0[@]}")"
    echo "  best of two (round trips/s): libmodbus $l, libmodbus+t3.5 $lg, app $a, app gap 1750 $a3, app gap 0 $a0"
    for pair in "app (t3.5 335us) / libmodbus:$a:$l" "app (gap 1750us) / libmodbus+t3.5:$a3:$lg" \
        "app (gap 0) / libmodbus:$a0:$l"; do
        IFS=: read -r name x y <<<"$pair"
        r="$(ratio "$x" "$y")"
        printf '  %-36s = %s  %s (target >= 0.9)\n' "$name" "$r" "$(verdict "$r")"
    done
done

start_sim --pace --baud 115200
echo "== connect to first full report (paced 115200, 20 connects)"
"$app" --port "$port" --first-report
stop_sim

if [ "${SKIP_PAGE:-0}" = 1 ]; then
    echo "(diagnostics page skipped: SKIP_PAGE=1)" >&2
elif grep -q '^bench_diagnostics_page:' <<<"$targets"; then
    echo "building bench_diagnostics_page …" >&2
    if ninja -C "$build" -j2 bench_diagnostics_page >"$build/bench-device-build.log" 2>&1; then
        echo "== diagnostics page with 86,400 points per series (offscreen)"
        QT_QPA_PLATFORM=offscreen "$build/tests/device/bench_diagnostics_page"
    else
        echo "bench_diagnostics_page did not build: ninja -C $build bench_diagnostics_page" >&2
    fi
else
    echo "(no bench_diagnostics_page: $build was configured without the GUI)" >&2
fi
