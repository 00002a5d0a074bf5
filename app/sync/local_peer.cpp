#include "sync/local_peer.h"

#include "domain/json_writer.h"
#include "domain/time_format.h"
#include "storage/document_index.h"
#include "storage/document_store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fb::sync {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::sync::LocalPeer", text);
}

QString nowUtc()
{
    return toIsoUtc(QDateTime::currentDateTimeUtc());
}

} // namespace

int revisionGeneration(const QString &rev)
{
    return rev.section(u'-', 0, 0).toInt();
}

bool revisionWins(const QString &a, const QString &b)
{
    const int ga = revisionGeneration(a);
    const int gb = revisionGeneration(b);
    if (ga != gb)
        return ga > gb;
    return a.section(u'-', 1) > b.section(u'-', 1);
}

Result<QString> LocalPeer::workspaceId()
{
    auto statement = m_db.cached("SELECT value FROM meta WHERE key = 'workspace_uuid'");
    if (!statement)
        return statement.error();
    auto row = (*statement)->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorKind::Data,
                         tr("The workspace has no id; run \"db check\" and restore a backup."));
    const QString id = (*statement)->text(0);
    (*statement)->reset();
    return id;
}

Result<std::optional<Checkpoint>> LocalPeer::checkpoint(const QString &repId)
{
    auto statement =
        m_db.cached("SELECT last_seq, session_id FROM sync_checkpoints WHERE rep_id = ?1");
    if (!statement)
        return statement.error();
    (*statement)->bind(1, repId);
    auto row = (*statement)->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Checkpoint>();
    // Sequence values are opaque JSON (integers here, strings on CouchDB 3).
    const QJsonArray wrapped = QJsonDocument::fromJson("[" + (*statement)->bytes(0) + "]").array();
    Checkpoint checkpoint{wrapped.isEmpty() ? QJsonValue() : wrapped.first(),
                          (*statement)->text(1)};
    (*statement)->reset();
    return std::optional<Checkpoint>(checkpoint);
}

Status LocalPeer::saveCheckpoint(const QString &repId, const Checkpoint &checkpoint)
{
    auto statement =
        m_db.cached("INSERT INTO sync_checkpoints (rep_id, last_seq, session_id, updated_at) "
                    "VALUES (?1, ?2, ?3, ?4) ON CONFLICT(rep_id) DO UPDATE SET last_seq = ?2, "
                    "session_id = ?3, updated_at = ?4");
    if (!statement)
        return statement.error();
    QByteArray seq = QJsonDocument(QJsonArray{checkpoint.lastSeq}).toJson(QJsonDocument::Compact);
    seq = seq.mid(1, seq.size() - 2);
    (*statement)->bind(1, repId).bind(2, seq).bind(3, checkpoint.sessionId).bind(4, nowUtc());
    return (*statement)->run();
}

Result<bool> LocalPeer::hasDocument(const QString &docId)
{
    auto statement = m_db.cached("SELECT 1 FROM docs WHERE id = ?1");
    if (!statement)
        return statement.error();
    (*statement)->bind(1, docId);
    auto row = (*statement)->step();
    if (!row)
        return row.error();
    (*statement)->reset();
    return *row;
}

Result<QJsonObject> LocalPeer::currentBody(const QString &docId)
{
    return liveBody(m_db, docId);
}

Result<QJsonObject> liveBody(storage::Database &db, const QString &docId)
{
    auto statement = db.cached("SELECT body FROM docs WHERE id = ?1 AND deleted = 0");
    if (!statement)
        return statement.error();
    (*statement)->bind(1, docId);
    auto row = (*statement)->step();
    if (!row)
        return row.error();
    QJsonObject body;
    if (*row)
        body = QJsonDocument::fromJson((*statement)->bytes(0)).object();
    (*statement)->reset();
    return body;
}

