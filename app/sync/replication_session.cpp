#include "sync/replication_session.h"

#include "sync/conflict_attachments.h"
#include "sync/sync_log.h"

#include "domain/json_writer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace fb::sync {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::sync::Replicator", text);
}

QByteArray compact(const QJsonValue &value)
{
    return value.isArray() ? json::compact(value.toArray()) : json::compact(value.toObject());
}

// Turns a document as HQ sends it into a RemoteRevision (history newest first).
Result<RemoteRevision> parseRevision(const QJsonObject &document)
{
    RemoteRevision revision;
    revision.id = document.value("_id"_L1).toString();
    revision.rev = document.value("_rev"_L1).toString();
    revision.deleted = document.value("_deleted"_L1).toBool();
    if (revision.id.isEmpty() || revision.rev.isEmpty())
        return makeError(ErrorKind::Data, tr("a document without _id or _rev"));
    const QJsonObject revisions = document.value("_revisions"_L1).toObject();
    const int start = revisions.value("start"_L1).toInt();
    const QJsonArray ids = revisions.value("ids"_L1).toArray();
    for (qsizetype i = 0; i < ids.size(); ++i)
        revision.history.append(QString::number(start - i) + u'-' + ids[i].toString());
    if (revision.history.isEmpty() || revision.history.first() != revision.rev)
        revision.history = QStringList{revision.rev};
    revision.body = document;
    for (auto key : {"_rev"_L1, "_revisions"_L1, "_deleted"_L1, "_conflicts"_L1,
                     "_deleted_conflicts"_L1, "_revs_info"_L1, "_local_seq"_L1})
        revision.body.remove(key);
    return revision;
}

} // namespace

IncomingDocument prepareIncoming(const QJsonObject &document)
{
    IncomingDocument incoming{document, {}, {}};
    auto revision = parseRevision(document);
    if (!revision) {
        incoming.problem = revision.error().message;
        return incoming;
    }
    if (!revision->deleted) {
        if (Status valid = validateRemoteDocument(revision->body); !valid) {
            incoming.problem = valid.error().message;
            return incoming;
        }
    }
    incoming.revision = std::move(*revision);
    incoming.revision.bodyJson = compact(incoming.revision.body);
    return incoming;
}

QList<IncomingDocument> prepareIncoming(const QList<QJsonObject> &documents)
{
    QList<IncomingDocument> prepared;
    prepared.reserve(documents.size());
    for (const QJsonObject &document : documents)
        prepared.append(prepareIncoming(document));
    return prepared;
}

Result<QJsonValue> callJson(HttpClient &http, const QByteArray &method, const QString &path,
                            const QByteArray &body, const QList<int> &acceptable, int *status)
{
    auto response = http.request(method, path, body);
    if (!response)
        return response.error();
    if (status)
        *status = response->status;
    if (!acceptable.contains(response->status)) {
        const QJsonObject error = QJsonDocument::fromJson(response->body).object();
        return makeError(
            ErrorKind::Network,
            tr("HQ at %1 answered %2 to %3 %4 (%5).")
                .arg(http.displayUrl())
                .arg(response->status)
                .arg(QString::fromLatin1(method), path.section(u'?', 0, 0),
                     error.value("reason"_L1)
                         .toString(QString::fromUtf8(response->body.left(100)).simplified())));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response->body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorKind::Network,
                         tr("HQ at %1 sent an answer that is not valid JSON (%2 at byte %3); "
                            "nothing from it was stored. Try again; if it persists, tell HQ.")
                             .arg(http.displayUrl(), parseError.errorString())
                             .arg(parseError.offset));
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

Session::Session(LocalPeer &peer, storage::Database &db, HttpClient &http, const SyncConfig &config,
                 const std::function<void(const SyncProgress &)> &progress, SyncReport &report)
    : m_peer(peer), m_db(db), m_http(http), m_config(config), m_progress(progress),
      m_report(report), m_attachments(db, http),
      m_sessionId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

Session::~Session() = default;

Result<QJsonValue> Session::call(const QByteArray &method, const QString &path,
                                 const QByteArray &body, QList<int> acceptable, int *status)
{
    return callJson(m_http, method, path, body, acceptable, status);
}

Result<HttpClient *> Session::secondConnection()
{
    if (!m_second) {
        auto client = spareConnection();
        if (!client)
            return client.error();
        m_second = std::move(*client);
    }
    return m_second.get();
}

// One that a finished start of a pull left connected, else a new one.
Result<std::unique_ptr<HttpClient>> Session::spareConnection()
{
    if (m_spareConnections.empty())
        return HttpClient::create(m_http.options());
    std::unique_ptr<HttpClient> client = std::move(m_spareConnections.back());
    m_spareConnections.pop_back();
    return client;
}

void Session::keepConnections(PullStart &start)
{
    if (start.changes.valid())
        start.changes.wait();
    if (start.remoteCheckpoint.valid())
        start.remoteCheckpoint.wait();
    for (auto *connection : {&start.checkpointConnection, &start.changesConnection})
        if (*connection)
            m_spareConnections.push_back(std::move(*connection));
}

Result<QJsonObject> Session::checkDatabase(const QString &database)
{
    int status = 0;
    auto info = call("GET", database + u'/', {}, {200, 404}, &status);
    if (!info)
        return info.error();
    if (status == 404)
        return makeError(ErrorKind::Network,
                         tr("HQ at %1 has no database \"%2\"; check the technician id in the "
                            "sync settings.")
                             .arg(m_http.displayUrl(), database));
    return info->toObject();
}

Result<QString> Session::replicationId(const QString &database, const QString &direction)
{
    auto workspace = m_peer.workspaceId();
    if (!workspace)
        return workspace.error();
    const QByteArray source =
        (*workspace + u'|' + m_http.displayUrl() + u'|' + database + u'|' + direction).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(source, QCryptographicHash::Md5).toHex());
}

