#include "sync/conflict_attachments.h"

#include "storage/attachment_store.h"
#include "sync/http_client.h"
#include "sync/sync_log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUrl>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fb::sync {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::sync::ConflictSettlement", text);
}

QString digestOf(const QJsonValue &stub)
{
    return stub.toObject().value("digest"_L1).toString();
}

// Makes `to` a second name for the bytes of `from` (inline text or the same
// file: files are never rewritten, so sharing one is safe).
Status copyRow(storage::Database &db, const QString &docId, const QString &from, const QString &to)
{
    auto statement =
        db.cached("INSERT OR REPLACE INTO attachments (doc_id, name, content_type, digest, length, "
                  "data) SELECT doc_id, ?3, content_type, digest, length, data FROM attachments "
                  "WHERE doc_id = ?1 AND name = ?2");
    if (!statement)
        return statement.error();
    (*statement)->bind(1, docId).bind(2, from).bind(3, to);
    return (*statement)->run();
}

Status deleteRow(storage::Database &db, const QString &docId, const QString &name)
{
    auto statement = db.cached("DELETE FROM attachments WHERE doc_id = ?1 AND name = ?2");
    if (!statement)
        return statement.error();
    (*statement)->bind(1, docId).bind(2, name);
    return (*statement)->run();
}

// Whether the bytes stored as `name` are those its digest names.
Status checkBytes(storage::AttachmentStore &store, const QString &docId, const QString &name,
                  const storage::AttachmentInfo &info)
{
    if (info.filePath.isEmpty()) {
        // Inline rows are the small files made here; get() checks the digest.
        auto whole = store.get(docId, name);
        return whole ? Status{} : Status(whole.error());
    }
    auto actual = storage::AttachmentStore::fileDigest(info.filePath);
    if (!actual)
        return actual.error();
    if (*actual != info.digest)
        return makeError(ErrorKind::Data, tr("its content does not match its digest"));
    return {};
}

// Whether `name` of `docId` is stored here with `digest`.
Result<bool> storedWith(storage::AttachmentStore &store, const QString &docId, const QString &name,
                        const QString &digest)
{
    auto info = store.info(docId, name);
    if (!info)
        return info.error();
    return *info && (*info)->digest == digest;
}

// A file name in the attachments folder for a set-aside copy, by content.
QString asideFileName(const QString &docId, const QString &rev, const QString &name,
                      const QString &digest)
{
    return u"aside-"_s + attachmentFileName(docId, rev + u'\n' + name, digest);
}

} // namespace

QString setAsideAttachmentName(const QString &rev, const QString &name)
{
    return u"_aside/"_s + rev + u'/' + name;
}

QString discardedAttachmentName(const QString &rev, const QString &name)
{
    return u"discarded-"_s + rev + u'-' + name;
}

Result<QStringList> keepSetAsideAttachments(storage::Database &db, const QString &docId,
                                            const QList<IncomingAttachment> &incoming)
{
    QList<QPair<QString, QJsonObject>> leaves; // rev -> its files' stubs
    {
        auto select = db.prepare("SELECT rev, body FROM sync_conflicts WHERE doc_id = ?1");
        if (!select)
            return select.error();
        select->bind(1, docId);
        if (Status read = select->forEachRow([&] {
                leaves.append({select->text(0), QJsonDocument::fromJson(select->bytes(1))
                                                    .object()
                                                    .value("_attachments"_L1)
                                                    .toObject()});
            });
            !read)
            return read.error();
    }
    storage::AttachmentStore store(db);
    const QDir folder(storage::AttachmentStore::filesFolder(db));
    QStringList problems;
    for (const auto &[rev, stubs] : std::as_const(leaves)) {
        for (auto it = stubs.begin(); it != stubs.end(); ++it) {
            const QString digest = digestOf(it.value());
            const QString aside = setAsideAttachmentName(rev, it.key());
            auto kept = store.info(docId, aside);
            if (!kept)
                return kept.error();
            if (*kept && (*kept)->digest == digest)
                continue;
            // Our own approval: its files are the rows the pull is about to replace.
            auto current = store.info(docId, it.key());
            if (!current)
                return current.error();
            if (*current && (*current)->digest == digest) {
                if (Status s = copyRow(db, docId, it.key(), aside); !s)
                    return s.error();
                continue;
            }
            // HQ's approval: its checked download, which the pull would drop.
            auto download =
                std::find_if(incoming.cbegin(), incoming.cend(), [&](const IncomingAttachment &f) {
                    return f.info.name == it.key() && f.info.digest == digest;
                });
            if (download == incoming.cend()) {
                problems.append(it.key() + u": "_s + tr("the file did not arrive"));
                continue;
            }
            const QString fileName = asideFileName(docId, rev, it.key(), digest);
            if (!folder.exists(fileName) &&
                !QFile::copy(download->tempPath, folder.filePath(fileName))) {
                problems.append(it.key() + u": "_s +
                                tr("cannot copy it into %1").arg(folder.path()));
                continue;
            }
            storage::AttachmentInfo info = download->info;
            info.name = aside;
            if (Status s = store.recordFile(docId, info, fileName); !s)
                return s.error();
        }
    }
    for (const QString &problem : std::as_const(problems))
        qCWarning(lcSync).noquote() << "set-aside file of" << docId << "not kept:" << problem;
    return problems;
}