Result<QStringList> LocalPeer::missingRevisions(const QString &docId, const QStringList &revs)
{
    auto statement = m_db.cached("SELECT 1 FROM revisions WHERE doc_id = ?1 AND rev = ?2");
    if (!statement)
        return statement.error();
    QStringList missing;
    for (const QString &rev : revs) {
        (*statement)->bind(1, docId).bind(2, rev);
        auto row = (*statement)->step();
        if (!row)
            return row.error();
        if (!*row)
            missing.append(rev);
        (*statement)->reset();
    }
    return missing;
}

Result<QStringList> LocalPeer::ancestry(const QString &docId, const QString &rev)
{
    auto statement =
        m_db.cached("WITH RECURSIVE chain(rev, parent, depth) AS ("
                    " SELECT rev, parent, 0 FROM revisions WHERE doc_id = ?1 AND rev = ?2"
                    " UNION ALL SELECT r.rev, r.parent, c.depth + 1 FROM revisions r JOIN chain c"
                    " ON r.doc_id = ?1 AND r.rev = c.parent WHERE c.depth < 1000)"
                    " SELECT rev FROM chain ORDER BY depth");
    if (!statement)
        return statement.error();
    (*statement)->bind(1, docId).bind(2, rev);
    QStringList chain;
    if (Status read = (*statement)->forEachRow([&] { chain.append((*statement)->text(0)); }); !read)
        return read.error();
    return chain;
}

Status LocalPeer::insertHistory(const QString &docId, const QStringList &history, bool leafDeleted)
{
    auto statement =
        m_db.cached("INSERT INTO revisions (doc_id, rev, parent, deleted) VALUES (?1, ?2, ?3, ?4) "
                    "ON CONFLICT(doc_id, rev) DO UPDATE SET parent = coalesce(parent, ?3)");
    if (!statement)
        return statement.error();
    for (qsizetype i = 0; i < history.size(); ++i) {
        (*statement)->bind(1, docId).bind(2, history[i]);
        if (i + 1 < history.size())
            (*statement)->bind(3, history[i + 1]);
        else
            (*statement)->bindNull(3);
        (*statement)->bind(4, i == 0 && leafDeleted ? 1 : 0);
        if (Status s = (*statement)->run(); !s)
            return s;
    }
    return {};
}

Status LocalPeer::writeCurrent(const QString &docId, const QString &type, const QString &rev,
                               bool deleted, const QJsonObject &body, const QByteArray &bodyJson)
{
    auto nextSeq = m_db.cached("SELECT coalesce(max(seq), 0) + 1 FROM docs");
    if (!nextSeq)
        return nextSeq.error();
    auto seqRow = (*nextSeq)->step();
    if (!seqRow)
        return seqRow.error();
    const qint64 seq = (*nextSeq)->integer(0);
    (*nextSeq)->reset();
    auto statement = m_db.cached(
        "INSERT INTO docs (id, type, rev, deleted, body, seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
        "ON CONFLICT(id) DO UPDATE SET type = ?2, rev = ?3, deleted = ?4, body = ?5, seq = ?6");
    if (!statement)
        return statement.error();
    (*statement)
        ->bind(1, docId)
        .bind(2, type)
        .bind(3, rev)
        .bind(4, deleted ? 1 : 0)
        .bind(5, bodyJson.isEmpty() ? json::compact(body) : bodyJson)
        .bind(6, seq);
    if (Status s = (*statement)->run(); !s)
        return s;
    if (!deleted)
        return storage::updateIndex(m_db, body);
    for (const char *sql :
         {"DELETE FROM ticket_rows WHERE doc_id = ?1", "DELETE FROM device_rows WHERE doc_id = ?1",
          "DELETE FROM service_event_rows WHERE doc_id = ?1"}) {
        auto remove = m_db.prepare(sql);
        if (!remove)
            return remove.error();
        remove->bind(1, docId);
        if (Status s = remove->run(); !s)
            return s;
    }
    return {};
}

