#include "domain/policy/policy.h"

#include "domain/policy/business_calendar.h"
#include "domain/policy/policy_log.h"
#include "domain/time_format.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMutex>
#include <QMutexLocker>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace fb::policy {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::policy::Policy", text);
}

Error bad(const QString &where, const QString &what)
{
    return makeError(ErrorKind::Data, tr("Invalid service policy: %1 %2.").arg(where, what));
}

Result<QTime> readTime(const QJsonObject &object, QLatin1StringView key, const QString &where)
{
    const QTime time = QTime::fromString(object.value(key).toString(), u"HH:mm"_s);
    if (!time.isValid())
        return bad(where + u'.' + key, tr("must be a time like \"08:00\""));
    return time;
}

Result<SlaTarget> readTarget(const QJsonObject &sla, QLatin1StringView key)
{
    const QString where = u"sla."_s + key;
    const QJsonObject object = sla.value(key).toObject();
    if (object.isEmpty())
        return bad(where, tr("is missing"));
    SlaTarget target;
    const QString clock = object.value("clock"_L1).toString();
    if (clock == "business"_L1)
        target.clock = SlaClock::Business;
    else if (clock == "calendar"_L1)
        target.clock = SlaClock::Calendar;
    else
        return bad(where + u".clock"_s, tr("must be \"business\" or \"calendar\""));
    target.hours = object.value("hours"_L1).toDouble(-1);
    if (!(target.hours > 0) || target.hours > 24 * 366)
        return bad(where + u".hours"_s, tr("must be a positive number of hours"));
    target.repeat = object.value("repeat"_L1).toBool(false);
    target.note = object.value("note"_L1).toString();
    return target;
}

Result<HolidayRule> readHoliday(const QJsonObject &object, const QString &where)
{
    HolidayRule rule;
    rule.name = object.value("name"_L1).toString();
    rule.rule = object.value("rule"_L1).toString();
    rule.month = object.value("month"_L1).toInt();
    rule.day = object.value("day"_L1).toInt();
    rule.weekday = object.value("weekday"_L1).toInt();
    rule.n = object.value("n"_L1).toInt();
    rule.offsetDays = object.value("offset_days"_L1).toInt();
    if (rule.name.isEmpty())
        return bad(where, tr("needs a name"));
    const bool monthOk = rule.month >= 1 && rule.month <= 12;
    const bool weekdayOk = rule.weekday >= 1 && rule.weekday <= 7;
    if (rule.rule == "fixed"_L1) {
        if (!monthOk || !QDate(2000, rule.month, 1).isValid() || rule.day < 1 ||
            rule.day > QDate(2000, rule.month, 1).daysInMonth())
            return bad(where, tr("(fixed) needs a valid month and day"));
    } else if (rule.rule == "nth_weekday"_L1) {
        if (!monthOk || !weekdayOk || rule.n < 1 || rule.n > 5)
            return bad(where, tr("(nth_weekday) needs month 1-12, weekday 1-7 and n 1-5"));
    } else if (rule.rule == "last_weekday"_L1) {
        if (!monthOk || !weekdayOk)
            return bad(where, tr("(last_weekday) needs month 1-12 and weekday 1-7"));
    } else if (rule.rule != "easter"_L1) {
        return bad(where, tr("has unknown rule \"%1\" (fixed, nth_weekday, last_weekday, easter)")
                              .arg(rule.rule));
    }
    return rule;
}

Result<RegionPolicy> readRegion(const QString &code, const QJsonObject &object)
{
    const QString where = u"regions."_s + code;
    RegionPolicy region;
    region.code = code;
    region.timeZoneId = object.value("time_zone"_L1).toString();
    if (region.timeZoneId.isEmpty() || !QTimeZone(region.timeZoneId.toUtf8()).isValid())
        return bad(where + u".time_zone"_s,
                   tr("must be an IANA time zone this system knows (\"%1\" is not)")
                       .arg(region.timeZoneId));
    region.currency = object.value("currency"_L1).toString();
    region.locale = object.value("locale"_L1).toString();
    const QJsonObject hours = object.value("business_hours"_L1).toObject();
    auto start = readTime(hours, "start"_L1, where + u".business_hours"_s);
    if (!start)
        return start.error();
    auto end = readTime(hours, "end"_L1, where + u".business_hours"_s);
    if (!end)
        return end.error();
    if (*end <= *start)
        return bad(where + u".business_hours"_s, tr("must end after it starts"));
    region.businessStart = *start;
    region.businessEnd = *end;
    for (const QJsonValue &day : hours.value("weekdays"_L1).toArray()) {
        const int weekday = day.toInt();
        if (weekday < 1 || weekday > 7)
            return bad(where + u".business_hours.weekdays"_s,
                       tr("must hold numbers 1 (Monday) to 7"));
        region.weekdays.insert(weekday);
    }
    if (region.weekdays.isEmpty())
        return bad(where + u".business_hours.weekdays"_s, tr("must name at least one weekday"));
    region.holidayObservance = object.value("holiday_observance"_L1).toString(u"none"_s);
    if (region.holidayObservance != "none"_L1 && region.holidayObservance != "us_weekend_shift"_L1)
        return bad(where + u".holiday_observance"_s,
                   tr("must be \"none\" or \"us_weekend_shift\""));
    const QJsonArray holidays = object.value("holidays"_L1).toArray();
    for (qsizetype i = 0; i < holidays.size(); ++i) {
        auto rule = readHoliday(holidays.at(i).toObject(), u"%1.holidays[%2]"_s.arg(where).arg(i));
        if (!rule)
            return rule.error();
        region.holidays.append(*rule);
    }
    const QJsonObject contacts = object.value("contacts"_L1).toObject();
    region.contacts.highPriorityPhone = contacts.value("high_priority_phone"_L1).toString();
    region.contacts.nonUrgentEmail = contacts.value("non_urgent_email"_L1).toString();
    return region;
}

