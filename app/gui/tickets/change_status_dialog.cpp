#include "gui/tickets/change_status_dialog.h"

#include "domain/ticket_workflow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {

ChangeStatusDialog::ChangeStatusDialog(const QString &ticketNumber, TicketStatus current,
                                       QWidget *parent)
    : QDialog(parent), m_current(current)
{
    setWindowTitle(tr("Change status of %1").arg(ticketNumber));
    setObjectName(u"changeStatusDialog"_s);

    auto *currentLabel = new QLabel(displayName(current), this);
    currentLabel->setTextFormat(Qt::PlainText);
    m_target = new QComboBox(this);
    m_target->setObjectName(u"targetStatus"_s);
    for (TicketStatus next : allowedTransitions(current))
        m_target->addItem(displayName(next), toString(next));
    m_reasonLabel = new QLabel(this);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(u"reason"_s);
    m_reason->setTabChangesFocus(true);
    m_reason->setMinimumHeight(70);

    auto *form = new QFormLayout;
    form->addRow(tr("Current status:"), currentLabel);
    form->addRow(tr("New status:"), m_target);
    form->addRow(m_reasonLabel, m_reason);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Change status"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    if (m_target->count() == 0) {
        auto *none = new QLabel(
            tr("No further status is possible from %1.").arg(displayName(current)), this);
        none->setTextFormat(Qt::PlainText);
        layout->addWidget(none);
    }
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_target, &QComboBox::currentIndexChanged, this, &ChangeStatusDialog::updateState);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ChangeStatusDialog::updateState);
    updateState();
    resize(420, sizeHint().height());
}

TicketStatus ChangeStatusDialog::target() const
{
    return ticketStatusFromString(m_target->currentData().toString()).value_or(m_current);
}

QString ChangeStatusDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void ChangeStatusDialog::updateState()
{
    const bool hasTarget = m_target->count() > 0;
    const bool required = hasTarget && isReasonRequired(m_current, target());
    m_reasonLabel->setText(required ? tr("Reason (required):") : tr("Reason:"));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(hasTarget && (!required || !reason().isEmpty()));
}

} // namespace fb::gui