Status LocalPeer::queue(const QString &docId, const QString &rev)
{
    auto statement = m_db.cached("INSERT INTO outbox (doc_id, rev, queued_at) VALUES (?1, ?2, ?3)");
    if (!statement)
        return statement.error();
    (*statement)->bind(1, docId).bind(2, rev).bind(3, nowUtc());
    return (*statement)->run();
}

Status LocalPeer::createDocument(const QJsonObject &body)
{
    const QString id = body.value("_id"_L1).toString();
    auto existing = m_db.cached("SELECT 1 FROM docs WHERE id = ?1");
    if (!existing)
        return existing.error();
    (*existing)->bind(1, id);
    auto row = (*existing)->step();
    if (!row)
        return row.error();
    (*existing)->reset();
    if (*row)
        return {}; // created by an earlier settling of the same conflict
    const QString rev = storage::nextRevision(QString(), json::compact(body));
    if (Status s = writeCurrent(id, body.value("type"_L1).toString(), rev, false, body); !s)
        return s;
    if (Status s = insertHistory(id, {rev}, false); !s)
        return s;
    return queue(id, rev);
}

Result<ApplyOutcome> LocalPeer::applyRemote(const RemoteRevision &remote)
{
    auto select = m_db.cached("SELECT rev, deleted, body FROM docs WHERE id = ?1");
    if (!select)
        return select.error();
    (*select)->bind(1, remote.id);
    auto row = (*select)->step();
    if (!row)
        return row.error();
    const bool exists = *row;
    const QString current = exists ? (*select)->text(0) : QString();
    const bool currentDeleted = exists && (*select)->integer(1) != 0;
    const QJsonObject currentBody =
        exists ? QJsonDocument::fromJson((*select)->bytes(2)).object() : QJsonObject();
    (*select)->reset();
    const QString type = remote.body.value("type"_L1).toString();

    if (!exists) {
        if (Status s = writeCurrent(remote.id, type, remote.rev, remote.deleted, remote.body,
                                    remote.bodyJson);
            !s)
            return s.error();
        if (Status s = insertHistory(remote.id, remote.history, remote.deleted); !s)
            return s.error();
        return ApplyOutcome{ApplyOutcome::Inserted, {}};
    }
    if (Status s = insertHistory(remote.id, remote.history, remote.deleted); !s)
        return s.error();
    if (Status s = forgetClosedConflicts(remote.id); !s)
        return s.error();
    if (current == remote.rev)
        return ApplyOutcome{ApplyOutcome::AlreadyHad, {}};

    if (remote.history.contains(current) || (currentDeleted && !remote.deleted)) {
        if (remote.deleted && !currentDeleted) {
            auto promoted = promoteSetAsideLeaf(remote);
            if (!promoted)
                return promoted.error();
            if (*promoted)
                return **promoted;
        }
        // HQ's revision descends from ours (or ours is a deletion): take it.
        if (Status s = writeCurrent(remote.id, type, remote.rev, remote.deleted, remote.body,
                                    remote.bodyJson);
            !s)
            return s.error();
        if (Status s = dropPushedOutbox(remote); !s)
            return s.error();
        return ApplyOutcome{ApplyOutcome::FastForward, {}};
    }
    auto ours = ancestry(remote.id, current);
    if (!ours)
        return ours.error();
    if (ours->contains(remote.rev) || remote.deleted)
        return ApplyOutcome{ApplyOutcome::AlreadyHad, {}}; // ours is newer, or a deleted leaf

    // Two live leaves: settle them by the rules of §4.
    const bool theirsWins = revisionWins(remote.rev, current);
    const MergeOutcome outcome = mergeConflict(currentBody, remote.body, theirsWins);
    const QString winnerRev = theirsWins ? remote.rev : current;
    const QString loserRev = theirsWins ? current : remote.rev;
    if (outcome.needsAttention) {
        auto keep = m_db.cached(
            "INSERT OR REPLACE INTO sync_conflicts (doc_id, rev, body, reason, found_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5)");
        if (!keep)
            return keep.error();
        (*keep)
            ->bind(1, remote.id)
            .bind(2, loserRev)
            .bind(3, json::compact(theirsWins ? currentBody : remote.body))
            .bind(4, outcome.note)
            .bind(5, nowUtc());
        if (Status s = (*keep)->run(); !s)
            return s.error();
        if (theirsWins) {
            if (Status s =
                    writeCurrent(remote.id, type, remote.rev, false, remote.body, remote.bodyJson);
                !s)
                return s.error();
        }
        return ApplyOutcome{ApplyOutcome::NeedsAttention, outcome.note};
    }

    QJsonObject merged = outcome.merged;
    merged.remove("_rev"_L1);
    merged.insert("_id"_L1, remote.id);
    const QString mergedRev = storage::nextRevision(winnerRev, json::compact(merged));
    if (Status s = writeCurrent(remote.id, type, mergedRev, false, merged); !s)
        return s.error();
    if (Status s = insertHistory(remote.id, {mergedRev, winnerRev}, false); !s)
        return s.error();
    // The losing leaf is closed with a deletion, as CouchDB expects.
    const QString tombstone = storage::nextRevision(loserRev, "{\"_deleted\":true}");
    if (Status s = insertHistory(remote.id, {tombstone, loserRev}, true); !s)
        return s.error();
    if (Status s = queue(remote.id, mergedRev); !s)
        return s.error();
    if (Status s = queue(remote.id, tombstone); !s)
        return s.error();
    for (const QJsonObject &extra : outcome.extraDocuments) {
        if (Status s = createDocument(extra); !s)
            return s.error();
    }
    return ApplyOutcome{ApplyOutcome::Merged, outcome.note};
}

