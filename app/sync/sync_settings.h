#pragma once

// Where and as whom to sync, kept in the workspace (meta table) because a
// workspace belongs to one technician. The password is never stored here:
// see credential_store.h.

#include "domain/result.h"
#include "storage/sqlite_database.h"

#include <QDateTime>
#include <QString>

namespace fb::sync {

struct SyncSettings
{
    QString url;
    QString techId;
    QString user;
    QString caFile;
    QString proxy;
    int intervalMinutes = 15; // automatic sync; 0 = manual only
};

// Whether `id` can be a technician id: it names the database tech-<id>, so
// lower-case letters and digits, then also - and _ (CouchDB's database names).
bool isValidTechId(QStringView id);

Result<SyncSettings> loadSyncSettings(storage::Database &db);
Status saveSyncSettings(storage::Database &db, const SyncSettings &settings);

// What the status line shows.
struct SyncStatusSummary
{
    QDateTime lastGoodSync; // invalid: never
    int pendingChanges = 0; // documents changed here, not yet at HQ
    bool lastFailed = false;
    QString lastMessage;
    int needsAttention = 0; // conflicts the user must settle
};
Result<SyncStatusSummary> loadSyncStatus(storage::Database &db);

} // namespace fb::sync
