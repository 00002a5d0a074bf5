#include "storage/ticket_search_builder.h"

#include "storage/sqlite_database.h"
#include "storage/storage_log.h"

#include <QCoreApplication>
#include <QFile>
#include <QLockFile>
#include <QScopeGuard>

#include <condition_variable>
#include <mutex>

namespace fb::storage {

struct TicketSearchBuilder::Shared
{
    QString workspacePath;
    std::mutex mutex;
    std::condition_variable wake;
    int requested = 0; // indexCommitted() calls
    int handled = 0;   // of those, the ones a pass has started for
    bool finishing = false;
    bool stopping = false;
    bool finished = false;
    Status result;
};

namespace {

Error unexpectedDeclaration()
{
    return makeError(ErrorKind::Data,
                     QCoreApplication::translate(
                         "fb::storage::TicketSearchBuilder",
                         "The workspace's ticket search index is not declared as expected; "
                         "run \"db check\"."));
}

// The scratch database: the ticket text (keyed by the workspace's rowids) and
// the index over it, declared exactly as the workspace declares its own.
Result<Database> openScratch(const QString &workspacePath)
{
    const QString path = TicketSearchBuilder::scratchPath(workspacePath);
    QFile::remove(path); // left by a crash; never worth keeping
    auto db = Database::open(path, Database::Mode::ReadWrite, true);
    if (!db)
        return db.error();
    // The leveling at the end sorts and collects rows: in memory, not in a
    // temporary file (a few milliseconds of the pull's last step).
    if (Status s = db->exec(
            "PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF; PRAGMA temp_store = MEMORY");
        !s)
        return s.error();
    auto attach = db->prepare("ATTACH ?1 AS ws");
    if (!attach)
        return attach.error();
    attach->bind(1, workspacePath);
    if (Status s = attach->run(); !s)
        return s.error();
    auto declaration = db->scalar(
        "SELECT sql FROM ws.sqlite_master WHERE type = 'table' AND name = 'ticket_search'");
    if (!declaration)
        return declaration.error();
    const QByteArray sql = declaration->toString().toUtf8();
    if (!sql.startsWith("CREATE VIRTUAL TABLE ticket_search USING fts5("))
        return unexpectedDeclaration();
    if (Status s = db->exec(sql.constData()); !s)
        return s.error();
    // Each pass adds a segment; merging them as they come costs a third of
    // the build. The workspace merges them later, a little per write.
    if (Status s = db->exec("INSERT INTO ticket_search (ticket_search, rank) "
                            "VALUES ('automerge', 0)");
        !s)
        return s.error();
    if (Status s = db->exec(R"sql(
CREATE TABLE ticket_rows (id INTEGER PRIMARY KEY, search TEXT NOT NULL);
CREATE TRIGGER ticket_rows_insert AFTER INSERT ON ticket_rows BEGIN
    INSERT INTO ticket_search (rowid, search) VALUES (new.id, new.search);
END;
CREATE TRIGGER ticket_rows_delete AFTER DELETE ON ticket_rows BEGIN
    INSERT INTO ticket_search (ticket_search, rowid, search) VALUES ('delete', old.id, old.search);
END;
)sql");
        !s)
        return s.error();
    return db;
}

// Tickets stored after the last pass: one statement, its own deferred
// transaction. It writes the scratch file only and reads the workspace's last
// commit, so the pull's connection keeps writing meanwhile (WAL).
Status indexNew(Database &db)
{
    return db.exec("INSERT INTO ticket_rows (id, search) SELECT rowid, search FROM ws.ticket_rows "
                   "WHERE rowid > (SELECT coalesce(max(id), 0) FROM main.ticket_rows) "
                   "ORDER BY rowid");
}

// Levels the scratch index with every ticket as it is now and moves it into
// the workspace, all while holding the workspace's write lock.
Status moveIntoWorkspace(Database &db)
{
    Transaction transaction(db); // BEGIN IMMEDIATE: both files
    if (!transaction.began())
        return transaction.began();
    auto paused = db.scalar("SELECT count(*) FROM ws.meta WHERE key = 'ticket_search_paused'");
    if (!paused)
        return paused.error();
    if (paused->toLongLong() == 0) // someone rebuilt it meanwhile
        return transaction.commit();
    if (Status s = db.exec(R"sql(
DELETE FROM ticket_rows WHERE id IN (SELECT b.id FROM ticket_rows b
    LEFT JOIN ws.ticket_rows w ON w.rowid = b.id WHERE w.search IS NOT b.search);
INSERT INTO ticket_rows (id, search) SELECT w.rowid, w.search FROM ws.ticket_rows w
    WHERE NOT EXISTS (SELECT 1 FROM ticket_rows b WHERE b.id = w.rowid) ORDER BY w.rowid;
DELETE FROM ws.ticket_search_data;
DELETE FROM ws.ticket_search_idx;
DELETE FROM ws.ticket_search_docsize;
DELETE FROM ws.ticket_search_config;
INSERT INTO ws.ticket_search_data SELECT * FROM ticket_search_data;
INSERT INTO ws.ticket_search_idx SELECT * FROM ticket_search_idx;
INSERT INTO ws.ticket_search_docsize SELECT * FROM ticket_search_docsize;
INSERT INTO ws.ticket_search_config SELECT * FROM ticket_search_config WHERE k <> 'automerge';
DELETE FROM ws.meta WHERE key = 'ticket_search_paused';
)sql");
        !s)
        return s;
    return transaction.commit();
}

} // namespace

TicketSearchBuilder::TicketSearchBuilder(const QString &workspacePath)
    : m_shared(std::make_unique<Shared>())
{
    m_shared->workspacePath = workspacePath;
    m_thread = std::thread([this] { run(); });
}

TicketSearchBuilder::~TicketSearchBuilder()
{
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->stopping = true;
    }
    m_shared->wake.notify_all();
    m_thread.join();
}

