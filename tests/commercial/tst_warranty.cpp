// Warranty coverage of service-policy.md §5 on dated histories.

#include "domain/commercial/warranty.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Enums compare by their wire names (their toString() would confuse QTest's printer).
#define QCOMPARE_ENUM(actual, expected) QCOMPARE(toString(actual), toString(expected))
using namespace fb;
using namespace fb::commercial;

namespace {

Device device(QDate installed, std::optional<int> months = {},
              DeviceModel model = DeviceModel::Cabinet)
{
    Device d;
    d.id = u"device:FBC0000001"_s;
    d.serial = u"FBC0000001"_s;
    d.model = model;
    d.installDate = installed;
    d.warrantyMonths = months;
    return d;
}

ServiceEvent serviceEvent(const QString &id, QDate date, const QString &part, bool charged,
                          const QString &replaces = {})
{
    ServiceEvent e;
    e.id = u"service_event:"_s + id;
    e.deviceSerial = u"FBC0000001"_s;
    e.date = date;
    e.charged = charged;
    e.parts.append({part, 1, replaces.isEmpty() ? QString() : u"service_event:"_s + replaces});
    return e;
}

WarrantyTerms terms()
{
    auto policy = CommercialPolicy::defaults();
    if (!policy)
        qFatal("policy: %s", qPrintable(policy.error().message));
    return policy->warranty();
}

const QString kAnt = u"ANT-UHF-01"_s;
const QString kPsu = u"PSU-24V-150"_s;

} // namespace

class WarrantyTest : public QObject
{
    Q_OBJECT

private slots:
    void policyDefaults()
    {
        const WarrantyTerms t = terms();
        QCOMPARE(t.repairDays, 90);
        for (DeviceModel model : {DeviceModel::Cabinet, DeviceModel::Refrigerator,
                                  DeviceModel::Freezer, DeviceModel::Locker})
            QCOMPARE(t.monthsFor(device(QDate(2025, 1, 1), {}, model)), 12);
        QCOMPARE(t.monthsFor(device(QDate(2025, 1, 1), 24)), 24);
        QVERIFY(!CommercialPolicy::fromJson("{\"warranty\": {\"repair_days\": -1}}"));
        QVERIFY(!CommercialPolicy::fromJson("not json"));
    }

    void deviceWarrantyEdges()
    {
        const WarrantyEngine engine(device(QDate(2025, 3, 15)), {}, terms());
        QCOMPARE(engine.deviceWarrantyEnd(), QDate(2026, 3, 14));
        QVERIFY(!engine.coverage(QDate(2025, 3, 14)).covered); // before install
        const Coverage first = engine.coverage(QDate(2025, 3, 15));
        QVERIFY(first.covered);
        QCOMPARE_ENUM(first.basis, CoverageBasis::DeviceWarranty);
        QCOMPARE(first.until, QDate(2026, 3, 14));
        QVERIFY(first.eventId.isEmpty());
        QVERIFY(engine.coverage(QDate(2026, 3, 14)).covered);
        const Coverage after = engine.coverage(QDate(2026, 3, 15));
        QVERIFY(!after.covered);
        QCOMPARE_ENUM(after.basis, CoverageBasis::None);
        QVERIFY(!after.until.isValid());
        QCOMPARE(after.toJson().value("until"_L1).type(), QJsonValue::Null);
        QCOMPARE(after.toJson().value("basis"_L1).toString(), u"none"_s);
    }

    void monthEndAndLeapInstallDates_data()
    {
        QTest::addColumn<QDate>("installed");
        QTest::addColumn<int>("months");
        QTest::addColumn<QDate>("lastDay");
        QTest::newRow("leap day +12") << QDate(2024, 2, 29) << 12 << QDate(2025, 2, 27);
        QTest::newRow("leap day +48") << QDate(2024, 2, 29) << 48 << QDate(2028, 2, 28);
        QTest::newRow("31 Jan +1") << QDate(2025, 1, 31) << 1 << QDate(2025, 2, 27);
        QTest::newRow("31 Jan +1 leap") << QDate(2024, 1, 31) << 1 << QDate(2024, 2, 28);
        QTest::newRow("31 Jan +12") << QDate(2024, 1, 31) << 12 << QDate(2025, 1, 30);
        QTest::newRow("31 Mar +11") << QDate(2023, 3, 31) << 11 << QDate(2024, 2, 28);
        QTest::newRow("31 Aug +1") << QDate(2025, 8, 31) << 1 << QDate(2025, 9, 29);
        QTest::newRow("1 Jan +12") << QDate(2025, 1, 1) << 12 << QDate(2025, 12, 31);
        QTest::newRow("no warranty") << QDate(2025, 6, 1) << 0 << QDate(2025, 5, 31);
    }

