// Bulletins and the notice rule, uptime against the 99.9 % promise with and
// without exclusions, and the contacts panel's tel:/mailto: links.

#include "domain/policy/bulletins.h"
#include "domain/policy/contacts.h"
#include "domain/policy/demo_bulletins.h"
#include "domain/policy/policy.h"
#include "domain/policy/uptime.h"
#include "domain/time_format.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace fb;
using namespace fb::policy;

namespace {

QDateTime at(const QString &iso)
{
    return *parseIsoTime(iso);
}

QJsonObject bulletinDoc(const QString &key, const QString &kind, const QString &published,
                        const QString &effective)
{
    return {{"_id"_L1, QString(u"bulletin:"_s + key)},
            {"type"_L1, u"bulletin"_s},
            {"kind"_L1, kind},
            {"title"_L1, key},
            {"published_at"_L1, published},
            {"effective_at"_L1, effective}};
}

QJsonObject logEvent(const QString &time, int code, const QString &name)
{
    return {{"time"_L1, time}, {"code"_L1, code}, {"name"_L1, name}, {"value"_L1, 0}};
}

QJsonObject report(const QString &serial, const QJsonArray &events)
{
    return {{"_id"_L1, u"report:r"_s},
            {"type"_L1, u"report"_s},
            {"device_serial"_L1, serial},
            {"readings"_L1, QJsonObject{{"events"_L1, events}}}};
}

} // namespace

