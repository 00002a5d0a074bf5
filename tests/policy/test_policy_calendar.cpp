// The business calendar of service-policy.md §2 against hand-checked dates:
// the five examples, every holiday of several years in both regions
// (observed days, Easter-based days), DST in spring and autumn, receipt
// before opening, after closing, on a holiday, and spans over a day.

#include "domain/policy/business_calendar.h"
#include "domain/policy/policy.h"
#include "domain/policy/sla.h"
#include "domain/time_format.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fb;
using namespace fb::policy;

namespace {

QDateTime at(const QString &iso)
{
    const auto parsed = parseIsoTime(iso);
    if (!parsed)
        qFatal("bad test time %s", qPrintable(iso));
    return *parsed;
}

QString dueLocal(const QString &region, const QString &from, double hours = 9)
{
    SlaTarget target;
    target.hours = hours;
    auto due = dueAfter(Policy::builtIn(), region, target, at(from));
    return due ? toIsoWithOffset(*due) : u"error: "_s + due.error().message;
}

QStringList holidayDates(const QString &region, int year)
{
    QStringList dates;
    for (const Holiday &holiday : Policy::builtIn().calendar(region)->holidays(year))
        dates << holiday.date.toString(Qt::ISODate);
    return dates;
}

} // namespace

class TestPolicyCalendar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void builtInPolicyMatchesTheTerms()
    {
        const Policy &policy = Policy::builtIn();
        QCOMPARE(policy.region(u"us"_s)->timeZoneId, u"America/Chicago"_s);
        QCOMPARE(policy.region(u"eu"_s)->timeZoneId, u"Europe/Berlin"_s);
        QCOMPARE(policy.region(u"us"_s)->contacts.highPriorityPhone, u"+1 888 376 0257"_s);
        QCOMPARE(policy.region(u"eu"_s)->contacts.nonUrgentEmail,
                 u"supporteu@tersosolutions.com"_s);
        QCOMPARE(policy.responseNormal.seconds(), 9 * 3600);
        QVERIFY(policy.responseHigh.clock == SlaClock::Calendar);
        QCOMPARE(policy.responseHigh.seconds(), 4 * 3600);
        QVERIFY(!policy.responseHigh.note.isEmpty());
        QVERIFY(policy.nextStepsInternal.repeat);
        QCOMPARE(policy.atRiskFraction, 0.25);
    }

    void theFiveExamplesOfSection2()
    {
        // Week of Monday 7 Dec 2026, no holidays; Chicago on CST (-06:00).
        QCOMPARE(dueLocal(u"us"_s, u"2026-12-07T10:00:00-06:00"_s), u"2026-12-08T10:00:00-06:00"_s);
        QCOMPARE(dueLocal(u"us"_s, u"2026-12-11T16:00:00-06:00"_s), u"2026-12-14T16:00:00-06:00"_s);
        QCOMPARE(dueLocal(u"us"_s, u"2026-12-12T11:00:00-06:00"_s), u"2026-12-14T17:00:00-06:00"_s);
        QCOMPARE(dueLocal(u"us"_s, u"2026-12-08T07:00:00-06:00"_s), u"2026-12-08T17:00:00-06:00"_s);
        QCOMPARE(dueLocal(u"us"_s, u"2026-12-09T17:00:00-06:00"_s), u"2026-12-10T17:00:00-06:00"_s);
    }

    void easterByComputus_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("easter");
        QTest::newRow("1818 earliest") << 1818 << QDate(1818, 3, 22);
        QTest::newRow("1943 latest") << 1943 << QDate(1943, 4, 25);
        QTest::newRow("2000") << 2000 << QDate(2000, 4, 23);
        QTest::newRow("2008") << 2008 << QDate(2008, 3, 23);
        QTest::newRow("2019") << 2019 << QDate(2019, 4, 21);
        QTest::newRow("2024") << 2024 << QDate(2024, 3, 31);
        QTest::newRow("2025") << 2025 << QDate(2025, 4, 20);
        QTest::newRow("2026") << 2026 << QDate(2026, 4, 5);
        QTest::newRow("2027") << 2027 << QDate(2027, 3, 28);
        QTest::newRow("2038") << 2038 << QDate(2038, 4, 25);
        QTest::newRow("2285") << 2285 << QDate(2285, 3, 22);
    }
    void easterByComputus()
    {
        QFETCH(int, year);
        QFETCH(QDate, easter);
        QCOMPARE(easterSunday(year), easter);
    }

    void usHolidays_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QStringList>("dates");
        // 2021: 4 Jul Sun → Mon 5; 25 Dec Sat → Fri 24; 1 Jan 2022 Sat → Fri 31 Dec 2021.
        QTest::newRow("2021") << 2021
                              << QStringList{u"2021-01-01"_s, u"2021-05-31"_s, u"2021-07-05"_s,
                                             u"2021-09-06"_s, u"2021-11-25"_s, u"2021-11-26"_s,
                                             u"2021-12-24"_s, u"2021-12-31"_s};
        // 2022: New Year observed in 2021; 25 Dec Sun → Mon 26.
        QTest::newRow("2022") << 2022
                              << QStringList{u"2022-05-30"_s, u"2022-07-04"_s, u"2022-09-05"_s,
                                             u"2022-11-24"_s, u"2022-11-25"_s, u"2022-12-26"_s};
        // 2023: 1 Jan Sun → Mon 2.
        QTest::newRow("2023") << 2023
                              << QStringList{u"2023-01-02"_s, u"2023-05-29"_s, u"2023-07-04"_s,
                                             u"2023-09-04"_s, u"2023-11-23"_s, u"2023-11-24"_s,
                                             u"2023-12-25"_s};
        // 2026: 4 Jul Sat → Fri 3.
        QTest::newRow("2026") << 2026
                              << QStringList{u"2026-01-01"_s, u"2026-05-25"_s, u"2026-07-03"_s,
                                             u"2026-09-07"_s, u"2026-11-26"_s, u"2026-11-27"_s,
                                             u"2026-12-25"_s};
        QTest::newRow("2027") << 2027
                              << QStringList{u"2027-01-01"_s, u"2027-05-31"_s, u"2027-07-05"_s,
                                             u"2027-09-06"_s, u"2027-11-25"_s, u"2027-11-26"_s,
                                             u"2027-12-24"_s, u"2027-12-31"_s};
    }
    void usHolidays()
    {
        QFETCH(int, year);
        QFETCH(QStringList, dates);
        QCOMPARE(holidayDates(u"us"_s, year), dates);
        const auto calendar = Policy::builtIn().calendar(u"us"_s);
        for (const QString &date : dates)
            QVERIFY2(!calendar->isBusinessDay(QDate::fromString(date, Qt::ISODate)),
                     qPrintable(date));
    }

    void euHolidays_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QStringList>("dates");
        // No shifting in Baden-Württemberg: 1 Jan 2022 (Saturday) stays put.
        QTest::newRow("2022") << 2022
                              << QStringList{u"2022-01-01"_s, u"2022-01-06"_s, u"2022-04-15"_s,
                                             u"2022-04-18"_s, u"2022-05-01"_s, u"2022-05-26"_s,
                                             u"2022-06-06"_s, u"2022-06-16"_s, u"2022-10-03"_s,
                                             u"2022-11-01"_s, u"2022-12-25"_s, u"2022-12-26"_s};
        QTest::newRow("2024") << 2024
                              << QStringList{u"2024-01-01"_s, u"2024-01-06"_s, u"2024-03-29"_s,
                                             u"2024-04-01"_s, u"2024-05-01"_s, u"2024-05-09"_s,
                                             u"2024-05-20"_s, u"2024-05-30"_s, u"2024-10-03"_s,
                                             u"2024-11-01"_s, u"2024-12-25"_s, u"2024-12-26"_s};
        QTest::newRow("2025") << 2025
                              << QStringList{u"2025-01-01"_s, u"2025-01-06"_s, u"2025-04-18"_s,
                                             u"2025-04-21"_s, u"2025-05-01"_s, u"2025-05-29"_s,
                                             u"2025-06-09"_s, u"2025-06-19"_s, u"2025-10-03"_s,
                                             u"2025-11-01"_s, u"2025-12-25"_s, u"2025-12-26"_s};
        QTest::newRow("2026") << 2026
                              << QStringList{u"2026-01-01"_s, u"2026-01-06"_s, u"2026-04-03"_s,
                                             u"2026-04-06"_s, u"2026-05-01"_s, u"2026-05-14"_s,
                                             u"2026-05-25"_s, u"2026-06-04"_s, u"2026-10-03"_s,
                                             u"2026-11-01"_s, u"2026-12-25"_s, u"2026-12-26"_s};
    }
    void euHolidays()
    {
        QFETCH(int, year);
        QFETCH(QStringList, dates);
        QCOMPARE(holidayDates(u"eu"_s, year), dates);
    }

    void deadlines_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("from");
        QTest::addColumn<double>("hours");
        QTest::addColumn<QString>("due");
        // DST, us: spring forward Sun 8 Mar 2026, fall back Sun 1 Nov 2026.
        QTest::newRow("us spring DST")
            << u"us"_s << u"2026-03-06T16:00:00-06:00"_s << 9.0 << u"2026-03-09T16:00:00-05:00"_s;
        QTest::newRow("us autumn DST")
            << u"us"_s << u"2026-10-30T16:00:00-05:00"_s << 9.0 << u"2026-11-02T16:00:00-06:00"_s;
        // DST, eu: Sun 29 Mar 2026 and Sun 25 Oct 2026.
        QTest::newRow("eu spring DST")
            << u"eu"_s << u"2026-03-27T16:00:00+01:00"_s << 9.0 << u"2026-03-30T16:00:00+02:00"_s;
        QTest::newRow("eu autumn DST")
            << u"eu"_s << u"2026-10-23T16:00:00+02:00"_s << 9.0 << u"2026-10-26T16:00:00+01:00"_s;
        // Easter: Good Friday 3 Apr and Easter Monday 6 Apr 2026 are skipped.
        QTest::newRow("eu over Easter")
            << u"eu"_s << u"2026-04-02T16:00:00+02:00"_s << 9.0 << u"2026-04-07T16:00:00+02:00"_s;
        QTest::newRow("eu Ascension")
            << u"eu"_s << u"2026-05-13T12:00:00+02:00"_s << 9.0 << u"2026-05-15T12:00:00+02:00"_s;
        // Thanksgiving and the day after.
        QTest::newRow("us Thanksgiving")
            << u"us"_s << u"2026-11-25T15:00:00-06:00"_s << 9.0 << u"2026-11-30T15:00:00-06:00"_s;
        // Observed Independence Day (Fri 3 Jul 2026).
        QTest::newRow("us observed 4 Jul")
            << u"us"_s << u"2026-07-02T12:00:00-05:00"_s << 9.0 << u"2026-07-06T12:00:00-05:00"_s;
        // New Year 2022 (Saturday) observed Fri 31 Dec 2021.
        QTest::newRow("us observed New Year")
            << u"us"_s << u"2021-12-30T12:00:00-06:00"_s << 9.0 << u"2022-01-03T12:00:00-06:00"_s;
        QTest::newRow("received on a holiday")
            << u"us"_s << u"2026-12-25T10:00:00-06:00"_s << 9.0 << u"2026-12-28T17:00:00-06:00"_s;
        QTest::newRow("received before opening")
            << u"eu"_s << u"2026-12-08T05:30:00+01:00"_s << 9.0 << u"2026-12-08T17:00:00+01:00"_s;
        QTest::newRow("received after closing")
            << u"eu"_s << u"2026-12-08T19:45:00+01:00"_s << 9.0 << u"2026-12-09T17:00:00+01:00"_s;
        QTest::newRow("received in UTC")
            << u"us"_s << u"2026-12-07T16:00:00Z"_s << 9.0 << u"2026-12-08T10:00:00-06:00"_s;
        QTest::newRow("three business days")
            << u"us"_s << u"2026-12-07T10:00:00-06:00"_s << 27.0 << u"2026-12-10T10:00:00-06:00"_s;
        QTest::newRow("a business week")
            << u"eu"_s << u"2026-12-07T08:00:00+01:00"_s << 45.0 << u"2026-12-11T17:00:00+01:00"_s;
        QTest::newRow("over Christmas eu")
            << u"eu"_s << u"2026-12-23T12:00:00+01:00"_s << 18.0 << u"2026-12-28T12:00:00+01:00"_s;
        QTest::newRow("half hours")
            << u"us"_s << u"2026-12-07T16:30:00-06:00"_s << 1.5 << u"2026-12-08T09:00:00-06:00"_s;
    }
    void deadlines()
    {
        QFETCH(QString, region);
        QFETCH(QString, from);
        QFETCH(double, hours);
        QFETCH(QString, due);
        QCOMPARE(dueLocal(region, from, hours), due);
    }

    void calendarClockCountsRealHoursOverDst()
    {
        // High priority: 4 calendar hours; 00:30 CST on the spring-forward night
        // plus 4 real hours is 05:30 CDT.
        auto due = dueAfter(Policy::builtIn(), u"us"_s, Policy::builtIn().responseHigh,
                            at(u"2026-03-08T00:30:00-06:00"_s));
        QVERIFY(due);
        QCOMPARE(toIsoWithOffset(*due), u"2026-03-08T05:30:00-05:00"_s);
    }

    void businessSecondsBetween()
    {
        const auto calendar = Policy::builtIn().calendar(u"us"_s);
        QCOMPARE(calendar->businessSecondsBetween(at(u"2026-12-11T16:00:00-06:00"_s),
                                                  at(u"2026-12-14T16:00:00-06:00"_s)),
                 9 * 3600);
        QCOMPARE(calendar->businessSecondsBetween(at(u"2026-12-14T16:00:00-06:00"_s),
                                                  at(u"2026-12-11T16:00:00-06:00"_s)),
                 0);
    }

    void unknownRegionIsAClearError()
    {
        SlaTarget target;
        auto due = dueAfter(Policy::builtIn(), u"apac"_s, target, at(u"2026-12-07T10:00:00Z"_s));
        QVERIFY(!due);
        QVERIFY2(due.error().message.contains(u"apac"_s), qPrintable(due.error().message));
        QVERIFY(due.error().message.contains(u"us"_s));
    }

    void badPolicyFilesAreRefusedWithTheField_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("garbage") << QByteArray("{not json") << u"not a JSON object"_s;
        QTest::newRow("truncated")
            << QByteArray("{\"regions\": {\"us\": {") << u"not a JSON object"_s;
        QTest::newRow("no regions") << QByteArray("{\"regions\": {}}") << u"regions"_s;
        QTest::newRow("bad zone") << QByteArray(
                                         R"({"regions": {"us": {"time_zone": "Mars/Olympus"}}})")
                                  << u"Mars/Olympus"_s;
        QTest::newRow("bad hours")
            << QByteArray(
                   R"({"regions": {"us": {"time_zone": "UTC", "business_hours": {"start": "17:00", "end": "08:00", "weekdays": [1]}}}})")
            << u"end after it starts"_s;
        QTest::newRow("bad rule")
            << QByteArray(
                   R"({"regions": {"us": {"time_zone": "UTC", "business_hours": {"start": "08:00", "end": "17:00", "weekdays": [1]}, "holidays": [{"name": "x", "rule": "lunar"}]}}})")
            << u"lunar"_s;
        QTest::newRow("no sla")
            << QByteArray(
                   R"({"regions": {"us": {"time_zone": "UTC", "business_hours": {"start": "08:00", "end": "17:00", "weekdays": [1]}}}})")
            << u"sla.response_normal"_s;
    }
    void badPolicyFilesAreRefusedWithTheField()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"policy.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        auto loaded = Policy::load(path);
        QVERIFY(!loaded);
        QVERIFY(loaded.error().kind == ErrorKind::Data);
        QVERIFY2(loaded.error().message.contains(mentions), qPrintable(loaded.error().message));
        // The active policy survives a refused override.
        const auto before = activePolicy();
        QVERIFY(!useOverrideFile(path));
        QCOMPARE(activePolicy().get(), before.get());
        QVERIFY(!Policy::load(dir.filePath(u"missing.json"_s)));
    }

    void overrideFileChangesTheNumbers()
    {
        QFile original(u":/policy/default-policy.json"_s);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QJsonObject document = QJsonDocument::fromJson(original.readAll()).object();
        QJsonObject sla = document.value("sla"_L1).toObject();
        sla.insert("response_normal"_L1,
                   QJsonObject{{"clock"_L1, u"business"_s}, {"hours"_L1, 18}});
        document.insert("sla"_L1, sla);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"contract.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(document).toJson());
        file.close();
        QVERIFY(useOverrideFile(path));
        QCOMPARE(activePolicy()->responseNormal.seconds(), 18 * 3600);
        setActivePolicy(nullptr);
        QCOMPARE(activePolicy()->responseNormal.seconds(), 9 * 3600);
    }
};

QTEST_GUILESS_MAIN(TestPolicyCalendar)
#include "test_policy_calendar.moc"
