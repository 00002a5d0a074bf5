#include "storage/migrations.h"

#include "storage/sla_index.h"
#include "storage/sqlite_database.h"

#include <QByteArray>

namespace fb::storage {
namespace {

// Version 1: documents as JSON, one row each, with a local change sequence.
const char *const kVersion1 = R"sql(
CREATE TABLE docs (
    id      TEXT PRIMARY KEY,
    type    TEXT NOT NULL,
    rev     TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    body    TEXT NOT NULL,
    seq     INTEGER NOT NULL
);
CREATE INDEX docs_type ON docs(type);
CREATE UNIQUE INDEX docs_seq ON docs(seq);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
)sql";

// Version 2: revision history and outbox for sync, and indexed columns that
// keep lists of 100,000 tickets fast. Existing documents are indexed here.
const char *const kVersion2 = R"sql(
CREATE TABLE revisions (
    doc_id TEXT NOT NULL REFERENCES docs(id) ON DELETE CASCADE,
    rev    TEXT NOT NULL,
    parent TEXT,
    PRIMARY KEY (doc_id, rev)
) WITHOUT ROWID;
CREATE TABLE outbox (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_id    TEXT NOT NULL,
    rev       TEXT NOT NULL,
    queued_at TEXT NOT NULL
);
CREATE INDEX outbox_doc ON outbox(doc_id);
CREATE TABLE ticket_rows (
    doc_id        TEXT PRIMARY KEY REFERENCES docs(id) ON DELETE CASCADE,
    number        TEXT NOT NULL,
    status        TEXT NOT NULL,
    priority      TEXT NOT NULL,
    channel       TEXT NOT NULL,
    summary       TEXT NOT NULL,
    device_serial TEXT NOT NULL,
    site_id       TEXT NOT NULL,
    customer_id   TEXT NOT NULL,
    received_at   TEXT NOT NULL,
    updated_at    TEXT,
    response_due  TEXT,
    next_due      TEXT,
    sla_state     TEXT,
    search        TEXT NOT NULL
);
CREATE UNIQUE INDEX ticket_rows_number ON ticket_rows(number);
CREATE INDEX ticket_rows_status ON ticket_rows(status, received_at);
CREATE INDEX ticket_rows_priority ON ticket_rows(priority, received_at);
CREATE INDEX ticket_rows_received ON ticket_rows(received_at);
CREATE INDEX ticket_rows_device ON ticket_rows(device_serial);
CREATE INDEX ticket_rows_next_due ON ticket_rows(next_due);
CREATE TABLE device_rows (
    doc_id       TEXT PRIMARY KEY REFERENCES docs(id) ON DELETE CASCADE,
    serial       TEXT NOT NULL UNIQUE,
    model        TEXT NOT NULL,
    site_id      TEXT NOT NULL,
    install_date TEXT,
    firmware     TEXT
);
CREATE INDEX device_rows_site ON device_rows(site_id);
CREATE TABLE service_event_rows (
    doc_id        TEXT PRIMARY KEY REFERENCES docs(id) ON DELETE CASCADE,
    device_serial TEXT NOT NULL,
    date          TEXT NOT NULL
);
CREATE INDEX service_event_rows_device ON service_event_rows(device_serial, date);

INSERT INTO revisions (doc_id, rev, parent) SELECT id, rev, NULL FROM docs;
INSERT INTO ticket_rows (doc_id, number, status, priority, channel, summary, device_serial,
                         site_id, customer_id, received_at, updated_at, search)
    SELECT id, json_extract(body, '$.number'), json_extract(body, '$.status'),
           json_extract(body, '$.priority'), json_extract(body, '$.channel'),
           coalesce(json_extract(body, '$.summary'), ''),
           coalesce(json_extract(body, '$.device_serial'), ''),
           coalesce(json_extract(body, '$.site_id'), ''),
           coalesce(json_extract(body, '$.customer_id'), ''),
           json_extract(body, '$.received_at'), json_extract(body, '$.updated_at'),
           lower(json_extract(body, '$.number') || ' ' || coalesce(json_extract(body, '$.summary'), '')
                 || ' ' || coalesce(json_extract(body, '$.device_serial'), ''))
    FROM docs WHERE type = 'ticket' AND deleted = 0;
INSERT INTO device_rows (doc_id, serial, model, site_id, install_date, firmware)
    SELECT id, json_extract(body, '$.serial'), json_extract(body, '$.model'),
           coalesce(json_extract(body, '$.site_id'), ''), json_extract(body, '$.install_date'),
           json_extract(body, '$.firmware')
    FROM docs WHERE type = 'device' AND deleted = 0;
INSERT INTO service_event_rows (doc_id, device_serial, date)
    SELECT id, json_extract(body, '$.device_serial'), json_extract(body, '$.date')
    FROM docs WHERE type = 'service_event' AND deleted = 0;
)sql";

