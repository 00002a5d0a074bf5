// Two approvals of one quote with different signature images, end to end
// against a real pouchdb-server: whichever leaf is current here and whichever
// approval the user keeps, after the next sync HQ and the workspace hold the
// kept approval's signature bytes (digests and bytes compared), HQ has one
// leaf, the discarded signature stays on the quote for the record, and the
// quote's ticket carries a note on the settlement. A file that did not
// arrive when its leaf was set aside is fetched later, before settling. When
// HQ settles first, its winner becomes current here and nothing stays open.

#include "storage/attachment_store.h"
#include "storage/document_store.h"
#include "support/test_support.h"
#include "sync/conflict_attachments.h"
#include "sync/conflict_settlement.h"
#include "sync_fixtures.h"
#include "test_hq.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using namespace fb;

namespace {

// Distinct "images" (a PNG header and a body of their own).
QByteArray signatureImage(char seed, qsizetype size)
{
    QByteArray bytes("\x89PNG\r\n\x1a\n", 8);
    for (qsizetype i = 0; i < size; ++i)
        bytes.append(char((i * 31 + seed * 7) & 0xff));
    return bytes;
}

QString md5Digest(const QByteArray &data)
{
    return u"md5-"_s +
           QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toBase64());
}

QString encoded(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

// Bob's approval of quote cf as HQ holds it, with his signature inline.
QJsonObject bobsApprovalAtHq(const QByteArray &signature)
{
    QJsonObject quote =
        test::approved(test::makeQuote(u"cf"_s, u"ticket:cf"_s), u"Bob Hq"_s, u"1234.50"_s);
    quote.insert(
        "_attachments"_L1,
        QJsonObject{{u"signature.png"_s,
                     QJsonObject{{"content_type"_L1, u"image/png"_s},
                                 {"data"_L1, QString::fromLatin1(signature.toBase64())}}}});
    return quote;
}

} // namespace

class TestSyncConflictFiles : public QObject
{
    Q_OBJECT

private:
    test::TestHq m_hq;

    QByteArray hqAttachment(const QString &database, const QString &id, const QString &name)
    {
        auto response = m_hq.request("GET", database + u'/' + encoded(id) + u'/' + encoded(name));
        return response.status == 200 ? response.body : QByteArray();
    }

    // Alice approves quote cf here (the longer history, so current here) and
    // Bob at HQ, each with a signature of their own; the first sync sets
    // Bob's approval aside. With `blockFiles` no attachments folder can be
    // made during that sync, so Bob's signature does not arrive (reported).
    // Callers check QTest::currentTestFailed().
    void setUpTwoApprovals(storage::Database &db, const QString &tech, const QByteArray &ours,
                           const QByteArray &theirs, bool blockFiles, sync::OpenConflict &conflict)
    {
        storage::AttachmentStore attachments(db);
        auto local = attachments.putWithAttachments(
            test::approved(test::makeQuote(u"cf"_s, u"ticket:cf"_s), u"Alice Local"_s, u"129.60"_s),
            {{u"signature.png"_s, u"image/png"_s, ours}});
        QVERIFY(local);
        QVERIFY(attachments.putWithAttachments(*local, {}));
        QVERIFY(!m_hq.put(u"tech-"_s + tech, bobsApprovalAtHq(theirs)).isEmpty());
        QFile blocker(storage::AttachmentStore::filesFolder(db));
        if (blockFiles) {
            QVERIFY(blocker.open(QIODevice::WriteOnly));
            blocker.close();
        }
        auto first = test::syncOnce(db, m_hq.url(), tech);
        if (blockFiles)
            QVERIFY(blocker.remove());
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QCOMPARE(first->needsAttention, 1);
        QCOMPARE(first->rejected.isEmpty(), !blockFiles);
        auto open = sync::loadOpenConflicts(db);
        QVERIFY(open && open->size() == 1);
        conflict = open->first();
        QCOMPARE(conflict.other.value("approval"_L1)["signer"_L1].toString(), u"Bob Hq"_s);
        QCOMPARE(sync::missingSetAsideAttachments(db, u"quote:cf"_s, conflict.otherRev)->isEmpty(),
                 !blockFiles);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        FB_START_TEST_HQ(m_hq);
    }