    void monthEndAndLeapInstallDates()
    {
        QFETCH(QDate, installed);
        QFETCH(int, months);
        QFETCH(QDate, lastDay);
        const WarrantyEngine engine(device(installed, months), {}, terms());
        QCOMPARE(engine.deviceWarrantyEnd(), lastDay);
        QCOMPARE(engine.coverage(lastDay).covered, months > 0);
        QVERIFY(!engine.coverage(lastDay.addDays(1)).covered);
    }

    void inWarrantyRepairNearTheEnd()
    {
        // A part fitted two weeks before the end is covered only to the device warranty's last day.
        const WarrantyEngine engine(device(QDate(2025, 3, 15)),
                                    {serviceEvent(u"E1"_s, QDate(2026, 3, 1), kAnt, false)},
                                    terms());
        const Coverage last = engine.coverage(QDate(2026, 3, 14), kAnt);
        QVERIFY(last.covered);
        QCOMPARE_ENUM(last.basis, CoverageBasis::DeviceWarranty);
        QCOMPARE(last.until, QDate(2026, 3, 14));
        QVERIFY(!engine.coverage(QDate(2026, 3, 15), kAnt).covered);
        QVERIFY(!engine.coverage(QDate(2026, 5, 29), kAnt).covered); // not E1 + 90
        QCOMPARE(engine.windows().size(), 1);
        QCOMPARE_ENUM(engine.windows().first().basis, CoverageBasis::DeviceWarranty);
        QCOMPARE(engine.windows().first().until, QDate(2026, 3, 14));
    }

    void outOfWarrantyRepairWindowEdges()
    {
        const WarrantyEngine engine(device(QDate(2025, 3, 15)),
                                    {serviceEvent(u"E2"_s, QDate(2026, 5, 10), kAnt, true)},
                                    terms());
        QVERIFY(!engine.coverage(QDate(2026, 5, 9), kAnt).covered);
        const Coverage first = engine.coverage(QDate(2026, 5, 10), kAnt);
        QVERIFY(first.covered);
        QCOMPARE_ENUM(first.basis, CoverageBasis::RepairWarranty);
        QCOMPARE(first.until, QDate(2026, 8, 8));
        QCOMPARE(first.eventId, u"service_event:E2"_s);
        QVERIFY(engine.coverage(QDate(2026, 8, 8), kAnt).covered);
        QVERIFY(!engine.coverage(QDate(2026, 8, 9), kAnt).covered);
        // The device as a whole and another part are not covered by the repair warranty.
        QVERIFY(!engine.coverage(QDate(2026, 6, 1)).covered);
        QVERIFY(!engine.coverage(QDate(2026, 6, 1), kPsu).covered);
        QCOMPARE(engine.coverage(QDate(2026, 6, 1), kAnt).toJson().value("event_id"_L1).toString(),
                 u"service_event:E2"_s);
    }

    void repairWindowAcrossLeapDay()
    {
        const WarrantyEngine engine(device(QDate(2022, 1, 1)),
                                    {serviceEvent(u"E1"_s, QDate(2024, 1, 15), kAnt, true)},
                                    terms());
        QCOMPARE(engine.coverage(QDate(2024, 2, 29), kAnt).until, QDate(2024, 4, 14));
        QVERIFY(!engine.coverage(QDate(2024, 4, 15), kAnt).covered);
    }