// Version 3: SLA deadlines. response_due = first-response deadline, next_due =
// the next pending deadline (NULL if none), both UTC; sla_kind/sla_start say
// which deadline that is and when its clock started, sla_region the region it
// was computed for, so the live state can be computed at read time.
// sla_state holds the settled state when nothing is pending. Existing tickets
// get their deadlines in migrateTo (the computation is C++, not SQL).
const char *const kVersion3 = R"sql(
ALTER TABLE ticket_rows ADD COLUMN sla_kind TEXT;
ALTER TABLE ticket_rows ADD COLUMN sla_start TEXT;
ALTER TABLE ticket_rows ADD COLUMN sla_region TEXT;
CREATE INDEX ticket_rows_site ON ticket_rows(site_id);
)sql";
// Version 4: sync with HQ. The revision tree keeps deleted leaves (merge
// tombstones still to push); checkpoints hold sequence values as opaque JSON;
// the sync log is what the user reads; settings other than credentials live
// in meta. Every workspace gets an id so replication ids are its own.
const char *const kVersion4 = R"sql(
ALTER TABLE revisions ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
CREATE TABLE sync_checkpoints (
    rep_id     TEXT PRIMARY KEY,
    last_seq   TEXT NOT NULL,
    session_id TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE sync_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at  TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    ok          INTEGER NOT NULL,
    pulled      INTEGER NOT NULL,
    pushed      INTEGER NOT NULL,
    conflicts   INTEGER NOT NULL,
    message     TEXT NOT NULL,
    details     TEXT NOT NULL
);
CREATE TABLE sync_conflicts (
    doc_id      TEXT NOT NULL,
    rev         TEXT NOT NULL,
    body        TEXT NOT NULL,
    reason      TEXT NOT NULL,
    found_at    TEXT NOT NULL,
    PRIMARY KEY (doc_id, rev)
) WITHOUT ROWID;
INSERT OR IGNORE INTO meta (key, value) VALUES ('workspace_uuid', lower(hex(randomblob(16))));
)sql";
// Version 5: quotes, the parts catalog and attachments. quote_rows and
// part_rows are indexed columns of `quote` and `part` documents; attachments
// hold the files a document lists in `_attachments` (CouchDB stubs:
// content_type, digest "md5-<base64>", length), base64 in `data`, so sync can
// send them as CouchDB inline attachments.
const char *const kVersion5 = R"sql(
CREATE TABLE quote_rows (
    doc_id     TEXT PRIMARY KEY REFERENCES docs(id) ON DELETE CASCADE,
    number     TEXT NOT NULL,
    ticket_id  TEXT NOT NULL,
    status     TEXT NOT NULL,
    extends    TEXT,
    currency   TEXT NOT NULL,
    total      TEXT NOT NULL,
    created_at TEXT
);
CREATE INDEX quote_rows_number ON quote_rows(number);
CREATE INDEX quote_rows_ticket ON quote_rows(ticket_id, status);
CREATE TABLE part_rows (
    doc_id      TEXT PRIMARY KEY REFERENCES docs(id) ON DELETE CASCADE,
    part_number TEXT NOT NULL,
    description TEXT NOT NULL,
    models      TEXT NOT NULL,
    search      TEXT NOT NULL
);
CREATE INDEX part_rows_number ON part_rows(part_number);
CREATE TABLE attachments (
    doc_id       TEXT NOT NULL,
    name         TEXT NOT NULL,
    content_type TEXT NOT NULL,
    digest       TEXT NOT NULL,
    length       INTEGER NOT NULL,
    data         TEXT NOT NULL,
    PRIMARY KEY (doc_id, name)
) WITHOUT ROWID;
INSERT INTO quote_rows (doc_id, number, ticket_id, status, extends, currency, total, created_at)
    SELECT id, coalesce(json_extract(body, '$.number'), ''),
           coalesce(json_extract(body, '$.ticket_id'), ''),
           coalesce(json_extract(body, '$.status'), ''), json_extract(body, '$.extends'),
           coalesce(json_extract(body, '$.currency'), ''),
           coalesce(json_extract(body, '$.total'), ''), json_extract(body, '$.created_at')
    FROM docs WHERE type = 'quote' AND deleted = 0;