    void keptSignatureReachesBothSides_data()
    {
        QTest::addColumn<bool>("hqLeafWins");
        QTest::addColumn<bool>("keepHq");
        // The two where the kept files are not the stored ones come first.
        QTest::newRow("ours current, keep HQ's") << false << true;
        QTest::newRow("HQ's current, keep ours") << true << false;
        QTest::newRow("HQ's current, keep HQ's") << true << true;
        QTest::newRow("ours current, keep ours") << false << false;
    }

    void keptSignatureReachesBothSides()
    {
        QFETCH(bool, hqLeafWins);
        QFETCH(bool, keepHq);
        const QString tech = m_hq.newTechnician(u"cf"_s);
        QVERIFY(!tech.isEmpty());
        const QString database = u"tech-"_s + tech;
        const QString quoteId = u"quote:cf"_s;
        const QByteArray ours = signatureImage('L', 3000);
        const QByteArray theirs = signatureImage('H', 4100);

        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir);
        QVERIFY(workspace);
        storage::Database &db = workspace->db();
        storage::DocumentStore store(db);
        QVERIFY(store.put(test::makeTicket(u"cf"_s, u"T-000777"_s)));
        // Alice approves here (signature made here, inline)...
        storage::AttachmentStore attachments(db);
        auto local = attachments.putWithAttachments(
            test::approved(test::makeQuote(u"cf"_s, u"ticket:cf"_s), u"Alice Local"_s, u"129.60"_s),
            {{u"signature.png"_s, u"image/png"_s, ours}});
        QVERIFY2(local, local ? "" : qPrintable(local.error().message));
        // ...and Bob at HQ, with a signature of his own. The side with the
        // longer history is CouchDB's winner, so it is current here.
        const QJsonObject atHq = bobsApprovalAtHq(theirs);
        QVERIFY(!m_hq.put(database, atHq).isEmpty());
        if (hqLeafWins) {
            QJsonObject again = m_hq.get(database, quoteId);
            again.insert("hq_comment"_L1, u"countersigned"_s);
            QVERIFY(!m_hq.put(database, again).isEmpty());
        } else {
            QJsonObject again = *local;
            again.insert("local_comment"_L1, u"checked"_s);
            QVERIFY(attachments.putWithAttachments(again, {}));
        }

        auto first = test::syncOnce(db, m_hq.url(), tech);
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QCOMPARE(first->needsAttention, 1);
        QVERIFY2(first->rejected.isEmpty(), QJsonDocument(first->rejected).toJson().constData());
        auto open = sync::loadOpenConflicts(db);
        QVERIFY(open && open->size() == 1);
        const sync::OpenConflict conflict = open->first();
        QCOMPARE(conflict.current.value("approval"_L1)["signer"_L1].toString(),
                 hqLeafWins ? u"Bob Hq"_s : u"Alice Local"_s);
        // The leaf set aside keeps its own signature, whatever the pull stored.
        auto aside = attachments.get(
            quoteId, sync::setAsideAttachmentName(conflict.otherRev, u"signature.png"_s));
        QVERIFY(aside && *aside);
        QVERIFY((*aside)->data == (hqLeafWins ? ours : theirs));

        const bool keepCurrent = hqLeafWins == keepHq;
        auto settled = sync::settleConflict(db, quoteId, conflict.otherRev, conflict.currentRev,
                                            keepCurrent ? sync::ConflictChoice::KeepCurrent
                                                        : sync::ConflictChoice::KeepOther,
                                            u"tech7"_s);
        QVERIFY2(settled, settled ? "" : qPrintable(settled.error().message));
        auto second = test::syncOnce(db, m_hq.url(), tech);
        QVERIFY2(second, second ? "" : qPrintable(second.error().message));
        QVERIFY2(second->rejected.isEmpty(), QJsonDocument(second->rejected).toJson().constData());

