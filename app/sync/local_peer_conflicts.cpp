// Conflicts HQ settled itself (hq-sync.md §4): a leaf set aside here
// (`sync_conflicts`) that HQ continued or closed is no longer open, and when
// HQ closed this workspace's leaf instead, the leaf set aside here is the
// document's winner (a live leaf beats a deleted one) and becomes current.

#include "sync/conflict_attachments.h"
#include "sync/local_peer.h"

#include <QJsonDocument>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace fb::sync {

// A set-aside leaf that has a child revision is no longer a leaf: HQ went on
// from it (then a new conflict, if any, was set aside on its own) or closed it.
Status LocalPeer::forgetClosedConflicts(const QString &docId)
{
    QStringList closed;
    {
        auto select = m_db.cached(
            "SELECT c.rev FROM sync_conflicts c WHERE c.doc_id = ?1 AND EXISTS "
            "(SELECT 1 FROM revisions r WHERE r.doc_id = c.doc_id AND r.parent = c.rev)");
        if (!select)
            return select.error();
        (*select)->bind(1, docId);
        if (Status read = (*select)->forEachRow([&] { closed.append((*select)->text(0)); }); !read)
            return read;
    }
    for (const QString &rev : std::as_const(closed)) {
        auto forget = m_db.cached("DELETE FROM sync_conflicts WHERE doc_id = ?1 AND rev = ?2");
        if (!forget)
            return forget.error();
        (*forget)->bind(1, docId).bind(2, rev);
        if (Status s = (*forget)->run(); !s)
            return s;
        if (Status s = forgetSetAsideAttachments(m_db, docId, rev); !s)
            return s;
    }
    return {};
}

// `deletion` closes the current leaf. If a leaf set aside here is still
// live, it wins: it becomes current with its own files.
Result<std::optional<ApplyOutcome>> LocalPeer::promoteSetAsideLeaf(const RemoteRevision &deletion)
{
    QString rev;
    QByteArray body;
    {
        auto select = m_db.cached("SELECT rev, body FROM sync_conflicts WHERE doc_id = ?1");
        if (!select)
            return select.error();
        (*select)->bind(1, deletion.id);
        if (Status read = (*select)->forEachRow([&] {
                const QString candidate = (*select)->text(0);
                if (rev.isEmpty() || revisionWins(candidate, rev)) {
                    rev = candidate;
                    body = (*select)->bytes(1);
                }
            });
            !read)
            return read.error();
    }
    if (rev.isEmpty())
        return std::optional<ApplyOutcome>();
    const QJsonObject leaf = QJsonDocument::fromJson(body).object();
    if (Status s =
            writeCurrent(deletion.id, leaf.value("type"_L1).toString(), rev, false, leaf, body);
        !s)
        return s.error();
    auto forget = m_db.cached("DELETE FROM sync_conflicts WHERE doc_id = ?1 AND rev = ?2");
    if (!forget)
        return forget.error();
    (*forget)->bind(1, deletion.id).bind(2, rev);
    if (Status s = (*forget)->run(); !s)
        return s.error();
    auto missing = promoteSetAsideAttachments(m_db, deletion.id, rev,
                                              leaf.value("_attachments"_L1).toObject());
    if (!missing)
        return missing.error();
    if (Status s = dropPushedOutbox(deletion); !s)
        return s.error();
    ApplyOutcome outcome{ApplyOutcome::FastForward, {}};
    outcome.promotedRev = rev;
    outcome.filesToFetch = *missing;
    return std::optional<ApplyOutcome>(outcome);
}

// Outbox rows for revisions HQ has now need no push.
Status LocalPeer::dropPushedOutbox(const RemoteRevision &remote)
{
    auto drop = m_db.cached("DELETE FROM outbox WHERE doc_id = ?1 AND rev = ?2");
    if (!drop)
        return drop.error();
    for (const QString &rev : remote.history) {
        (*drop)->bind(1, remote.id).bind(2, rev);
        if (Status s = (*drop)->run(); !s)
            return s;
    }
    return {};
}

} // namespace fb::sync
