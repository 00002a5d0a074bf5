// The push counterpart of the floor: the same documents written into a fresh
// database with the fewest requests a replicator could use (one
// `_bulk_docs` with new_edits=false per 1,000 documents, bodies prepared
// before the clock starts). No _revs_diff, no checkpoints, no local reads.
// Usage: node write_floor.js SERVER_URL SOURCE_DB TARGET_DB
const [, , server, sourceDb, targetDb] = process.argv;

async function main() {
  const all = await (await fetch(`${server}${sourceDb}/_all_docs?include_docs=true`)).json();
  const docs = all.rows.filter((row) => !row.id.startsWith('_')).map((row) => row.doc);
  const bodies = [];
  for (let i = 0; i < docs.length; i += 1000)
    bodies.push(JSON.stringify({ new_edits: false, docs: docs.slice(i, i + 1000) }));
  const created = await fetch(`${server}${targetDb}`, { method: 'PUT' });
  if (created.status !== 201) throw new Error(`creating ${targetDb} answered ${created.status}`);
  const start = process.hrtime.bigint();
  for (const body of bodies) {
    const response = await fetch(`${server}${targetDb}/_bulk_docs`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body,
    });
    if (response.status !== 201) throw new Error(`_bulk_docs answered ${response.status}`);
    await response.arrayBuffer();
  }
  console.log((Number(process.hrtime.bigint() - start) / 1e9).toFixed(3));
}
main().catch((e) => { console.error(e); process.exit(1); });
