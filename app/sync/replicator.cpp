#include "sync/replicator.h"

#include "domain/customer.h"
#include "domain/device.h"
#include "domain/ticket.h"
#include "domain/time_format.h"
#include "sync/http_client.h"
#include "sync/local_peer.h"
#include "sync/sync_log.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
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
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QString seqParameter(const QJsonValue &seq)
{
    if (seq.isString())
        return QString::fromLatin1(QUrl::toPercentEncoding(seq.toString()));
    if (seq.isDouble())
        return QString::number(seq.toInteger());
    return u"0"_s;
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

class Session
{
public:
    Session(LocalPeer &peer, storage::Database &db, HttpClient &http, const SyncConfig &config,
            const std::function<void(const SyncProgress &)> &progress, SyncReport &report)
        : m_peer(peer), m_db(db), m_http(http), m_config(config), m_progress(progress),
          m_report(report), m_sessionId(QUuid::createUuid().toString(QUuid::WithoutBraces))
    {}

    Status pull(const QString &database);
    Status push(const QString &database);

private:
    Result<QJsonValue> call(const QByteArray &method, const QString &path, const QByteArray &body,
                            QList<int> acceptable, int *status = nullptr);
    Result<QJsonObject> checkDatabase(const QString &database);
    Result<QJsonValue> initialLoad(const QString &database, const QString &repId,
                                   const QJsonValue &updateSeq);
    Result<QString> replicationId(const QString &database, const QString &direction);
    Result<std::optional<QJsonObject>> remoteCheckpoint(const QString &database,
                                                        const QString &repId);
    Status saveRemoteCheckpoint(const QString &database, const QString &repId,
                                const QJsonValue &lastSeq);
    Result<QList<QJsonObject>> fetch(const QString &database,
                                     const QList<QPair<QString, QStringList>> &wanted);
    Status applyBatch(const QString &database, const QList<QJsonObject> &documents,
                      const QString &repId, const QJsonValue &lastSeq);
    void reject(const QString &id, const QString &rev, const QString &reason);

    LocalPeer &m_peer;
    storage::Database &m_db;
    HttpClient &m_http;
    const SyncConfig &m_config;
    const std::function<void(const SyncProgress &)> &m_progress;
    SyncReport &m_report;
    QString m_sessionId;
    bool m_bulkGetMissing = false;
    QHash<QString, QString> m_checkpointRevs; // remote _local doc revs
};

Result<QJsonValue> Session::call(const QByteArray &method, const QString &path,
                                 const QByteArray &body, QList<int> acceptable, int *status)
{
    auto response = m_http.request(method, path, body);
    if (!response)
        return response.error();
    if (status)
        *status = response->status;
    if (!acceptable.contains(response->status)) {
        const QJsonObject error = QJsonDocument::fromJson(response->body).object();
        return makeError(
            ErrorKind::Network,
            tr("HQ at %1 answered %2 to %3 %4 (%5).")
                .arg(m_http.displayUrl())
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
                             .arg(m_http.displayUrl(), parseError.errorString())
                             .arg(parseError.offset));
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
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

// The first pull of a database into this workspace reads the current
// documents in pages of _all_docs (far cheaper for a server than a changes
// feed with documents), then the caller goes on with _changes from the
// sequence read before the first page, so nothing written meanwhile is
// missed. Documents with conflicts, or already here, are fetched with their
// history like any other. Returns the sequence to continue from.
Result<QJsonValue> Session::initialLoad(const QString &database, const QString &repId,
                                        const QJsonValue &updateSeq)
{
    QString startKey;
    qint64 done = 0;
    for (;;) {
        QString path = database + u"/_all_docs?include_docs=true&conflicts=true&limit="_s +
                       QString::number(m_config.batchSize);
        if (!startKey.isEmpty())
            path += u"&skip=1&startkey="_s +
                    QString::fromLatin1(QUrl::toPercentEncoding(
                        QString::fromUtf8(compact(QJsonArray{startKey}).mid(1).chopped(1))));
        auto page = call("GET", path, {}, {200});
        if (!page)
            return page.error();
        const QJsonArray rows = page->toObject().value("rows"_L1).toArray();
        if (!page->toObject().contains("rows"_L1))
            return makeError(ErrorKind::Network,
                             tr("HQ at %1 sent a document list without rows; try again later.")
                                 .arg(m_http.displayUrl()));
        QList<QJsonObject> documents;
        QList<QPair<QString, QStringList>> wanted;
        for (const QJsonValue &value : rows) {
            const QJsonObject row = value.toObject();
            const QString id = row.value("id"_L1).toString();
            startKey = row.value("key"_L1).toString(id);
            const QJsonObject doc = row.value("doc"_L1).toObject();
            if (id.isEmpty() || id.startsWith(u'_') || doc.isEmpty())
                continue;
            QStringList revs{doc.value("_rev"_L1).toString()};
            for (const QJsonValue &conflict : doc.value("_conflicts"_L1).toArray())
                revs.append(conflict.toString());
            auto missing = m_peer.missingRevisions(id, revs);
            if (!missing)
                return missing.error();
            if (missing->isEmpty())
                continue;
            auto known = m_peer.hasDocument(id);
            if (!known)
                return known.error();
            if (revs.size() == 1 && !*known)
                documents.append(doc);
            else
                wanted.append({id, *missing});
        }
        if (!wanted.isEmpty()) {
            auto fetched = fetch(database, wanted);
            if (!fetched)
                return fetched.error();
            documents.append(*fetched);
        }
        const bool last = rows.size() < m_config.batchSize;
        // Until the last page the checkpoint stays at 0: an interrupted load
        // starts over, skipping what it already stored.
        if (Status s = applyBatch(database, documents, repId, last ? updateSeq : QJsonValue(0)); !s)
            return s.error();
        done += rows.size();
        if (m_progress)
            m_progress(SyncProgress{database, done, 0});
        if (last)
            break;
    }
    if (Status s = saveRemoteCheckpoint(database, repId, updateSeq); !s)
        return s.error();
    return updateSeq;
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
    auto document = call("GET", database + u"/_local/"_s + repId, {}, {200, 404}, &status);
    if (!document)
        return document.error();
    if (status == 404)
        return std::optional<QJsonObject>();
    const QJsonObject object = document->toObject();
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

void Session::reject(const QString &id, const QString &rev, const QString &reason)
{
    qCDebug(lcSync) << "not imported:" << id << rev << reason;
    m_report.rejected.append(QJsonObject{{"id"_L1, id}, {"rev"_L1, rev}, {"reason"_L1, reason}});
}

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

Status Session::applyBatch(const QString &database, const QList<QJsonObject> &documents,
                           const QString &repId, const QJsonValue &lastSeq)
{
    QElapsedTimer timer;
    timer.start();
    storage::Transaction transaction(m_db);
    if (!transaction.began())
        return transaction.began();
    for (const QJsonObject &document : documents) {
        auto revision = parseRevision(document);
        if (!revision) {
            reject(document.value("_id"_L1).toString(), document.value("_rev"_L1).toString(),
                   revision.error().message);
            continue;
        }
        if (!revision->deleted) {
            if (Status valid = validateRemoteDocument(revision->body); !valid) {
                reject(revision->id, revision->rev, valid.error().message);
                continue;
            }
        }
        // A savepoint per document: one that cannot be stored is reported and
        // the rest of the batch still goes in.
        if (Status s = m_db.exec("SAVEPOINT apply_one"); !s)
            return s;
        auto outcome = m_peer.applyRemote(*revision);
        if (!outcome) {
            reject(revision->id, revision->rev, outcome.error().message);
            if (Status s = m_db.exec("ROLLBACK TO apply_one"); !s)
                return s;
        }
        if (Status s = m_db.exec("RELEASE apply_one"); !s)
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
    qCDebug(lcSync) << "stored" << documents.size() << "documents in" << applied << "ms, commit"
                    << timer.elapsed() - applied << "ms";
    return committed;
}

Status Session::pull(const QString &database)
{
    auto info = checkDatabase(database);
    if (!info)
        return info.error();
    auto repId = replicationId(database, u"pull"_s);
    if (!repId)
        return repId.error();
    auto remote = remoteCheckpoint(database, *repId);
    if (!remote)
        return remote.error();
    auto local = m_peer.checkpoint(*repId);
    if (!local)
        return local.error();
    // The local checkpoint is written in the same transaction as the documents,
    // so it is exact. HQ's copy proves the database is the one it was written
    // for: without it (a recreated database) the pull starts over.
    QJsonValue since = (*remote && *local) ? (*local)->lastSeq : QJsonValue(0);
    if (!*local && info->contains("update_seq"_L1)) {
        auto loaded = initialLoad(database, *repId, info->value("update_seq"_L1));
        if (!loaded)
            return loaded.error();
        since = *loaded;
    }
    qint64 done = 0;
    for (;;) {
        auto changes =
            call("GET",
                 database + u"/_changes?style=all_docs&include_docs=true&since="_s +
                     seqParameter(since) + u"&limit="_s + QString::number(m_config.batchSize),
                 {}, {200});
        if (!changes)
            return changes.error();
        const QJsonObject feed = changes->toObject();
        const QJsonArray results = feed.value("results"_L1).toArray();
        if (!feed.contains("results"_L1) || !feed.contains("last_seq"_L1))
            return makeError(ErrorKind::Network,
                             tr("HQ at %1 sent a changes feed without results; try again later.")
                                 .arg(m_http.displayUrl()));
        const QJsonValue lastSeq = feed.value("last_seq"_L1);
        if (results.isEmpty())
            break;
        QList<QPair<QString, QStringList>> wanted;
        QList<QJsonObject> documents;
        for (const QJsonValue &value : results) {
            const QJsonObject change = value.toObject();
            const QString id = change.value("id"_L1).toString();
            if (id.isEmpty() || id.startsWith(u'_'))
                continue; // design documents are HQ's business
            QStringList revs;
            for (const QJsonValue &rev : change.value("changes"_L1).toArray())
                revs.append(rev.toObject().value("rev"_L1).toString());
            auto missing = m_peer.missingRevisions(id, revs);
            if (!missing)
                return missing.error();
            if (missing->isEmpty())
                continue;
            // A document new here with a single leaf needs no history to be
            // stored: take the feed's copy and save a _bulk_get round trip
            // (most of an initial pull). Anything else is fetched with history.
            const QJsonObject included = change.value("doc"_L1).toObject();
            if (revs.size() == 1 && included.value("_rev"_L1).toString() == revs.first()) {
                auto known = m_peer.hasDocument(id);
                if (!known)
                    return known.error();
                if (!*known) {
                    documents.append(included);
                    continue;
                }
            }
            wanted.append({id, *missing});
        }
        if (!wanted.isEmpty()) {
            auto fetched = fetch(database, wanted);
            if (!fetched)
                return fetched.error();
            documents.append(*fetched);
        }
        if (Status s = applyBatch(database, documents, *repId, lastSeq); !s)
            return s;
        if (Status s = saveRemoteCheckpoint(database, *repId, lastSeq); !s)
            return s;
        since = lastSeq;
        done += results.size();
        if (m_progress) {
            const qint64 pending = feed.value("pending"_L1).toInteger(-1);
            m_progress(SyncProgress{database, done, pending >= 0 ? done + pending : 0});
        }
        if (results.size() < m_config.batchSize)
            break;
    }
    return {};
}

Status Session::push(const QString &database)
{
    auto repId = replicationId(database, u"push"_s);
    if (!repId)
        return repId.error();
    auto remote = remoteCheckpoint(database, *repId);
    if (!remote)
        return remote.error();
    qint64 done = 0;
    for (;;) {
        auto entries = m_peer.outbox(0, m_config.batchSize);
        if (!entries)
            return entries.error();
        if (entries->isEmpty())
            break;
        const qint64 maxSeq = entries->last().seq;
        QJsonObject diffRequest;
        QHash<QString, QJsonObject> candidates; // "id rev" -> document
        for (const OutboxEntry &entry : std::as_const(*entries)) {
            const QString key = entry.docId + u' ' + entry.rev;
            if (candidates.contains(key))
                continue;
            auto document = m_peer.documentToPush(entry.docId, entry.rev);
            if (!document)
                return document.error();
            if (!*document)
                continue;
            candidates.insert(key, **document);
            QJsonArray revs = diffRequest.value(entry.docId).toArray();
            revs.append(entry.rev);
            diffRequest.insert(entry.docId, revs);
        }
        QJsonArray toSend;
        if (!diffRequest.isEmpty()) {
            auto diff = call("POST", database + u"/_revs_diff"_s, compact(diffRequest), {200});
            if (!diff)
                return diff.error();
            const QJsonObject missing = diff->toObject();
            for (auto it = missing.begin(); it != missing.end(); ++it) {
                for (const QJsonValue &rev : it.value().toObject().value("missing"_L1).toArray()) {
                    const auto found = candidates.constFind(it.key() + u' ' + rev.toString());
                    if (found != candidates.constEnd())
                        toSend.append(*found);
                }
            }
        }
        if (!toSend.isEmpty()) {
            auto written = call("POST", database + u"/_bulk_docs"_s,
                                compact(QJsonObject{{"docs"_L1, toSend}, {"new_edits"_L1, false}}),
                                {200, 201});
            if (!written)
                return written.error();
            int refused = 0;
            for (const QJsonValue &value : written->toArray()) {
                const QJsonObject result = value.toObject();
                if (result.contains("error"_L1)) {
                    ++refused;
                    reject(result.value("id"_L1).toString(), result.value("rev"_L1).toString(),
                           tr("HQ refused it: %1")
                               .arg(result.value("reason"_L1)
                                        .toString(result.value("error"_L1).toString())));
                }
            }
            m_report.pushed += static_cast<int>(toSend.size()) - refused;
        }
        {
            storage::Transaction transaction(m_db);
            if (!transaction.began())
                return transaction.began();
            if (Status s = m_peer.removeOutboxUpTo(maxSeq); !s)
                return s;
            if (Status s = m_peer.saveCheckpoint(*repId, Checkpoint{maxSeq, m_sessionId}); !s)
                return s;
            if (Status s = transaction.commit(); !s)
                return s;
        }
        if (Status s = saveRemoteCheckpoint(database, *repId, maxSeq); !s)
            return s;
        done += entries->size();
        if (m_progress)
            m_progress(SyncProgress{database, done, 0});
    }
    return {};
}

} // namespace

Status validateRemoteDocument(const QJsonObject &document)
{
    const QString type = document.value("type"_L1).toString();
    const QString id = document.value("_id"_L1).toString();
    if (type.isEmpty() || !id.startsWith(type + u':') || id.size() <= type.size() + 1)
        return makeError(ErrorKind::Data,
                         tr("it needs a type and an _id of the form <type>:<key>"));
    auto check = [](const auto &parsed) -> Status {
        if (!parsed)
            return parsed.error();
        return {};
    };
    if (type == "ticket"_L1)
        return check(Ticket::fromJson(document));
    if (type == "device"_L1)
        return check(Device::fromJson(document));
    if (type == "service_event"_L1)
        return check(ServiceEvent::fromJson(document));
    if (type == "customer"_L1)
        return check(Customer::fromJson(document));
    if (type == "site"_L1)
        return check(Site::fromJson(document));
    return {};
}

Replicator::Replicator(storage::Database &db, SyncConfig config)
    : m_db(db), m_config(std::move(config))
{}

Result<SyncReport> Replicator::run()
{
    QElapsedTimer timer;
    timer.start();
    const QString startedAt = toIsoUtc(QDateTime::currentDateTimeUtc());
    SyncReport report;
    LocalPeer peer(m_db);
    // Batches of a thousand documents with their index rows: a larger page
    // cache for this connection keeps SQLite from spilling mid-transaction.
    if (Status s = m_db.exec("PRAGMA cache_size = -65536"); !s)
        qCWarning(lcSync) << "could not enlarge the page cache:" << s.error().message;

    static const QRegularExpression techPattern(u"^[a-z0-9][a-z0-9_-]*$"_s);
    Status status;
    if (!techPattern.match(m_config.techId).hasMatch()) {
        status = makeError(ErrorKind::Usage,
                           tr("The technician id \"%1\" is not valid; use lower-case letters, "
                              "digits, - and _ as HQ assigned it.")
                               .arg(m_config.techId));
    } else {
        HttpOptions options;
        options.baseUrl = m_config.url;
        options.user = m_config.user;
        options.password = m_config.password;
        options.caFile = m_config.caFile;
        options.proxy = m_config.proxy;
        options.timeoutMs = m_config.timeoutMs;
        options.retries = m_config.retries;
        options.backoffMs = m_config.backoffMs;
        options.cancel = m_cancel;
        auto http = HttpClient::create(options);
        if (!http) {
            status = http.error();
        } else {
            Session session(peer, m_db, **http, m_config, m_progress, report);
            const QString tech = u"tech-"_s + m_config.techId;
            if (m_config.pullCatalog)
                status = session.pull(u"catalog"_s);
            if (status)
                status = session.pull(tech);
            if (status)
                status = session.push(tech);
        }
    }
    report.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const QJsonObject details{{"rejected"_L1, report.rejected}, {"conflicts"_L1, report.conflicts}};
    const QString message = status ? QString() : status.error().message;
    if (Status logged = peer.appendLog(startedAt, bool(status), report.pulled, report.pushed,
                                       report.conflictsResolved, message, details);
        !logged)
        qCWarning(lcSync) << "could not write the sync log:" << logged.error().message;
    if (!status)
        return status.error();
    return report;
}

} // namespace fb::sync
