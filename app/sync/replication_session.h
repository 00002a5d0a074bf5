#pragma once

// One sync run's conversation with HQ (internal to the sync library): the
// steps of hq-sync.md §3 for one database at a time. Pull and push live in
// session_pull.cpp and session_push.cpp, the shared steps in
// replication_session.cpp.
//
// Speed (tests/bench/sync): big batches, one _changes/_all_docs page, one
// _revs_diff, one _bulk_get/_bulk_docs per batch; the next page is fetched on a
// second connection while the current one is written; each batch is one
// SQLite transaction with cached statements; push builds its JSON from the
// stored bytes without parsing them; a re-sync with nothing new costs one
// _local read and one `_changes?limit=1` per database and writes nothing.

#include "domain/result.h"
#include "storage/sqlite_database.h"
#include "sync/attachment_transfer.h"
#include "sync/http_client.h"
#include "sync/local_peer.h"
#include "sync/replicator.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace fb::sync {

QString replicatorTr(const char *text); // context fb::sync::Replicator

// A request whose answer must be JSON with one of the `acceptable` statuses.
Result<QJsonValue> callJson(HttpClient &http, const QByteArray &method, const QString &path,
                            const QByteArray &body, const QList<int> &acceptable,
                            int *status = nullptr);

class Session
{
public:
    Session(LocalPeer &peer, storage::Database &db, HttpClient &http, const SyncConfig &config,
            const std::function<void(const SyncProgress &)> &progress, SyncReport &report);
    ~Session();

    Status pull(const QString &database);
    Status push(const QString &database);

private:
    struct PushBatch;
    struct PushResult;

    Result<QJsonValue> call(const QByteArray &method, const QString &path, const QByteArray &body,
                            QList<int> acceptable, int *status = nullptr);
    Result<HttpClient *> secondConnection();
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
    Status pullChanges(const QString &database);
    Status keepAttachments(const QString &database, const RemoteRevision &revision,
                           const QList<IncomingAttachment> &files,
                           const QList<FailedAttachment> &failed);
    Status retryMissingAttachments(const QString &database);
    Status checkCancelled() const;
    Result<PushBatch> preparePush(qint64 afterSeq);
    void reject(const QString &id, const QString &rev, const QString &reason);

    LocalPeer &m_peer;
    storage::Database &m_db;
    HttpClient &m_http;
    std::unique_ptr<HttpClient> m_second; // fetches ahead while a batch is written
    const SyncConfig &m_config;
    const std::function<void(const SyncProgress &)> &m_progress;
    SyncReport &m_report;
    AttachmentTransfer m_attachments;
    QString m_sessionId;
    bool m_bulkGetMissing = false;
    QHash<QString, QString> m_checkpointRevs; // remote _local doc revs
};

} // namespace fb::sync