Result<QJsonObject> missingSetAsideAttachments(storage::Database &db, const QString &docId,
                                               const QString &rev)
{
    QJsonObject stubs;
    {
        auto select = db.prepare("SELECT body FROM sync_conflicts WHERE doc_id = ?1 AND rev = ?2");
        if (!select)
            return select.error();
        select->bind(1, docId).bind(2, rev);
        auto row = select->step();
        if (!row)
            return row.error();
        if (!*row)
            return QJsonObject();
        stubs =
            QJsonDocument::fromJson(select->bytes(0)).object().value("_attachments"_L1).toObject();
    }
    storage::AttachmentStore store(db);
    QJsonObject missing;
    for (auto it = stubs.begin(); it != stubs.end(); ++it) {
        auto kept = store.info(docId, setAsideAttachmentName(rev, it.key()));
        if (!kept)
            return kept.error();
        if (!*kept || (*kept)->digest != digestOf(it.value()))
            missing.insert(it.key(), it.value());
    }
    return missing;
}

Result<int> fetchSetAsideAttachments(storage::Database &db, HttpClient &http,
                                     const QString &database, const QString &docId,
                                     const QString &rev)
{
    auto missing = missingSetAsideAttachments(db, docId, rev);
    if (!missing)
        return missing.error();
    const QJsonObject stubs = *missing;
    storage::AttachmentStore store(db);
    const QString folder = storage::AttachmentStore::filesFolder(db);
    int fetched = 0;
    for (auto it = stubs.begin(); it != stubs.end(); ++it) {
        storage::AttachmentInfo info;
        info.name = setAsideAttachmentName(rev, it.key());
        info.contentType = it.value().toObject().value("content_type"_L1).toString();
        info.digest = digestOf(it.value());
        info.length = it.value().toObject().value("length"_L1).toInteger(-1);
        if (!info.digest.startsWith("md5-"_L1))
            continue; // nothing to check it against; settling says so
        const QString path = database + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(docId)) +
                             u'/' + QString::fromLatin1(QUrl::toPercentEncoding(it.key())) +
                             u"?rev="_s + QString::fromLatin1(QUrl::toPercentEncoding(rev));
        auto file = downloadAttachment(http, path, info.digest, info.length, folder);
        if (!file)
            return makeError(file.error().kind, tr("The file %1 of this approval could not be "
                                                   "fetched from HQ: %2")
                                                    .arg(it.key(), file.error().message));
        const QString fileName = asideFileName(docId, rev, it.key(), info.digest);
        const QString target = QDir(folder).filePath(fileName);
        if (QFile::exists(target))
            QFile::remove(*file);
        else if (!QFile::rename(*file, target)) {
            QFile::remove(*file);
            return makeError(
                ErrorKind::Data,
                tr("The file %1 of this approval cannot be put into %2.").arg(it.key(), folder));
        }
        info.length = QFileInfo(target).size();
        storage::Transaction transaction(db);
        if (!transaction.began())
            return transaction.began().error();
        if (Status s = store.recordFile(docId, info, fileName); !s)
            return s.error();
        if (Status s = transaction.commit(); !s)
            return s.error();
        ++fetched;
    }
    return fetched;
}

