#pragma once

// Monthly availability (service-policy.md §7) from a device's event log as
// found in `report` documents (`readings.events`, the `diag read` shape
// [{time, code, name, value}]). Downtime is the union of power outages
// (power_lost → power_restored) and network outages (network_down →
// network_up). Intervals the user marks as internet outages outside the
// vendor's control or force majeure are excluded, as the terms allow.
// Months are calendar months in UTC.

#include "domain/policy/policy.h"
#include "domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace fb::policy {

struct DeviceEvent
{
    QDateTime time;
    int code = 0;
    QString name;
    qint64 value = 0;
};

struct TimeInterval
{
    QDateTime start;
    QDateTime end;
    QString cause; // "power", "network", "power+network"; for exclusions their reason
    qint64 seconds() const { return start.secsTo(end); }
};

struct UptimeExclusion
{
    QString deviceSerial; // empty: every device
    QDateTime start;
    QDateTime end;
    QString reason; // "internet_outage" or "force_majeure"
    QString note;

    static Result<UptimeExclusion> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

// The workspace meta key that holds the exclusions as a JSON array.
inline constexpr char kUptimeExclusionsMetaKey[] = "uptime_exclusions";
Result<QList<UptimeExclusion>> exclusionsFromJson(const QByteArray &json);
QByteArray exclusionsToJson(const QList<UptimeExclusion> &exclusions);

// The device's events from its reports, deduplicated (consecutive reads of
// the same log overlap) and sorted by time. Malformed entries are skipped.
QList<DeviceEvent> eventsFromReports(const QList<QJsonObject> &reports, const QString &serial);

// Outage intervals up to `until` (an outage still open then ends there).
QList<TimeInterval> outages(const QList<DeviceEvent> &events, const QDateTime &until);

struct MonthUptime
{
    int year = 0;
    int month = 0;
    qint64 monthSeconds = 0;
    qint64 downSeconds = 0;     // counted downtime, exclusions removed
    qint64 excludedSeconds = 0; // downtime that the exclusions removed
    qint64 allowedSeconds = 0;  // (100 - target) % of the month
    double availabilityPercent = 100.0;
    double targetPercent = 99.9;
    bool meetsTarget = true;
    QList<TimeInterval> counted; // the outages that count, clipped to the month
};

// `now` clips outages still open (nothing in the future counts).
MonthUptime monthUptime(const QList<DeviceEvent> &events, const QList<UptimeExclusion> &exclusions,
                        const QString &serial, int year, int month, const Policy &policy,
                        const QDateTime &now);

} // namespace fb::policy