Result<std::optional<QJsonObject>> Session::remoteCheckpoint(const QString &database,
                                                             const QString &repId)
{
    int status = 0;
    const auto answer = call("GET", database + u"/_local/"_s + repId, {}, {200, 404}, &status);
    return acceptRemoteCheckpoint(database, repId, answer, status);
}

// HQ's copy of a checkpoint from the answer to GET <database>/_local/<repId>;
// its revision is kept for writing the next one.
Result<std::optional<QJsonObject>> Session::acceptRemoteCheckpoint(const QString &database,
                                                                   const QString &repId,
                                                                   const Result<QJsonValue> &answer,
                                                                   int status)
{
    if (!answer)
        return answer.error();
    if (status == 404)
        return std::optional<QJsonObject>();
    const QJsonObject object = answer->toObject();
    m_checkpointRevs.insert(database + repId, object.value("_rev"_L1).toString());
    return std::optional<QJsonObject>(object);
}

Status Session::saveRemoteCheckpoint(const QString &database, const QString &repId,
                                     const QJsonValue &lastSeq)
{
    const QString path = database + u"/_local/"_s + repId;
    for (int attempt = 0; attempt < 2; ++attempt) {
        QJsonObject document{{"_id"_L1, QString(u"_local/"_s + repId)},
                             {"last_seq"_L1, lastSeq},
                             {"session_id"_L1, m_sessionId},
                             {"replicator"_L1, u"fieldbench"_s}};
        const QString rev = m_checkpointRevs.value(database + repId);
        if (!rev.isEmpty())
            document.insert("_rev"_L1, rev);
        int status = 0;
        auto answer = call("PUT", path, compact(document), {200, 201, 409}, &status);
        if (!answer)
            return answer.error();
        if (status != 409) {
            m_checkpointRevs.insert(database + repId,
                                    answer->toObject().value("rev"_L1).toString());
            return {};
        }
        // Someone (or a retried request) wrote it meanwhile: read its rev, write again.
        auto current = remoteCheckpoint(database, repId);
        if (!current)
            return current.error();
        if (!*current)
            m_checkpointRevs.remove(database + repId);
    }
    return makeError(
        ErrorKind::Network,
        tr("HQ at %1 kept refusing the sync checkpoint; try again.").arg(m_http.displayUrl()));
}

Status Session::checkCancelled() const
{
    const std::atomic<bool> *cancel = m_http.options().cancel;
    if (cancel && cancel->load())
        return makeError(ErrorKind::Network,
                         tr("Sync was cancelled; what arrived before is kept and the next sync "
                            "goes on from there."));
    return {};
}

void Session::reject(const QString &id, const QString &rev, const QString &reason)
{
    qCDebug(lcSync) << "not imported:" << id << rev << reason;
    m_report.rejected.append(QJsonObject{{"id"_L1, id}, {"rev"_L1, rev}, {"reason"_L1, reason}});
}

