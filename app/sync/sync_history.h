#pragma once

// The past sync runs as the user reads them (hq-sync.md §5): what each run
// moved, the conflicts it settled and how, and what was refused. Read from
// the workspace's sync_log table (written by Replicator::run).

#include "domain/result.h"
#include "storage/sqlite_database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace fb::sync {

struct SyncLogEntry
{
    qint64 id = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    bool ok = false;
    int pulled = 0;
    int pushed = 0;
    int conflicts = 0;
    QString message;         // the error of a failed run; empty when it went well
    QJsonArray rejected;     // [{"id", "rev", "reason"}]
    QJsonArray conflictList; // [{"id", "rule"}]
};

// Newest first, at most `limit` runs.
Result<QList<SyncLogEntry>> loadSyncLog(storage::Database &db, int limit = 200);

} // namespace fb::sync

Q_DECLARE_METATYPE(fb::sync::SyncLogEntry)
