// Decimal money, quote lines, totals, coverage on quotes, the canonical hash
// and the approval/change-order/dispatch rules, without storage.

#include "domain/commercial/catalog_part.h"
#include "domain/commercial/demo_catalog.h"
#include "domain/commercial/money_format.h"
#include "domain/commercial/quote_pricing.h"
#include "domain/commercial/quote_rules.h"

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
    const auto value = Decimal::parse(QString::fromLatin1(text));
    if (!value)
        qFatal("bad decimal %s", text);
    return *value;
}

CatalogPart part(const QString &number)
{
    for (const QJsonObject &document : demoCatalogDocuments()) {
        if (document.value("part_number"_L1).toString() == number)
            return *CatalogPart::fromJson(document);
    }
    qFatal("no demo part");
}

RegionPricing pricing(Region region)
{
    return *CommercialPolicy::defaults()->pricing(region);
}

WarrantyEngine engine(QDate installed, const QList<ServiceEvent> &events = {},
                      DeviceModel model = DeviceModel::Cabinet)
{
    Device device;
    device.id = u"device:D1"_s;
    device.serial = u"D1"_s;
    device.model = model;
    device.installDate = installed;
    return WarrantyEngine(device, events, CommercialPolicy::defaults()->warranty());
}

Quote quote(Region region, QDate on = QDate(2026, 11, 29))
{
    Ticket ticket;
    ticket.id = u"ticket:T-000001"_s;
    ticket.deviceSerial = u"D1"_s;
    NewQuoteRequest request;
    request.id = u"quote:Q1"_s;
    request.number = u"Q-000001"_s;
    request.ticket = &ticket;
    request.pricing = pricing(region);
    request.coverageDate = on;
    request.createdAt = QDateTime(on, QTime(9, 30), Qt::UTC);
    return newQuote(request);
}

QByteArray fakePng()
{
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    png += QByteArray(40, 'x');
    return png;
}

Quote roundTrip(const Quote &q)
{
    const QByteArray bytes = QJsonDocument(q.toJson()).toJson();
    auto reread = Quote::fromJson(QJsonDocument::fromJson(bytes).object());
    if (!reread)
        qFatal("round trip: %s", qPrintable(reread.error().message));
    return *reread;
}

} // namespace

class PricingTest : public QObject
{
    Q_OBJECT

private slots:
    void decimalParsingAndRounding()
    {
        QCOMPARE(dec("125.50").toMoneyString(), u"125.50"_s);
        QCOMPARE(dec("0.0825").toString(), u"0.0825"_s);
        QCOMPARE(dec("-3").toString(), u"-3"_s);
        for (const char *bad : {"", "1.2.3", "1e3", "abc", "1.1234567", "1,5", ".5", "5."})
            QVERIFY2(!Decimal::parse(QString::fromLatin1(bad)), bad);
        // Half away from zero, exactly: binary floating point would get these wrong.
        QCOMPARE(dec("0.5").timesRoundedToCents(dec("0.05"))->toMoneyString(), u"0.03"_s);
        QCOMPARE(dec("-0.5").timesRoundedToCents(dec("0.05"))->toMoneyString(), u"-0.03"_s);
        QCOMPARE(dec("1").timesRoundedToCents(dec("2.675"))->toMoneyString(), u"2.68"_s);
        QCOMPARE(dec("1.005").roundedToCents().toMoneyString(), u"1.01"_s);
        QCOMPARE(dec("0.004999").roundedToCents().toMoneyString(), u"0.00"_s);
        QCOMPARE(dec("1000").timesRoundedToCents(dec("999999.99"))->toMoneyString(),
                 u"999999990.00"_s);
        QVERIFY(!dec("100000").timesRoundedToCents(dec("999999999.99")).has_value()); // overflow
    }

    void moneyFormatPerLocale()
    {
        QCOMPARE(formatMoney(dec("1234.5"), u"USD"_s, QLocale(u"en_US"_s)), u"$1,234.50"_s);
        QCOMPARE(formatMoney(dec("1234.5"), u"EUR"_s, QLocale(u"de_DE"_s)), u"1.234,50\u00a0€"_s);
        QCOMPARE(formatQuantity(dec("1.5"), QLocale(u"de_DE"_s)), u"1,5"_s);
        QCOMPARE(formatPercent(dec("0.0825"), QLocale(u"en_US"_s)), u"8.25 %"_s);
    }

