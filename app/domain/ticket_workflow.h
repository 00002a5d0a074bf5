#pragma once

// The escalation path of service-policy.md §4:
// new → remote_troubleshooting → (escalated_internal) → onsite_scheduled →
// onsite → resolved → closed; resolve from any state before resolved; reopen a
// resolved ticket into remote_troubleshooting.

#include "domain/result.h"
#include "domain/ticket.h"

#include <QList>

namespace fb {

struct StatusChangeRequest
{
    TicketStatus to = TicketStatus::New;
    QString by;
    QString reason;
    QDateTime at;
};

QList<TicketStatus> allowedTransitions(TicketStatus from);
bool isTransitionAllowed(TicketStatus from, TicketStatus to);
// Escalations, resolving, reopening and closing must say why.
bool isReasonRequired(TicketStatus from, TicketStatus to);

// Applies the change and records who, when and why; refuses with a reason.
Status changeStatus(Ticket &ticket, const StatusChangeRequest &request);

// Appends a note; empty text is refused.
Status addNote(Ticket &ticket, const QString &noteId, const QString &text, const QString &by,
               const QDateTime &at);

} // namespace fb
