#pragma once

// One sync run's conversation with HQ (internal to the sync library): the
// steps of hq-sync.md §3 for one database at a time. Pull and push live in
// session_pull.cpp and session_push.cpp, the shared steps in
// replication_session.cpp.
//
// Speed (tests/bench/sync): big batches, one _changes/_all_docs page, one
// _revs_diff, one _bulk_get/_bulk_docs per batch; the next page is fetched
// and parsed on a second connection's thread while this one checks
// (prepareIncoming) and stores the current page; each batch is
// one SQLite transaction with cached statements, its lookups one read
// transaction, its savepoint journals in memory (temp_store); no gzip on
// loopback; push builds its JSON from the stored bytes without parsing them;
// a re-sync with nothing new costs one _local read and one
// `_changes?limit=1` per database, all sent at once (startPull), and writes
// nothing.

#include "domain/result.h"
#include "storage/sqlite_database.h"
#include "storage/ticket_search_builder.h"
#include "sync/attachment_transfer.h"
#include "sync/http_client.h"
#include "sync/local_peer.h"
#include "sync/replicator.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

#include <future>
#include <memory>
#include <optional>
#include <vector>

namespace fb::sync {

// A document as HQ sent it, read into a revision and checked: pure work, no
// database (so it could run on any thread; see initialLoad for where).
struct IncomingDocument
{
    QJsonObject document; // as sent (its attachments are fetched from it)
    RemoteRevision revision;
    QString problem; // why it cannot be imported; empty when it can
};
IncomingDocument prepareIncoming(const QJsonObject &document);
QList<IncomingDocument> prepareIncoming(const QList<QJsonObject> &documents);

// One read transaction around many lookups: outside a transaction each
// statement takes and drops SQLite's WAL read lock (system calls each time).
// Must end before a write transaction begins on the same connection.
class ReadTransaction
{
public:
    explicit ReadTransaction(storage::Database &db) : m_db(db), m_began(db.exec("BEGIN").ok()) {}
    ~ReadTransaction()
    {
        if (m_began)
            (void)m_db.exec("COMMIT"); // nothing was written; only the lock ends
    }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    storage::Database &m_db;
    bool m_began;
};

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

    // Sends the first requests of pull(database), for HQ's copy of the pull
    // checkpoint and (after a local one) the changes since it, on connections
    // of their own, so that they travel while another database is pulled: a
    // sync with nothing new waits one round trip in all, not one per
    // database. pull() sends them itself unless this was called.
    Status startPull(const QString &database);

    // The answer to startPull's request for HQ's checkpoint.
    struct CheckpointAnswer
    {
        Result<QJsonValue> json;
        int status = 0;
    };

private:
    struct PushBatch;
    struct PushResult;

    // startPull's requests, in flight until pull() takes them.
    struct PullStart
    {
        QString database;
        QString repId;
        std::optional<Checkpoint> local;
        std::unique_ptr<HttpClient> checkpointConnection;
        std::unique_ptr<HttpClient> changesConnection;
        // After the connections, so destroyed (waited for) before them.
        std::future<CheckpointAnswer> remoteCheckpoint; // GET <database>/_local/<repId>
        std::future<Result<QJsonValue>> changes;        // limit=1, since the local checkpoint
    };

    Result<QJsonValue> call(const QByteArray &method, const QString &path, const QByteArray &body,
                            QList<int> acceptable, int *status = nullptr);
    Result<HttpClient *> secondConnection();
    Result<std::unique_ptr<HttpClient>> spareConnection();
    void keepConnections(PullStart &start);
    Result<QJsonObject> checkDatabase(const QString &database);
    Result<QJsonValue> initialLoad(const QString &database, const QString &repId,
                                   const QJsonValue &updateSeq, qint64 documentCount);
    Status pauseSearchIndexForLoad(const QString &database, qint64 documentCount);
    Status finishSearchIndex();
    Result<QString> replicationId(const QString &database, const QString &direction);
    Result<std::optional<QJsonObject>> remoteCheckpoint(const QString &database,
                                                        const QString &repId);
    Result<std::optional<QJsonObject>> acceptRemoteCheckpoint(const QString &database,
                                                              const QString &repId,
                                                              const Result<QJsonValue> &answer,
                                                              int status);
    Status saveRemoteCheckpoint(const QString &database, const QString &repId,
                                const QJsonValue &lastSeq);
    Result<QList<QJsonObject>> fetch(const QString &database,
                                     const QList<QPair<QString, QStringList>> &wanted);
    Status applyBatch(const QString &database, const QList<IncomingDocument> &documents,
                      const QString &repId, const QJsonValue &lastSeq);
    Status pullChanges(const QString &database);
    Status fetchPromotedFiles(const QString &database, const QString &docId,
                              const ApplyOutcome &outcome);
    Status keepAttachments(const QString &database, const RemoteRevision &revision,
                           const QList<IncomingAttachment> &files,
                           const QList<FailedAttachment> &failed);
    Status retryMissingAttachments(const QString &database);
    Status retrySetAsideAttachments(const QString &database);
    Status checkCancelled() const;
    Result<PushBatch> preparePush(qint64 afterSeq, int limit);
    void reject(const QString &id, const QString &rev, const QString &reason);

    LocalPeer &m_peer;
    storage::Database &m_db;
    HttpClient &m_http;
    std::unique_ptr<HttpClient> m_second; // fetches ahead while a batch is written
    std::vector<std::unique_ptr<HttpClient>> m_spareConnections; // idle, already connected
    std::vector<std::unique_ptr<PullStart>> m_pullStarts;
    const SyncConfig &m_config;
    const std::function<void(const SyncProgress &)> &m_progress;
    SyncReport &m_report;
    AttachmentTransfer m_attachments;
    QString m_sessionId;
    bool m_bulkGetMissing = false;
    // Indexes a large first pull's tickets while it stores them.
    std::unique_ptr<storage::TicketSearchBuilder> m_searchBuilder;
    QSet<QString> m_setAsideThisRun;          // documents with a leaf set aside in this run
    QHash<QString, QString> m_checkpointRevs; // remote _local doc revs
};

} // namespace fb::sync
