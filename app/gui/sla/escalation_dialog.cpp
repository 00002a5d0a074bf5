#include "gui/sla/escalation_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {

EscalationDialog::EscalationDialog(const QString &ticketNumber, TicketStatus target,
                                   const QDateTime &due, const QString &timeZoneId, QWidget *parent)
    : QDialog(parent), m_target(target)
{
    setObjectName(u"escalationDialog"_s);
    const bool internal = target == TicketStatus::EscalatedInternal;
    setWindowTitle(internal ? tr("Escalate %1 internally").arg(ticketNumber)
                            : tr("Schedule onsite visit for %1").arg(ticketNumber));
    m_deadline = new QLabel(this);
    m_deadline->setObjectName(u"deadlineLabel"_s);
    m_deadline->setWordWrap(true);
    if (due.isValid()) {
        const QTimeZone zone(timeZoneId.toUtf8());
        const QString local = QLocale().toString(due.toTimeZone(zone), QLocale::LongFormat);
        m_deadline->setText(internal
                                ? tr("The first next-steps update is due by %1 (site time), "
                                     "then every business day until resolved.")
                                      .arg(local)
                                : tr("The onsite response is due by %1 (site time).").arg(local));
    } else {
        m_deadline->setText(
            tr("No deadline can be computed: the ticket's site has no known region."));
    }
    auto *prompt = new QLabel(internal ? tr("Next steps and timeline for the customer (required):")
                                       : tr("Visit plan (optional):"),
                              this);
    m_timeline = new QPlainTextEdit(this);
    m_timeline->setObjectName(u"timelineEdit"_s);
    m_timeline->setTabChangesFocus(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_timeline, &QPlainTextEdit::textChanged, this, &EscalationDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_deadline);
    layout->addWidget(prompt);
    layout->addWidget(m_timeline);
    layout->addWidget(m_buttons);
    updateState();
}

QString EscalationDialog::timeline() const
{
    return m_timeline->toPlainText().trimmed();
}

QString EscalationDialog::combinedReason(const QString &reason) const
{
    if (timeline().isEmpty())
        return reason;
    const QString label =
        m_target == TicketStatus::EscalatedInternal ? tr("Next steps: %1") : tr("Visit plan: %1");
    return reason.trimmed() + u"\n"_s + label.arg(timeline());
}

void EscalationDialog::updateState()
{
    const bool ok = m_target != TicketStatus::EscalatedInternal || !timeline().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace fb::gui
