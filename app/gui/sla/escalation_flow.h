#pragma once

// The step the Tickets page's change-status flow runs before writing: for an
// escalation (internal or onsite) it opens the EscalationDialog, and only
// when that is accepted calls `proceed` with the reason completed. Any other
// change goes straight to `proceed`.

#include "domain/ticket.h"
#include "domain/ticket_workflow.h"

#include <functional>

class QWidget;

namespace fb::gui {

class GuiContext;

void confirmEscalation(GuiContext &context, QWidget *parent, const Ticket &ticket,
                       StatusChangeRequest request,
                       std::function<void(const StatusChangeRequest &)> proceed);

} // namespace fb::gui
