#!/usr/bin/env bash
# Sync benchmark (not a test): on one pouchdb-server, the app's initial pull
# and push of 10,000 ~1 KB tickets against PouchDB's own replicator and the
# floor of one `_all_docs?include_docs=true`, plus a no-change re-sync.
# Usage: tests/bench/sync/run.sh [BUILD_DIR] [N]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
build="${1:-$root/build/sync}"
n="${2:-10000}"
cli="$build/app/cli/fieldbench-cli"
server_js="$root/tests/hq/node_modules/pouchdb-server/bin/pouchdb-server"
[ -x "$cli" ] || { echo "bench: build fieldbench-cli first ($cli)" >&2; exit 2; }
[ -f "$server_js" ] || { echo "bench: run installer/install-deps.sh (pouchdb-server)" >&2; exit 2; }

work="$(mktemp -d)"
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# PouchDB 9 for the comparison, in a cache folder outside the repo.
pouch_dir="${FIELDBENCH_BENCH_NODE:-${XDG_CACHE_HOME:-$HOME/.cache}/fieldbench-bench-node}"
if [ ! -d "$pouch_dir/node_modules/pouchdb" ]; then
  mkdir -p "$pouch_dir"
  (cd "$pouch_dir" && npm install --no-audit --no-fund --loglevel=error pouchdb@9 >&2)
fi

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
url="http://127.0.0.1:$port/"
mkdir -p "$work/hq"
(cd "$work/hq" && exec node "$server_js" --port "$port" --host 127.0.0.1 --dir "$work/hq" \
   --config "$work/hq/config.json" --no-stdout-logs >/dev/null 2>&1) &
server_pid=$!
for _ in $(seq 1 200); do curl -sf "$url" >/dev/null && break; sleep 0.1; done

for db in catalog tech-src tech-app tech-pouch; do curl -sf -X PUT "$url$db" >/dev/null; done
node "$here/make_docs.js" "$url" tech-src "$n"

now() { date +%s.%N; }
elapsed() { python3 -c "print(f'{$2 - $1:.3f}')"; }

# Best of 3: the first request after the server starts also warms its JIT
# (twice the server CPU), which would flatter every ratio to the floor.
floor=99
for _ in 1 2 3; do
  t0=$(now); curl -sf "${url}tech-src/_all_docs?include_docs=true" -o /dev/null; t1=$(now)
  floor=$(python3 -c "print(f'{min($floor, $t1 - $t0):.3f}')")
done

# App pull into an empty workspace.
t0=$(now); "$cli" --data-dir "$work/ws" --json sync --url "$url" --tech src >"$work/pull.json"; t1=$(now)
app_pull=$(elapsed "$t0" "$t1")
# No-change re-sync (best of 5).
resync=99
for _ in 1 2 3 4 5; do
  t0=$(now); "$cli" --data-dir "$work/ws" --json sync >/dev/null; t1=$(now)
  resync=$(python3 -c "print(min($resync, $t1 - $t0))")
done
resync_inner=$("$cli" --data-dir "$work/ws" --json sync | python3 -c 'import json,sys; print("%.4f" % json.load(sys.stdin)["seconds"])')
# App push: queue every pulled document and sync to an empty database.
sqlite3 "$work/ws/workspace.fieldbench" \
  "INSERT INTO outbox (doc_id, rev, queued_at) SELECT id, rev, '2026-11-29T00:00:00Z' FROM docs;"
t0=$(now); "$cli" --data-dir "$work/ws" --json sync --tech app >"$work/push.json"; t1=$(now)
app_push=$(elapsed "$t0" "$t1")

pouch=$(NODE_PATH="$pouch_dir/node_modules" node "$here/pouchdb_replicate.js" "$url" tech-src tech-pouch "$work")

echo "documents: $n"
echo "floor (one _all_docs?include_docs=true, best of 3): ${floor} s"
echo "app pull: ${app_pull} s  $(tr -d '\n ' < "$work/pull.json")"
echo "app push: ${app_push} s  $(tr -d '\n ' < "$work/push.json")"
echo "app no-change re-sync: ${resync} s wall (process start included), ${resync_inner} s inside"
echo "pouchdb: $pouch"
# The targets of issue 4: at least 3x faster than PouchDB, within 2x of the floor.
python3 - "$floor" "$app_pull" "$app_push" "$pouch" <<'PY'
import json, sys
floor, pull, push = map(float, sys.argv[1:4])
pouch = json.loads(sys.argv[4])
print(f"ratios: pouchdb/app pull {pouch['pull_seconds'] / pull:.2f}x, "
      f"pouchdb/app push {pouch['push_seconds'] / push:.2f}x, "
      f"app pull/floor {pull / floor:.2f}x, app push/floor {push / floor:.2f}x")
PY
