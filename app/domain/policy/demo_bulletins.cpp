#include "domain/policy/demo_bulletins.h"

#include "domain/time_format.h"

using namespace Qt::Literals::StringLiterals;

namespace fb::policy {
namespace {

QJsonObject bulletin(const QString &key, const QString &kind, const QString &title,
                     const QString &body, const QDateTime &published, const QDateTime &effective)
{
    QJsonObject document{{"_id"_L1, QString(u"bulletin:"_s + key)},
                         {"type"_L1, u"bulletin"_s},
                         {"kind"_L1, kind},
                         {"title"_L1, title},
                         {"body"_L1, body},
                         {"published_at"_L1, toIsoUtc(published)}};
    if (effective.isValid())
        document.insert("effective_at"_L1, toIsoUtc(effective));
    return document;
}

} // namespace

QList<QJsonObject> demoBulletins(const QDateTime &now)
{
    // Whole hours keep the demo's times readable.
    const QDateTime base(now.toUTC().date(), QTime(now.toUTC().time().hour(), 0), Qt::UTC);
    // Wire content (HQ's text) stays untranslated, as real bulletins would be.
    return {
        bulletin(u"demo-outage-portal"_s, u"planned_outage"_s, u"Cloud portal maintenance"_s,
                 u"The inventory portal and HQ sync are unavailable for up to two hours while "
                 "the database is upgraded. Enclosures keep working offline."_s,
                 base.addDays(-3), base.addDays(4).addSecs(2 * 3600)),
        bulletin(u"demo-outage-api"_s, u"planned_outage"_s, u"Reporting API upgrade"_s,
                 u"The reporting API moves to version 3; expect short interruptions."_s,
                 base.addDays(-10), base.addDays(12)),
        bulletin(u"demo-outage-past"_s, u"planned_outage"_s, u"Network provider maintenance"_s,
                 u"Completed as announced."_s, base.addDays(-20), base.addDays(-14)),
        bulletin(u"demo-discontinue-sms"_s, u"discontinuation"_s, u"SMS alerts discontinued"_s,
                 u"Alerts by SMS end; use e-mail or the mobile app instead."_s, base.addDays(-5),
                 base.addDays(55)),
        bulletin(u"demo-discontinue-legacy"_s, u"discontinuation"_s,
                 u"Legacy reader firmware 1.x no longer supported"_s,
                 u"Readers on firmware 1.x must be updated to 2.x."_s, base.addDays(-2),
                 base.addDays(12)),
        bulletin(u"demo-advisory-door"_s, u"advisory"_s, u"Door sensor calibration advisory"_s,
                 u"Check door sensor alignment after moving an enclosure."_s, base.addDays(-1),
                 QDateTime()),
    };
}

} // namespace fb::policy