INSERT INTO part_rows (doc_id, part_number, description, models, search)
    SELECT id, coalesce(json_extract(body, '$.part_number'), ''),
           coalesce(json_extract(body, '$.description'), ''),
           coalesce((SELECT group_concat(value, ' ') FROM json_each(body, '$.models')), ''),
           lower(coalesce(json_extract(body, '$.part_number'), '') || ' '
                 || coalesce(json_extract(body, '$.description'), ''))
    FROM docs WHERE type = 'part' AND deleted = 0;
)sql";

const char *const kSteps[] = {kVersion1, kVersion2, kVersion3, kVersion4, kVersion5};
constexpr int kSqlSteps = sizeof(kSteps) / sizeof(kSteps[0]);

// Version 6 (ticket list filter speed): covering indexes for every filter
// combination of the ticket list in its default order (received_at, number;
// ties broken by number) so a filter over 100,000 tickets reads one index
// range in order: no sort and no table row per ticket. `search` is in the
// indexes a text filter can use, so LIKE runs over index entries. They
// replace the v2 indexes that were their prefixes (same leading columns, so
// other queries keep their plans).
Status createTicketListIndexes(Database &db)
{
    return db.exec(R"sql(
DROP INDEX IF EXISTS ticket_rows_status;
DROP INDEX IF EXISTS ticket_rows_priority;
DROP INDEX IF EXISTS ticket_rows_received;
CREATE INDEX ticket_rows_list ON ticket_rows(received_at, number);
CREATE INDEX ticket_rows_list_search ON ticket_rows(received_at, number, search);
CREATE INDEX ticket_rows_list_status ON ticket_rows(status, received_at, number, search);
CREATE INDEX ticket_rows_list_priority ON ticket_rows(priority, received_at, number, search);
CREATE INDEX ticket_rows_list_status_priority
    ON ticket_rows(status, priority, received_at, number, search);
)sql");
}

// Version 7: attachments HQ lists that could not be fetched (a cut
// connection, a wrong digest, a full disk). Sync retries them at every pull
// from `rev` in `db_name` until they arrive or the document no longer lists
// them with that digest.
Status createMissingAttachments(Database &db)
{
    return db.exec(R"sql(
CREATE TABLE sync_missing_attachments (
    doc_id       TEXT NOT NULL,
    name         TEXT NOT NULL,
    db_name      TEXT NOT NULL,
    rev          TEXT NOT NULL,
    digest       TEXT NOT NULL,
    length       INTEGER NOT NULL,
    content_type TEXT NOT NULL,
    problem      TEXT NOT NULL,
    failed_at    TEXT NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (doc_id, name)
) WITHOUT ROWID;
)sql");
}

