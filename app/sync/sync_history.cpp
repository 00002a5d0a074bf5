#include "sync/sync_history.h"

#include "domain/time_format.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace fb::sync {

Result<QList<SyncLogEntry>> loadSyncLog(storage::Database &db, int limit)
{
    auto statement = db.prepare("SELECT id, started_at, finished_at, ok, pulled, pushed, "
                                "conflicts, message, details FROM sync_log "
                                "ORDER BY id DESC LIMIT ?1");
    if (!statement)
        return statement.error();
    statement->bind(1, limit);
    QList<SyncLogEntry> entries;
    Status status = statement->forEachRow([&] {
        SyncLogEntry entry;
        entry.id = statement->integer(0);
        entry.startedAt = parseIsoTime(statement->text(1)).value_or(QDateTime());
        entry.finishedAt = parseIsoTime(statement->text(2)).value_or(QDateTime());
        entry.ok = statement->integer(3) != 0;
        entry.pulled = static_cast<int>(statement->integer(4));
        entry.pushed = static_cast<int>(statement->integer(5));
        entry.conflicts = static_cast<int>(statement->integer(6));
        entry.message = statement->text(7);
        const QJsonObject details = QJsonDocument::fromJson(statement->bytes(8)).object();
        entry.rejected = details.value("rejected"_L1).toArray();
        entry.conflictList = details.value("conflicts"_L1).toArray();
        entries.append(entry);
    });
    if (!status)
        return status.error();
    return entries;
}

} // namespace fb::sync