    void chainOfThreeRepeatFailures()
    {
        // Shuffled on purpose: the engine orders the history itself.
        const QList<ServiceEvent> history{
            serviceEvent(u"E4"_s, QDate(2026, 9, 20), kAnt, false, u"E3"_s),
            serviceEvent(u"E2"_s, QDate(2026, 5, 10), kAnt, true),
            serviceEvent(u"E3"_s, QDate(2026, 7, 1), kAnt, false, u"E2"_s),
        };
        const WarrantyEngine engine(device(QDate(2025, 3, 15)), history, terms());
        QCOMPARE(engine.windows().size(), 3);
        QCOMPARE(engine.windows().at(0).eventId, u"service_event:E2"_s);
        QVERIFY(!engine.windows().at(0).repeatFailure);
        QVERIFY(engine.windows().at(1).repeatFailure);
        QVERIFY(engine.windows().at(2).repeatFailure);

        Coverage c = engine.coverage(QDate(2026, 7, 15), kAnt);
        QCOMPARE(c.eventId, u"service_event:E3"_s);
        QCOMPARE(c.until, QDate(2026, 9, 29));
        // E3 and E4 both cover 25 Sep: the one lasting longer answers.
        c = engine.coverage(QDate(2026, 9, 25), kAnt);
        QCOMPARE(c.eventId, u"service_event:E4"_s);
        QCOMPARE(c.until, QDate(2026, 12, 19));
        QVERIFY(engine.coverage(QDate(2026, 12, 19), kAnt).covered);
        QVERIFY(!engine.coverage(QDate(2026, 12, 20), kAnt).covered);
        // A fourth failure after the chain ran out is charged again.
        const WarrantyEngine later(device(QDate(2025, 3, 15)),
                                   QList<ServiceEvent>(history)
                                       << serviceEvent(u"E5"_s, QDate(2027, 1, 10), kAnt, true),
                                   terms());
        QVERIFY(!later.windows().last().repeatFailure);
    }

    void longChainWithoutLimit()
    {
        QList<ServiceEvent> history{serviceEvent(u"E0"_s, QDate(2026, 4, 1), kAnt, true)};
        QDate date(2026, 4, 1);
        for (int i = 1; i <= 20; ++i) {
            date = date.addDays(80);
            history << serviceEvent(u"E%1"_s.arg(i), date, kAnt, false, u"E%1"_s.arg(i - 1));
        }
        const WarrantyEngine engine(device(QDate(2025, 3, 15)), history, terms());
        const Coverage c = engine.coverage(date.addDays(90), kAnt);
        QVERIFY(c.covered);
        QCOMPARE(c.eventId, u"service_event:E20"_s);
        QVERIFY(engine.windows().last().repeatFailure);
    }

    void differentPartsOnOneDevice()
    {
        const WarrantyEngine engine(device(QDate(2025, 3, 15)),
                                    {serviceEvent(u"E2"_s, QDate(2026, 5, 10), kAnt, true),
                                     serviceEvent(u"E5"_s, QDate(2026, 6, 15), kPsu, true)},
                                    terms());
        QCOMPARE(engine.coverage(QDate(2026, 9, 10), kPsu).eventId, u"service_event:E5"_s);
        QCOMPARE(engine.coverage(QDate(2026, 9, 10), kPsu).until, QDate(2026, 9, 13));
        QVERIFY(!engine.coverage(QDate(2026, 9, 10), kAnt).covered); // ANT's window ended 8 Aug
        QVERIFY(!engine.coverage(QDate(2026, 5, 20), kPsu).covered); // PSU not fitted yet
        QVERIFY(!engine.coverage(QDate(2026, 9, 10)).covered);
    }

    void otherDevicesEventsIgnored()
    {
        ServiceEvent foreign = serviceEvent(u"X"_s, QDate(2026, 5, 10), kAnt, true);
        foreign.deviceSerial = u"FBC0000002"_s;
        const WarrantyEngine engine(device(QDate(2025, 3, 15)), {foreign}, terms());
        QVERIFY(engine.windows().isEmpty());
        QVERIFY(!engine.coverage(QDate(2026, 5, 11), kAnt).covered);
    }
};

QTEST_GUILESS_MAIN(WarrantyTest)
#include "tst_warranty.moc"
