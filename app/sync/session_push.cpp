// Push: the workspace's outbox to HQ (hq-sync.md §3).

#include "sync/replication_session.h"
#include "sync/sync_log.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <future>

using namespace Qt::Literals::StringLiterals;

namespace fb::sync {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::sync::Replicator", text);
}

} // namespace

// One batch of the outbox, ready to send: the _revs_diff question and each
// candidate revision's JSON (with _rev and _revisions), keyed "id rev".
struct Session::PushBatch
{
    qint64 maxSeq = 0;
    qsizetype entries = 0;
    QJsonObject diffRequest;
    QHash<QString, QByteArray> candidates;
    QSet<QString> withAttachments;
};

struct Session::PushResult
{
    Status status;
    int pushed = 0;
    QList<QJsonObject> rejected;
    QStringList attachmentKeys; // HQ lacks them; sent one by one with their files
};

Result<Session::PushBatch> Session::preparePush(qint64 afterSeq, int limit)
{
    PushBatch batch;
    ReadTransaction reading(m_db);
    auto entries = m_peer.outbox(afterSeq, limit);
    if (!entries)
        return entries.error();
    batch.entries = entries->size();
    if (entries->isEmpty())
        return batch;
    batch.maxSeq = entries->last().seq;
    QHash<QString, QJsonArray> revsByDoc;
    for (const OutboxEntry &entry : std::as_const(*entries)) {
        const QString key = entry.docId + u' ' + entry.rev;
        if (batch.candidates.contains(key))
            continue;
        auto document = m_peer.documentToPushJson(entry.docId, entry.rev);
        if (!document)
            return document.error();
        if (!*document)
            continue;
        if (bodyHasAttachments(**document))
            batch.withAttachments.insert(key);
        batch.candidates.insert(key, std::move(**document));
        revsByDoc[entry.docId].append(entry.rev);
    }
    for (auto it = revsByDoc.cbegin(); it != revsByDoc.cend(); ++it)
        batch.diffRequest.insert(it.key(), it.value());
    return batch;
}

namespace {

// On the worker thread: _revs_diff, then one _bulk_docs with what HQ lacks.
// Touches nothing but `http` and its arguments.
// `askDiff` false: HQ lacked every revision of the previous batch, so it
// clearly lacks these too (they were made here after those); everything is
// sent without the _revs_diff round trip. new_edits=false makes sending a
// revision HQ has after all a no-op, so this costs at worst some bytes.
void sendBatch(HttpClient &http, const QString &database, const QJsonObject &diffRequest,
               bool askDiff, const QHash<QString, QByteArray> &candidates,
               const QSet<QString> &withAttachments, Status &status, int &pushed,
               QList<QJsonObject> &rejected, QStringList &attachmentKeys, bool &allMissing)
{
    if (diffRequest.isEmpty())
        return;
    QJsonObject missing;
    if (askDiff) {
        auto diff = callJson(http, "POST", database + u"/_revs_diff"_s,
                             QJsonDocument(diffRequest).toJson(QJsonDocument::Compact), {200});
        if (!diff) {
            status = diff.error();
            return;
        }
        missing = diff->toObject();
    } else {
        for (auto it = diffRequest.begin(); it != diffRequest.end(); ++it)
            missing.insert(it.key(), QJsonObject{{"missing"_L1, it.value()}});
    }
    qsizetype asked = 0;
    for (auto it = diffRequest.begin(); it != diffRequest.end(); ++it)
        asked += it.value().toArray().size();
    qsizetype lacking = 0;
    QByteArray body = "{\"new_edits\":false,\"docs\":[";
    qsizetype count = 0;
    for (auto it = missing.begin(); it != missing.end(); ++it) {
        for (const QJsonValue &rev : it.value().toObject().value("missing"_L1).toArray()) {
            ++lacking;
            const QString key = it.key() + u' ' + rev.toString();
            const auto found = candidates.constFind(key);
            if (found == candidates.constEnd())
                continue;
            if (withAttachments.contains(key)) {
                attachmentKeys.append(key);
                continue;
            }
            if (count++ > 0)
                body += ',';
            body += *found;
        }
    }
    body += "]}";
    allMissing = lacking == asked;
    if (count == 0)
        return;
    auto written = callJson(http, "POST", database + u"/_bulk_docs"_s, body, {200, 201});
    if (!written) {
        status = written.error();
        return;
    }
    int refused = 0;
    for (const QJsonValue &value : written->toArray()) {
        const QJsonObject result = value.toObject();
        if (result.contains("error"_L1)) {
            ++refused;
            rejected.append(QJsonObject{
                {"id"_L1, result.value("id"_L1)},
                {"rev"_L1, result.value("rev"_L1)},
                {"reason"_L1, tr("HQ refused it: %1")
                                  .arg(result.value("reason"_L1)
                                           .toString(result.value("error"_L1).toString()))}});
        }
    }
    pushed = static_cast<int>(count) - refused;
}

} // namespace

