#include "gui/sla/escalation_flow.h"

#include "domain/policy/business_calendar.h"
#include "domain/policy/sla.h"
#include "gui/gui_context.h"
#include "gui/sla/escalation_dialog.h"
#include "storage/workspace.h"

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {

void confirmEscalation(GuiContext &context, QWidget *parent, const Ticket &ticket,
                       StatusChangeRequest request,
                       std::function<void(const StatusChangeRequest &)> proceed)
{
    if (request.to != TicketStatus::EscalatedInternal &&
        request.to != TicketStatus::OnsiteScheduled) {
        proceed(request);
        return;
    }
    // One indexed row read on the GUI connection (the region stored with the row).
    QString region;
    if (storage::Workspace *workspace = context.workspace()) {
        if (auto statement =
                workspace->db().prepare("SELECT sla_region FROM ticket_rows WHERE doc_id = ?1")) {
            statement->bind(1, ticket.id);
            if (auto row = statement->step(); row && *row)
                region = statement->text(0);
        }
    }
    const auto policy = policy::activePolicy();
    const policy::DeadlineKind kind = request.to == TicketStatus::EscalatedInternal
                                          ? policy::DeadlineKind::NextSteps
                                          : policy::DeadlineKind::Onsite;
    const QDateTime from = request.at.isValid() ? request.at : QDateTime::currentDateTimeUtc();
    QDateTime due;
    QString zone;
    if (const auto calendar = policy->calendar(region)) {
        zone = calendar->region().timeZoneId;
        if (auto computed = policy::dueAfter(
                *policy, region, policy::targetFor(*policy, kind, ticket.priority), from))
            due = *computed;
    }
    auto *dialog = new EscalationDialog(ticket.number, request.to, due, zone, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, dialog, [dialog, request, proceed]() mutable {
        request.reason = dialog->combinedReason(request.reason);
        proceed(request);
    });
    dialog->open();
}

} // namespace fb::gui
