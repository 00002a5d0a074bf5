#!/usr/bin/env bash
# Builds the .deb from a build tree and checks what it installs.
set -euo pipefail
build="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work" >"$work/cpack.log" 2>&1) || {
  cat "$work/cpack.log"; echo "FAIL: cpack could not build the package"; exit 1; }
deb="$(ls "$work"/*.deb | head -1)"
[ -f "$deb" ] || { echo "FAIL: no .deb produced"; exit 1; }
listing="$(dpkg-deb -c "$deb")"
failures=0
expect() {
  if grep -qE "$1" <<<"$listing"; then echo "ok   $1"; else echo "FAIL $1 missing"; failures=$((failures+1)); fi
}
expect '\./usr/bin/fieldbench$'
expect '\./usr/bin/fieldbench-cli$'
expect '\./usr/lib/(.+/)?fieldbench/fieldbench-documents\.so$'
expect '\./usr/lib/(.+/)?fieldbench/fieldbench-keychain\.so$'
expect '\./usr/share/applications/fieldbench\.desktop$'
expect '\./usr/share/icons/hicolor/scalable/apps/fieldbench\.svg$'
expect '\./usr/share/fieldbench/translations/fieldbench_de\.qm$'
expect '\./usr/share/fieldbench/manuals/'
expect '\./usr/share/fieldbench/policy/default-policy\.json$'
info="$(dpkg-deb -I "$deb")"
grep -q 'Package: fieldbench' <<<"$info" || { echo "FAIL control: package name"; failures=$((failures+1)); }
grep -q 'Depends: .*libqt6widgets6' <<<"$info" || { echo "FAIL control: Qt Widgets dependency"; failures=$((failures+1)); }
grep -q 'Depends: .*libcurl4' <<<"$info" || { echo "FAIL control: libcurl dependency (loaded on first use)"; failures=$((failures+1)); }
# The desktop entry must be valid and point at the installed binary.
dpkg-deb -x "$deb" "$work/root"
grep -q '^Exec=fieldbench' "$work/root/usr/share/applications/fieldbench.desktop" || { echo "FAIL desktop Exec"; failures=$((failures+1)); }
# The installed CLI finds its documents module (loaded for PDFs) from its folder.
cli="$work/root/usr/bin/fieldbench-cli"
if "$cli" --data-dir "$work/ws" demo init --tickets 3 >/dev/null \
  && "$cli" --data-dir "$work/ws" quote create --ticket T-000001 >/dev/null \
  && "$cli" --data-dir "$work/ws" quote add-labour Q-000001 1 >/dev/null \
  && "$cli" --data-dir "$work/ws" quote pdf Q-000001 --out "$work/q.pdf" >/dev/null \
  && pdftotext "$work/q.pdf" - | grep -q 'Q-000001'; then
  echo "ok   installed CLI prints a quote PDF"
else
  echo "FAIL installed CLI cannot print a quote PDF"; failures=$((failures+1))
fi
if [ "$failures" -gt 0 ]; then echo "$failures package check(s) failed"; exit 1; fi
echo "package ok: $(basename "$deb") $(stat -c %s "$deb") bytes"
