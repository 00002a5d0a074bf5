// PouchDB's own replicator as the comparison: pull a remote database into a
// fresh local PouchDB (leveldb), then push it to an empty remote database.
// Prints each direction's wall time, this process's CPU time (all its
// threads) and, with SERVER_PID set, the CPU time the server used meanwhile.
// Usage: [SERVER_PID=PID] node pouchdb_replicate.js SERVER_URL SOURCE_DB TARGET_DB WORK_DIR
const fs = require('fs');
const PouchDB = require('pouchdb');
const [, , server, sourceDb, targetDb, workDir] = process.argv;

function serverCpu() {
  const pid = process.env.SERVER_PID;
  if (!pid) return 0;
  // utime and stime, the 14th and 15th fields; the name before them ends at the last ')'.
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(')').pop().trim().split(/\s+/);
  return (Number(fields[11]) + Number(fields[12])) / 100; // USER_HZ, 100 on Linux
}

async function measure(run) {
  const wall = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const served = serverCpu();
  const result = await run();
  const used = process.cpuUsage(cpu);
  return {
    result,
    seconds: Number(process.hrtime.bigint() - wall) / 1e9,
    cpu: (used.user + used.system) / 1e6,
    server: serverCpu() - served,
  };
}

async function main() {
  const local = new PouchDB(workDir + '/pouch-local');
  const pull = await measure(() => PouchDB.replicate(server + sourceDb, local, { batch_size: 100 }));
  const push = await measure(() => PouchDB.replicate(local, server + targetDb, { batch_size: 100 }));
  console.log(JSON.stringify({
    pull_seconds: pull.seconds, pulled: pull.result.docs_written, pull_cpu: pull.cpu,
    pull_server_cpu: pull.server, push_seconds: push.seconds, pushed: push.result.docs_written,
    push_cpu: push.cpu, push_server_cpu: push.server,
  }));
}
main().catch((e) => { console.error(e); process.exit(1); });
