#include "domain/policy/uptime.h"

#include "domain/time_format.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fb::policy {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::policy::Uptime", text);
}

// Merges overlapping intervals; input in any order.
QList<TimeInterval> unite(QList<TimeInterval> intervals)
{
    std::sort(intervals.begin(), intervals.end(),
              [](const TimeInterval &a, const TimeInterval &b) { return a.start < b.start; });
    QList<TimeInterval> merged;
    for (const TimeInterval &interval : intervals) {
        if (interval.end <= interval.start)
            continue;
        if (!merged.isEmpty() && interval.start <= merged.last().end) {
            TimeInterval &last = merged.last();
            if (interval.end > last.end)
                last.end = interval.end;
            if (!last.cause.contains(interval.cause))
                last.cause += u'+' + interval.cause;
        } else {
            merged.append(interval);
        }
    }
    return merged;
}

// `intervals` minus `cuts`; both lists merged and sorted.
QList<TimeInterval> subtract(const QList<TimeInterval> &intervals, const QList<TimeInterval> &cuts)
{
    QList<TimeInterval> result;
    for (TimeInterval piece : intervals) {
        for (const TimeInterval &cut : cuts) {
            if (cut.end <= piece.start || cut.start >= piece.end)
                continue;
            if (cut.start > piece.start)
                result.append({piece.start, cut.start, piece.cause});
            piece.start = cut.end;
            if (piece.start >= piece.end)
                break;
        }
        if (piece.start < piece.end)
            result.append(piece);
    }
    return result;
}

qint64 total(const QList<TimeInterval> &intervals)
{
    qint64 sum = 0;
    for (const TimeInterval &interval : intervals)
        sum += interval.seconds();
    return sum;
}

} // namespace

Result<UptimeExclusion> UptimeExclusion::fromJson(const QJsonObject &object)
{
    UptimeExclusion exclusion;
    exclusion.deviceSerial = object.value("device_serial"_L1).toString();
    const auto start = parseIsoTime(object.value("start"_L1).toString());
    const auto end = parseIsoTime(object.value("end"_L1).toString());
    if (!start || !end || *end <= *start)
        return makeError(ErrorKind::Data, tr("An uptime exclusion needs a start and a later end, "
                                             "as ISO-8601 UTC times."));
    exclusion.start = *start;
    exclusion.end = *end;
    exclusion.reason = object.value("reason"_L1).toString();
    if (exclusion.reason != "internet_outage"_L1 && exclusion.reason != "force_majeure"_L1)
        return makeError(ErrorKind::Data, tr("An uptime exclusion's reason must be internet_outage "
                                             "or force_majeure, not \"%1\".")
                                              .arg(exclusion.reason));
    exclusion.note = object.value("note"_L1).toString();
    return exclusion;
}

QJsonObject UptimeExclusion::toJson() const
{
    return {{"device_serial"_L1, deviceSerial},
            {"start"_L1, toIsoUtc(start)},
            {"end"_L1, toIsoUtc(end)},
            {"reason"_L1, reason},
            {"note"_L1, note}};
}

Result<QList<UptimeExclusion>> exclusionsFromJson(const QByteArray &json)
{
    QList<UptimeExclusion> result;
    if (json.trimmed().isEmpty())
        return result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return makeError(ErrorKind::Data, tr("The stored uptime exclusions are not a JSON array "
                                             "(%1); re-enter them.")
                                              .arg(error.errorString()));
    for (const QJsonValue &value : document.array()) {
        auto exclusion = UptimeExclusion::fromJson(value.toObject());
        if (!exclusion)
            return exclusion.error();
        result.append(*exclusion);
    }
    return result;
}