// pouchdb-server quirk: never `latest=true` with _bulk_get or open_revs.
Result<QList<QJsonObject>> Session::fetch(const QString &database,
                                          const QList<QPair<QString, QStringList>> &wanted)
{
    QList<QJsonObject> documents;
    if (!m_bulkGetMissing) {
        QJsonArray request;
        for (const auto &[id, revs] : wanted)
            for (const QString &rev : revs)
                request.append(QJsonObject{{"id"_L1, id}, {"rev"_L1, rev}});
        int status = 0;
        auto answer =
            call("POST", database + u"/_bulk_get?revs=true"_s,
                 compact(QJsonObject{{"docs"_L1, request}}), {200, 400, 404, 405, 501}, &status);
        if (!answer)
            return answer.error();
        if (status == 200) {
            const QJsonArray results = answer->toObject().value("results"_L1).toArray();
            for (const QJsonValue &result : results) {
                for (const QJsonValue &entry : result.toObject().value("docs"_L1).toArray()) {
                    const QJsonObject object = entry.toObject();
                    if (object.contains("ok"_L1)) {
                        documents.append(object.value("ok"_L1).toObject());
                    } else {
                        const QJsonObject error = object.value("error"_L1).toObject();
                        reject(
                            error.value("id"_L1).toString(), error.value("rev"_L1).toString(),
                            error.value("reason"_L1).toString(error.value("error"_L1).toString()));
                    }
                }
            }
            return documents;
        }
        m_bulkGetMissing = true; // an older server: one request per document
    }
    for (const auto &[id, revs] : wanted) {
        const QString path = database + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(id)) +
                             u"?revs=true&open_revs="_s +
                             QString::fromLatin1(QUrl::toPercentEncoding(
                                 QString::fromUtf8(compact(QJsonArray::fromStringList(revs)))));
        auto answer = call("GET", path, {}, {200, 404});
        if (!answer)
            return answer.error();
        for (const QJsonValue &entry : answer->toArray()) {
            const QJsonObject object = entry.toObject();
            if (object.contains("ok"_L1))
                documents.append(object.value("ok"_L1).toObject());
        }
    }
    return documents;
}

// Attachments belong to the document's current body, whatever applyRemote
// made of it (HQ's revision, a merge, or ours kept): each file of HQ's
// revision that the current body lists with the same digest is stored, and
// one that did not arrive is recorded to be fetched again at the next pull.
// A file that cannot be put in place is reported and recorded; the document
// itself stays.
Status Session::keepAttachments(const QString &database, const RemoteRevision &revision,
                                const QList<IncomingAttachment> &files,
                                const QList<FailedAttachment> &failed)
{
    if (files.isEmpty() && failed.isEmpty())
        return {};
    auto current = m_peer.currentBody(revision.id);
    if (!current)
        return current.error();
    const QJsonObject listed = current->value("_attachments"_L1).toObject();
    auto lists = [&](const storage::AttachmentInfo &info) {
        return listed.value(info.name).toObject().value("digest"_L1).toString() == info.digest;
    };
    QList<IncomingAttachment> keep;
    for (const IncomingAttachment &file : files)
        if (lists(file.info))
            keep.append(file);
    for (const IncomingAttachment &file : std::as_const(keep)) {
        if (Status s = m_attachments.store(revision.id, {file}); !s) {
            reject(revision.id, revision.rev, s.error().message);
            if (Status r = m_attachments.recordMissing(database, revision.id, revision.rev,
                                                       {file.info, s.error().message});
                !r)
                return r;
        }
    }
    for (const FailedAttachment &missing : failed) {
        if (!lists(missing.info))
            continue;
        if (Status s = m_attachments.recordMissing(database, revision.id, revision.rev, missing);
            !s)
            return s;
    }
    return {};
}

Status Session::retryMissingAttachments(const QString &database)
{
    QList<QStringList> problems;
    Status retried = m_attachments.retryMissing(database, &problems);
    for (const QStringList &problem : std::as_const(problems))
        reject(problem.value(0), problem.value(1), tr("attachment %1").arg(problem.value(2)));
    return retried;
}

// HQ settled a conflict itself and the leaf set aside here won; the files of
// that leaf that were never kept here are fetched by this pull's retry.
Status Session::fetchPromotedFiles(const QString &database, const QString &docId,
                                   const ApplyOutcome &outcome)
{
    for (auto it = outcome.filesToFetch.begin(); it != outcome.filesToFetch.end(); ++it) {
        const QJsonObject stub = it.value().toObject();
        FailedAttachment file;
        file.info.name = it.key();
        file.info.digest = stub.value("digest"_L1).toString();
        file.info.length = stub.value("length"_L1).toInteger(-1);
        file.info.contentType = stub.value("content_type"_L1).toString();
        file.problem = tr("not fetched yet");
        if (Status s = m_attachments.recordMissing(database, docId, outcome.promotedRev, file,
                                                   /*fetchThisRun=*/true);
            !s)
            return s;
    }
    return {};
}

