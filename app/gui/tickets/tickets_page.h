#pragma once

// The Tickets page: the filterable ticket list (lazy, worker-fed) with the
// selected ticket's detail beside or below it, and the dialogs that change tickets. Writes are
// single small transactions on the GUI thread's workspace, followed by
// GuiContext::documentsChanged so every page refreshes.

#include "domain/ticket.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace fb::gui {

class DatabaseWorker;
class DetailSplitter;
class GuiContext;
class TicketDetailView;
class TicketListModel;

class TicketsPage : public QWidget
{
    Q_OBJECT

public:
    explicit TicketsPage(GuiContext &context, QWidget *parent = nullptr);
    ~TicketsPage() override;

    TicketListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *priorityFilter() const { return m_priority; }
    TicketDetailView *detailView() const { return m_detail; }

public slots:
    void refresh();
    void focusFilter();
    void newTicket();
    void changeStatus();
    void addNote();
    void logWork();
    // Shows the ticket ("ticket:…" or its number) in the detail pane.
    void showTicket(const QString &idOrNumber);

signals:
    // The detail pane shows a freshly loaded ticket (tests and other pages wait on it).
    void detailLoaded(const QString &ticketId);

private:
    void applyFilter();
    void updateCount();
    void onCurrentRowChanged(int row);
    void loadDetail(qint64 rowId, const QString &idOrNumber);
    void onDocumentsChanged(const QStringList &ids);
    void restoreSelection();
    // Runs a write's result through the domain message and the refresh signal.
    bool finishWrite(const Result<Ticket> &result, const QString &failureTitle);

    GuiContext &m_context;
    TicketListModel *m_model = nullptr;
    DatabaseWorker *m_worker = nullptr; // details and dialog choices
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_priority = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    DetailSplitter *m_splitter = nullptr;
    TicketDetailView *m_detail = nullptr;
    QTimer *m_debounce = nullptr;
    QTimer *m_deadlineTimer = nullptr;
    qint64 m_selectedRowId = 0;
    quint64 m_detailRequest = 0;
    bool m_choicesPending = false;
};

} // namespace fb::gui
