// Writes N ticket documents of about 1 KB into DB on the server.
// Usage: node make_docs.js SERVER_URL DB N
const [, , server, db, count] = process.argv;
const n = Number(count);

async function main() {
  for (let start = 0; start < n; start += 1000) {
    const docs = [];
    for (let i = start; i < Math.min(n, start + 1000); i++) {
      docs.push({
        _id: `ticket:bench${String(i).padStart(6, '0')}`, type: 'ticket', number: `T-B${i}`,
        customer_id: 'customer:c1', site_id: 'site:s1', device_serial: `FB-${i % 500}`,
        priority: i % 7 ? 'normal' : 'high', channel: 'phone',
        summary: 'Door does not lock; the lock motor hums and the bolt stays open. ' + 'x'.repeat(300),
        status: 'new', received_at: '2026-11-02T09:00:00Z',
        status_history: [{ status: 'new', at: '2026-11-02T09:00:00Z', by: 'dispatch', reason: '' }],
        notes: [{ id: `n${i}`, at: '2026-11-02T09:10:00Z', by: 'dispatch',
                  text: 'Customer reports the cabinet door does not lock after a power cut. ' + 'y'.repeat(200) }],
        time_entries: [], parts_used: [], troubleshooting: [], changed: {},
        updated_at: '2026-11-02T09:10:00Z',
      });
    }
    const response = await fetch(`${server}${db}/_bulk_docs`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ docs }),
    });
    if (response.status !== 201) throw new Error(`bulk_docs answered ${response.status}`);
  }
}
main().catch((e) => { console.error(e); process.exit(1); });