    void totalsInUsd()
    {
        Quote q = quote(Region::Us);
        const WarrantyEngine e = engine(QDate(2024, 1, 10)); // ended 2025-01-09
        QVERIFY(addPartLine(q, part(u"ANT-UHF-01"_s), Decimal::fromInt(2), e));
        QVERIFY(addLabourLine(q, dec("1.5"), pricing(Region::Us), e));
        QVERIFY(addTravelLines(q, dec("37.3"), pricing(Region::Us), e));
        QCOMPARE(q.lines.size(), 4);
        QCOMPARE(q.lines.at(0).amount.toMoneyString(), u"298.00"_s);
        QCOMPARE(q.lines.at(1).amount.toMoneyString(), u"187.50"_s);
        QCOMPARE(q.lines.at(2).amount.toMoneyString(), u"95.00"_s);
        QCOMPARE(q.lines.at(3).amount.toMoneyString(), u"41.03"_s); // 37.3 × 1.10
        QCOMPARE(q.subtotal.toMoneyString(), u"621.53"_s);
        QCOMPARE(q.tax.toMoneyString(), u"51.28"_s); // 51.276225
        QCOMPARE(q.total.toMoneyString(), u"672.81"_s);
        QCOMPARE(q.currency, u"USD"_s);
        QCOMPARE(q.toJson().value("total"_L1).toString(), u"672.81"_s);
    }

    void totalsInEur()
    {
        Quote q = quote(Region::Eu);
        const WarrantyEngine e = engine(QDate(2024, 1, 10));
        QVERIFY(addPartLine(q, part(u"ANT-UHF-01"_s), Decimal::fromInt(1), e));
        QVERIFY(addLabourLine(q, dec("2.25"), pricing(Region::Eu), e));
        QVERIFY(addTravelLines(q, dec("12.5"), pricing(Region::Eu), e));
        QCOMPARE(q.subtotal.toMoneyString(), u"482.75"_s); // 139 + 247.50 + 85 + 11.25
        QCOMPARE(q.tax.toMoneyString(), u"91.72"_s);       // 91.7225
        QCOMPARE(q.total.toMoneyString(), u"574.47"_s);
        QCOMPARE(q.currency, u"EUR"_s);
        QCOMPARE(q.taxRate.toString(), u"0.19"_s);
    }

    void totalsAreSumsOfRoundedLines()
    {
        Quote q = quote(Region::Us);
        const WarrantyEngine e = engine(QDate(2024, 1, 10));
        QVERIFY(addLabourLine(q, dec("0.333"), pricing(Region::Us), e)); // 41.625
        QVERIFY(addLabourLine(q, dec("0.333"), pricing(Region::Us), e));
        QCOMPARE(q.lines.at(0).amount.toMoneyString(), u"41.63"_s);
        QCOMPARE(q.subtotal.toMoneyString(), u"83.26"_s); // not 83.25
    }

    void coveredLinesStayAtZero()
    {
        Quote q = quote(Region::Us, QDate(2026, 11, 29));
        const WarrantyEngine inWarranty = engine(QDate(2026, 6, 1));
        QVERIFY(addPartLine(q, part(u"ANT-UHF-01"_s), Decimal::fromInt(1), inWarranty));
        QVERIFY(addLabourLine(q, dec("2"), pricing(Region::Us), inWarranty));
        QVERIFY(addTravelLines(q, dec("10"), pricing(Region::Us), inWarranty));
        for (const QuoteLine &line : q.lines) {
            QCOMPARE(line.amount.toMoneyString(), u"0.00"_s);
            QCOMPARE(line.unitPrice.toMoneyString(), u"0.00"_s);
            QCOMPARE_ENUM(line.coverage, CoverageBasis::DeviceWarranty);
        }
        QCOMPARE(q.lines.at(0).listPrice.toMoneyString(), u"149.00"_s);
        QCOMPARE(q.total.toMoneyString(), u"0.00"_s);
        QCOMPARE(q.warrantySavings().toMoneyString(), u"505.00"_s); // 149 + 250 + 95 + 11
        QCOMPARE(
            q.toJson().value("lines"_L1).toArray().at(0).toObject().value("coverage"_L1).toString(),
            u"device_warranty"_s);
    }