class TestPolicyNotices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void discontinuationNotice()
    {
        const Policy &policy = Policy::builtIn();
        auto enough = Bulletin::fromJson(bulletinDoc(
            u"a"_s, u"discontinuation"_s, u"2026-11-01T00:00:00Z"_s, u"2026-12-01T00:00:00Z"_s));
        QVERIFY(enough);
        QCOMPARE(noticeDays(*enough), 30);
        QVERIFY(!isShortNotice(*enough, policy));
        auto tooShort = Bulletin::fromJson(bulletinDoc(
            u"b"_s, u"discontinuation"_s, u"2026-11-01T00:00:01Z"_s, u"2026-12-01T00:00:00Z"_s));
        QVERIFY(tooShort);
        QVERIFY(isShortNotice(*tooShort, policy));
        // Outages are not held to the 30-day rule.
        auto outage = Bulletin::fromJson(bulletinDoc(
            u"c"_s, u"planned_outage"_s, u"2026-11-30T00:00:00Z"_s, u"2026-12-01T00:00:00Z"_s));
        QVERIFY(outage);
        QVERIFY(!isShortNotice(*outage, policy));
    }

    void malformedBulletinsAreRefused()
    {
        QVERIFY(!Bulletin::fromJson(
            bulletinDoc(u"x"_s, u"discontinuation"_s, u"yesterday"_s, u"2026-12-01T00:00:00Z"_s)));
        auto missing = Bulletin::fromJson(
            bulletinDoc(u"x"_s, u"planned_outage"_s, u"2026-11-01T00:00:00Z"_s, QString()));
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(u"effective_at"_s),
                 qPrintable(missing.error().message));
        QVERIFY(!Bulletin::fromJson(QJsonObject{{"_id"_L1, u"ticket:1"_s}}));
    }

    void upcomingFirst()
    {
        const QDateTime now = at(u"2026-11-29T12:00:00Z"_s);
        QList<Bulletin> bulletins;
        for (const QJsonObject &document : demoBulletins(now)) {
            auto bulletin = Bulletin::fromJson(document);
            QVERIFY2(bulletin, qPrintable(bulletin ? QString() : bulletin.error().message));
            bulletins.append(*bulletin);
        }
        const QList<Bulletin> ordered = orderForNotices(bulletins, now);
        QCOMPARE(ordered.first().id, u"bulletin:demo-outage-portal"_s); // in 4 days
        QCOMPARE(ordered.last().id, u"bulletin:demo-outage-past"_s);
        int shortNotices = 0;
        for (const Bulletin &bulletin : ordered)
            shortNotices += isShortNotice(bulletin, Policy::builtIn()) ? 1 : 0;
        QCOMPARE(shortNotices, 1);
    }

    void allowedDowntimeIs43Point2MinutesIn30Days()
    {
        const MonthUptime month = monthUptime({}, {}, u"SN1"_s, 2026, 11, Policy::builtIn(),
                                              at(u"2027-01-01T00:00:00Z"_s));
        QCOMPARE(month.monthSeconds, 30 * 86400);
        QCOMPARE(month.allowedSeconds, 2592); // 43.2 min
        QCOMPARE(month.availabilityPercent, 100.0);
        QVERIFY(month.meetsTarget);
    }

    void uptimeFromEvents()
    {
        // Two reports overlap (the log is read twice); a power cut of 30 min and
        // a network outage of 20 min that overlaps it by 10 min.
        const QJsonArray first{logEvent(u"2026-11-10T10:00:00Z"_s, 1, u"power_lost"_s),
                               logEvent(u"2026-11-10T10:30:00Z"_s, 2, u"power_restored"_s),
                               logEvent(u"2026-11-10T10:20:00Z"_s, 8, u"network_down"_s)};
        const QJsonArray second{
            logEvent(u"2026-11-10T10:00:00Z"_s, 1, u"power_lost"_s),
            logEvent(u"2026-11-10T10:40:00Z"_s, 9, u"network_up"_s),
            logEvent(u"2026-11-12T08:00:00Z"_s, 3, u"door_opened"_s),
            QJsonObject{{"time"_L1, u"garbage"_s}, {"name"_L1, u"power_lost"_s}}};
        const QList<QJsonObject> reports{report(u"SN1"_s, first), report(u"SN1"_s, second),
                                         report(u"SN2"_s, first)};
        const QList<DeviceEvent> events = eventsFromReports(reports, u"SN1"_s);
        QCOMPARE(events.size(), 5);
        const QDateTime now = at(u"2026-12-15T00:00:00Z"_s);
        MonthUptime month = monthUptime(events, {}, u"SN1"_s, 2026, 11, Policy::builtIn(), now);
        QCOMPARE(month.downSeconds, 40 * 60);
        QCOMPARE(month.counted.size(), 1);
        QVERIFY(month.counted.first().cause.contains(u"network"_s));
        QVERIFY(month.meetsTarget); // 40 min is within the 43.2 min allowed
    }

    void exclusionsRemoveDowntime()
    {
        const QJsonArray log{logEvent(u"2026-11-10T10:00:00Z"_s, 8, u"network_down"_s),
                             logEvent(u"2026-11-10T11:00:00Z"_s, 9, u"network_up"_s)};
        const QList<DeviceEvent> events = eventsFromReports({report(u"SN1"_s, log)}, u"SN1"_s);
        const QDateTime now = at(u"2026-12-15T00:00:00Z"_s);
        MonthUptime month = monthUptime(events, {}, u"SN1"_s, 2026, 11, Policy::builtIn(), now);
        QCOMPARE(month.downSeconds, 3600);
        QVERIFY(!month.meetsTarget);
        QVERIFY(month.availabilityPercent < 99.9);

        UptimeExclusion internet{u"SN1"_s, at(u"2026-11-10T10:00:00Z"_s),
                                 at(u"2026-11-10T10:45:00Z"_s), u"internet_outage"_s,
                                 u"ISP fibre cut"_s};
        UptimeExclusion otherDevice{u"SN9"_s,
                                    at(u"2026-11-10T10:00:00Z"_s),
                                    at(u"2026-11-10T11:00:00Z"_s),
                                    u"force_majeure"_s,
                                    {}};
        month = monthUptime(events, {internet, otherDevice}, u"SN1"_s, 2026, 11, Policy::builtIn(),
                            now);
        QCOMPARE(month.downSeconds, 15 * 60);
        QCOMPARE(month.excludedSeconds, 45 * 60);
        QVERIFY(month.meetsTarget);

        // Round trip through the stored JSON, and refusal of bad entries.
        auto restored = exclusionsFromJson(exclusionsToJson({internet}));
        QVERIFY(restored);
        QCOMPARE(restored->first().end, internet.end);
        QVERIFY(!exclusionsFromJson("[{\"start\": \"x\"}]"));
        QVERIFY(!exclusionsFromJson("{garbage"));
        auto badReason = exclusionsFromJson(
            R"([{"start": "2026-11-10T10:00:00Z", "end": "2026-11-10T11:00:00Z", "reason": "bored"}])");
        QVERIFY(!badReason);
        QVERIFY(badReason.error().message.contains(u"bored"_s));
    }

    void openOutageRunsToNowOrMonthEnd()
    {
        const QJsonArray log{logEvent(u"2026-10-31T23:00:00Z"_s, 1, u"power_lost"_s)};
        const QList<DeviceEvent> events = eventsFromReports({report(u"SN1"_s, log)}, u"SN1"_s);
        // Carried into November from October; "now" is 1 Nov 02:00.
        MonthUptime month = monthUptime(events, {}, u"SN1"_s, 2026, 11, Policy::builtIn(),
                                        at(u"2026-11-01T02:00:00Z"_s));
        QCOMPARE(month.downSeconds, 2 * 3600);
    }

    void contactLinks()
    {
        QCOMPARE(telUrl(u"+1 888 376 0257"_s).toString(), u"tel:+18883760257"_s);
        QCOMPARE(telUrl(u"+49 6227 789 3003"_s).toString(), u"tel:+4962277893003"_s);
        const RegionContacts contacts = Policy::builtIn().region(u"us"_s)->contacts;
        SupportEmailContent content{u"T-000042"_s, u"FB-1234"_s, u"freezer"_s,
                                    u"Door & lock fault #2 +50%"_s, QString()};
        const QJsonObject diag{
            {"taken_at"_L1, u"2026-11-29T10:00:00Z"_s},
            {"device_serial"_L1, u"FB-1234"_s},
            {"checks"_L1, QJsonArray{QJsonObject{{"name"_L1, u"power"_s}, {"passed"_L1, true}},
                                     QJsonObject{{"name"_L1, u"door"_s},
                                                 {"passed"_L1, false},
                                                 {"detail"_L1, u"sensor open"_s}}}}};
        content.diagnostic = diagnosticSummary(diag);
        QVERIFY(content.diagnostic.contains(u"1 of 2"_s));
        QVERIFY(content.diagnostic.contains(u"door (sensor open)"_s));
        const QUrl url = supportEmailUrl(contacts, content);
        QVERIFY(url.isValid());
        QCOMPARE(url.scheme(), u"mailto"_s);
        QCOMPARE(url.path(), u"support@tersosolutions.com"_s);
        const QUrlQuery query(url);
        const QString subject = query.queryItemValue(u"subject"_s, QUrl::FullyDecoded);
        const QString body = query.queryItemValue(u"body"_s, QUrl::FullyDecoded);
        QVERIFY2(subject.contains(u"T-000042"_s), qPrintable(subject));
        QVERIFY(subject.contains(u"Door & lock fault #2 +50%"_s));
        QVERIFY(body.contains(u"FB-1234 (freezer)"_s));
        QVERIFY(body.contains(u"door (sensor open)"_s));
        QVERIFY(body.contains(u"\r\n"_s));
        QVERIFY(!url.toEncoded().contains("+50"));
        content.diagnostic.clear();
        QVERIFY(QUrlQuery(supportEmailUrl(contacts, content))
                    .queryItemValue(u"body"_s, QUrl::FullyDecoded)
                    .contains(u"No diagnostic report"_s));
    }
};

QTEST_GUILESS_MAIN(TestPolicyNotices)
#include "test_policy_notices.moc"