Status Session::applyBatch(const QString &database, const QList<IncomingDocument> &documents,
                           const QString &repId, const QJsonValue &lastSeq)
{
    QElapsedTimer timer;
    timer.start();
    // Attachments first, outside the transaction (they may take long): each
    // checked download waits in a temporary file until its document is in.
    QHash<QString, QList<IncomingAttachment>> incoming; // "id rev" -> files
    QHash<QString, QList<FailedAttachment>> failed;     // "id rev" -> what did not arrive
    for (const IncomingDocument &incomingDocument : documents) {
        const QJsonObject &document = incomingDocument.document;
        if (!document.contains("_attachments"_L1))
            continue;
        QList<FailedAttachment> problems;
        auto files = m_attachments.fetchMissing(database, document, &problems);
        if (!files)
            return files.error();
        const QString id = document.value("_id"_L1).toString();
        const QString rev = document.value("_rev"_L1).toString();
        for (const FailedAttachment &problem : std::as_const(problems))
            reject(id, rev, tr("attachment %1").arg(problem.info.name + u": "_s + problem.problem));
        if (!files->isEmpty())
            incoming.insert(id + u' ' + rev, *files);
        if (!problems.isEmpty())
            failed.insert(id + u' ' + rev, problems);
    }
    const qint64 downloaded = timer.elapsed();

    storage::Transaction transaction(m_db);
    if (!transaction.began())
        return transaction.began();
    auto savepoint = m_db.cached("SAVEPOINT apply_one");
    auto rollback = m_db.cached("ROLLBACK TO apply_one");
    auto release = m_db.cached("RELEASE apply_one");
    if (!savepoint || !rollback || !release)
        return !savepoint ? savepoint.error() : !rollback ? rollback.error() : release.error();
    for (const IncomingDocument &incomingDocument : documents) {
        if (!incomingDocument.problem.isEmpty()) {
            const QJsonObject &document = incomingDocument.document;
            reject(document.value("_id"_L1).toString(), document.value("_rev"_L1).toString(),
                   incomingDocument.problem);
            continue;
        }
        const RemoteRevision *revision = &incomingDocument.revision;
        // A savepoint per document: one that cannot be stored is reported and
        // the rest of the batch still goes in.
        if (Status s = (*savepoint)->run(); !s)
            return s;
        auto outcome = m_peer.applyRemote(*revision);
        if (outcome && !revision->deleted) {
            const QString key = revision->id + u' ' + revision->rev;
            // Before keepAttachments, which replaces the files of a leaf set aside.
            if (outcome->kind == ApplyOutcome::NeedsAttention) {
                auto lost = keepSetAsideAttachments(m_db, revision->id, incoming.value(key));
                if (!lost)
                    return lost.error();
                for (const QString &problem : std::as_const(*lost))
                    reject(revision->id, revision->rev, tr("attachment %1").arg(problem));
            }
            if (Status s =
                    keepAttachments(database, *revision, incoming.value(key), failed.value(key));
                !s)
                return s;
        }
        if (outcome && !outcome->filesToFetch.isEmpty()) {
            if (Status s = fetchPromotedFiles(database, revision->id, *outcome); !s)
                return s;
        }
        if (!outcome) {
            reject(revision->id, revision->rev, outcome.error().message);
            if (Status s = (*rollback)->run(); !s)
                return s;
        }
        if (Status s = (*release)->run(); !s)
            return s;
        if (!outcome)
            continue;
        switch (outcome->kind) {
        case ApplyOutcome::Inserted:
        case ApplyOutcome::FastForward:
            ++m_report.pulled;
            break;
        case ApplyOutcome::Merged:
            ++m_report.pulled;
            ++m_report.conflictsResolved;
            m_report.conflicts.append(QJsonObject{
                {"id"_L1, revision->id}, {"rule"_L1, outcome->note}, {"database"_L1, database}});
            break;
        case ApplyOutcome::NeedsAttention:
            m_setAsideThisRun.insert(revision->id);
            ++m_report.needsAttention;
            m_report.conflicts.append(QJsonObject{{"id"_L1, revision->id},
                                                  {"rule"_L1, outcome->note},
                                                  {"database"_L1, database},
                                                  {"needs_attention"_L1, true}});
            break;
        case ApplyOutcome::AlreadyHad:
            break;
        }
    }
    if (Status s = m_peer.saveCheckpoint(repId, Checkpoint{lastSeq, m_sessionId}); !s)
        return s;
    const qint64 applied = timer.elapsed();
    Status committed = transaction.commit();
    qCDebug(lcSync) << "stored" << documents.size() << "documents in" << applied - downloaded
                    << "ms (attachments" << downloaded << "ms), commit" << timer.elapsed() - applied
                    << "ms";
    return committed;
}

} // namespace fb::sync
