#pragma once

// Attachments (signatures, quote PDFs, firmware images) between HQ and the
// workspace, streamed to and from files, never whole in memory.
//
// Pull: documents arrive with CouchDB stubs ({"content_type", "digest":
// "md5-<base64>", "length", "stub": true}); each attachment this workspace
// lacks is fetched alone with `GET /db/doc/att?rev=` (never
// `?attachments=true`, which would inline it base64 in the JSON) into a
// temporary file in the workspace's attachments folder, its MD5 computed while
// it streams. A digest or length that does not match is reported and the file
// dropped; the document itself is still stored, and the attachment is
// recorded (sync_missing_attachments) and fetched again at every later pull
// until it arrives or the document no longer lists it.
//
// Push: a document with attachments goes alone as `PUT /db/doc?new_edits=false`
// with `Content-Type: multipart/related` — the JSON first, then each attachment
// marked `"follows": true` as its own part, read from its file by libcurl's read
// callback. CouchDB's replicator does the same; pouchdb-server (express-pouchdb)
// accepts it too, matching parts by their `Content-Disposition` filename.
// (`PUT /db/doc/att?rev=` is not used: it would make a new revision at HQ
// instead of replicating ours.)

#include "domain/result.h"
#include "storage/attachment_store.h"
#include "storage/sqlite_database.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace fb::sync {

class HttpClient;

struct IncomingAttachment
{
    storage::AttachmentInfo info;
    QString tempPath; // checked download, waiting to be moved into place
};

// An attachment HQ lists that did not arrive (its stub and why).
struct FailedAttachment
{
    storage::AttachmentInfo info;
    QString problem;
};

// The name of a file in the attachments folder for file `name` of `docId`
// with `digest`: content-addressed, so a new version gets a new file and the
// one a committed row names is never overwritten.
QString attachmentFileName(const QString &docId, const QString &name, const QString &digest);

// Streams `path` (relative to HQ's URL) into a new file in `folder`,
// checking its MD5 against `expectedDigest` ("md5-<base64>") and, when not
// negative, its length. Returns the file's path. Data errors (digest, length,
// disk) are ErrorKind::Data and leave no file behind; transport failures are
// ErrorKind::Network.
Result<QString> downloadAttachment(HttpClient &http, const QString &path,
                                   const QString &expectedDigest, qint64 expectedLength,
                                   const QString &folder);

class AttachmentTransfer
{
public:
    AttachmentTransfer(storage::Database &db, HttpClient &http);
    ~AttachmentTransfer(); // removes downloads never stored
    AttachmentTransfer(const AttachmentTransfer &) = delete;
    AttachmentTransfer &operator=(const AttachmentTransfer &) = delete;

    // Downloads the attachments of `document` (as HQ sent it, with `_rev`)
    // that are not stored here with the same digest. A refused attachment
    // (wrong digest or length, disk, HQ no longer has it) is added to
    // `failed` and skipped; only transport failures are errors.
    Result<QList<IncomingAttachment>> fetchMissing(const QString &database,
                                                   const QJsonObject &document,
                                                   QList<FailedAttachment> *failed);
    // Moves checked downloads into place and records them, in the caller's
    // transaction; a recorded missing attachment they replace is forgotten.
    Status store(const QString &docId, const QList<IncomingAttachment> &incoming);

    // Notes an attachment of `docId` that did not arrive, to fetch again
    // from revision `rev` of `database` at the next pull, or with
    // `fetchThisRun` already by this run's retryMissing (caller's transaction).
    Status recordMissing(const QString &database, const QString &docId, const QString &rev,
                         const FailedAttachment &failed, bool fetchThisRun = false);
    // Fetches the recorded missing attachments of `database` again (except
    // those recorded by this instance, i.e. in this sync run): each that
    // arrives is stored, one the document no longer lists (with that digest)
    // is forgotten, one that fails again stays recorded and is described in
    // `problems` as {id, rev, "<name>: <reason>"}. Only transport failures are
    // errors. Runs its own transactions.
    Status retryMissing(const QString &database, QList<QStringList> *problems);

    // Sends `document` (with `_rev` and `_revisions`) and the attachments it
    // lists as one multipart/related PUT with new_edits=false. Returns HQ's
    // refusal as an error of kind Rule (the caller reports it and goes on).
    Status push(const QString &database, QJsonObject document);

private:
    storage::Database &m_db;
    HttpClient &m_http;
    QStringList m_pending;           // temp files not moved yet
    QSet<QString> m_recordedThisRun; // "doc id\nname" recorded as missing by this instance
};

// True when a stored document body (compact JSON) lists attachments.
bool bodyHasAttachments(const QByteArray &compactBody);

} // namespace fb::sync
