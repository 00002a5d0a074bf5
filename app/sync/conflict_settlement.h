#pragma once

// Two approvals of the same quote (hq-sync.md §4: "shown to the user to
// settle, never merged silently"). LocalPeer::applyRemote keeps CouchDB's
// winning leaf current and sets the other leaf aside in `sync_conflicts`;
// here the user's choice settles it:
//
// - the kept body becomes a new local revision whose parent is the current
//   leaf, queued for push;
// - the other leaf is closed with a deletion (queued too), so HQ ends with
//   one live leaf, and its row leaves `sync_conflicts`;
// - what was discarded is kept on the quote itself, in
//   `discarded_approvals` [{"rev", "settled_at", "settled_by", "body"}]: the
//   whole discarded body travels with the quote to HQ, where staff see which
//   signature was set aside and by whom (the app keeps unknown fields, so a
//   later edit does not drop it; it is outside the approval's signed content),
//   with the discarded approval's files that differ from the kept ones
//   (conflict_attachments.h: the kept revision carries exactly the kept
//   approval's files);
// - the quote's ticket gets a note saying who settled it, when, and which
//   approval (signer, time) was kept and which discarded; it syncs and
//   merges like any note. All of it is one transaction.
//
// Blocking SQLite work: call it on a worker thread (SyncService does).

#include "domain/result.h"
#include "storage/sqlite_database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace fb::sync {

struct OpenConflict
{
    QString docId;
    QString reason; // the merge rule that asked for a person (wire word: "two_approvals")
    QDateTime foundAt;
    QString currentRev;  // the document's leaf that is current here
    QJsonObject current; // its body
    QString otherRev;    // the leaf set aside
    QJsonObject other;   // its body
};

enum class ConflictChoice
{
    KeepCurrent,
    KeepOther,
};

// The open conflicts, oldest first.
Result<QList<OpenConflict>> loadOpenConflicts(storage::Database &db);

// Settles the conflict of `docId` whose set-aside leaf is `otherRev`.
// `expectedCurrentRev` is the current leaf the user looked at: if the
// document changed since (a sync ran), nothing is written and the error (Rule)
// says to look again. Returns the new revision. `by` names who settled it.
Result<QString> settleConflict(storage::Database &db, const QString &docId, const QString &otherRev,
                               const QString &expectedCurrentRev, ConflictChoice choice,
                               const QString &by);

} // namespace fb::sync

Q_DECLARE_METATYPE(fb::sync::OpenConflict)