QByteArray exclusionsToJson(const QList<UptimeExclusion> &exclusions)
{
    QJsonArray array;
    for (const UptimeExclusion &exclusion : exclusions)
        array.append(exclusion.toJson());
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<DeviceEvent> eventsFromReports(const QList<QJsonObject> &reports, const QString &serial)
{
    QList<DeviceEvent> events;
    QSet<QString> seen;
    for (const QJsonObject &report : reports) {
        if (report.value("device_serial"_L1).toString() != serial)
            continue;
        const QJsonArray array =
            report.value("readings"_L1).toObject().value("events"_L1).toArray();
        for (const QJsonValue &value : array) {
            const QJsonObject object = value.toObject();
            const auto time = parseIsoTime(object.value("time"_L1).toString());
            const QString name = object.value("name"_L1).toString();
            if (!time || name.isEmpty())
                continue;
            const QString key = toIsoUtc(*time) + u'|' + name;
            if (seen.contains(key))
                continue;
            seen.insert(key);
            events.append({*time, object.value("code"_L1).toInt(), name,
                           qint64(object.value("value"_L1).toDouble())});
        }
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const DeviceEvent &a, const DeviceEvent &b) { return a.time < b.time; });
    return events;
}

QList<TimeInterval> outages(const QList<DeviceEvent> &events, const QDateTime &until)
{
    QList<TimeInterval> intervals;
    QDateTime powerDown;
    QDateTime networkDown;
    for (const DeviceEvent &event : events) {
        if (event.time > until)
            break;
        // A repeated "lost" keeps the first start; a "restored" without a
        // "lost" (log wrapped) is ignored rather than guessed.
        if (event.name == "power_lost"_L1 && !powerDown.isValid()) {
            powerDown = event.time;
        } else if (event.name == "power_restored"_L1 && powerDown.isValid()) {
            intervals.append({powerDown, event.time, u"power"_s});
            powerDown = {};
        } else if (event.name == "network_down"_L1 && !networkDown.isValid()) {
            networkDown = event.time;
        } else if (event.name == "network_up"_L1 && networkDown.isValid()) {
            intervals.append({networkDown, event.time, u"network"_s});
            networkDown = {};
        }
    }
    if (powerDown.isValid())
        intervals.append({powerDown, until, u"power"_s});
    if (networkDown.isValid())
        intervals.append({networkDown, until, u"network"_s});
    return unite(intervals);
}

MonthUptime monthUptime(const QList<DeviceEvent> &events, const QList<UptimeExclusion> &exclusions,
                        const QString &serial, int year, int month, const Policy &policy,
                        const QDateTime &now)
{
    MonthUptime result;
    result.year = year;
    result.month = month;
    const QDateTime monthStart(QDate(year, month, 1), QTime(0, 0), Qt::UTC);
    const QDateTime monthEnd = monthStart.addMonths(1);
    result.monthSeconds = monthStart.secsTo(monthEnd);
    result.targetPercent = policy.uptimeTargetPercent.toDouble();
    // Rounded to whole seconds: 0.1 % of a 30-day month is exactly 2592 s (43.2 min).
    result.allowedSeconds =
        qRound64(double(result.monthSeconds) * (100.0 - result.targetPercent) / 100.0);

    const QDateTime until = qMin(monthEnd, now.toUTC());
    QList<TimeInterval> inMonth;
    for (TimeInterval interval : outages(events, until)) {
        interval.start = qMax(interval.start, monthStart);
        interval.end = qMin(interval.end, monthEnd);
        if (interval.start < interval.end)
            inMonth.append(interval);
    }
    QList<TimeInterval> cuts;
    for (const UptimeExclusion &exclusion : exclusions) {
        if (exclusion.deviceSerial.isEmpty() || exclusion.deviceSerial == serial)
            cuts.append({exclusion.start, exclusion.end, exclusion.reason});
    }
    cuts = unite(cuts);
    result.counted = subtract(inMonth, cuts);
    const qint64 down = total(inMonth);
    result.downSeconds = total(result.counted);
    result.excludedSeconds = down - result.downSeconds;
    result.availabilityPercent =
        100.0 * double(result.monthSeconds - result.downSeconds) / double(result.monthSeconds);
    result.meetsTarget = result.downSeconds <= result.allowedSeconds;
    return result;
}

} // namespace fb::policy
