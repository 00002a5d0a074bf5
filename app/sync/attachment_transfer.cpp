#include "sync/attachment_transfer.h"

#include "domain/time_format.h"
#include "storage/attachment_store.h"
#include "sync/http_client.h"
#include "sync/local_peer.h"
#include "sync/sync_log.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

#include <QFileInfo>

#include <algorithm>
#include <cstring>
#include <memory>
#include <variant>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace fb::sync {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::sync::Attachments", text);
}

QString encoded(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

// The request body of a multipart push: pieces of memory and whole files,
// read one after the other by libcurl.
class MultipartBody
{
public:
    void addBytes(QByteArray bytes)
    {
        m_size += bytes.size();
        m_parts.push_back({std::move(bytes), {}});
    }
    void addFile(const QString &path, qint64 size)
    {
        m_size += size;
        m_parts.push_back({{}, path});
    }
    qint64 size() const { return m_size; }

    qsizetype read(char *buffer, qsizetype capacity)
    {
        qsizetype written = 0;
        while (written < capacity && m_index < m_parts.size()) {
            Part &part = m_parts[m_index];
            if (part.filePath.isEmpty()) {
                const qsizetype n = std::min(capacity - written, part.bytes.size() - m_offset);
                memcpy(buffer + written, part.bytes.constData() + m_offset, size_t(n));
                written += n;
                m_offset += n;
                if (m_offset >= part.bytes.size())
                    next();
                continue;
            }
            if (!m_file) {
                m_file = std::make_unique<QFile>(part.filePath);
                if (!m_file->open(QIODevice::ReadOnly)) {
                    qCWarning(lcSync)
                        << "cannot read attachment" << part.filePath << m_file->errorString();
                    return -1;
                }
            }
            const qint64 n = m_file->read(buffer + written, capacity - written);
            if (n < 0)
                return -1;
            if (n == 0) {
                next();
                continue;
            }
            written += n;
        }
        return written;
    }

    bool rewind()
    {
        m_index = 0;
        m_offset = 0;
        m_file.reset();
        return true;
    }

private:
    struct Part
    {
        QByteArray bytes;
        QString filePath;
    };
    void next()
    {
        ++m_index;
        m_offset = 0;
        m_file.reset();
    }
    std::vector<Part> m_parts;
    size_t m_index = 0;
    qsizetype m_offset = 0;
    std::unique_ptr<QFile> m_file;
    qint64 m_size = 0;
};

// Failures that concern one file (its bytes, the disk, HQ no longer having
// it); anything else (connection, credentials, cancel) stops the sync.
bool isPerFileError(const Error &error)
{
    return error.kind == ErrorKind::Data || error.kind == ErrorKind::NotFound;
}

Status forgetMissing(storage::Database &db, const QString &docId, const QString &name)
{
    auto statement =
        db.cached("DELETE FROM sync_missing_attachments WHERE doc_id = ?1 AND name = ?2");
    if (!statement)
        return statement.error();
    (*statement)->bind(1, docId).bind(2, name);
    return (*statement)->run();
}

// The digest the current (live) document lists for attachment `name`; empty
// when it is deleted, gone or lists no such attachment.
Result<QString> listedDigest(storage::Database &db, const QString &docId, const QString &name)
{
    auto body = liveBody(db, docId);
    if (!body)
        return body.error();
    return body->value("_attachments"_L1)
        .toObject()
        .value(name)
        .toObject()
        .value("digest"_L1)
        .toString();
}

} // namespace