Result<SettledAttachments> settleAttachments(storage::Database &db, const QString &docId,
                                             const QJsonObject &kept, bool keptIsCurrent,
                                             const QString &otherRev, const QJsonObject &discarded,
                                             const QString &discardedRev)
{
    storage::AttachmentStore store(db);
    const QJsonObject keptStubs = kept.value("_attachments"_L1).toObject();
    const QJsonObject discardedStubs = discarded.value("_attachments"_L1).toObject();
    auto stored = [&](bool ofCurrent, const QString &name) {
        return ofCurrent ? name : setAsideAttachmentName(otherRev, name);
    };
    SettledAttachments result;

    // The discarded approval's own files first: the kept ones may replace their rows.
    for (auto it = discardedStubs.begin(); it != discardedStubs.end(); ++it) {
        const QString digest = digestOf(it.value());
        if (digestOf(keptStubs.value(it.key())) == digest) {
            result.discarded.insert(it.key(), it.key()); // the same file as the kept one
            continue;
        }
        const QString from = stored(!keptIsCurrent, it.key());
        auto info = store.info(docId, from);
        if (!info)
            return info.error();
        if (!*info || (*info)->digest != digest) {
            qCWarning(lcSync).noquote() << "discarded file" << it.key() << "of" << docId
                                        << "is not here; the record keeps its digest only";
            continue;
        }
        const QString to = discardedAttachmentName(discardedRev, it.key());
        if (Status s = copyRow(db, docId, from, to); !s)
            return s.error();
        result.stubs.insert(to, QJsonObject{{"content_type"_L1, (*info)->contentType},
                                            {"digest"_L1, digest},
                                            {"length"_L1, (*info)->length},
                                            {"stub"_L1, true}});
        result.discarded.insert(it.key(), to);
    }

    for (auto it = keptStubs.begin(); it != keptStubs.end(); ++it) {
        result.stubs.insert(it.key(), it.value());
        if (keptIsCurrent)
            continue; // the stored files are the current leaf's
        const QString digest = digestOf(it.value());
        auto same = storedWith(store, docId, it.key(), digest);
        if (!same)
            return same.error();
        if (*same)
            continue; // both approvals have this very file
        const QString from = stored(false, it.key());
        auto info = store.info(docId, from);
        if (!info)
            return info.error();
        Status usable = makeError(ErrorKind::Data, tr("it did not arrive from HQ"));
        if (*info && (*info)->digest == digest)
            usable = checkBytes(store, docId, from, **info);
        if (!usable)
            return makeError(ErrorKind::Data,
                             tr("The file %1 of the approval to keep is not usable here (%2); "
                                "nothing was changed. Sync again, then settle.")
                                 .arg(it.key(), usable.error().message));
        if (Status s = copyRow(db, docId, from, it.key()); !s)
            return s.error();
    }

    // Files of the current leaf that the kept revision does not list.
    if (!keptIsCurrent) {
        for (auto it = discardedStubs.begin(); it != discardedStubs.end(); ++it) {
            if (!result.stubs.contains(it.key())) {
                if (Status s = deleteRow(db, docId, it.key()); !s)
                    return s.error();
            }
        }
    }
    // The hidden copies of the set-aside leaf are used up.
    if (Status s = forgetSetAsideAttachments(db, docId, otherRev); !s)
        return s.error();
    return result;
}

Status forgetSetAsideAttachments(storage::Database &db, const QString &docId, const QString &rev)
{
    auto forget = db.cached("DELETE FROM attachments WHERE doc_id = ?1 AND "
                            "substr(name, 1, length(?2)) = ?2");
    if (!forget)
        return forget.error();
    (*forget)->bind(1, docId).bind(2, setAsideAttachmentName(rev, QString()));
    return (*forget)->run();
}

Result<QJsonObject> promoteSetAsideAttachments(storage::Database &db, const QString &docId,
                                               const QString &rev, const QJsonObject &stubs)
{
    storage::AttachmentStore store(db);
    QJsonObject missing;
    for (auto it = stubs.begin(); it != stubs.end(); ++it) {
        const QString digest = digestOf(it.value());
        auto same = storedWith(store, docId, it.key(), digest);
        if (!same)
            return same.error();
        if (*same)
            continue; // both leaves have this very file
        auto kept = storedWith(store, docId, setAsideAttachmentName(rev, it.key()), digest);
        if (!kept)
            return kept.error();
        if (*kept) {
            if (Status s = copyRow(db, docId, setAsideAttachmentName(rev, it.key()), it.key()); !s)
                return s.error();
            continue;
        }
        // Not here: the closed leaf's bytes must not stand in for it.
        if (Status s = deleteRow(db, docId, it.key()); !s)
            return s.error();
        missing.insert(it.key(), it.value());
    }
    // The closed leaf's files the winner does not list.
    QStringList stored;
    {
        auto select = db.prepare("SELECT name FROM attachments WHERE doc_id = ?1");
        if (!select)
            return select.error();
        select->bind(1, docId);
        if (Status read = select->forEachRow([&] { stored.append(select->text(0)); }); !read)
            return read.error();
    }
    for (const QString &name : std::as_const(stored)) {
        if (!stubs.contains(name) && !name.startsWith(u"_aside/"_s)) {
            if (Status s = deleteRow(db, docId, name); !s)
                return s.error();
        }
    }
    if (Status s = forgetSetAsideAttachments(db, docId, rev); !s)
        return s.error();
    return missing;
}

} // namespace fb::sync
