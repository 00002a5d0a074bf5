#include "domain/ticket_workflow.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace fb {

QList<TicketStatus> allowedTransitions(TicketStatus from)
{
    using S = TicketStatus;
    switch (from) {
    case S::New:
        return {S::RemoteTroubleshooting, S::Resolved};
    case S::RemoteTroubleshooting:
        return {S::EscalatedInternal, S::OnsiteScheduled, S::Resolved};
    case S::EscalatedInternal:
        return {S::OnsiteScheduled, S::Resolved};
    case S::OnsiteScheduled:
        return {S::Onsite, S::Resolved};
    case S::Onsite:
        return {S::Resolved};
    case S::Resolved:
        return {S::Closed, S::RemoteTroubleshooting};
    case S::Closed:
        return {};
    }
    return {};
}

bool isTransitionAllowed(TicketStatus from, TicketStatus to)
{
    return allowedTransitions(from).contains(to);
}

bool isReasonRequired(TicketStatus from, TicketStatus to)
{
    using S = TicketStatus;
    if (to == S::EscalatedInternal || to == S::OnsiteScheduled || to == S::Resolved
        || to == S::Closed)
        return true;
    return from == S::Resolved && to == S::RemoteTroubleshooting;
}

Status changeStatus(Ticket &ticket, const StatusChangeRequest &request)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("fb::TicketWorkflow", text);
    };
    if (ticket.status == request.to)
        return makeError(ErrorKind::Rule, tr("The ticket is already in status \"%1\".")
                                              .arg(displayName(request.to)));
    if (!isTransitionAllowed(ticket.status, request.to)) {
        QStringList allowed;
        for (TicketStatus next : allowedTransitions(ticket.status))
            allowed << toString(next);
        const QString options = allowed.isEmpty() ? tr("none: the ticket is closed")
                                                  : allowed.join(u", "_s);
        return makeError(ErrorKind::Rule,
                         tr("A ticket in status \"%1\" cannot move to \"%2\". Allowed next: %3.")
                             .arg(toString(ticket.status), toString(request.to), options));
    }
    if (isReasonRequired(ticket.status, request.to) && request.reason.trimmed().isEmpty())
        return makeError(ErrorKind::Rule,
                         tr("Moving a ticket to \"%1\" needs a reason.").arg(toString(request.to)));
    if (request.by.trimmed().isEmpty())
        return makeError(ErrorKind::Usage, tr("A status change must name who made it."));
    if (!request.at.isValid())
        return makeError(ErrorKind::Usage, tr("A status change needs a valid time."));

    StatusChange change;
    change.status = request.to;
    change.at = request.at.toUTC();
    change.by = request.by.trimmed();
    change.reason = request.reason.trimmed();
    ticket.statusHistory.append(change);
    ticket.status = request.to;
    ticket.touch(u"status"_s, change.at);
    return {};
}

Status addNote(Ticket &ticket, const QString &noteId, const QString &text, const QString &by,
               const QDateTime &at)
{
    if (text.trimmed().isEmpty())
        return makeError(ErrorKind::Usage,
                         QCoreApplication::translate("fb::TicketWorkflow", "A note cannot be empty."));
    if (ticket.status == TicketStatus::Closed)
        return makeError(ErrorKind::Rule,
                         QCoreApplication::translate(
                             "fb::TicketWorkflow",
                             "The ticket is closed; reopen is not possible from closed, so create a "
                             "new ticket instead."));
    TicketNote note;
    note.id = noteId;
    note.at = at.toUTC();
    note.by = by;
    note.text = text.trimmed();
    ticket.notes.append(note);
    ticket.touch(u"notes"_s, note.at);
    return {};
}

} // namespace fb