    void repeatFailureQuoteIsFree()
    {
        ServiceEvent earlier;
        earlier.id = u"service_event:E1"_s;
        earlier.deviceSerial = u"D1"_s;
        earlier.date = QDate(2026, 10, 1);
        earlier.charged = true;
        earlier.parts.append({u"ANT-UHF-01"_s, 1, {}});
        const WarrantyEngine e = engine(QDate(2024, 1, 10), {earlier});
        Quote q = quote(Region::Us, QDate(2026, 11, 29));
        QVERIFY(addPartLine(q, part(u"ANT-UHF-01"_s), Decimal::fromInt(1), e));
        QVERIFY(addLabourLine(q, dec("1"), pricing(Region::Us), e));
        QCOMPARE_ENUM(q.lines.at(0).coverage, CoverageBasis::RepairWarranty);
        QCOMPARE(q.lines.at(0).coverageEventId, u"service_event:E1"_s);
        QCOMPARE_ENUM(q.lines.at(1).coverage, CoverageBasis::RepairWarranty);
        QCOMPARE(q.total.toMoneyString(), u"0.00"_s);
        // Another, uncovered part makes the visit chargeable again.
        QVERIFY(addPartLine(q, part(u"ANT-CBL-02"_s), Decimal::fromInt(1), e));
        QCOMPARE(q.lines.at(0).amount.toMoneyString(), u"0.00"_s);
        QCOMPARE_ENUM(q.lines.at(1).coverage, CoverageBasis::None);
        QCOMPARE(q.subtotal.toMoneyString(), u"149.50"_s); // 125 + 24.50
    }

