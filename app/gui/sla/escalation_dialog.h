#pragma once

// Asked when a ticket is escalated (service-policy.md §3–4). Internal
// escalation needs the next-steps timeline the customer will be given; both
// escalations show the deadline the move starts (next-steps update or onsite
// response), computed by the policy for the ticket's region.

#include "domain/enums.h"

#include <QDateTime>
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace fb::gui {

class EscalationDialog : public QDialog
{
    Q_OBJECT

public:
    // `due` invalid: the region is unknown, so no deadline can be shown.
    EscalationDialog(const QString &ticketNumber, TicketStatus target, const QDateTime &due,
                     const QString &timeZoneId, QWidget *parent = nullptr);

    QString timeline() const;
    // The status change's reason with the timeline appended, as recorded.
    QString combinedReason(const QString &reason) const;

private:
    void updateState();

    TicketStatus m_target;
    QLabel *m_deadline = nullptr;
    QPlainTextEdit *m_timeline = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace fb::gui
