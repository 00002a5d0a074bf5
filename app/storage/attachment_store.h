#pragma once

// Files attached to documents (a quote's signature.png and quote.pdf, a
// ticket's service-report.pdf). The document lists them in `_attachments` as
// CouchDB stubs ({"content_type", "digest": "md5-<base64>", "length",
// "stub": true}); the bytes live in the `attachments` table (base64 text),
// written in the same transaction as the document, for sync to send as
// CouchDB attachments.

#include "domain/result.h"
#include "storage/document_store.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace fb::storage {

struct Attachment
{
    QString name; // "signature.png"
    QString contentType;
    QByteArray data;
};

// Where an attachment's bytes are: inline (base64 in the table, small files
// made here) or a file in the workspace's attachments folder (what sync
// streams from HQ, never whole in memory). The row's `data` is then
// "file:<name>" — ':' is not in the base64 alphabet, so the two never mix.
struct AttachmentInfo
{
    QString name;
    QString contentType;
    QString digest;
    qint64 length = 0;
    QString filePath; // empty: inline
};

class AttachmentStore
{
public:
    explicit AttachmentStore(Database &db);

    // Writes `document` (its `_rev` must match the stored one, as put() checks)
    // with `attachments` added or replaced, in one transaction.
    Result<QJsonObject> putWithAttachments(QJsonObject document,
                                           const QList<Attachment> &attachments);

    Result<std::optional<Attachment>> get(const QString &docId, const QString &name);

    // "md5-<base64 of the MD5>", as CouchDB names an attachment's digest.
    static QString digest(const QByteArray &data);
    // The same, of an MD5 computed elsewhere (while streaming).
    static QString digestFromMd5(const QByteArray &md5);
    // The same, of a file's bytes, read in blocks.
    static Result<QString> fileDigest(const QString &path);

    // <workspace folder>/attachments, where file-backed attachments live.
    static QString filesFolder(const Database &db);
    // Records the file `fileName` (already in filesFolder(), its digest
    // checked by the caller) as the attachment `name` of `docId`, in the
    // caller's transaction. The document's stub is the caller's business.
    Status recordFile(const QString &docId, const AttachmentInfo &info, const QString &fileName);
    // Metadata and location of one attachment, without reading its bytes.
    Result<std::optional<AttachmentInfo>> info(const QString &docId, const QString &name);
    // The base64 text of an inline attachment (empty for a file-backed one).
    Result<QByteArray> inlineBase64(const QString &docId, const QString &name);

private:
    Database &m_db;
    DocumentStore m_store;
};

} // namespace fb::storage
