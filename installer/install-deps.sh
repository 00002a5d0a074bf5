#!/usr/bin/env bash
# Installs every system and test dependency Fieldbench needs on Debian 12.
# Idempotent: only missing packages are installed; apt-get update runs once.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git file dpkg-dev
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libgl-dev
  qt6-charts-dev qt6-serialport-dev qt6-serialbus-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-qpa-plugins libqt6svg6
  qtkeychain-qt6-dev
  libsqlite3-dev sqlite3 libcurl4-openssl-dev libssl-dev
  xvfb xauth socat lrzsz poppler-utils fonts-dejavu-core python3
  libmodbus-dev clang
)
# The machine image brings Node.js with npm; Debian's own npm conflicts with it.
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "install-deps: system packages present" >&2
fi

# Node packages for the test HQ (pouchdb-server), pinned by the lockfile.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ "${FIELDBENCH_SKIP_NODE:-0}" != "1" ] && [ -f "$here/tests/hq/package.json" ]; then
  if [ ! -d "$here/tests/hq/node_modules" ]; then
    (cd "$here/tests/hq" && npm ci --omit=optional --no-audit --no-fund --loglevel=error)
  fi
fi
