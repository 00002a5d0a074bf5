#include "sync/sync_settings.h"

#include "domain/time_format.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fb::sync {
namespace {

Result<QString> metaValue(storage::Database &db, const char *key)
{
    auto statement = db.prepare("SELECT value FROM meta WHERE key = ?1");
    if (!statement)
        return statement.error();
    statement->bind(1, QString::fromLatin1(key));
    auto row = statement->step();
    if (!row)
        return row.error();
    return *row ? statement->text(0) : QString();
}

Status setMetaValue(storage::Database &db, const char *key, const QString &value)
{
    auto statement = db.prepare(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = ?2");
    if (!statement)
        return statement.error();
    statement->bind(1, QString::fromLatin1(key)).bind(2, value);
    return statement->run();
}

} // namespace

bool isValidTechId(QStringView id)
{
    auto lowerOrDigit = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
    };
    return !id.isEmpty() && lowerOrDigit(id.front()) &&
           std::all_of(id.begin() + 1, id.end(),
                       [&](QChar c) { return lowerOrDigit(c) || c == u'-' || c == u'_'; });
}

Result<SyncSettings> loadSyncSettings(storage::Database &db)
{
    SyncSettings settings;
    struct Field
    {
        const char *key;
        QString *target;
    };
    for (const Field &field :
         {Field{"sync.url", &settings.url}, Field{"sync.tech", &settings.techId},
          Field{"sync.user", &settings.user}, Field{"sync.ca_file", &settings.caFile},
          Field{"sync.proxy", &settings.proxy}}) {
        auto value = metaValue(db, field.key);
        if (!value)
            return value.error();
        *field.target = *value;
    }
    auto interval = metaValue(db, "sync.interval_minutes");
    if (!interval)
        return interval.error();
    if (!interval->isEmpty())
        settings.intervalMinutes = interval->toInt();
    return settings;
}

Status saveSyncSettings(storage::Database &db, const SyncSettings &settings)
{
    storage::Transaction transaction(db);
    if (!transaction.began())
        return transaction.began();
    for (const auto &[key, value] :
         {std::pair{"sync.url", settings.url}, std::pair{"sync.tech", settings.techId},
          std::pair{"sync.user", settings.user}, std::pair{"sync.ca_file", settings.caFile},
          std::pair{"sync.proxy", settings.proxy},
          std::pair{"sync.interval_minutes", QString::number(settings.intervalMinutes)}}) {
        if (Status s = setMetaValue(db, key, value); !s)
            return s;
    }
    return transaction.commit();
}

Result<SyncStatusSummary> loadSyncStatus(storage::Database &db)
{
    SyncStatusSummary summary;
    auto good =
        db.prepare("SELECT finished_at FROM sync_log WHERE ok = 1 ORDER BY id DESC LIMIT 1");
    if (!good)
        return good.error();
    auto row = good->step();
    if (!row)
        return row.error();
    if (*row)
        summary.lastGoodSync = parseIsoTime(good->text(0)).value_or(QDateTime());
    auto last = db.prepare("SELECT ok, message FROM sync_log ORDER BY id DESC LIMIT 1");
    if (!last)
        return last.error();
    row = last->step();
    if (!row)
        return row.error();
    if (*row) {
        summary.lastFailed = last->integer(0) == 0;
        summary.lastMessage = last->text(1);
    }
    auto pending = db.scalar("SELECT count(DISTINCT doc_id) FROM outbox");
    if (!pending)
        return pending.error();
    summary.pendingChanges = pending->toInt();
    auto attention = db.scalar("SELECT count(*) FROM sync_conflicts");
    if (!attention)
        return attention.error();
    summary.needsAttention = attention->toInt();
    return summary;
}

} // namespace fb::sync
