// PouchDB's own replicator as the comparison: pull a remote database into a
// fresh local PouchDB (leveldb), then push it to an empty remote database.
// Usage: node pouchdb_replicate.js SERVER_URL SOURCE_DB TARGET_DB WORK_DIR
const PouchDB = require('pouchdb');
const [, , server, sourceDb, targetDb, workDir] = process.argv;

async function main() {
  const local = new PouchDB(workDir + '/pouch-local');
  let t = process.hrtime.bigint();
  const pulled = await PouchDB.replicate(server + sourceDb, local, { batch_size: 100 });
  const pullSeconds = Number(process.hrtime.bigint() - t) / 1e9;
  t = process.hrtime.bigint();
  const pushed = await PouchDB.replicate(local, server + targetDb, { batch_size: 100 });
  const pushSeconds = Number(process.hrtime.bigint() - t) / 1e9;
  console.log(JSON.stringify({ pull_seconds: pullSeconds, pulled: pulled.docs_written,
                               push_seconds: pushSeconds, pushed: pushed.docs_written }));
}
main().catch((e) => { console.error(e); process.exit(1); });
