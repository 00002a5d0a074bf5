#include "gui/uptime/uptime_report.h"

#include "domain/policy/policy.h"
#include "storage/document_store.h"
#include "storage/sqlite_database.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::gui::Uptime", text);
}

} // namespace

UptimeSource loadUptimeSource(storage::Database &db)
{
    UptimeSource source;
    if (auto statement = db.prepare("SELECT serial FROM device_rows ORDER BY serial")) {
        for (;;) {
            auto row = statement->step();
            if (!row || !*row)
                break;
            source.serials << statement->text(0);
        }
    }
    storage::DocumentStore store(db);
    if (auto reports = store.allOfType(u"report"_s))
        source.reports = *reports;
    else
        source.error = reports.error().message;
    if (auto statement = db.prepare("SELECT value FROM meta WHERE key = ?1")) {
        statement->bind(1, QString::fromLatin1(policy::kUptimeExclusionsMetaKey));
        if (auto row = statement->step(); row && *row) {
            auto exclusions = policy::exclusionsFromJson(statement->bytes(0));
            if (exclusions)
                source.exclusions = *exclusions;
            else
                source.error = exclusions.error().message;
        }
    }
    return source;
}

Status saveExclusions(storage::Database &db, const QList<policy::UptimeExclusion> &exclusions)
{
    auto statement = db.prepare("INSERT INTO meta (key, value) VALUES (?1, ?2) "
                                "ON CONFLICT(key) DO UPDATE SET value = ?2");
    if (!statement)
        return statement.error();
    statement->bind(1, QString::fromLatin1(policy::kUptimeExclusionsMetaKey));
    statement->bind(2, policy::exclusionsToJson(exclusions));
    return statement->run();
}

QList<policy::MonthUptime> recentMonths(const UptimeSource &source, const QString &serial,
                                        int count, const QDateTime &now)
{
    const auto policy = policy::activePolicy();
    const QList<policy::DeviceEvent> events = policy::eventsFromReports(source.reports, serial);
    QList<policy::MonthUptime> months;
    const QDate current(now.toUTC().date().year(), now.toUTC().date().month(), 1);
    for (int i = count - 1; i >= 0; --i) {
        const QDate month = current.addMonths(-i);
        months.append(policy::monthUptime(events, source.exclusions, serial, month.year(),
                                          month.month(), *policy, now));
    }
    return months;
}

Status writeUptimePdf(const QString &path, const QString &serial,
                      const QList<policy::MonthUptime> &months,
                      const std::function<void(QPainter &, const QRectF &)> &drawChart)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setTitle(tr("Uptime report %1").arg(serial));
    writer.setCreator(u"Fieldbench"_s);
    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(
            ErrorKind::Data,
            tr("Cannot write the PDF %1; choose a folder you can write to.").arg(path));
    const QLocale locale;
    const QRectF page = painter.viewport();
    const double margin = 150;
    double y = margin;
    QFont title = painter.font();
    title.setPointSize(16);
    title.setBold(true);
    painter.setFont(title);
    painter.drawText(QPointF(margin, y + 60), tr("Uptime report for device %1").arg(serial));
    y += 120;
    QFont body = painter.font();
    body.setPointSize(10);
    body.setBold(false);
    painter.setFont(body);
    const auto policy = policy::activePolicy();
    painter.drawText(QPointF(margin, y + 40),
                     tr("Target: %1 % monthly availability; internet outages and force majeure "
                        "excluded.")
                         .arg(policy->uptimeTargetPercent));
    y += 80;
    const QRectF chartRect(margin, y, page.width() - 2 * margin, page.height() * 0.4);
    if (drawChart)
        drawChart(painter, chartRect);
    y = chartRect.bottom() + 80;
    const double lineHeight = 55;
    for (const policy::MonthUptime &month : months) {
        const QString line =
            tr("%1: %2 % available, %3 min down (%4 min excluded, %5 min allowed) — %6")
                .arg(locale.toString(QDate(month.year, month.month, 1), u"MMMM yyyy"_s))
                .arg(locale.toString(month.availabilityPercent, 'f', 3))
                .arg(locale.toString(double(month.downSeconds) / 60.0, 'f', 1))
                .arg(locale.toString(double(month.excludedSeconds) / 60.0, 'f', 1))
                .arg(locale.toString(double(month.allowedSeconds) / 60.0, 'f', 1))
                .arg(month.meetsTarget ? tr("target met") : tr("target missed"));
        painter.drawText(QPointF(margin, y), line);
        y += lineHeight;
    }
    if (!painter.end())
        return makeError(ErrorKind::Data, tr("Writing the PDF %1 failed.").arg(path));
    if (!QFile::exists(path))
        return makeError(ErrorKind::Data, tr("The PDF %1 was not created.").arg(path));
    return {};
}

} // namespace fb::gui
