// Attachments against a real pouchdb-server: a multi-megabyte file pulled
// (streamed to a file, digest checked) and pushed back (multipart/related,
// read from the file), a signature made here pushed, a digest that does not
// match refused with a clear message, and a failed attachment that costs
// nothing but itself.

#include "storage/attachment_store.h"
#include "storage/document_store.h"
#include "support/test_support.h"
#include "sync/attachment_transfer.h"
#include "sync_fixtures.h"
#include "test_hq.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using namespace fb;

namespace {

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(4711);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

QString md5Digest(const QByteArray &data)
{
    return u"md5-"_s +
           QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toBase64());
}

} // namespace

class TestSyncAttachments : public QObject
{
    Q_OBJECT

private:
    // A file where the attachments folder should be: no download can be
    // kept until it is removed. Returns the folder's path ("" on failure).
    static QString blockAttachmentsFolder(storage::Database &db)
    {
        const QString folder = storage::AttachmentStore::filesFolder(db);
        QFile blocker(folder);
        if (!blocker.open(QIODevice::WriteOnly))
            return {};
        return folder;
    }
    test::TestHq m_hq;
    QString newTech() { return m_hq.newTechnician(u"a"_s); }

    std::unique_ptr<sync::HttpClient> client()
    {
        sync::HttpOptions options;
        options.baseUrl = QUrl(m_hq.url());
        options.retries = 0;
        return std::move(sync::HttpClient::create(options)).value();
    }

