#pragma once

// The files of two approvals of one quote (conflict_settlement.h). The
// workspace keeps one set of files per document (`attachments`, by doc and
// name), the current leaf's; the leaf set aside in `sync_conflicts` has files
// of its own (another signature, another PDF), which a later pull would
// overwrite and a push would never send. So:
//
// - when a leaf is set aside, its files are kept under hidden names,
//   `_aside/<rev>/<name>` (CouchDB refuses attachment names starting with
//   `_`, so none can clash, and push only sends names the body lists): copied
//   from the current rows when this workspace had them (our own approval),
//   else from HQ's checked downloads of that revision;
// - when the conflict is settled, the kept approval's files become the
//   document's files (digests checked), and the discarded approval's files
//   that differ from the kept ones stay on the quote for the audit record as
//   `discarded-<rev>-<name>`, so they travel to HQ with it.
//
// All of it runs in the caller's transaction; files are copied or streamed,
// never read whole into memory.

#include "domain/result.h"
#include "storage/sqlite_database.h"
#include "sync/attachment_transfer.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace fb::sync {

// The hidden attachment name of file `name` of the set-aside leaf `rev`.
QString setAsideAttachmentName(const QString &rev, const QString &name);
// The name a discarded approval's file `name` keeps on the quote.
QString discardedAttachmentName(const QString &rev, const QString &name);

// Keeps the files of each leaf of `docId` set aside in `sync_conflicts`,
// from the stored rows or `incoming` (HQ's checked downloads of the
// revision just pulled). Returns what could not be kept ("<name>: why"), so
// the caller can report it; settling then says what is missing.
Result<QStringList> keepSetAsideAttachments(storage::Database &db, const QString &docId,
                                            const QList<IncomingAttachment> &incoming);

// The stubs of the files of set-aside leaf `rev` not kept here (yet).
Result<QJsonObject> missingSetAsideAttachments(storage::Database &db, const QString &docId,
                                               const QString &rev);

// Fetches from HQ (`database`, the leaf's own revision) the files of the
// set-aside leaf `rev` that keepSetAsideAttachments could not keep (a cut
// connection, a full disk), digests checked, streamed to files, and keeps
// them; for settling later. Runs its own transaction. Returns how many were
// fetched.
Result<int> fetchSetAsideAttachments(storage::Database &db, HttpClient &http,
                                     const QString &database, const QString &docId,
                                     const QString &rev);

// Forgets the hidden copies of set-aside leaf `rev` (used up, or the leaf
// was closed).
Status forgetSetAsideAttachments(storage::Database &db, const QString &docId, const QString &rev);

// HQ settled the conflict itself and the set-aside leaf `rev` became the
// document's current revision: its hidden copies become the document's
// files, files it does not list go, and the hidden copies are forgotten.
// Returns the stubs (of `stubs`, the leaf's `_attachments`) whose bytes are
// not here, to fetch from HQ.
Result<QJsonObject> promoteSetAsideAttachments(storage::Database &db, const QString &docId,
                                               const QString &rev, const QJsonObject &stubs);

struct SettledAttachments
{
    QJsonObject stubs;     // the kept revision's `_attachments`
    QJsonObject discarded; // file of the discarded approval -> its name on the quote now
};

// Makes the files of the kept body the document's files. `keptIsCurrent`:
// the kept body is the current leaf's (its files are the stored ones); else
// it is the set-aside leaf `otherRev`, whose files are taken from its hidden
// copies, digests checked (a missing or damaged one is an error, and nothing
// is changed once the caller rolls back). `discarded`/`discardedRev` name the
// approval given up.
Result<SettledAttachments> settleAttachments(storage::Database &db, const QString &docId,
                                             const QJsonObject &kept, bool keptIsCurrent,
                                             const QString &otherRev, const QJsonObject &discarded,
                                             const QString &discardedRev);

} // namespace fb::sync
