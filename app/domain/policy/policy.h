#pragma once

// The service policy of service-policy.md as data. The defaults ship in
// resources/policy/default-policy.json (embedded as a Qt resource); another
// vendor, region or contract replaces the numbers with an override file, never
// with a code change.

#include "domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QTime>

#include <functional>
#include <memory>

namespace fb::policy {

class BusinessCalendar;

// One holiday rule of a region's calendar. `rule` is the wire name:
// "fixed" (month/day), "nth_weekday" (month, weekday 1=Mon..7=Sun, n),
// "last_weekday" (month, weekday), "easter" (offset from Easter Sunday).
// `offsetDays` shifts any rule (the day after Thanksgiving).
struct HolidayRule
{
    QString name;
    QString rule;
    int month = 0;
    int day = 0;
    int weekday = 0;
    int n = 0;
    int offsetDays = 0;
};

struct RegionContacts
{
    QString highPriorityPhone; // 24/7
    QString nonUrgentEmail;
};

struct RegionPolicy
{
    QString code; // "us", "eu"
    QString timeZoneId;
    QString currency;
    QString locale;
    QTime businessStart;
    QTime businessEnd;
    QSet<int> weekdays; // 1 = Monday … 7 = Sunday
    // "us_weekend_shift": fixed-date holidays on a Saturday are observed on
    // the Friday before, on a Sunday on the Monday after. "none": no shifting.
    QString holidayObservance;
    QList<HolidayRule> holidays;
    RegionContacts contacts;
};

enum class SlaClock
{
    Business,
    Calendar
};

struct SlaTarget
{
    SlaClock clock = SlaClock::Business;
    double hours = 9;
    bool repeat = false;
    QString note; // shown next to targets that are policy defaults, not contract terms

    qint64 seconds() const { return qint64(hours * 3600.0 + 0.5); }
};

struct Policy
{
    int version = 0;
    QString source;
    double businessDayHours = 9;
    QMap<QString, RegionPolicy> regions;
    SlaTarget responseNormal;
    SlaTarget responseHigh;
    SlaTarget onsiteAfterEscalation;
    SlaTarget nextStepsInternal;
    double atRiskFraction = 0.25;
    int discontinuationMinNoticeDays = 30;
    QString uptimeTargetPercent; // "99.9", a decimal string as in the file
    QJsonObject raw;             // the whole file, for parts other modules read (warranty, pricing)

    // Validates everything the calculations rely on; messages name the field.
    static Result<Policy> fromJson(const QJsonObject &document);
    // Reads and validates a policy file (JSON).
    static Result<Policy> load(const QString &path);
    // The policy compiled into the binary.
    static const Policy &builtIn();

    const RegionPolicy *region(const QString &code) const;
    // The region's calendar (shared, thread safe), or null for an unknown region.
    std::shared_ptr<const BusinessCalendar> calendar(const QString &code) const;

    QMap<QString, std::shared_ptr<const BusinessCalendar>> calendars; // built by fromJson
};

// The process-wide policy every module computes with. Starts as the file named
// by the FIELDBENCH_POLICY_FILE environment variable, if set and valid, else
// the built-in one. Thread safe; a replaced policy stays alive for readers that
// still hold it.
std::shared_ptr<const Policy> activePolicy();
void setActivePolicy(std::shared_ptr<const Policy> policy);
// Loads `path` and makes it active; on error the active policy is unchanged.
Status useOverrideFile(const QString &path);

// "Now" for SLA states. Real UTC time unless a test or the FIELDBENCH_NOW
// environment variable (an ISO-8601 time, for scripted checks) pins it.
QDateTime currentTime();
void setClock(std::function<QDateTime()> clock); // empty function: real time again

} // namespace fb::policy
