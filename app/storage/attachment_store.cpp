#include "storage/attachment_store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

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
    return digestFromMd5(QCryptographicHash::hash(data, QCryptographicHash::Md5));
}

QString AttachmentStore::digestFromMd5(const QByteArray &md5)
{
    return u"md5-"_s + QString::fromLatin1(md5.toBase64());
}

Result<QString> AttachmentStore::fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Data, file.errorString());
    QCryptographicHash md5(QCryptographicHash::Md5);
    if (!md5.addData(&file))
        return makeError(ErrorKind::Data, file.errorString());
    return digestFromMd5(md5.result());
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
    const QByteArray stored = (*select)->bytes(2);
    (*select)->reset();
    if (stored.startsWith("file:")) {
        QFile file(QDir(filesFolder(m_db)).filePath(QString::fromUtf8(stored.mid(5))));
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorKind::Data,
                             tr("Attachment %1 of %2 is missing (%3); sync it again from HQ.")
                                 .arg(name, docId, file.errorString()));
        attachment.data = file.readAll();
    } else {
        attachment.data = QByteArray::fromBase64(stored);
    }
    if (digest(attachment.data) != expectedDigest)
        return makeError(ErrorKind::Data,
                         tr("Attachment %1 of %2 is damaged (its digest does not match); sync it "
                            "again from HQ.")
                             .arg(name, docId));
    return std::optional<Attachment>(attachment);
}

QString AttachmentStore::filesFolder(const Database &db)
{
    return QFileInfo(db.path()).absoluteDir().filePath(u"attachments"_s);
}

Status AttachmentStore::recordFile(const QString &docId, const AttachmentInfo &info,
                                   const QString &fileName)
{
    auto insert =
        m_db.cached("INSERT INTO attachments (doc_id, name, content_type, digest, length, data) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(doc_id, name) DO UPDATE SET "
                    "content_type = ?3, digest = ?4, length = ?5, data = ?6");
    if (!insert)
        return insert.error();
    (*insert)
        ->bind(1, docId)
        .bind(2, info.name)
        .bind(3, info.contentType)
        .bind(4, info.digest)
        .bind(5, info.length)
        .bind(6, QString(u"file:"_s + fileName));
    return (*insert)->run();
}

Result<std::optional<AttachmentInfo>> AttachmentStore::info(const QString &docId,
                                                            const QString &name)
{
    // substr keeps the base64 of an inline attachment out of memory.
    auto select = m_db.cached("SELECT content_type, digest, length, substr(data, 1, 5) = 'file:', "
                              "CASE WHEN substr(data, 1, 5) = 'file:' THEN substr(data, 6) END "
                              "FROM attachments WHERE doc_id = ?1 AND name = ?2");
    if (!select)
        return select.error();
    (*select)->bind(1, docId).bind(2, name);
    auto row = (*select)->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<AttachmentInfo>();
    AttachmentInfo info;
    info.name = name;
    info.contentType = (*select)->text(0);
    info.digest = (*select)->text(1);
    info.length = (*select)->integer(2);
    if ((*select)->integer(3) != 0)
        info.filePath = QDir(filesFolder(m_db)).filePath((*select)->text(4));
    (*select)->reset();
    return std::optional<AttachmentInfo>(info);
}

Result<QByteArray> AttachmentStore::inlineBase64(const QString &docId, const QString &name)
{
    auto select = m_db.cached("SELECT data FROM attachments WHERE doc_id = ?1 AND name = ?2");
    if (!select)
        return select.error();
    (*select)->bind(1, docId).bind(2, name);
    auto row = (*select)->step();
    if (!row)
        return row.error();
    QByteArray data = *row ? (*select)->bytes(0) : QByteArray();
    (*select)->reset();
    if (data.startsWith("file:"))
        return QByteArray();
    return data;
}

} // namespace fb::storage