QString TicketSearchBuilder::scratchPath(const QString &workspacePath)
{
    return workspacePath + QStringLiteral("-search-build");
}

void TicketSearchBuilder::indexCommitted()
{
    {
        std::lock_guard lock(m_shared->mutex);
        ++m_shared->requested;
    }
    m_shared->wake.notify_all();
}

Status TicketSearchBuilder::finish()
{
    std::unique_lock lock(m_shared->mutex);
    m_shared->finishing = true;
    m_shared->wake.notify_all();
    m_shared->wake.wait(lock, [this] { return m_shared->finished; });
    return m_shared->result;
}

void TicketSearchBuilder::run()
{
    Shared &shared = *m_shared;
    // One builder per workspace at a time (a second app or CLI syncing the
    // same file); the other one's pull rebuilds instead. A crashed
    // process's lock is stale and taken over.
    const QString scratch = scratchPath(shared.workspacePath);
    QLockFile builderLock(scratch + QStringLiteral(".lock"));
    const bool locked = builderLock.tryLock(0);
    // Removed after the scratch database is closed, before the lock goes.
    const auto removeScratch = qScopeGuard([&] {
        if (locked)
            QFile::remove(scratch);
    });
    Result<Database> db =
        locked ? openScratch(shared.workspacePath)
               : Result<Database>(makeError(
                     ErrorKind::Data,
                     QCoreApplication::translate(
                         "fb::storage::TicketSearchBuilder",
                         "Another sync is building this workspace's ticket search index.")));
    Status status = db ? Status() : Status(db.error());
    for (;;) {
        bool finishing = false;
        {
            std::unique_lock lock(shared.mutex);
            shared.wake.wait(lock, [&] {
                return shared.stopping || shared.finishing || shared.requested > shared.handled;
            });
            if (shared.stopping)
                return;
            finishing = shared.finishing;
            shared.handled = shared.requested;
        }
        if (status)
            status = indexNew(*db);
        if (!finishing)
            continue;
        if (status)
            status = moveIntoWorkspace(*db);
        if (!status)
            qCWarning(lcStorage).noquote() << status.error().message;
        std::lock_guard lock(shared.mutex);
        shared.result = status;
        shared.finished = true;
        shared.wake.notify_all();
        return;
    }
}

} // namespace fb::storage
