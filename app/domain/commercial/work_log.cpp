#include "domain/commercial/work_log.h"

#include "domain/commercial/quote_rules.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace fb::commercial {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::commercial::WorkLog", text);
}

qint64 entrySeconds(const TimeEntry &entry)
{
    return entry.start.secsTo(entry.end);
}

Decimal hoursOf(qint64 seconds)
{
    // Micro-hours, rounded to the nearest, then to the cent of an hour.
    const qint64 micros = (seconds * Decimal::kUnit + 1800) / 3600;
    return Decimal::fromMicros(micros).roundedToCents();
}

std::optional<QuoteLineKind> lineKindOf(const QString &timeKind)
{
    if (timeKind == "labour"_L1)
        return QuoteLineKind::Labour;
    if (timeKind == "travel"_L1)
        return QuoteLineKind::Travel;
    return std::nullopt;
}

} // namespace

Decimal loggedHours(const Ticket &ticket, const QString &kind, qint64 extraSeconds)
{
    qint64 seconds = extraSeconds;
    for (const TimeEntry &entry : ticket.timeEntries) {
        if (entry.kind == kind && entry.start.isValid() && entry.end > entry.start)
            seconds += entrySeconds(entry);
    }
    return hoursOf(seconds);
}

int loggedParts(const Ticket &ticket, const QString &partNumber)
{
    int qty = 0;
    for (const PartUsed &part : ticket.partsUsed) {
        if (part.partNumber == partNumber)
            qty += part.qty;
    }
    return qty;
}

Status validateWorkLog(const Ticket &ticket, const WorkLogRequest &request)
{
    if (ticket.status == TicketStatus::Closed)
        return makeError(ErrorKind::Rule, tr("Ticket %1 is closed: work can no longer be logged "
                                             "on it. Create a new ticket for further work.")
                                              .arg(ticket.number));
    if (request.timeEntries.isEmpty() && request.parts.isEmpty())
        return makeError(ErrorKind::Usage, tr("Nothing to log: add a time entry or a part used."));
    const QDateTime now = request.at.isValid() ? request.at : QDateTime::currentDateTimeUtc();
    for (const TimeEntry &entry : request.timeEntries) {
        if (!lineKindOf(entry.kind))
            return makeError(ErrorKind::Usage,
                             tr("A time entry is labour or travel, not \"%1\".").arg(entry.kind));
        if (!entry.start.isValid() || !entry.end.isValid() || entry.end <= entry.start)
            return makeError(ErrorKind::Usage, tr("A time entry must end after it starts."));
        if (entrySeconds(entry) > kMaxTimeEntrySeconds)
            return makeError(ErrorKind::Usage,
                             tr("A time entry can span at most 24 hours; log longer work as "
                                "several entries."));
        // A few minutes of clock skew between laptop and HQ are tolerated.
        if (entry.end > now.addSecs(5 * 60))
            return makeError(ErrorKind::Usage, tr("A time entry cannot end in the future (%1).")
                                                   .arg(QLocale().toString(entry.end.toLocalTime(),
                                                                           QLocale::ShortFormat)));
        if (ticket.receivedAt.isValid() && entry.start < ticket.receivedAt)
            return makeError(
                ErrorKind::Usage,
                tr("Work cannot start before ticket %1 was received (%2).")
                    .arg(ticket.number, QLocale().toString(ticket.receivedAt.toLocalTime(),
                                                           QLocale::ShortFormat)));
    }
    for (const PartUsed &part : request.parts) {
        if (part.partNumber.trimmed().isEmpty())
            return makeError(ErrorKind::Usage, tr("A part used needs its part number."));
        if (part.qty < 1 || part.qty > kMaxPartQty)
            return makeError(ErrorKind::Usage,
                             tr("The quantity of part %1 must be between 1 and %2.")
                                 .arg(part.partNumber)
                                 .arg(kMaxPartQty));
    }
    return {};
}

Status checkWorkLogAuthorized(const WarrantyEngine &warranty, const Ticket &ticket,
                              const QList<Quote> &ticketQuotes, const WorkLogRequest &request)
{
    // Seconds of each kind added by earlier entries of this request.
    QHash<QString, qint64> pendingSeconds;
    for (const TimeEntry &entry : request.timeEntries) {
        const auto kind = lineKindOf(entry.kind);
        if (!kind)
            return makeError(ErrorKind::Usage,
                             tr("A time entry is labour or travel, not \"%1\".").arg(entry.kind));
        const Decimal before = loggedHours(ticket, entry.kind, pendingSeconds.value(entry.kind));
        pendingSeconds[entry.kind] += entrySeconds(entry);
        const Decimal after = loggedHours(ticket, entry.kind, pendingSeconds.value(entry.kind));
        if (Status ok = checkWorkAuthorized(warranty, entry.start.toUTC().date(), ticketQuotes,
                                            *kind, {}, before, after - before);
            !ok)
            return ok;
    }
    const QDate partsDate =
        (request.at.isValid() ? request.at : QDateTime::currentDateTimeUtc()).toUTC().date();
    QHash<QString, int> pendingParts;
    for (const PartUsed &part : request.parts) {
        const int before =
            loggedParts(ticket, part.partNumber) + pendingParts.value(part.partNumber);
        pendingParts[part.partNumber] += part.qty;
        if (Status ok = checkWorkAuthorized(warranty, partsDate, ticketQuotes, QuoteLineKind::Part,
                                            part.partNumber, Decimal::fromInt(before),
                                            Decimal::fromInt(part.qty));
            !ok)
            return ok;
    }
    return {};
}

void applyWorkLog(Ticket &ticket, const WorkLogRequest &request,
                  const std::function<QString()> &newId)
{
    const QDateTime at =
        (request.at.isValid() ? request.at : QDateTime::currentDateTimeUtc()).toUTC();
    for (TimeEntry entry : request.timeEntries) {
        entry.id = newId();
        entry.start = entry.start.toUTC();
        entry.end = entry.end.toUTC();
        entry.by = request.by;
        ticket.timeEntries.append(entry);
    }
    for (PartUsed part : request.parts) {
        part.id = newId();
        part.partNumber = part.partNumber.trimmed();
        ticket.partsUsed.append(part);
    }
    if (!request.timeEntries.isEmpty())
        ticket.touch(u"time_entries"_s, at);
    if (!request.parts.isEmpty())
        ticket.touch(u"parts_used"_s, at);
}

} // namespace fb::commercial
