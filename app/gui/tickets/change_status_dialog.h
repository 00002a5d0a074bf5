#pragma once

// Picks the next status of a ticket: only the transitions the workflow
// allows from the current status are offered, and a reason is asked for
// where the workflow requires one.

#include "domain/enums.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace fb::gui {

class ChangeStatusDialog : public QDialog
{
    Q_OBJECT

public:
    ChangeStatusDialog(const QString &ticketNumber, TicketStatus current,
                       QWidget *parent = nullptr);

    TicketStatus current() const { return m_current; }
    TicketStatus target() const;
    QString reason() const;

private:
    void updateState();

    TicketStatus m_current;
    QComboBox *m_target = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace fb::gui