// Version 8 (free-text ticket filter speed): a trigram index over
// ticket_rows.search, so a filter of three characters or more looks up the
// tickets holding each of its trigrams instead of scanning 100,000 rows.
// External content (the text stays in ticket_rows only), kept in step by
// triggers, so every write to ticket_rows (DocumentStore, sync, cascades)
// updates it in the same transaction. Keyed by ticket_rows' rowid, which
// VACUUM and VACUUM INTO keep. Case-sensitive: the column is lower-cased
// already, and folding (e.g. "ſ" to "s") would find text LIKE does not. The
// update trigger fires only when the text changes: deadline updates of every
// ticket leave the index alone. A large first pull pauses the triggers and
// rebuilds the index once (ticket_search_index.h).
Status createTicketSearchIndex(Database &db)
{
    return db.exec(R"sql(
CREATE VIRTUAL TABLE ticket_search USING fts5(
    search, content = 'ticket_rows', content_rowid = 'rowid', tokenize = 'trigram case_sensitive 1');
CREATE TRIGGER ticket_search_insert AFTER INSERT ON ticket_rows
    WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'ticket_search_paused') BEGIN
    INSERT INTO ticket_search (rowid, search) VALUES (new.rowid, new.search);
END;
CREATE TRIGGER ticket_search_delete AFTER DELETE ON ticket_rows
    WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'ticket_search_paused') BEGIN
    INSERT INTO ticket_search (ticket_search, rowid, search)
        VALUES ('delete', old.rowid, old.search);
END;
CREATE TRIGGER ticket_search_update AFTER UPDATE OF search ON ticket_rows
    WHEN old.search IS NOT new.search
    AND NOT EXISTS (SELECT 1 FROM meta WHERE key = 'ticket_search_paused') BEGIN
    INSERT INTO ticket_search (ticket_search, rowid, search)
        VALUES ('delete', old.rowid, old.search);
    INSERT INTO ticket_search (rowid, search) VALUES (new.rowid, new.search);
END;
INSERT INTO ticket_search (ticket_search) VALUES ('rebuild');
)sql");
}

// Steps after the SQL scripts: one function each, in version order (v6 first).
using StepFunction = Status (*)(Database &);
const StepFunction kFunctionSteps[] = {createTicketListIndexes, createMissingAttachments,
                                       createTicketSearchIndex};
static_assert(kSqlSteps + sizeof(kFunctionSteps) / sizeof(kFunctionSteps[0]) ==
              kCurrentSchemaVersion);

Status applyStep(Database &db, int version)
{
    if (version <= kSqlSteps)
        return db.exec(kSteps[version - 1]);
    return kFunctionSteps[version - kSqlSteps - 1](db);
}

} // namespace

Status migrateTo(Database &db, int fromVersion, int targetVersion)
{
    for (int version = fromVersion + 1; version <= targetVersion; ++version) {
        Transaction transaction(db);
        if (!transaction.began())
            return transaction.began().error();
        if (Status applied = applyStep(db, version); !applied)
            return applied;
        if (version == 3) {
            if (Status computed = recomputeAllDeadlinesInTransaction(db, *policy::activePolicy());
                !computed)
                return computed;
        }
        const QByteArray pragma = "PRAGMA user_version = " + QByteArray::number(version);
        if (Status bumped = db.exec(pragma.constData()); !bumped)
            return bumped;
        if (version == 1) {
            const QByteArray appId =
                "PRAGMA application_id = " + QByteArray::number(kApplicationId);
            if (Status marked = db.exec(appId.constData()); !marked)
                return marked;
        }
        if (Status committed = transaction.commit(); !committed)
            return committed;
    }
    return {};
}

Status migrate(Database &db, int fromVersion)
{
    return migrateTo(db, fromVersion, kCurrentSchemaVersion);
}

} // namespace fb::storage