Status Session::push(const QString &database)
{
    // Nothing queued: nothing to ask HQ (the common case of a re-sync). The
    // first batch is short, so HQ has work while the next ones are read.
    auto first = preparePush(0, std::max(1, m_config.batchSize / 4));
    if (!first)
        return first.error();
    if (first->entries == 0)
        return {};
    auto repId = replicationId(database, u"push"_s);
    if (!repId)
        return repId.error();
    auto remote = remoteCheckpoint(database, *repId);
    if (!remote)
        return remote.error();
    qint64 done = 0;
    bool askDiff = true;
    PushBatch batch = std::move(*first);
    while (batch.entries > 0) {
        QElapsedTimer timer;
        timer.start();
        PushResult result;
        bool allMissing = false;
        // HQ stores this batch while the next one is read from SQLite.
        auto sending = std::async(std::launch::async, [&] {
            sendBatch(m_http, database, batch.diffRequest, askDiff, batch.candidates,
                      batch.withAttachments, result.status, result.pushed, result.rejected,
                      result.attachmentKeys, allMissing);
        });
        auto next = preparePush(batch.maxSeq, m_config.batchSize);
        sending.get();
        if (!result.status)
            return result.status;
        askDiff = !allMissing;
        if (!next)
            return next.error();
        for (const QJsonObject &rejected : std::as_const(result.rejected))
            m_report.rejected.append(rejected);
        m_report.pushed += result.pushed;
        for (const QString &key : std::as_const(result.attachmentKeys)) {
            QJsonObject document = QJsonDocument::fromJson(batch.candidates.value(key)).object();
            Status sent = m_attachments.push(database, document);
            if (!sent && sent.error().kind != ErrorKind::Rule &&
                sent.error().kind != ErrorKind::Data)
                return sent;
            if (!sent)
                reject(key.section(u' ', 0, 0), key.section(u' ', 1), sent.error().message);
            else
                ++m_report.pushed;
        }
        {
            storage::Transaction transaction(m_db);
            if (!transaction.began())
                return transaction.began();
            if (Status s = m_peer.removeOutboxUpTo(batch.maxSeq); !s)
                return s;
            if (Status s = m_peer.saveCheckpoint(*repId, Checkpoint{batch.maxSeq, m_sessionId}); !s)
                return s;
            if (Status s = transaction.commit(); !s)
                return s;
        }
        qCDebug(lcSync) << "pushed" << result.pushed << "of" << batch.entries << "outbox entries in"
                        << timer.elapsed() << "ms";
        done += batch.entries;
        if (m_progress)
            m_progress(SyncProgress{database, done, 0});
        const qint64 lastSeq = batch.maxSeq;
        batch = std::move(*next);
        if (batch.entries == 0)
            return saveRemoteCheckpoint(database, *repId, lastSeq);
    }
    return {};
}

} // namespace fb::sync