    void badLinesAreRefused()
    {
        Quote q = quote(Region::Us);
        const WarrantyEngine e = engine(QDate(2024, 1, 10));
        Status s = addPartLine(q, part(u"LCK-SOL-24"_s), Decimal::fromInt(1), e);
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(u"does not fit"_s));
        QVERIFY(!addPartLine(q, part(u"ANT-UHF-01"_s), dec("1.5"), e));
        QVERIFY(!addPartLine(q, part(u"ANT-UHF-01"_s), Decimal(), e));
        QVERIFY(!addLabourLine(q, dec("-1"), pricing(Region::Us), e));
        QVERIFY(q.lines.isEmpty());
        QVERIFY(!removeLine(q, u"L9"_s, e));
    }

    void hashStableAndContentSensitive()
    {
        Quote q = quote(Region::Us);
        const WarrantyEngine e = engine(QDate(2024, 1, 10));
        QVERIFY(addPartLine(q, part(u"ANT-UHF-01"_s), Decimal::fromInt(1), e));
        QVERIFY(addTravelLines(q, dec("42.3"), pricing(Region::Us), e));
        const QString hash = q.contentSha256();
        QCOMPARE(hash.size(), 64);
        QCOMPARE(roundTrip(q).contentSha256(), hash);
        QCOMPARE(roundTrip(roundTrip(q)).canonicalContent(), q.canonicalContent());
        // Status and approval are not content.
        Quote sent = q;
        sent.status = QuoteStatus::Sent;
        QCOMPARE(sent.contentSha256(), hash);

        Quote changed = q;
        QVERIFY(addLabourLine(changed, dec("0.25"), pricing(Region::Us), e));
        QVERIFY(changed.contentSha256() != hash);
        changed = q;
        changed.lines[0].description += u'.';
        QVERIFY(changed.contentSha256() != hash);
        changed = q;
        changed.lines[1].qty = dec("42.31");
        QVERIFY(changed.contentSha256() != hash);
        changed = q;
        changed.taxRate = dec("0.0826");
        QVERIFY(changed.contentSha256() != hash);
        changed = q;
        changed.extends = u"quote:other"_s;
        QVERIFY(changed.contentSha256() != hash);
    }

    void approvalMakesReadOnly()
    {
        Quote q = quote(Region::Us);
        const WarrantyEngine e = engine(QDate(2024, 1, 10));
        const QDateTime at(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC);
        QVERIFY(!approveQuote(q, u"Ann Smith"_s, at, fakePng())); // no lines
        QVERIFY(addPartLine(q, part(u"ANT-UHF-01"_s), Decimal::fromInt(1), e));
        QVERIFY(!approveQuote(q, u"  "_s, at, fakePng()));
        QVERIFY(!approveQuote(q, u"Ann Smith"_s, at, "GIF89a not a png"));
        QCOMPARE_ENUM(q.status, QuoteStatus::Draft);
        QVERIFY(approveQuote(q, u"Ann Smith"_s, at, fakePng()));
        QCOMPARE_ENUM(q.status, QuoteStatus::Approved);
        QCOMPARE(q.approval->contentSha256, q.contentSha256());
        QVERIFY(roundTrip(q).approvalMatchesContent());

        const Status edit = addLabourLine(q, dec("1"), pricing(Region::Us), e);
        QVERIFY(!edit);
        QCOMPARE(edit.error().kind, ErrorKind::Rule);
        QVERIFY(edit.error().message.contains(u"change order"_s));
        QVERIFY(!removeLine(q, u"L1"_s, e));
        QVERIFY(!approveQuote(q, u"Bob"_s, at, fakePng()));
        QVERIFY(!declineQuote(q, u"too late"_s, at));
        QCOMPARE(q.lines.size(), 1);

        // Tampering with an approved quote's content shows.
        Quote tampered = roundTrip(q);
        tampered.lines[0].amount = dec("1.00");
        QVERIFY(!tampered.approvalMatchesContent());
    }

    void declineNeedsReason()
    {
        Quote q = quote(Region::Eu);
        const QDateTime at(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC);
        QVERIFY(!declineQuote(q, u" "_s, at));
        QVERIFY(declineQuote(q, u"Budget frozen until January"_s, at));
        const Quote reread = roundTrip(q);
        QCOMPARE_ENUM(reread.status, QuoteStatus::Declined);
        QCOMPARE(reread.declineReason, u"Budget frozen until January"_s);
        QCOMPARE(reread.declinedAt, at);
    }

    void dispatchGateAndChangeOrders()
    {
        const WarrantyEngine outOfWarranty = engine(QDate(2024, 1, 10));
        const WarrantyEngine inWarranty = engine(QDate(2026, 6, 1));
        const QDate today(2026, 11, 29);
        QVERIFY(checkDispatch(inWarranty, today, {}));
        const Status refused = checkDispatch(outOfWarranty, today, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Rule);
        QVERIFY(refused.error().message.contains(u"approved"_s));

        Quote original = quote(Region::Us);
        QVERIFY(addPartLine(original, part(u"ANT-UHF-01"_s), Decimal::fromInt(1), outOfWarranty));
        QVERIFY(addLabourLine(original, dec("2"), pricing(Region::Us), outOfWarranty));
        QVERIFY(!checkDispatch(outOfWarranty, today, {original})); // draft only
        QVERIFY(
            approveQuote(original, u"Ann"_s, QDateTime(today, QTime(9, 0), Qt::UTC), fakePng()));
        QVERIFY(checkDispatch(outOfWarranty, today, {original}));

        // Work within the approved quote may be logged; more needs a change order.
        QVERIFY(checkWorkAuthorized(outOfWarranty, today, {original}, QuoteLineKind::Labour, {},
                                    dec("1.5"), dec("0.5")));
        QVERIFY(!checkWorkAuthorized(outOfWarranty, today, {original}, QuoteLineKind::Labour, {},
                                     dec("2"), dec("0.5")));
        QVERIFY(!checkWorkAuthorized(outOfWarranty, today, {original}, QuoteLineKind::Part,
                                     u"ANT-CBL-02"_s, Decimal(), Decimal::fromInt(1)));
        QVERIFY(checkWorkAuthorized(inWarranty, today, {}, QuoteLineKind::Part, u"ANT-CBL-02"_s,
                                    Decimal(), Decimal::fromInt(1)));

        NewQuoteRequest request;
        Ticket ticket;
        ticket.id = u"ticket:T-000001"_s;
        request.id = u"quote:Q2"_s;
        request.number = u"Q-000002"_s;
        request.ticket = &ticket;
        request.pricing = pricing(Region::Us);
        request.coverageDate = today;
        request.extends = latestApproved({original})->id;
        Quote change = newQuote(request);
        QVERIFY(change.isChangeOrder());
        QCOMPARE(change.extends, original.id);
        QVERIFY(addLabourLine(change, dec("1"), pricing(Region::Us), outOfWarranty));
        QVERIFY(!checkWorkAuthorized(outOfWarranty, today, {original, change},
                                     QuoteLineKind::Labour, {}, dec("2"), dec("1")));
        QVERIFY(approveQuote(change, u"Ann"_s, QDateTime(today, QTime(11, 0), Qt::UTC), fakePng()));
        QVERIFY(checkWorkAuthorized(outOfWarranty, today, {original, change}, QuoteLineKind::Labour,
                                    {}, dec("2"), dec("1")));
        QCOMPARE(latestApproved({original, change})->id, change.id);
    }

    void malformedDocumentsAreRejected()
    {
        Quote q = quote(Region::Us);
        QJsonObject json = q.toJson();
        json.insert("total"_L1, 12.5);
        QVERIFY(!Quote::fromJson(json));
        json = q.toJson();
        json.insert("status"_L1, u"accepted"_s);
        QVERIFY(!Quote::fromJson(json));
        json = q.toJson();
        json.insert("status"_L1, u"approved"_s);
        QVERIFY(!Quote::fromJson(json)); // approved without an approval record
        json = q.toJson();
        json.insert("_id"_L1, u"ticket:x"_s);
        QVERIFY(!Quote::fromJson(json));
        json = q.toJson();
        json.insert("unknown_field"_L1, u"kept"_s);
        QCOMPARE(Quote::fromJson(json)->toJson().value("unknown_field"_L1).toString(), u"kept"_s);
    }
};

QTEST_GUILESS_MAIN(PricingTest)
#include "tst_pricing.moc"
