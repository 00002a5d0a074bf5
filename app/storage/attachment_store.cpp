#include "storage/attachment_store.h"

#include <QCoreApplication>
#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

namespace fb::storage {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::storage::Attachments", text);
}

} // namespace

AttachmentStore::AttachmentStore(Database &db) : m_db(db), m_store(db) {}

QString AttachmentStore::digest(const QByteArray &data)
{
    return u"md5-"_s +
           QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toBase64());
}

Result<QJsonObject> AttachmentStore::putWithAttachments(QJsonObject document,
                                                        const QList<Attachment> &attachments)
{
    const QString id = document.value("_id"_L1).toString();
    DocumentStore::BulkWriter writer(m_store, true);
    // The writer's transaction is open: the revision check below and the
    // writes see one consistent state.
    auto current = m_store.get(id);
    if (!current)
        return current.error();
    const QString expected = document.value("_rev"_L1).toString();
    const QString stored =
        current->has_value() ? (**current).value("_rev"_L1).toString() : QString();
    if (expected != stored)
        return makeError(ErrorKind::Rule, tr("%1 was changed elsewhere since it was opened; reload "
                                             "it and apply the change again.")
                                              .arg(id));

    QJsonObject stubs = document.value("_attachments"_L1).toObject();
    auto insert =
        m_db.cached("INSERT INTO attachments (doc_id, name, content_type, digest, length, data) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(doc_id, name) DO UPDATE SET "
                    "content_type = ?3, digest = ?4, length = ?5, data = ?6");
    if (!insert)
        return insert.error();
    for (const Attachment &attachment : attachments) {
        const QString hash = digest(attachment.data);
        (*insert)->reset();
        (*insert)
            ->bind(1, id)
            .bind(2, attachment.name)
            .bind(3, attachment.contentType)
            .bind(4, hash)
            .bind(5, static_cast<qint64>(attachment.data.size()))
            .bind(6, attachment.data.toBase64());
        if (Status written = (*insert)->run(); !written)
            return written.error();
        stubs.insert(attachment.name,
                     QJsonObject{{"content_type"_L1, attachment.contentType},
                                 {"digest"_L1, hash},
                                 {"length"_L1, static_cast<qint64>(attachment.data.size())},
                                 {"stub"_L1, true}});
    }
    document.insert("_attachments"_L1, stubs);
    if (Status added = writer.add(document); !added)
        return added.error();
    if (Status committed = writer.commit(); !committed)
        return committed.error();
    auto reread = m_store.get(id);
    if (!reread)
        return reread.error();
    if (!reread->has_value())
        return makeError(ErrorKind::Data, tr("%1 vanished while it was written.").arg(id));
    return **reread;
}

Result<std::optional<Attachment>> AttachmentStore::get(const QString &docId, const QString &name)
{
    auto select = m_db.cached(
        "SELECT content_type, digest, data FROM attachments WHERE doc_id = ?1 AND name = ?2");
    if (!select)
        return select.error();
    (*select)->reset();
    (*select)->bind(1, docId).bind(2, name);
    auto row = (*select)->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Attachment>();
    Attachment attachment;
    attachment.name = name;
    attachment.contentType = (*select)->text(0);
    const QString expectedDigest = (*select)->text(1);
    attachment.data = QByteArray::fromBase64((*select)->bytes(2));
    (*select)->reset();
    if (digest(attachment.data) != expectedDigest)
        return makeError(ErrorKind::Data,
                         tr("Attachment %1 of %2 is damaged (its digest does not match); sync it "
                            "again from HQ.")
                             .arg(name, docId));
    return std::optional<Attachment>(attachment);
}

} // namespace fb::storage