Result<QString> LocalPeer::closeLeaf(const QString &docId, const QString &rev)
{
    const QString tombstone = storage::nextRevision(rev, "{\"_deleted\":true}");
    if (Status s = insertHistory(docId, {tombstone, rev}, true); !s)
        return s.error();
    if (Status s = queue(docId, tombstone); !s)
        return s.error();
    return tombstone;
}

Result<QList<OutboxEntry>> LocalPeer::outbox(qint64 afterSeq, int limit)
{
    auto statement =
        m_db.cached("SELECT seq, doc_id, rev FROM outbox WHERE seq > ?1 ORDER BY seq LIMIT ?2");
    if (!statement)
        return statement.error();
    (*statement)->bind(1, afterSeq).bind(2, limit);
    QList<OutboxEntry> entries;
    if (Status read = (*statement)->forEachRow([&] {
            entries.append(
                {(*statement)->integer(0), (*statement)->text(1), (*statement)->text(2)});
        });
        !read)
        return read.error();
    return entries;
}

Result<std::optional<LocalPeer::PushRow>> LocalPeer::pushRow(const QString &docId,
                                                             const QString &rev)
{
    auto select =
        m_db.cached("SELECT d.rev, d.deleted, d.body, r.deleted FROM revisions r LEFT JOIN docs d "
                    "ON d.id = r.doc_id WHERE r.doc_id = ?1 AND r.rev = ?2");
    if (!select)
        return select.error();
    (*select)->bind(1, docId).bind(2, rev);
    auto row = (*select)->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<PushRow>();
    PushRow found;
    found.isCurrent = (*select)->text(0) == rev;
    found.docDeleted = (*select)->integer(1) != 0;
    found.body = (*select)->bytes(2);
    found.revDeleted = (*select)->integer(3) != 0;
    return std::optional<PushRow>(std::move(found));
}

