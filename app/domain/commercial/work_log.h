#pragma once

// Logging work on a ticket (hq-sync.md `ticket.time_entries`, `parts_used`)
// under the quote rules of service-policy.md §6: out-of-warranty work needs an
// approved quote, and work beyond the approved quotes needs an approved
// change order before it is logged. Pure functions; storage loads the inputs.

#include "domain/commercial/decimal.h"
#include "domain/commercial/quote.h"
#include "domain/commercial/warranty.h"
#include "domain/result.h"
#include "domain/ticket.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace fb::commercial {

struct WorkLogRequest
{
    QList<TimeEntry> timeEntries; // kind, start, end (UTC); id and by are filled in
    QList<PartUsed> parts;        // part_number, qty; id is filled in
    QString by;                   // who logs the work
    QDateTime at;                 // when it is logged (changed[…]); invalid = now
};

// A time entry spans at most this long; longer work is several entries.
constexpr qint64 kMaxTimeEntrySeconds = 24 * 3600;
constexpr int kMaxPartQty = 999;

// Hours of `kind` ("labour"/"travel") logged on the ticket, plus `extraSeconds`,
// rounded half away from zero to 0.01 h (the total is rounded once, so many
// short entries do not add up rounding errors).
Decimal loggedHours(const Ticket &ticket, const QString &kind, qint64 extraSeconds = 0);
// Pieces of `partNumber` already fitted on the ticket.
int loggedParts(const Ticket &ticket, const QString &partNumber);

// Shape checks that need no workspace: kinds, times (after the ticket was
// received, not in the future, at most 24 h), quantities, an open ticket.
Status validateWorkLog(const Ticket &ticket, const WorkLogRequest &request);

// checkWorkAuthorized for every entry and part of the request, counting what
// the ticket already has and the request's earlier entries. Time entries are
// judged on the warranty at their start date, parts on the date logged.
Status checkWorkLogAuthorized(const WarrantyEngine &warranty, const Ticket &ticket,
                              const QList<Quote> &ticketQuotes, const WorkLogRequest &request);

// Appends the entries and parts (ids from `newId`) and records
// changed.time_entries / changed.parts_used. Call validateWorkLog first.
void applyWorkLog(Ticket &ticket, const WorkLogRequest &request,
                  const std::function<QString()> &newId);

} // namespace fb::commercial