    // PUT /db/doc/name?rev= as HQ staff would attach a file; returns the new rev.
    QString attach(const QString &database, const QString &id, const QString &rev,
                   const QString &name, const QByteArray &data)
    {
        auto http = client();
        qsizetype offset = 0;
        sync::HttpStream stream;
        stream.headers = {"Content-Type: application/pdf"};
        stream.bodySize = data.size();
        stream.readBody = [&](char *buffer, qsizetype size) {
            const qsizetype n = std::min(size, data.size() - offset);
            memcpy(buffer, data.constData() + offset, size_t(n));
            offset += n;
            return n;
        };
        QByteArray answer;
        stream.onData = [&](const char *bytes, qsizetype size) {
            answer.append(bytes, size);
            return true;
        };
        auto response =
            http->requestStream("PUT",
                                database + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(id)) +
                                    u'/' + name + u"?rev="_s + rev,
                                stream);
        if (!response || response->status != 201)
            return {};
        return QJsonDocument::fromJson(answer).object().value("rev"_L1).toString();
    }

    QByteArray hqAttachment(const QString &database, const QString &id, const QString &name)
    {
        auto response =
            m_hq.request("GET", database + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(id)) +
                                    u'/' + name);
        return response.status == 200 ? response.body : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        FB_START_TEST_HQ(m_hq);
    }

    void bigAttachmentRoundTripBothWays()
    {
        const QString tech = newTech();
        const QString db = u"tech-"_s + tech;
        const QByteArray pdf = randomBytes(6 * 1024 * 1024 + 5);
        const QString rev = m_hq.put(db, test::makeQuote(u"big"_s, u"ticket:t1"_s));
        QVERIFY(!rev.isEmpty());
        QVERIFY(!attach(db, u"quote:big"_s, rev, u"quote.pdf"_s, pdf).isEmpty());

        // Pull: the file lands next to the workspace, whole and checked.
        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir);
        auto report = test::syncOnce(workspace->db(), m_hq.url(), tech);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QVERIFY(report->rejected.isEmpty());
        storage::AttachmentStore store(workspace->db());
        auto info = store.info(u"quote:big"_s, u"quote.pdf"_s);
        QVERIFY(info && *info);
        QCOMPARE((*info)->digest, md5Digest(pdf));
        QCOMPARE((*info)->length, pdf.size());
        QVERIFY(!(*info)->filePath.isEmpty());
        QCOMPARE(QFileInfo((*info)->filePath).size(), pdf.size());
        auto whole = store.get(u"quote:big"_s, u"quote.pdf"_s);
        QVERIFY(whole && *whole);
        QVERIFY((*whole)->data == pdf);
        // No temporary downloads left behind.
        QCOMPARE(QDir(storage::AttachmentStore::filesFolder(workspace->db()))
                     .entryList({u"incoming-*"_s}, QDir::Files)
                     .size(),
                 0);

        // Push: the document edited here goes back with its file.
        QJsonObject quote = test::localDocument(workspace->db(), u"quote:big"_s);
        quote.insert("status"_L1, u"approved"_s);
        QVERIFY(storage::DocumentStore(workspace->db()).put(quote));
        auto pushed = test::syncOnce(workspace->db(), m_hq.url(), tech);
        QVERIFY2(pushed, pushed ? "" : qPrintable(pushed.error().message));
        QVERIFY2(pushed->rejected.isEmpty(), QJsonDocument(pushed->rejected).toJson().constData());
        QCOMPARE(pushed->pushed, 1);
        const QJsonObject atHq = m_hq.get(db, u"quote:big"_s);
        QCOMPARE(atHq.value("status"_L1).toString(), u"approved"_s);
        QCOMPARE(atHq.value("_rev"_L1).toString(),
                 test::localDocument(workspace->db(), u"quote:big"_s).value("_rev"_L1).toString());
        const QJsonObject stub =
            atHq.value("_attachments"_L1).toObject().value("quote.pdf"_L1).toObject();
        QCOMPARE(stub.value("digest"_L1).toString(), md5Digest(pdf));
        QVERIFY(hqAttachment(db, u"quote:big"_s, u"quote.pdf"_s) == pdf);

        // Push to a database that never saw the file: it goes whole.
        const QString other = newTech();
        QVERIFY(workspace->db().exec("INSERT INTO outbox (doc_id, rev, queued_at) SELECT id, rev, "
                                     "'2026-11-29T00:00:00Z' FROM docs WHERE id = 'quote:big'"));
        auto copied = test::syncOnce(workspace->db(), m_hq.url(), other);
        QVERIFY2(copied, copied ? "" : qPrintable(copied.error().message));
        QCOMPARE(copied->pushed, 1);
        QVERIFY(hqAttachment(u"tech-"_s + other, u"quote:big"_s, u"quote.pdf"_s) == pdf);
    }

    void signatureMadeHereIsPushed()
    {
        const QString tech = newTech();
        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir);
        const QByteArray png = randomBytes(20000);
        storage::AttachmentStore store(workspace->db());
        auto stored = store.putWithAttachments(test::makeQuote(u"sig"_s, u"ticket:t1"_s),
                                               {{u"signature.png"_s, u"image/png"_s, png}});
        QVERIFY2(stored, stored ? "" : qPrintable(stored.error().message));
        auto report = test::syncOnce(workspace->db(), m_hq.url(), tech);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QVERIFY(report->rejected.isEmpty());
        QCOMPARE(report->pushed, 1);
        QVERIFY(hqAttachment(u"tech-"_s + tech, u"quote:sig"_s, u"signature.png"_s) == png);
        // And nothing moves the second time.
        auto again = test::syncOnce(workspace->db(), m_hq.url(), tech);
        QVERIFY(again);
        QCOMPARE(again->pushed, 0);
        QCOMPARE(again->pulled, 0);
    }

    void digestMismatchIsRefusedWithAClearMessage()
    {
        const QString tech = newTech();
        const QString db = u"tech-"_s + tech;
        const QByteArray first = randomBytes(300000);
        const QByteArray second = first.left(299999) + "!";
        QString rev = m_hq.put(db, test::makeQuote(u"dm"_s, u"ticket:t1"_s));
        rev = attach(db, u"quote:dm"_s, rev, u"quote.pdf"_s, first);
        QVERIFY(!rev.isEmpty());
        QTemporaryDir folder;
        auto http = client();
        // HQ sends bytes whose MD5 is not the digest it listed.
        auto file = sync::downloadAttachment(*http, db + u"/quote%3Adm/quote.pdf?rev="_s + rev,
                                             md5Digest(second), second.size(), folder.path());
        QVERIFY(!file);
        QCOMPARE(file.error().kind, ErrorKind::Data);
        QVERIFY2(file.error().message.contains(u"does not match its digest"_s),
                 qPrintable(file.error().message));
        QVERIFY(file.error().message.contains(md5Digest(second)));
        QVERIFY(file.error().message.contains(md5Digest(first)));
        QVERIFY(QDir(folder.path()).entryList(QDir::Files).isEmpty());
        // A wrong length is refused too.
        auto shorter = sync::downloadAttachment(*http, db + u"/quote%3Adm/quote.pdf?rev="_s + rev,
                                                md5Digest(first), first.size() + 1, folder.path());
        QVERIFY(!shorter);
        QVERIFY2(shorter.error().message.contains(u"bytes long"_s),
                 qPrintable(shorter.error().message));
        // The right digest is accepted.
        auto good = sync::downloadAttachment(*http, db + u"/quote%3Adm/quote.pdf?rev="_s + rev,
                                             md5Digest(first), first.size(), folder.path());
        QVERIFY2(good, good ? "" : qPrintable(good.error().message));
        QFile stored(*good);
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QVERIFY(stored.readAll() == first);
    }

    void failedAttachmentLosesNothingElse()
    {
        const QString tech = newTech();
        const QString db = u"tech-"_s + tech;
        QString rev = m_hq.put(db, test::makeQuote(u"ff"_s, u"ticket:t1"_s));
        QVERIFY(!attach(db, u"quote:ff"_s, rev, u"quote.pdf"_s, randomBytes(4000)).isEmpty());
        QVERIFY(m_hq.bulkInsert(db, {test::makeTicket(u"f1"_s, u"T-F1"_s)}));
        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir);
        QVERIFY(!blockAttachmentsFolder(workspace->db()).isEmpty());
        auto report = test::syncOnce(workspace->db(), m_hq.url(), tech);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->rejected.size(), 1);
        const QJsonObject entry = report->rejected.first().toObject();
        QCOMPARE(entry.value("id"_L1).toString(), u"quote:ff"_s);
        QVERIFY2(entry.value("reason"_L1).toString().contains(u"quote.pdf"_s),
                 qPrintable(entry.value("reason"_L1).toString()));
        // The documents themselves are in; only the file is missing.
        QVERIFY(!test::localDocument(workspace->db(), u"quote:ff"_s).isEmpty());
        QVERIFY(!test::localDocument(workspace->db(), u"ticket:f1"_s).isEmpty());
        auto info = storage::AttachmentStore(workspace->db()).info(u"quote:ff"_s, u"quote.pdf"_s);
        QVERIFY(info && !*info);
    }

    void failedAttachmentIsFetchedAtTheNextSync()
    {
        const QString tech = newTech();
        const QString db = u"tech-"_s + tech;
        const QByteArray pdf = randomBytes(40000);
        QString rev = m_hq.put(db, test::makeQuote(u"rf"_s, u"ticket:t1"_s));
        QVERIFY(!attach(db, u"quote:rf"_s, rev, u"quote.pdf"_s, pdf).isEmpty());
        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir);
        // The download fails (no folder to keep it in): reported and recorded.
        const QString folder = blockAttachmentsFolder(workspace->db());
        QVERIFY(!folder.isEmpty());
        auto first = test::syncOnce(workspace->db(), m_hq.url(), tech);
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QCOMPARE(first->rejected.size(), 1);
        QCOMPARE(test::localCount(workspace->db(), "SELECT count(*) FROM sync_missing_attachments "
                                                   "WHERE doc_id = 'quote:rf' AND "
                                                   "name = 'quote.pdf'"),
                 1);
        // Still failing: reported again, still recorded, nothing else changes.
        auto second = test::syncOnce(workspace->db(), m_hq.url(), tech);
        QVERIFY2(second, second ? "" : qPrintable(second.error().message));
        QCOMPARE(second->pulled, 0);
        QCOMPARE(second->rejected.size(), 1);
        QVERIFY2(second->rejected.first()
                     .toObject()
                     .value("reason"_L1)
                     .toString()
                     .contains(u"quote.pdf"_s),
                 QJsonDocument(second->rejected).toJson().constData());
        QCOMPARE(test::localCount(workspace->db(), "SELECT attempts FROM sync_missing_attachments"),
                 2);

        // The disk is fixed: the next sync fetches it, though the document did not change.
        QVERIFY(QFile::remove(folder));
        auto third = test::syncOnce(workspace->db(), m_hq.url(), tech);
        QVERIFY2(third, third ? "" : qPrintable(third.error().message));
        QVERIFY2(third->rejected.isEmpty(), QJsonDocument(third->rejected).toJson().constData());
        QCOMPARE(third->pulled, 0);
        QCOMPARE(test::localCount(workspace->db(), "SELECT count(*) FROM sync_missing_attachments"),
                 0);
        storage::AttachmentStore store(workspace->db());
        auto info = store.info(u"quote:rf"_s, u"quote.pdf"_s);
        QVERIFY(info && *info);
        QCOMPARE((*info)->digest, md5Digest(pdf));
        auto whole = store.get(u"quote:rf"_s, u"quote.pdf"_s);
        QVERIFY(whole && *whole);
        QVERIFY((*whole)->data == pdf);
        QCOMPARE(QDir(folder).entryList({u"incoming-*"_s}, QDir::Files).size(), 0);
        // Nothing is due any more.
        auto fourth = test::syncOnce(workspace->db(), m_hq.url(), tech);
        QVERIFY(fourth);
        QVERIFY(fourth->rejected.isEmpty());
        QCOMPARE(fourth->pulled, 0);
    }

    void missingAttachmentTheDocumentDroppedIsForgotten()
    {
        const QString tech = newTech();
        const QString db = u"tech-"_s + tech;
        QString rev = m_hq.put(db, test::makeQuote(u"gone"_s, u"ticket:t1"_s));
        rev = attach(db, u"quote:gone"_s, rev, u"quote.pdf"_s, randomBytes(3000));
        QVERIFY(!rev.isEmpty());
        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir);
        const QString folder = blockAttachmentsFolder(workspace->db());
        QVERIFY(!folder.isEmpty());
        QVERIFY(test::syncOnce(workspace->db(), m_hq.url(), tech));
        QCOMPARE(test::localCount(workspace->db(), "SELECT count(*) FROM sync_missing_attachments"),
                 1);
        // HQ removes the file from the quote: nothing is fetched, the record goes.
        QJsonObject atHq = m_hq.get(db, u"quote:gone"_s);
        atHq.remove("_attachments"_L1);
        QVERIFY(!m_hq.put(db, atHq).isEmpty());
        QVERIFY(QFile::remove(folder));
        auto report = test::syncOnce(workspace->db(), m_hq.url(), tech);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->pulled, 1);
        QVERIFY(report->rejected.isEmpty());
        QCOMPARE(test::localCount(workspace->db(), "SELECT count(*) FROM sync_missing_attachments"),
                 0);
        auto info = storage::AttachmentStore(workspace->db()).info(u"quote:gone"_s, u"quote.pdf"_s);
        QVERIFY(info && !*info);
    }

    void mergedDocumentGetsHqsAttachment()
    {
        const QString tech = newTech();
        const QString db = u"tech-"_s + tech;
        QVERIFY(!m_hq.put(db, test::makeQuote(u"mg"_s, u"ticket:t1"_s)).isEmpty());
        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir);
        QVERIFY(test::syncOnce(workspace->db(), m_hq.url(), tech));
        // Here: a field only this side writes. At HQ: the PDF, then another edit,
        // so HQ's leaf wins and the two are merged (quote_fields).
        QJsonObject local = test::localDocument(workspace->db(), u"quote:mg"_s);
        local.insert("site_note"_L1, u"gate code 4711"_s);
        QVERIFY(storage::DocumentStore(workspace->db()).put(local));
        const QByteArray pdf = randomBytes(70000);
        QString rev = m_hq.get(db, u"quote:mg"_s).value("_rev"_L1).toString();
        QVERIFY(!attach(db, u"quote:mg"_s, rev, u"quote.pdf"_s, pdf).isEmpty());
        QJsonObject atHq = m_hq.get(db, u"quote:mg"_s);
        atHq.insert("status"_L1, u"sent"_s);
        QVERIFY(!m_hq.put(db, atHq).isEmpty());

        auto report = test::syncOnce(workspace->db(), m_hq.url(), tech);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QVERIFY2(report->rejected.isEmpty(), QJsonDocument(report->rejected).toJson().constData());
        QCOMPARE(report->conflictsResolved, 1);
        const QJsonObject merged = test::localDocument(workspace->db(), u"quote:mg"_s);
        QCOMPARE(merged.value("site_note"_L1).toString(), u"gate code 4711"_s);
        QCOMPARE(merged.value("status"_L1).toString(), u"sent"_s);
        QCOMPARE(merged.value("_attachments"_L1)
                     .toObject()
                     .value("quote.pdf"_L1)
                     .toObject()
                     .value("digest"_L1)
                     .toString(),
                 md5Digest(pdf));
        storage::AttachmentStore store(workspace->db());
        auto whole = store.get(u"quote:mg"_s, u"quote.pdf"_s);
        QVERIFY(whole && *whole);
        QVERIFY((*whole)->data == pdf);
        // The merge went to HQ with the file: one live leaf, the PDF intact.
        const QJsonObject hqNow = m_hq.get(db, u"quote:mg"_s, u"conflicts=true"_s);
        QCOMPARE(hqNow.value("_rev"_L1).toString(), merged.value("_rev"_L1).toString());
        QVERIFY(!hqNow.contains("_conflicts"_L1));
        QCOMPARE(hqNow.value("site_note"_L1).toString(), u"gate code 4711"_s);
        QVERIFY(hqAttachment(db, u"quote:mg"_s, u"quote.pdf"_s) == pdf);
    }
};

QTEST_GUILESS_MAIN(TestSyncAttachments)
#include "tst_sync_attachments.moc"
