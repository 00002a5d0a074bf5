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

private:
    Database &m_db;
    DocumentStore m_store;
};

} // namespace fb::storage