QString attachmentFileName(const QString &docId, const QString &name, const QString &digest)
{
    const QByteArray owner =
        QCryptographicHash::hash((docId + u'\n' + name).toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(24);
    const QByteArray content =
        QByteArray::fromBase64(digest.mid(4).toLatin1()).toHex(); // after "md5-"
    return QString::fromLatin1(owner + '-' + content);
}

bool bodyHasAttachments(const QByteArray &compactBody)
{
    // QJsonDocument writes compact JSON without spaces; an empty object is "{}".
    return compactBody.contains("\"_attachments\":{\"");
}

Result<QString> downloadAttachment(HttpClient &http, const QString &path,
                                   const QString &expectedDigest, qint64 expectedLength,
                                   const QString &folder)
{
    if (!QDir().mkpath(folder))
        return makeError(ErrorKind::Data,
                         tr("Cannot create the attachments folder %1.").arg(folder));
    const QString target =
        QDir(folder).filePath(u"incoming-"_s + QUuid::createUuid().toString(QUuid::Id128));
    QFile file(target);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(
            ErrorKind::Data,
            tr("Cannot write the attachment file %1: %2").arg(target, file.errorString()));
    QCryptographicHash md5(QCryptographicHash::Md5);
    qint64 received = 0;
    HttpStream stream;
    stream.onData = [&](const char *data, qsizetype size) {
        md5.addData(QByteArrayView(data, size));
        received += size;
        return file.write(data, size) == size;
    };
    stream.rewind = [&] {
        md5.reset();
        received = 0;
        return file.resize(0) && file.seek(0);
    };
    auto response = http.requestStream("GET", path, stream);
    file.close();
    auto fail = [&](Error error) -> Result<QString> {
        QFile::remove(target);
        return error;
    };
    if (!response)
        return fail(response.error());
    if (response->status != 200)
        // 404: HQ no longer has that revision (compacted) or the file; a
        // later pull tries again from the revision it then lists.
        return fail(Error{response->status == 404 ? ErrorKind::NotFound : ErrorKind::Network,
                          tr("HQ answered %1 when asked for the attachment (%2).")
                              .arg(response->status)
                              .arg(QString::fromUtf8(response->body.left(100)).simplified())});
    const QString actual = storage::AttachmentStore::digestFromMd5(md5.result());
    if (actual != expectedDigest)
        return fail(Error{ErrorKind::Data,
                          tr("its content does not match its digest (HQ lists %1, the %2 bytes "
                             "received give %3); it was not stored")
                              .arg(expectedDigest)
                              .arg(received)
                              .arg(actual)});
    if (expectedLength >= 0 && received != expectedLength)
        return fail(Error{ErrorKind::Data, tr("it is %1 bytes long, HQ lists %2; it was not stored")
                                               .arg(received)
                                               .arg(expectedLength)});
    return target;
}

AttachmentTransfer::AttachmentTransfer(storage::Database &db, HttpClient &http)
    : m_db(db), m_http(http)
{}

AttachmentTransfer::~AttachmentTransfer()
{
    for (const QString &path : std::as_const(m_pending))
        QFile::remove(path);
}

Result<QList<IncomingAttachment>> AttachmentTransfer::fetchMissing(const QString &database,
                                                                   const QJsonObject &document,
                                                                   QList<FailedAttachment> *failed)
{
    QList<IncomingAttachment> incoming;
    const QJsonObject stubs = document.value("_attachments"_L1).toObject();
    if (stubs.isEmpty() || document.value("_deleted"_L1).toBool())
        return incoming;
    const QString id = document.value("_id"_L1).toString();
    const QString rev = document.value("_rev"_L1).toString();
    storage::AttachmentStore store(m_db);
    const QString folder = storage::AttachmentStore::filesFolder(m_db);
    for (auto it = stubs.begin(); it != stubs.end(); ++it) {
        const QJsonObject stub = it.value().toObject();
        storage::AttachmentInfo info;
        info.name = it.key();
        info.contentType = stub.value("content_type"_L1).toString();
        info.digest = stub.value("digest"_L1).toString();
        info.length = stub.value("length"_L1).toInteger(-1);
        if (!info.digest.startsWith("md5-"_L1)) {
            failed->append({info, tr("HQ lists no MD5 digest for it; it was not fetched")});
            continue;
        }
        auto have = store.info(id, info.name);
        if (!have)
            return have.error();
        if (*have && (*have)->digest == info.digest)
            continue;
        const QString path =
            database + u'/' + encoded(id) + u'/' + encoded(info.name) + u"?rev="_s + encoded(rev);
        auto file = downloadAttachment(m_http, path, info.digest, info.length, folder);
        if (!file) {
            if (!isPerFileError(file.error()))
                return file.error();
            failed->append({info, file.error().message});
            continue;
        }
        m_pending.append(*file);
        incoming.append({info, *file});
    }
    return incoming;
}

Status AttachmentTransfer::store(const QString &docId, const QList<IncomingAttachment> &incoming)
{
    storage::AttachmentStore store(m_db);
    const QDir folder(storage::AttachmentStore::filesFolder(m_db));
    for (const IncomingAttachment &attachment : incoming) {
        const QString name =
            attachmentFileName(docId, attachment.info.name, attachment.info.digest);
        const QString target = folder.filePath(name);
        // The same content already there (an earlier, interrupted sync) is
        // as good as the new download.
        if (QFile::exists(target))
            QFile::remove(attachment.tempPath);
        else if (!QFile::rename(attachment.tempPath, target))
            return makeError(ErrorKind::Data, tr("Cannot move the attachment %1 of %2 into %3.")
                                                  .arg(attachment.info.name, docId, folder.path()));
        m_pending.removeAll(attachment.tempPath);
        if (Status s = store.recordFile(docId, attachment.info, name); !s)
            return s;
        if (Status s = forgetMissing(m_db, docId, attachment.info.name); !s)
            return s;
    }
    return {};
}

Status AttachmentTransfer::recordMissing(const QString &database, const QString &docId,
                                         const QString &rev, const FailedAttachment &failed,
                                         bool fetchThisRun)
{
    auto statement = m_db.cached(
        "INSERT INTO sync_missing_attachments (doc_id, name, db_name, rev, digest, length, "
        "content_type, problem, failed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
        "ON CONFLICT(doc_id, name) DO UPDATE SET db_name = ?3, rev = ?4, digest = ?5, "
        "length = ?6, content_type = ?7, problem = ?8, failed_at = ?9, attempts = attempts + 1");
    if (!statement)
        return statement.error();
    if (!fetchThisRun)
        m_recordedThisRun.insert(docId + u'\n' + failed.info.name);
    (*statement)
        ->bind(1, docId)
        .bind(2, failed.info.name)
        .bind(3, database)
        .bind(4, rev)
        .bind(5, failed.info.digest)
        .bind(6, failed.info.length)
        .bind(7, failed.info.contentType)
        .bind(8, failed.problem)
        .bind(9, toIsoUtc(QDateTime::currentDateTimeUtc()));
    return (*statement)->run();
}

Status AttachmentTransfer::retryMissing(const QString &database, QList<QStringList> *problems)
{
    struct Row
    {
        QString docId;
        QString rev;
        storage::AttachmentInfo info;
    };
    QList<Row> rows;
    {
        auto select = m_db.prepare("SELECT doc_id, name, rev, digest, length, content_type FROM "
                                   "sync_missing_attachments WHERE db_name = ?1 ORDER BY doc_id");
        if (!select)
            return select.error();
        select->bind(1, database);
        if (Status read = select->forEachRow([&] {
                Row row;
                row.docId = select->text(0);
                row.info.name = select->text(1);
                row.rev = select->text(2);
                row.info.digest = select->text(3);
                row.info.length = select->integer(4);
                row.info.contentType = select->text(5);
                rows.append(row);
            });
            !read)
            return read;
    }
    storage::AttachmentStore store(m_db);
    const QString folder = storage::AttachmentStore::filesFolder(m_db);
    for (const Row &row : std::as_const(rows)) {
        if (m_recordedThisRun.contains(row.docId + u'\n' + row.info.name))
            continue; // failed moments ago in this run; the next sync tries again
        // Still wanted only while the current document lists this very file.
        auto listed = listedDigest(m_db, row.docId, row.info.name);
        if (!listed)
            return listed.error();
        auto have = store.info(row.docId, row.info.name);
        if (!have)
            return have.error();
        if (*listed != row.info.digest || (*have && (*have)->digest == row.info.digest)) {
            if (Status s = forgetMissing(m_db, row.docId, row.info.name); !s)
                return s;
            continue;
        }
        const QString path = database + u'/' + encoded(row.docId) + u'/' + encoded(row.info.name) +
                             u"?rev="_s + encoded(row.rev);
        auto file = downloadAttachment(m_http, path, row.info.digest, row.info.length, folder);
        storage::Transaction transaction(m_db);
        if (!transaction.began())
            return transaction.began();
        if (!file) {
            if (!isPerFileError(file.error()))
                return file.error();
            problems->append({row.docId, row.rev, row.info.name + u": "_s + file.error().message});
            if (Status s = recordMissing(database, row.docId, row.rev,
                                         FailedAttachment{row.info, file.error().message});
                !s)
                return s;
        } else {
            m_pending.append(*file);
            if (Status s = this->store(row.docId, {{row.info, *file}}); !s) {
                problems->append({row.docId, row.rev, row.info.name + u": "_s + s.error().message});
                continue; // the transaction rolls back; the row stays for the next pull
            }
        }
        if (Status s = transaction.commit(); !s)
            return s;
    }
    return {};
}

Status AttachmentTransfer::push(const QString &database, QJsonObject document)
{
    const QString id = document.value("_id"_L1).toString();
    storage::AttachmentStore store(m_db);
    QJsonObject stubs = document.value("_attachments"_L1).toObject();
    const QByteArray boundary = "fb-" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    // Attachment parts in the order the JSON lists them (QJsonObject keeps
    // keys sorted, and so does its JSON), as CouchDB matches them by order.
    MultipartBody body;
    QList<QPair<QString, QByteArray>> partHeaders;
    QList<std::variant<QByteArray, QString>> partData;
    QList<qint64> partSizes;
    for (auto it = stubs.begin(); it != stubs.end(); ++it) {
        auto info = store.info(id, it.key());
        if (!info)
            return info.error();
        if (!*info)
            continue; // only a stub here (from HQ): HQ has the bytes already
        std::variant<QByteArray, QString> data;
        qint64 size = 0;
        if (!(*info)->filePath.isEmpty()) {
            size = QFileInfo((*info)->filePath).size();
            data = (*info)->filePath;
        } else {
            auto base64 = store.inlineBase64(id, it.key());
            if (!base64)
                return base64.error();
            // Inline attachments are the small ones made here (signatures).
            QByteArray bytes = QByteArray::fromBase64(*base64);
            size = bytes.size();
            data = std::move(bytes);
        }
        it.value() = QJsonObject{{"content_type"_L1, (*info)->contentType},
                                 {"length"_L1, size},
                                 {"digest"_L1, (*info)->digest},
                                 {"follows"_L1, true}};
        QByteArray fileName = it.key().toUtf8();
        fileName.replace('"', "%22").replace('\r', "").replace('\n', "");
        partHeaders.append(
            {it.key(), "\r\n--" + boundary + "\r\nContent-Disposition: attachment; filename=\"" +
                           fileName + "\"\r\nContent-Type: " + (*info)->contentType.toUtf8() +
                           "\r\nContent-Length: " + QByteArray::number(size) + "\r\n\r\n"});
        partData.append(std::move(data));
        partSizes.append(size);
    }
    document.insert("_attachments"_L1, stubs);
    body.addBytes("--" + boundary + "\r\nContent-Type: application/json\r\n\r\n" +
                  QJsonDocument(document).toJson(QJsonDocument::Compact));
    for (qsizetype i = 0; i < partHeaders.size(); ++i) {
        body.addBytes(partHeaders[i].second);
        if (const auto *bytes = std::get_if<QByteArray>(&partData[i]))
            body.addBytes(*bytes);
        else
            body.addFile(std::get<QString>(partData[i]), partSizes[i]);
    }
    body.addBytes("\r\n--" + boundary + "--");

    HttpStream stream;
    stream.headers = {"Content-Type: multipart/related; boundary=\"" + boundary + '"'};
    stream.readBody = [&](char *buffer, qsizetype size) {
        return body.read(buffer, size);
    };
    stream.bodySize = body.size();
    stream.rewind = [&] {
        return body.rewind();
    };
    QByteArray answer;
    stream.onData = [&](const char *data, qsizetype size) {
        answer.append(data, size);
        return true;
    };
    auto response =
        m_http.requestStream("PUT", database + u'/' + encoded(id) + u"?new_edits=false"_s, stream);
    if (!response)
        return response.error();
    if (response->status != 201 && response->status != 200) {
        const QJsonObject error = QJsonDocument::fromJson(response->body).object();
        return makeError(
            ErrorKind::Rule,
            tr("HQ refused it with its attachments (HTTP %1: %2)")
                .arg(response->status)
                .arg(error.value("reason"_L1)
                         .toString(QString::fromUtf8(response->body.left(100)).simplified())));
    }
    return {};
}

} // namespace fb::sync
