#!/usr/bin/env bash
# README command A: install what is missing, build Release and open the app
# on the built-in demo workspace with a simulated device.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

FIELDBENCH_SKIP_NODE=1 bash installer/install-deps.sh

cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc 2>/dev/null || echo 2)"

demo_dir="$root/build/release/demo-workspace"
if [ ! -f "$demo_dir/workspace.fieldbench" ]; then
  "$root/build/release/app/cli/fieldbench-cli" --data-dir "$demo_dir" demo init --tickets 2000 --seed 1
fi

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "run-demo: no display found; starting under xvfb-run (nothing will be visible)." >&2
  exec xvfb-run -a "$root/build/release/app/gui/fieldbench" --data-dir "$demo_dir" --demo-device "$@"
fi
exec "$root/build/release/app/gui/fieldbench" --data-dir "$demo_dir" --demo-device "$@"