        const QByteArray kept = keepHq ? theirs : ours;
        const QByteArray given = keepHq ? ours : theirs;
        const QString keptSigner = keepHq ? u"Bob Hq"_s : u"Alice Local"_s;
        // HQ: one leaf, the kept approval with its own signature.
        const QJsonObject hqNow = m_hq.get(database, quoteId, u"conflicts=true"_s);
        QVERIFY2(!hqNow.contains("_conflicts"_L1), QJsonDocument(hqNow).toJson().constData());
        QCOMPARE(hqNow.value("_rev"_L1).toString(), *settled);
        QCOMPARE(hqNow.value("approval"_L1)["signer"_L1].toString(), keptSigner);
        QCOMPARE(hqNow.value("_attachments"_L1)["signature.png"_L1]["digest"_L1].toString(),
                 md5Digest(kept));
        QVERIFY(hqAttachment(database, quoteId, u"signature.png"_s) == kept);
        // The workspace: the same bytes behind the same stub.
        const QJsonObject hereNow = test::localDocument(db, quoteId);
        QCOMPARE(hereNow.value("_attachments"_L1)["signature.png"_L1]["digest"_L1].toString(),
                 md5Digest(kept));
        auto stored = attachments.get(quoteId, u"signature.png"_s);
        QVERIFY2(stored && *stored, stored ? "none" : qPrintable(stored.error().message));
        QVERIFY((*stored)->data == kept);
        // The discarded signature stays on the quote, named in the record, at HQ too.
        const QJsonObject record = hereNow.value("discarded_approvals"_L1)[0].toObject();
        const QString givenName = record.value("attachments"_L1)["signature.png"_L1].toString();
        QCOMPARE(givenName, sync::discardedAttachmentName(record.value("rev"_L1).toString(),
                                                          u"signature.png"_s));
        QVERIFY(hqAttachment(database, quoteId, givenName) == given);
        QCOMPARE(
            record.value("body"_L1)["_attachments"_L1]["signature.png"_L1]["digest"_L1].toString(),
            md5Digest(given));
        // No hidden copy is left behind.
        QCOMPARE(test::localCount(db,
                                  "SELECT count(*) FROM attachments WHERE name LIKE '\\_aside/%' "
                                  "ESCAPE '\\'"),
                 0);
        // The ticket's note reached HQ like any note.
        const QJsonArray notes = m_hq.get(database, u"ticket:cf"_s).value("notes"_L1).toArray();
        QCOMPARE(notes.size(), 1);
        const QString text = notes.first()["text"_L1].toString();
        QVERIFY2(text.contains(u"Kept: the approval by "_s + keptSigner), qPrintable(text));
        QCOMPARE(notes.first()["by"_L1].toString(), u"tech7"_s);

