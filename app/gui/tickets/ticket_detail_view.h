#pragma once

// The selected ticket: header, status history, notes and logged work
// (time entries, parts used), all plain text
// (ticket text may come from HQ or customers and is never read as HTML).

#include "domain/ticket.h"

#include <QWidget>

#include <optional>

class QBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace fb::gui {

class TicketDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit TicketDetailView(QWidget *parent = nullptr);

    void showTicket(const Ticket &ticket);
    void showMessage(const QString &text); // nothing selected, loading, or an error
    const std::optional<Ticket> &ticket() const { return m_ticket; }
    // Wide (below the list): history, work and notes side by side; else stacked.
    void setWideLayout(bool wide);
    bool isWideLayout() const;

    QPushButton *changeStatusButton() const { return m_changeStatus; }
    QPushButton *addNoteButton() const { return m_addNote; }
    // Shown only when something handles logWorkRequested (the page opens LogWorkDialog).
    QPushButton *logWorkButton() const { return m_logWork; }
    QTableWidget *workTable() const { return m_work; }

signals:
    void changeStatusRequested();
    void addNoteRequested();
    void logWorkRequested();

private:
    void showWork(const Ticket &ticket);

    std::optional<Ticket> m_ticket;
    QLabel *m_title = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_body = nullptr;
    QTableWidget *m_history = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_changeStatus = nullptr;
    QPushButton *m_addNote = nullptr;
    QPushButton *m_logWork = nullptr;
    QTableWidget *m_work = nullptr; // time entries and parts used
    QBoxLayout *m_sections = nullptr;
};

} // namespace fb::gui
