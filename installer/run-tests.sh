#!/usr/bin/env bash
# README command B: install what is missing, build with warnings as errors,
# build the no-GUI configuration too, and run the whole suite through CTest.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash installer/install-deps.sh

jobs="$(nproc 2>/dev/null || echo 2)"

# Proves that nothing below gui needs Qt Widgets.
cmake --preset headless >/dev/null
cmake --build --preset headless -j "$jobs"

cmake --preset ci >/dev/null
cmake --build --preset ci -j "$jobs"
ctest --preset ci