Result<std::optional<QJsonObject>> LocalPeer::documentToPush(const QString &docId,
                                                             const QString &rev)
{
    auto row = pushRow(docId, rev);
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<QJsonObject>();
    const auto &[isCurrent, docDeleted, revDeleted, body] = **row;

    QJsonObject document;
    if (revDeleted || (isCurrent && docDeleted)) {
        document.insert("_id"_L1, docId);
        document.insert("_deleted"_L1, true);
    } else if (isCurrent) {
        document = QJsonDocument::fromJson(body).object();
    } else {
        return std::optional<QJsonObject>(); // superseded by a later revision
    }
    auto chain = ancestry(docId, rev);
    if (!chain)
        return chain.error();
    QJsonArray ids;
    for (const QString &ancestor : std::as_const(*chain))
        ids.append(ancestor.section(u'-', 1));
    document.insert("_rev"_L1, rev);
    document.insert("_revisions"_L1,
                    QJsonObject{{"start"_L1, revisionGeneration(rev)}, {"ids"_L1, ids}});
    return std::optional<QJsonObject>(document);
}

Result<std::optional<QByteArray>> LocalPeer::documentToPushJson(const QString &docId,
                                                                const QString &rev)
{
    auto row = pushRow(docId, rev);
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<QByteArray>();
    const bool isCurrent = (*row)->isCurrent;
    const bool live = !(*row)->docDeleted && !(*row)->revDeleted;
    const QByteArray &body = (*row)->body;
    if (!isCurrent && live)
        return std::optional<QByteArray>(); // superseded by a later revision
    auto plain = [](const QString &text) {
        for (QChar c : text)
            if (c == u'"' || c == u'\\' || c.unicode() < 0x20)
                return false;
        return true;
    };
    auto careful = [&]() -> Result<std::optional<QByteArray>> {
        auto document = documentToPush(docId, rev);
        if (!document)
            return document.error();
        if (!*document)
            return std::optional<QByteArray>();
        return std::optional<QByteArray>(QJsonDocument(**document).toJson(QJsonDocument::Compact));
    };
    // Deletions and anything unusual go the careful way.
    if (!live || !body.startsWith('{') || !body.endsWith('}') || !plain(rev))
        return careful();
    QByteArray json;
    json.reserve(body.size() + 128);
    json += "{\"_rev\":\"" + rev.toUtf8() + '"';
    // A first revision is its own whole history: its `_rev` says all that
    // `_revisions` would, and HQ stores it faster without (a ticket or quote
    // made here). Later revisions name their ancestors.
    if (revisionGeneration(rev) > 1) {
        auto chain = ancestry(docId, rev);
        if (!chain)
            return chain.error();
        if (!std::all_of(chain->cbegin(), chain->cend(), plain))
            return careful();
        json += ",\"_revisions\":{\"start\":" + QByteArray::number(revisionGeneration(rev)) +
                ",\"ids\":[";
        for (qsizetype i = 0; i < chain->size(); ++i)
            json += (i ? ",\"" : "\"") + chain->at(i).section(u'-', 1).toUtf8() + '"';
        json += "]}";
    }
    if (body.size() > 2)
        json += ',';
    json += QByteArrayView(body).sliced(1);
    return std::optional<QByteArray>(std::move(json));
}

Status LocalPeer::removeOutboxUpTo(qint64 seq)
{
    auto statement = m_db.cached("DELETE FROM outbox WHERE seq <= ?1");
    if (!statement)
        return statement.error();
    (*statement)->bind(1, seq);
    return (*statement)->run();
}

Status LocalPeer::appendLog(const QString &startedAt, bool ok, int pulled, int pushed,
                            int conflicts, const QString &message, const QJsonObject &details)
{
    auto statement = m_db.prepare(
        "INSERT INTO sync_log (started_at, finished_at, ok, pulled, pushed, conflicts, message, "
        "details) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!statement)
        return statement.error();
    statement->bind(1, startedAt)
        .bind(2, nowUtc())
        .bind(3, ok ? 1 : 0)
        .bind(4, pulled)
        .bind(5, pushed)
        .bind(6, conflicts)
        .bind(7, message)
        .bind(8, json::compact(details));
    return statement->run();
}

} // namespace fb::sync