QMutex g_mutex;
std::shared_ptr<const Policy> g_active;
std::function<QDateTime()> g_clock;

std::shared_ptr<const Policy> initialPolicy()
{
    const QString overridePath = qEnvironmentVariable("FIELDBENCH_POLICY_FILE");
    if (!overridePath.isEmpty()) {
        auto loaded = Policy::load(overridePath);
        if (loaded)
            return std::make_shared<const Policy>(std::move(loaded).value());
        qCWarning(lcPolicy).noquote() << loaded.error().message << "Using the built-in policy.";
    }
    return std::make_shared<const Policy>(Policy::builtIn());
}

} // namespace

Result<Policy> Policy::fromJson(const QJsonObject &document)
{
    Policy policy;
    policy.raw = document;
    policy.version = document.value("policy_version"_L1).toInt();
    policy.source = document.value("source"_L1).toString();
    policy.businessDayHours = document.value("business_day_hours"_L1).toDouble(9);
    const QJsonObject regions = document.value("regions"_L1).toObject();
    if (regions.isEmpty())
        return bad(u"regions"_s, tr("must name at least one region"));
    for (auto it = regions.begin(); it != regions.end(); ++it) {
        auto region = readRegion(it.key(), it.value().toObject());
        if (!region)
            return region.error();
        policy.regions.insert(it.key(), *region);
        policy.calendars.insert(it.key(), std::make_shared<const BusinessCalendar>(*region));
    }
    const QJsonObject sla = document.value("sla"_L1).toObject();
    auto responseNormal = readTarget(sla, "response_normal"_L1);
    if (!responseNormal)
        return responseNormal.error();
    auto responseHigh = readTarget(sla, "response_high"_L1);
    if (!responseHigh)
        return responseHigh.error();
    auto onsite = readTarget(sla, "onsite_after_escalation"_L1);
    if (!onsite)
        return onsite.error();
    auto nextSteps = readTarget(sla, "next_steps_internal"_L1);
    if (!nextSteps)
        return nextSteps.error();
    policy.responseNormal = *responseNormal;
    policy.responseHigh = *responseHigh;
    policy.onsiteAfterEscalation = *onsite;
    policy.nextStepsInternal = *nextSteps;
    policy.atRiskFraction = sla.value("at_risk_fraction"_L1).toDouble(0.25);
    if (!(policy.atRiskFraction > 0) || policy.atRiskFraction >= 1)
        return bad(u"sla.at_risk_fraction"_s, tr("must be between 0 and 1"));
    policy.discontinuationMinNoticeDays = document.value("notices"_L1)
                                              .toObject()
                                              .value("discontinuation_min_notice_days"_L1)
                                              .toInt(30);
    policy.uptimeTargetPercent = document.value("uptime"_L1)
                                     .toObject()
                                     .value("monthly_target_percent"_L1)
                                     .toString(u"99.9"_s);
    bool numeric = false;
    const double target = policy.uptimeTargetPercent.toDouble(&numeric);
    if (!numeric || target <= 0 || target > 100)
        return bad(u"uptime.monthly_target_percent"_s, tr("must be a percentage like \"99.9\""));
    return policy;
}

Result<Policy> Policy::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Data,
                         tr("Cannot read the policy file %1: %2.").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return makeError(ErrorKind::Data,
                         tr("The policy file %1 is not a JSON object (%2 at offset %3).")
                             .arg(path, parseError.errorString())
                             .arg(parseError.offset));
    auto policy = fromJson(document.object());
    if (!policy)
        return makeError(ErrorKind::Data, path + u": "_s + policy.error().message);
    return policy;
}

const Policy &Policy::builtIn()
{
    // Parsed once; a broken embedded file is a build defect, caught by the tests.
    static const Policy policy = [] {
        auto loaded = load(u":/policy/default-policy.json"_s);
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error().message));
        return std::move(loaded).value();
    }();
    return policy;
}

const RegionPolicy *Policy::region(const QString &code) const
{
    const auto it = regions.constFind(code);
    return it == regions.constEnd() ? nullptr : &it.value();
}

std::shared_ptr<const BusinessCalendar> Policy::calendar(const QString &code) const
{
    return calendars.value(code);
}

std::shared_ptr<const Policy> activePolicy()
{
    QMutexLocker lock(&g_mutex);
    if (!g_active)
        g_active = initialPolicy();
    return g_active;
}

void setActivePolicy(std::shared_ptr<const Policy> policy)
{
    QMutexLocker lock(&g_mutex);
    g_active = policy ? std::move(policy) : std::make_shared<const Policy>(Policy::builtIn());
}

Status useOverrideFile(const QString &path)
{
    auto loaded = Policy::load(path);
    if (!loaded)
        return loaded.error();
    setActivePolicy(std::make_shared<const Policy>(std::move(loaded).value()));
    return {};
}

QDateTime currentTime()
{
    std::function<QDateTime()> clock;
    {
        QMutexLocker lock(&g_mutex);
        clock = g_clock;
    }
    if (clock)
        return clock().toUTC();
    static const std::optional<QDateTime> pinned =
        parseIsoTime(qEnvironmentVariable("FIELDBENCH_NOW"));
    return pinned ? *pinned : QDateTime::currentDateTimeUtc();
}

void setClock(std::function<QDateTime()> clock)
{
    QMutexLocker lock(&g_mutex);
    g_clock = std::move(clock);
}

} // namespace fb::policy
