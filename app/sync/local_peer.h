#pragma once

// The workspace's side of replication: revision trees, checkpoints, applying
// HQ's revisions (merging when both sides changed a document) and reading
// the outbox for push. All writes happen inside the caller's transaction, so a
// batch and its checkpoint are stored together or not at all.

#include "domain/result.h"
#include "storage/sqlite_database.h"
#include "sync/merge/merge_rules.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace fb::sync {

// One revision as HQ sent it, with its history (newest first, "n-hash").
struct RemoteRevision
{
    QString id;
    QString rev;
    bool deleted = false;
    QJsonObject body; // without _rev/_revisions/_deleted
    QStringList history;
    QByteArray bodyJson; // `body` as compact JSON when already made (else made when stored)
};

struct ApplyOutcome
{
    enum Kind
    {
        Inserted,
        FastForward,
        AlreadyHad,
        Merged,
        NeedsAttention
    };
    ApplyOutcome(Kind kind = AlreadyHad, QString note = {}) : kind(kind), note(std::move(note)) {}

    Kind kind;
    QString note; // merge rule used (wire words)
    // HQ closed this workspace's leaf while a leaf set aside here lived on
    // (it settled the conflict itself): that leaf is current now. The stubs
    // of its files that were not kept here, to fetch from revision
    // `promotedRev` at HQ.
    QString promotedRev;
    QJsonObject filesToFetch;
};

struct Checkpoint
{
    QJsonValue lastSeq;
    QString sessionId;
};

struct OutboxEntry
{
    qint64 seq = 0;
    QString docId;
    QString rev;
};

class LocalPeer
{
public:
    explicit LocalPeer(storage::Database &db) : m_db(db) {}

    Result<QString> workspaceId();

    Result<std::optional<Checkpoint>> checkpoint(const QString &repId);
    Status saveCheckpoint(const QString &repId, const Checkpoint &checkpoint);

    // Whether any revision of the document is stored (live or deleted).
    Result<bool> hasDocument(const QString &docId);
    // The current body of a live document; empty when it is deleted or absent.
    Result<QJsonObject> currentBody(const QString &docId);
    // The revisions among `revs` this workspace has never seen.
    Result<QStringList> missingRevisions(const QString &docId, const QStringList &revs);

    // Stores `revision` and makes the document current, merging by §4 when the
    // local leaf is neither its ancestor nor its descendant.
    Result<ApplyOutcome> applyRemote(const RemoteRevision &revision);

    // Closes the leaf `rev` of a document with a deletion (a tombstone revision
    // queued for push), as CouchDB expects of a settled conflict. Returns it.
    Result<QString> closeLeaf(const QString &docId, const QString &rev);

    Result<QList<OutboxEntry>> outbox(qint64 afterSeq, int limit);
    // The document to push for an outbox entry (with _revisions), or nullopt
    // when a later local revision superseded it.
    Result<std::optional<QJsonObject>> documentToPush(const QString &docId, const QString &rev);
    // The same as compact JSON, spliced from the stored bytes without
    // parsing them (push of thousands of documents).
    Result<std::optional<QByteArray>> documentToPushJson(const QString &docId, const QString &rev);
    Status removeOutboxUpTo(qint64 seq);

    Status appendLog(const QString &startedAt, bool ok, int pulled, int pushed, int conflicts,
                     const QString &message, const QJsonObject &details);

private:
    struct PushRow
    {
        bool isCurrent = false; // `rev` is the document's current revision
        bool docDeleted = false;
        bool revDeleted = false;
        QByteArray body;
    };
    Result<std::optional<PushRow>> pushRow(const QString &docId, const QString &rev);
    Result<QStringList> ancestry(const QString &docId, const QString &rev);
    Status insertHistory(const QString &docId, const QStringList &history, bool leafDeleted);
    Status writeCurrent(const QString &docId, const QString &type, const QString &rev, bool deleted,
                        const QJsonObject &body, const QByteArray &bodyJson = {});
    Status queue(const QString &docId, const QString &rev);
    Status createDocument(const QJsonObject &body);
    // local_peer_conflicts.cpp: conflicts HQ settled itself.
    Status forgetClosedConflicts(const QString &docId);
    Result<std::optional<ApplyOutcome>> promoteSetAsideLeaf(const RemoteRevision &deletion);
    Status dropPushedOutbox(const RemoteRevision &remote);

    storage::Database &m_db;
};

// CouchDB's choice of winning leaf: the higher generation, then the higher rev.
bool revisionWins(const QString &a, const QString &b);
int revisionGeneration(const QString &rev);

// The live body of `docId` (empty when it is deleted or not here).
Result<QJsonObject> liveBody(storage::Database &db, const QString &docId);

} // namespace fb::sync