        // Nothing more to move, nothing open.
        auto third = test::syncOnce(db, m_hq.url(), tech);
        QVERIFY(third);
        QCOMPARE(third->pulled + third->pushed, 0);
        QVERIFY(sync::loadOpenConflicts(db)->isEmpty());
    }

    // HQ's signature could not be kept when its leaf was set aside (here: no
    // attachments folder can be made). Keeping that approval is refused,
    // nothing changes; once the file is fetched (as the Sync page's settling
    // does, from the leaf's own revision at HQ) it can be kept.
    void setAsideFileFetchedLater()
    {
        const QString tech = m_hq.newTechnician(u"cf"_s);
        const QString database = u"tech-"_s + tech;
        const QString quoteId = u"quote:cf"_s;
        const QByteArray theirs = signatureImage('h', 2500);
        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir);
        storage::Database &db = workspace->db();
        storage::AttachmentStore attachments(db);
        sync::OpenConflict conflict;
        setUpTwoApprovals(db, tech, signatureImage('l', 2000), theirs, true, conflict);
        if (QTest::currentTestFailed())
            return;
        auto missing = sync::missingSetAsideAttachments(db, quoteId, conflict.otherRev);
        QVERIFY(missing);
        QCOMPARE(missing->keys(), QStringList{u"signature.png"_s});

        auto refused = sync::settleConflict(db, quoteId, conflict.otherRev, conflict.currentRev,
                                            sync::ConflictChoice::KeepOther, u"tech7"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"signature.png"_s),
                 qPrintable(refused.error().message));
        QCOMPARE(test::localDocument(db, quoteId).value("_rev"_L1).toString(), conflict.currentRev);

        sync::HttpOptions options;
        options.baseUrl = QUrl(m_hq.url());
        auto http = sync::HttpClient::create(options);
        QVERIFY(http);
        auto fetched =
            sync::fetchSetAsideAttachments(db, **http, database, quoteId, conflict.otherRev);
        QVERIFY2(fetched, fetched ? "" : qPrintable(fetched.error().message));
        QCOMPARE(*fetched, 1);
        QVERIFY(sync::missingSetAsideAttachments(db, quoteId, conflict.otherRev)->isEmpty());

        auto settled = sync::settleConflict(db, quoteId, conflict.otherRev, conflict.currentRev,
                                            sync::ConflictChoice::KeepOther, u"tech7"_s);
        QVERIFY2(settled, settled ? "" : qPrintable(settled.error().message));
        auto second = test::syncOnce(db, m_hq.url(), tech);
        QVERIFY2(second, second ? "" : qPrintable(second.error().message));
        const QJsonObject hqNow = m_hq.get(database, quoteId, u"conflicts=true"_s);
        QVERIFY2(!hqNow.contains("_conflicts"_L1), QJsonDocument(hqNow).toJson().constData());
        QVERIFY(hqAttachment(database, quoteId, u"signature.png"_s) == theirs);
        auto stored = attachments.get(quoteId, u"signature.png"_s);
        QVERIFY(stored && *stored && (*stored)->data == theirs);
    }

    // A set-aside file that did not arrive with its leaf is fetched by the
    // next sync, so the user can settle later without a network.
    void setAsideFileFetchedByTheNextSync()
    {
        const QString tech = m_hq.newTechnician(u"cf"_s);
        const QString quoteId = u"quote:cf"_s;
        const QByteArray theirs = signatureImage('k', 2100);
        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir);
        storage::Database &db = workspace->db();
        storage::AttachmentStore attachments(db);
        sync::OpenConflict conflict;
        setUpTwoApprovals(db, tech, signatureImage('j', 1900), theirs, true, conflict);
        if (QTest::currentTestFailed())
            return;

        auto second = test::syncOnce(db, m_hq.url(), tech);
        QVERIFY2(second, second ? "" : qPrintable(second.error().message));
        QVERIFY2(second->rejected.isEmpty(), QJsonDocument(second->rejected).toJson().constData());
        QVERIFY(sync::missingSetAsideAttachments(db, quoteId, conflict.otherRev)->isEmpty());
        auto aside = attachments.get(
            quoteId, sync::setAsideAttachmentName(conflict.otherRev, u"signature.png"_s));
        QVERIFY(aside && *aside && (*aside)->data == theirs);
        QCOMPARE(sync::loadOpenConflicts(db)->size(), 1); // still the user's to settle
    }

    // HQ settles the conflict itself before the user here does, by closing
    // one leaf (perhaps after editing the other): the next pull makes HQ's
    // winner current here, with its own signature (fetched in that pull if
    // it never arrived), and nothing is left open or hidden. Before, a
    // deletion of this side's leaf deleted the quote here.
    void hqSettlingFirstClosesTheConflict_data()
    {
        QTest::addColumn<bool>("closeOurs");
        QTest::addColumn<bool>("editTheirs");
        QTest::addColumn<bool>("fileMissing");
        QTest::newRow("HQ keeps Bob's") << true << false << false;
        QTest::newRow("HQ keeps Bob's, edited") << true << true << false;
        QTest::newRow("HQ keeps Bob's, file not here yet") << true << false << true;
        QTest::newRow("HQ keeps ours") << false << false << false;
    }

    void hqSettlingFirstClosesTheConflict()
    {
        QFETCH(bool, closeOurs);
        QFETCH(bool, editTheirs);
        QFETCH(bool, fileMissing);
        const QString tech = m_hq.newTechnician(u"cf"_s);
        const QString database = u"tech-"_s + tech;
        const QString quoteId = u"quote:cf"_s;
        const QByteArray ours = signatureImage('m', 1800);
        const QByteArray theirs = signatureImage('n', 2200);
        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir);
        storage::Database &db = workspace->db();
        storage::AttachmentStore attachments(db);
        sync::OpenConflict conflict;
        setUpTwoApprovals(db, tech, ours, theirs, fileMissing, conflict);
        if (QTest::currentTestFailed())
            return;

        // Someone at HQ settles it: one leaf deleted there, the other kept.
        QString keptRev = closeOurs ? conflict.otherRev : conflict.currentRev;
        if (editTheirs) {
            QJsonObject bobs = m_hq.get(database, quoteId, u"rev="_s + conflict.otherRev);
            bobs.remove("_attachments"_L1);
            bobs.insert("hq_comment"_L1, u"kept at HQ"_s);
            QJsonObject withStubs = m_hq.get(database, quoteId, u"rev="_s + conflict.otherRev);
            bobs.insert("_attachments"_L1, withStubs.value("_attachments"_L1));
            keptRev = m_hq.put(database, bobs);
            QVERIFY(!keptRev.isEmpty());
        }
        const QString closed = closeOurs ? conflict.currentRev : conflict.otherRev;
        const QJsonObject deleted =
            m_hq.json("DELETE", database + u'/' + encoded(quoteId) + u"?rev="_s + closed);
        QVERIFY2(deleted.value("ok"_L1).toBool(), QJsonDocument(deleted).toJson().constData());
        const QJsonObject hqNow = m_hq.get(database, quoteId, u"conflicts=true"_s);
        QCOMPARE(hqNow.value("_rev"_L1).toString(), keptRev);
        QVERIFY(!hqNow.contains("_conflicts"_L1));

        auto second = test::syncOnce(db, m_hq.url(), tech);
        QVERIFY2(second, second ? "" : qPrintable(second.error().message));
        QVERIFY2(second->rejected.isEmpty(), QJsonDocument(second->rejected).toJson().constData());
        QVERIFY(sync::loadOpenConflicts(db)->isEmpty());
        const QJsonObject hereNow = test::localDocument(db, quoteId);
        QCOMPARE(hereNow.value("_rev"_L1).toString(), keptRev);
        QCOMPARE(hereNow.value("approval"_L1)["signer"_L1].toString(),
                 closeOurs ? u"Bob Hq"_s : u"Alice Local"_s);
        QCOMPARE(test::localCount(db, "SELECT count(*) FROM quote_rows WHERE doc_id = 'quote:cf'"),
                 1);
        auto stored = attachments.get(quoteId, u"signature.png"_s);
        QVERIFY2(stored && *stored, stored ? "none" : qPrintable(stored.error().message));
        QVERIFY((*stored)->data == (closeOurs ? theirs : ours));
        QCOMPARE(test::localCount(db,
                                  "SELECT count(*) FROM attachments WHERE name LIKE '\\_aside/%' "
                                  "ESCAPE '\\'"),
                 0);
        QCOMPARE(test::localCount(db, "SELECT count(*) FROM sync_missing_attachments"), 0);

        // Nothing more to move; HQ still has the kept leaf alone.
        auto third = test::syncOnce(db, m_hq.url(), tech);
        QVERIFY(third);
        QCOMPARE(third->pulled + third->pushed, 0);
        const QJsonObject hqAfter = m_hq.get(database, quoteId, u"conflicts=true"_s);
        QCOMPARE(hqAfter.value("_rev"_L1).toString(), keptRev);
        QVERIFY(!hqAfter.contains("_conflicts"_L1));
    }
};

QTEST_GUILESS_MAIN(TestSyncConflictFiles)
#include "tst_sync_conflict_files.moc"
