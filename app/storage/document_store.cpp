#include "storage/document_store.h"

#include "domain/json_writer.h"
#include "domain/time_format.h"
#include "storage/document_index.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace fb::storage {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::storage::DocumentStore", text);
}

Result<QJsonObject> parseBody(const QString &id, const QByteArray &body, const QString &rev)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return makeError(ErrorKind::Data,
                         tr("The stored document %1 is not valid JSON (%2); run \"db check\".")
                             .arg(id, error.errorString()));
    QJsonObject object = document.object();
    object.insert("_rev"_L1, rev);
    return object;
}

} // namespace

QString nextRevision(const QString &previousRevision, const QByteArray &body)
{
    const int generation = previousRevision.section(u'-', 0, 0).toInt() + 1;
    const QByteArray digest = QCryptographicHash::hash(body, QCryptographicHash::Md5).toHex();
    return u"%1-%2"_s.arg(generation).arg(QString::fromLatin1(digest));
}

DocumentStore::DocumentStore(Database &db) : m_db(db) {}

namespace {
const char *const kSelectSql = "SELECT rev, deleted, body FROM docs WHERE id = ?1";
const char *const kUpsertSql =
    "INSERT INTO docs (id, type, rev, deleted, body, seq) VALUES (?1, ?2, ?3, 0, ?4, ?5) "
    "ON CONFLICT(id) DO UPDATE SET type = ?2, rev = ?3, deleted = 0, body = ?4, seq = ?5";
const char *const kNextSeqSql = "SELECT coalesce(max(seq), 0) + 1 FROM docs";
const char *const kRevisionSql =
    "INSERT OR IGNORE INTO revisions (doc_id, rev, parent) VALUES (?1, ?2, ?3)";
const char *const kOutboxSql = "INSERT INTO outbox (doc_id, rev, queued_at) VALUES (?1, ?2, ?3)";
} // namespace

Result<std::optional<QJsonObject>> DocumentStore::get(const QString &id)
{
    auto cached = m_db.cached(kSelectSql);
    if (!cached)
        return cached.error();
    Statement &select = **cached;
    select.bind(1, id);
    auto row = select.step();
    if (!row)
        return row.error();
    if (!*row || select.integer(1) != 0)
        return std::optional<QJsonObject>();
    auto parsed = parseBody(id, select.bytes(2), select.text(0));
    select.reset();
    if (!parsed)
        return parsed.error();
    return std::optional<QJsonObject>(std::move(parsed).value());
}

Status DocumentStore::writeOne(const QJsonObject &document, bool checkRevision, bool queueForSync,
                               QJsonObject *stored)
{
    const QString id = document.value("_id"_L1).toString();
    const QString type = document.value("type"_L1).toString();
    if (id.isEmpty() || type.isEmpty() || !id.startsWith(type + u':'))
        return makeError(ErrorKind::Usage,
                         tr("A document needs a type and an _id of the form <type>:<key>."));

    auto selectCached = m_db.cached(kSelectSql);
    auto nextSeqCached = m_db.cached(kNextSeqSql);
    auto upsertCached = m_db.cached(kUpsertSql);
    auto revisionCached = m_db.cached(kRevisionSql);
    auto outboxCached = m_db.cached(kOutboxSql);
    for (const auto *prepared :
         {&selectCached, &nextSeqCached, &upsertCached, &revisionCached, &outboxCached}) {
        if (!*prepared)
            return prepared->error();
    }
    Statement &select = **selectCached;
    select.bind(1, id);
    auto row = select.step();
    if (!row)
        return row.error();
    const QString currentRev = *row ? select.text(0) : QString();
    const bool currentDeleted = *row && select.integer(1) != 0;
    select.reset();

    if (checkRevision) {
        const QString expected = document.value("_rev"_L1).toString();
        if (expected.isEmpty() && !currentRev.isEmpty() && !currentDeleted)
            return makeError(ErrorKind::Rule, tr("A document %1 exists already.").arg(id));
        if (!expected.isEmpty() && expected != currentRev)
            return makeError(ErrorKind::Rule,
                             tr("%1 was changed elsewhere since it was opened; reload it and "
                                "apply the change again.")
                                 .arg(id));
    }

    QJsonObject body = document;
    body.remove("_rev"_L1);
    const QByteArray json = json::compact(body);
    const QString rev = nextRevision(currentRev, json);

    Statement &nextSeq = **nextSeqCached;
    auto seqRow = nextSeq.step();
    if (!seqRow)
        return seqRow.error();
    const qint64 seq = nextSeq.integer(0);
    nextSeq.reset();

    Statement &upsert = **upsertCached;
    upsert.bind(1, id).bind(2, type).bind(3, rev).bind(4, json).bind(5, seq);
    if (Status s = upsert.run(); !s)
        return s;
    Statement &revision = **revisionCached;
    revision.bind(1, id).bind(2, rev);
    if (currentRev.isEmpty())
        revision.bindNull(3);
    else
        revision.bind(3, currentRev);
    if (Status s = revision.run(); !s)
        return s;
    if (queueForSync) {
        Statement &outbox = **outboxCached;
        outbox.bind(1, id).bind(2, rev).bind(3, toIsoUtc(QDateTime::currentDateTimeUtc()));
        if (Status s = outbox.run(); !s)
            return s;
    }
    if (Status s = updateIndex(m_db, body); !s)
        return s;
    if (stored) {
        *stored = body;
        stored->insert("_rev"_L1, rev);
    }
    return {};
}

Result<QJsonObject> DocumentStore::put(const QJsonObject &document)
{
    Transaction transaction(m_db);
    if (!transaction.began())
        return transaction.began().error();
    QJsonObject stored;
    if (Status written = writeOne(document, true, true, &stored); !written)
        return written.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return stored;
}

Status DocumentStore::BulkWriter::add(const QJsonObject &document)
{
    if (!m_transaction.began())
        return m_transaction.began();
    return m_store.writeOne(document, false, m_queueForSync, nullptr);
}

Status DocumentStore::BulkWriter::commit()
{
    return m_transaction.commit();
}

Result<QList<QJsonObject>> DocumentStore::allOfType(const QString &type)
{
    auto statement =
        m_db.prepare("SELECT id, rev, body FROM docs WHERE type = ?1 AND deleted = 0 ORDER BY id");
    if (!statement)
        return statement.error();
    statement->bind(1, type);
    QList<QJsonObject> documents;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        auto parsed = parseBody(statement->text(0), statement->bytes(2), statement->text(1));
        if (!parsed)
            return parsed.error();
        documents.append(std::move(parsed).value());
    }
    return documents;
}

Result<int> DocumentStore::countOfType(const QString &type)
{
    auto statement = m_db.prepare("SELECT count(*) FROM docs WHERE type = ?1 AND deleted = 0");
    if (!statement)
        return statement.error();
    statement->bind(1, type);
    auto row = statement->step();
    if (!row)
        return row.error();
    return static_cast<int>(statement->integer(0));
}

Result<int> DocumentStore::pendingChanges()
{
    auto count = m_db.scalar("SELECT count(DISTINCT doc_id) FROM outbox");
    if (!count)
        return count.error();
    return count->toInt();
}

} // namespace fb::storage
