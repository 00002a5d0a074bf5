#pragma once

// The data behind the uptime report (service-policy.md §7) and its PDF.
// Exclusions (internet outages, force majeure) are kept in the workspace's
// meta table under policy::kUptimeExclusionsMetaKey as a JSON array: they are
// the technician's local annotations, not HQ documents, so they never sync.

#include "domain/policy/uptime.h"
#include "domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QPainter;

namespace fb::storage {
class Database;
}

namespace fb::gui {

struct UptimeSource
{
    QStringList serials; // every device in the workspace
    QList<QJsonObject> reports;
    QList<policy::UptimeExclusion> exclusions;
    QString error; // why exclusions or reports could not be read
};

// Reads devices, `report` documents and exclusions (runs in a worker).
UptimeSource loadUptimeSource(storage::Database &db);
Status saveExclusions(storage::Database &db, const QList<policy::UptimeExclusion> &exclusions);

// The last `count` calendar months (UTC) up to the one holding `now`, oldest first.
QList<policy::MonthUptime> recentMonths(const UptimeSource &source, const QString &serial,
                                        int count, const QDateTime &now);

// Writes the report: a title, the chart drawn by `drawChart` into the given
// rectangle, and one line per month. Fails with a message naming the file.
Status writeUptimePdf(const QString &path, const QString &serial,
                      const QList<policy::MonthUptime> &months,
                      const std::function<void(QPainter &, const QRectF &)> &drawChart);

} // namespace fb::gui
