// Quotes in a real workspace: pricing from catalog and rates, approval with
// its signature attachment, change orders, the dispatch gate, migrations.

#include "commercial_fixture.h"

#include "domain/commercial/quote_rules.h"
#include "storage/attachment_store.h"
#include "storage/catalog_repository.h"
#include "storage/document_store.h"
#include "storage/migrations.h"
#include "storage/quote_repository.h"
#include "storage/ticket_repository.h"

#include <QImage>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Enums compare by their wire names (their toString() would confuse QTest's printer).
#define QCOMPARE_ENUM(actual, expected) QCOMPARE(toString(actual), toString(expected))
using namespace fb;
using namespace fb::commercial;

namespace {

Decimal dec(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

StatusChangeRequest to(TicketStatus status)
{
    return StatusChangeRequest{status, u"tester"_s, u"needs a visit"_s, {}};
}

} // namespace

class QuoteStorageTest : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<test::CommercialFixture>();
        QVERIFY(m_fixture->setUp());
    }

    void schemaAndCatalog()
    {
        storage::Database &db = m_fixture->workspace->db();
        // Quotes arrived in schema 5; later versions (indexes) keep them.
        QCOMPARE(m_fixture->workspace->schemaVersion(), storage::kCurrentSchemaVersion);
        QVERIFY(storage::kCurrentSchemaVersion >= 5);
        storage::CatalogRepository catalog(db);
        auto found = catalog.search(u"solenoid"_s);
        QVERIFY(found);
        QCOMPARE(found->size(), 2);
        auto forLocker = catalog.search(u"solenoid"_s, u"locker"_s);
        QCOMPARE(forLocker->size(), 1);
        QCOMPARE(forLocker->first().partNumber, u"LCK-SOL-24"_s);
        QCOMPARE(catalog.search(u"ant-uhf"_s)->first().partNumber, u"ANT-UHF-01"_s);
        QCOMPARE(catalog.search(u"100%_"_s)->size(), 0); // LIKE wildcards are literal
        QVERIFY(!catalog.part(u"NOPE-1"_s));
        QCOMPARE(catalog.part(u"NOPE-1"_s).error().kind, ErrorKind::NotFound);
    }

    void rateDocumentOverridesPolicy()
    {
        storage::Database &db = m_fixture->workspace->db();
        storage::DocumentStore store(db);
        QJsonObject rate = **store.get(u"rate:eu"_s);
        rate.insert("labour_hourly"_L1, u"120.00"_s);
        QVERIFY(store.put(rate));
        auto pricing = storage::CatalogRepository(db).pricing(Region::Eu);
        QVERIFY(pricing);
        QCOMPARE(pricing->labourHourly.toMoneyString(), u"120.00"_s);
        QCOMPARE(pricing->source, u"rate:eu"_s);
        rate = **store.get(u"rate:eu"_s);
        rate.insert("currency"_L1, u"USD"_s);
        QVERIFY(store.put(rate));
        auto wrong = storage::CatalogRepository(db).pricing(Region::Eu);
        QVERIFY(!wrong);
        QVERIFY(wrong.error().message.contains(u"EUR"_s));
    }

    void buildApproveAndReload()
    {
        storage::QuoteRepository quotes(m_fixture->workspace->db());
        auto quote = quotes.create(m_fixture->usOldTicket);
        QVERIFY2(quote, qPrintable(quote ? QString() : quote.error().message));
        QCOMPARE(quote->number, u"Q-000001"_s);
        QCOMPARE(quote->currency, u"USD"_s);
        QVERIFY(quotes.addPart(quote->number, u"ANT-UHF-01"_s, Decimal::fromInt(2)));
        QVERIFY(quotes.addLabour(quote->id, dec("1.5")));
        auto priced = quotes.addTravel(quote->id, dec("37.3"));
        QVERIFY(priced);
        QCOMPARE(priced->total.toMoneyString(), u"672.81"_s);
        const QString hash = priced->contentSha256();
        // Reloaded from SQLite the canonical content and hash are the same.
        QCOMPARE(quotes.find(quote->id)->contentSha256(), hash);

        auto bad = quotes.addPart(quote->id, u"LCK-SOL-24"_s, Decimal::fromInt(1));
        QVERIFY(!bad);
        QCOMPARE(quotes.find(quote->id)->lines.size(), 4); // nothing changed

        const QByteArray png = test::signaturePng();
        auto approved = quotes.approve(quote->id, u"Ann Smith"_s, png);
        QVERIFY2(approved, qPrintable(approved ? QString() : approved.error().message));
        QCOMPARE(approved->approval->contentSha256, hash);
        auto reloaded = quotes.find(quote->number);
        QVERIFY(reloaded->approvalMatchesContent());
        QCOMPARE(reloaded->approval->signer, u"Ann Smith"_s);
        const QJsonObject stub =
            reloaded->raw.value("_attachments"_L1).toObject().value("signature.png"_L1).toObject();
        QCOMPARE(stub.value("content_type"_L1).toString(), u"image/png"_s);
        QCOMPARE(stub.value("length"_L1).toInteger(), png.size());
        QVERIFY(stub.value("digest"_L1).toString().startsWith("md5-"_L1));
        // The signature survives the round trip byte for byte.
        auto signature = quotes.signature(quote->id);
        QCOMPARE(*signature, png);
        QCOMPARE(QImage::fromData(*signature, "PNG"), QImage::fromData(png, "PNG"));

        // Approved quotes refuse every edit, and nothing changes.
        for (const auto &attempt :
             {quotes.addPart(quote->id, u"ANT-CBL-02"_s, Decimal::fromInt(1)),
              quotes.addLabour(quote->id, dec("1")), quotes.addTravel(quote->id, dec("5")),
              quotes.removeLine(quote->id, u"L1"_s), quotes.approve(quote->id, u"Bob"_s, png),
              quotes.decline(quote->id, u"no"_s)}) {
            QVERIFY(!attempt);
            QCOMPARE(attempt.error().kind, ErrorKind::Rule);
        }
        QCOMPARE(quotes.find(quote->id)->contentSha256(), hash);
        QCOMPARE(quotes.find(quote->id)->approval->signer, u"Ann Smith"_s);
    }

    void damagedSignatureIsReported()
    {
        storage::Database &db = m_fixture->workspace->db();
        storage::QuoteRepository quotes(db);
        auto quote = quotes.create(m_fixture->usOldTicket);
        QVERIFY(quotes.addLabour(quote->id, dec("1")));
        QVERIFY(quotes.approve(quote->id, u"Ann"_s, test::signaturePng()));
        auto statement = db.prepare("UPDATE attachments SET data = ?1 WHERE doc_id = ?2");
        statement->bind(1, QByteArray("AAAA")).bind(2, quote->id);
        QVERIFY(statement->run());
        auto signature = quotes.signature(quote->id);
        QVERIFY(!signature);
        QVERIFY(signature.error().message.contains(u"damaged"_s));
    }

    void changeOrderFlow()
    {
        storage::QuoteRepository quotes(m_fixture->workspace->db());
        auto first = quotes.create(m_fixture->usOldTicket);
        QVERIFY(quotes.addLabour(first->id, dec("2")));
        QVERIFY(quotes.approve(first->id, u"Ann"_s, test::signaturePng()));
        auto change = quotes.create(m_fixture->usOldTicket);
        QVERIFY(change);
        QCOMPARE(change->extends, first->id);
        QVERIFY(change->isChangeOrder());
        QCOMPARE(change->number, u"Q-000002"_s);
        QVERIFY(quotes.addPart(change->id, u"PSU-24V-150"_s, Decimal::fromInt(1)));

        auto all = quotes.forTicket(m_fixture->usOldTicket);
        const WarrantyEngine warranty =
            *storage::loadWarranty(m_fixture->workspace->db(), u"FBC-OLD"_s);
        const QDate today = QDateTime::currentDateTimeUtc().date();
        // The extra part may not be logged before the change order is approved.
        QVERIFY(!checkWorkAuthorized(warranty, today, *all, QuoteLineKind::Part, u"PSU-24V-150"_s,
                                     Decimal(), Decimal::fromInt(1)));
        QVERIFY(quotes.approve(change->id, u"Ann"_s, test::signaturePng()));
        all = quotes.forTicket(m_fixture->usOldTicket);
        QVERIFY(checkWorkAuthorized(warranty, today, *all, QuoteLineKind::Part, u"PSU-24V-150"_s,
                                    Decimal(), Decimal::fromInt(1)));
        // A further change order extends the newest approved one.
        auto third = quotes.create(m_fixture->usOldTicket);
        QCOMPARE(third->extends, change->id);
        // A new quote supersedes an open draft.
        auto fourth = quotes.create(m_fixture->usOldTicket);
        QCOMPARE_ENUM(quotes.find(third->id)->status, QuoteStatus::Superseded);
        QCOMPARE(fourth->extends, change->id);
        QCOMPARE(quotes.list(m_fixture->usOldTicket)->size(), 4);
    }

    void declineRecordsReason()
    {
        storage::QuoteRepository quotes(m_fixture->workspace->db());
        auto quote = quotes.create(m_fixture->euOldTicket);
        QCOMPARE(quote->currency, u"EUR"_s);
        QVERIFY(!quotes.decline(quote->id, {}));
        auto declined = quotes.decline(quote->id, u"Zu teuer"_s);
        QVERIFY(declined);
        QCOMPARE(quotes.find(quote->id)->declineReason, u"Zu teuer"_s);
        QCOMPARE_ENUM(quotes.find(quote->id)->status, QuoteStatus::Declined);
    }

    void dispatchGate()
    {
        storage::Database &db = m_fixture->workspace->db();
        storage::TicketRepository tickets(db);
        storage::QuoteRepository quotes(db);
        // In warranty: no quote needed.
        QVERIFY(
            tickets.changeStatus(m_fixture->usNewTicket, to(TicketStatus::RemoteTroubleshooting)));
        QVERIFY(tickets.changeStatus(m_fixture->usNewTicket, to(TicketStatus::OnsiteScheduled)));
        // Out of warranty: refused until a quote is approved.
        QVERIFY(
            tickets.changeStatus(m_fixture->usOldTicket, to(TicketStatus::RemoteTroubleshooting)));
        auto refused =
            tickets.changeStatus(m_fixture->usOldTicket, to(TicketStatus::OnsiteScheduled));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Rule);
        QVERIFY(refused.error().message.contains(u"out of warranty"_s));
        QCOMPARE_ENUM(tickets.find(m_fixture->usOldTicket)->status,
                      TicketStatus::RemoteTroubleshooting);
        auto quote = quotes.create(m_fixture->usOldTicket);
        QVERIFY(quotes.addLabour(quote->id, dec("2")));
        QVERIFY(!tickets.changeStatus(m_fixture->usOldTicket, to(TicketStatus::OnsiteScheduled)));
        QVERIFY(quotes.decline(quote->id, u"later"_s));
        QVERIFY(!tickets.changeStatus(m_fixture->usOldTicket, to(TicketStatus::OnsiteScheduled)));
        auto second = quotes.create(m_fixture->usOldTicket);
        QVERIFY(quotes.addLabour(second->id, dec("2")));
        QVERIFY(quotes.approve(second->id, u"Ann"_s, test::signaturePng()));
        auto moved =
            tickets.changeStatus(m_fixture->usOldTicket, to(TicketStatus::OnsiteScheduled));
        QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().message));
        QCOMPARE_ENUM(moved->status, TicketStatus::OnsiteScheduled);
    }

    void quoteIndexSurvivesReopen()
    {
        {
            storage::QuoteRepository quotes(m_fixture->workspace->db());
            auto quote = quotes.create(m_fixture->usOldTicket);
            QVERIFY(quotes.addLabour(quote->id, dec("1")));
        }
        const QString path = m_fixture->workspace->path();
        m_fixture->workspace.reset();
        auto reopened = storage::Workspace::open(path, storage::Workspace::OpenMode::OpenExisting);
        QVERIFY(reopened);
        storage::QuoteRepository quotes((*reopened)->db());
        auto rows = quotes.list();
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().total, u"135.31"_s); // 125.00 + 8.25 % tax (10.3125)
        QVERIFY(!quotes.find(u"Q-999999"_s));
        QCOMPARE(quotes.find(u"Q-999999"_s).error().kind, ErrorKind::NotFound);
    }

private:
    std::unique_ptr<test::CommercialFixture> m_fixture;
};

QTEST_MAIN(QuoteStorageTest)
#include "tst_quote_storage.moc"
