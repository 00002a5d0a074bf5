#include "sync_fixtures.h"

#include "storage/document_store.h"

#include <QJsonArray>
#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace fb::test {

QJsonObject makeTicket(const QString &key, const QString &number)
{
    return QJsonObject{
        {u"_id"_s, QString(u"ticket:"_s + key)},
        {u"type"_s, u"ticket"_s},
        {u"number"_s, number},
        {u"customer_id"_s, u"customer:c1"_s},
        {u"site_id"_s, u"site:s1"_s},
        {u"device_serial"_s, u"FB-0001"_s},
        {u"priority"_s, u"normal"_s},
        {u"channel"_s, u"phone"_s},
        {u"summary"_s, u"Door does not lock; the lock motor hums and the bolt stays open."_s},
        {u"status"_s, u"new"_s},
        {u"received_at"_s, u"2026-11-02T09:00:00Z"_s},
        {u"status_history"_s, QJsonArray{QJsonObject{{u"status"_s, u"new"_s},
                                                     {u"at"_s, u"2026-11-02T09:00:00Z"_s},
                                                     {u"by"_s, u"dispatch"_s},
                                                     {u"reason"_s, u""_s}}}},
        {u"notes"_s, QJsonArray{}},
        {u"time_entries"_s, QJsonArray{}},
        {u"parts_used"_s, QJsonArray{}},
        {u"troubleshooting"_s, QJsonArray{}},
        {u"changed"_s, QJsonObject{}},
        {u"updated_at"_s, u"2026-11-02T09:00:00Z"_s},
    };
}

QJsonObject approved(QJsonObject quote, const QString &signer, const QString &total)
{
    quote.insert(u"status"_s, u"approved"_s);
    quote.insert(u"total"_s, total);
    quote.insert(u"approval"_s, QJsonObject{{u"signer"_s, signer},
                                            {u"signed_at"_s, u"2026-11-29T14:03:00Z"_s},
                                            {u"content_sha256"_s, QString(64, u'a')}});
    return quote;
}

QJsonObject makeQuote(const QString &key, const QString &ticketId)
{
    return QJsonObject{
        {u"_id"_s, QString(u"quote:"_s + key)},
        {u"type"_s, u"quote"_s},
        {u"ticket_id"_s, ticketId},
        {u"number"_s, QString(u"Q-"_s + key)},
        {u"region"_s, u"us"_s},
        {u"currency"_s, u"USD"_s},
        {u"lines"_s, QJsonArray{QJsonObject{{u"id"_s, u"l1"_s},
                                            {u"kind"_s, u"part"_s},
                                            {u"part_number"_s, u"LM-200"_s},
                                            {u"description"_s, u"Lock motor"_s},
                                            {u"qty"_s, 1},
                                            {u"unit_price"_s, u"120.00"_s},
                                            {u"coverage"_s, u"none"_s},
                                            {u"amount"_s, u"120.00"_s}}}},
        {u"tax_rate"_s, u"0.08"_s},
        {u"subtotal"_s, u"120.00"_s},
        {u"tax"_s, u"9.60"_s},
        {u"total"_s, u"129.60"_s},
        {u"status"_s, u"sent"_s},
    };
}

Result<sync::SyncReport> syncOnce(storage::Database &db, const QString &url, const QString &tech,
                                  int batchSize, const QString &user, const QString &password)
{
    sync::SyncConfig config;
    config.url = QUrl(url);
    config.techId = tech;
    config.batchSize = batchSize;
    config.user = user;
    config.password = password;
    config.retries = 1;
    config.backoffMs = 50;
    config.timeoutMs = 30000;
    sync::Replicator replicator(db, config);
    return replicator.run();
}

QJsonObject localDocument(storage::Database &db, const QString &id)
{
    storage::DocumentStore store(db);
    auto document = store.get(id);
    if (!document || !*document)
        return {};
    return **document;
}

int localCount(storage::Database &db, const char *sqlCount)
{
    auto value = db.scalar(sqlCount);
    return value ? value->toInt() : -1;
}

} // namespace fb::test
