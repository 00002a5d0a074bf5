#include "gui/tickets/tickets_page.h"
#include "gui/first_paint.h"

#include "domain/ticket_workflow.h"
#include "gui/column_width.h"
#include "gui/database_worker.h"
#include "gui/detail_splitter.h"
#include "gui/dialog_seam.h"
#include "gui/gui_context.h"
#include "gui/sla/contacts_panel.h"
#include "gui/sla/escalation_flow.h"
#include "gui/tickets/add_note_dialog.h"
#include "gui/tickets/change_status_dialog.h"
#include "gui/tickets/log_work_dialog.h"
#include "gui/tickets/new_ticket_dialog.h"
#include "gui/tickets/ticket_detail_view.h"
#include "gui/tickets/ticket_list_model.h"
#include "storage/asset_repository.h"
#include "storage/ticket_repository.h"
#include "storage/workspace.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {
namespace {

struct DetailResult
{
    std::optional<Ticket> ticket;
    QString error;
};

constexpr int kDebounceMs = 150;
constexpr int kDeadlineRefreshMs = 60 * 1000;

// Keyed by the number of columns (a saved layout of another column set
// would put widths on the wrong columns) and by the version of the default
// widths: the layout is saved at every exit, so without a new key the fixed
// widths of version 1, which clipped German statuses and dates, would stay.
QString columnsSettingsKey()
{
    return u"TicketsPage/columns%1v2"_s.arg(int(TicketListModel::ColumnCount));
}

// Details go beside the list (automatic placement) when there is room for
// the list's columns, this many characters of summary and this many of
// details.
constexpr int kSummaryChars = 30;
constexpr int kDetailsChars = 48;

} // namespace

TicketsPage::TicketsPage(GuiContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new TicketListModel(context, this)),
      m_worker(new DatabaseWorker(context, this))
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"ticketSearch"_s);
    m_search->setPlaceholderText(tr("Search number, summary or device…"));
    addClearButton(m_search);
    m_status = new QComboBox(this);
    m_status->setObjectName(u"statusFilter"_s);
    m_status->addItem(tr("All statuses"), QString());
    for (const QString &wire : allTicketStatusNames()) {
        const auto status = ticketStatusFromString(wire);
        m_status->addItem(status ? displayName(*status) : wire, wire);
    }
    m_priority = new QComboBox(this);
    m_priority->setObjectName(u"priorityFilter"_s);
    m_priority->addItem(tr("All priorities"), QString());
    for (Priority p : {Priority::High, Priority::Normal})
        m_priority->addItem(displayName(p), toString(p));
    m_count = new QLabel(this);
    m_count->setObjectName(u"ticketCount"_s);
    m_count->setTextFormat(Qt::PlainText);
    auto *newButton =
        new QPushButton(QIcon(u":/icons/page-tickets.svg"_s), tr("New ticket…"), this);
    newButton->setObjectName(u"newTicketButton"_s);
    connect(newButton, &QPushButton::clicked, this, &TicketsPage::newTicket);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_priority, 1);
    filters->addWidget(m_count);
    filters->addStretch(0);
    filters->addWidget(newButton);

    m_table = new QTableView(this);
    m_table->setObjectName(u"ticketTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights keep scrolling through 100,000 rows cheap.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    int fixedColumnsWidth = 0;
    for (int column = 0; column < TicketListModel::ColumnCount; ++column) {
        if (column == TicketListModel::Summary)
            continue;
        // The SLA icon goes before the deadline.
        const int icon =
            column == TicketListModel::NextDeadline
                ? style()->pixelMetric(QStyle::PM_SmallIconSize) + fontMetrics().averageCharWidth()
                : 0;
        const int width =
            columnWidthFor(m_table, column, TicketListModel::widestTexts(column), 0, icon);
        header->resizeSection(column, width);
        fixedColumnsWidth += width;
    }
    header->setSectionResizeMode(TicketListModel::Summary, QHeaderView::Stretch);
    header->setMinimumSectionSize(m_table->fontMetrics().averageCharWidth() * 4);
    // The column widths the user chose come back; the list still opens sorted
    // by date received, so the saved sort indicator is replaced.
    header->restoreState(QSettings().value(columnsSettingsKey()).toByteArray());
    header->setSortIndicator(TicketListModel::Received, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);

    m_detail = new TicketDetailView(this);
    connect(m_detail, &TicketDetailView::changeStatusRequested, this, &TicketsPage::changeStatus);
    connect(m_detail, &TicketDetailView::addNoteRequested, this, &TicketsPage::addNote);
    connect(m_detail, &TicketDetailView::logWorkRequested, this, &TicketsPage::logWork);

    m_splitter = new DetailSplitter(u"TicketsPage/splitter"_s, this);
    m_splitter->setObjectName(u"ticketSplitter"_s);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // Beside the list only when the list keeps its columns and a readable
    // summary next to details of a usable width.
    m_splitter->setBesideFromWidth(fixedColumnsWidth + fontMetrics().averageCharWidth() *
                                                           (kSummaryChars + kDetailsChars));
    connect(m_splitter, &DetailSplitter::placed, m_detail, &TicketDetailView::setWideLayout);
    m_splitter->applyPlacement();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);
    // Support contacts of the selected ticket's region (SLA module).
    auto *contacts = new ContactsPanel(context, this);
    layout->addWidget(contacts);
    connect(this, &TicketsPage::detailLoaded, contacts, [this, contacts] {
        if (m_detail->ticket())
            contacts->showTicket(*m_detail->ticket());
    });

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &TicketsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_status, &QComboBox::currentIndexChanged, this, &TicketsPage::applyFilter);
    connect(m_priority, &QComboBox::currentIndexChanged, this, &TicketsPage::applyFilter);

    connect(m_model, &TicketListModel::queryFinished, this, [this] {
        updateCount();
        restoreSelection();
    });
    connect(m_model, &TicketListModel::queryFailed, this, [this](const QString &message) {
        m_count->setText(tr("The ticket list could not be read: %1").arg(message));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentRowChanged(current.row()); });

    m_deadlineTimer = new QTimer(this);
    m_deadlineTimer->setInterval(kDeadlineRefreshMs);
    connect(m_deadlineTimer, &QTimer::timeout, m_model, &TicketListModel::refreshRows);
    m_deadlineTimer->start();

    connect(&m_context, &GuiContext::documentsChanged, this, &TicketsPage::onDocumentsChanged);
    connect(&m_context, &GuiContext::workspaceChanged, this, &TicketsPage::refresh);
    m_count->setText(tr("Loading…"));
}

// Saved once, when the page goes: resizing sends a signal per pixel.
TicketsPage::~TicketsPage()
{
    QSettings().setValue(columnsSettingsKey(), m_table->horizontalHeader()->saveState());
}

void TicketsPage::applyFilter()
{
    m_debounce->stop();
    storage::TicketFilter filter;
    filter.status = m_status->currentData().toString();
    filter.priority = m_priority->currentData().toString();
    filter.search = m_search->text().trimmed();
    m_model->setFilter(filter);
}

void TicketsPage::updateCount()
{
    const int rows = m_model->rowCount();
    m_count->setText(tr("%1 tickets", nullptr, rows).arg(QLocale().toString(rows)));
}

void TicketsPage::refresh()
{
    applyFilter();
    m_model->refresh();
    if (m_detail->ticket())
        loadDetail(0, m_detail->ticket()->id);
}

void TicketsPage::focusFilter()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void TicketsPage::onCurrentRowChanged(int row)
{
    const qint64 rowId = m_model->rowIdAt(row);
    if (rowId == 0 || rowId == m_selectedRowId)
        return;
    m_selectedRowId = rowId;
    loadDetail(rowId, QString());
}

void TicketsPage::restoreSelection()
{
    // Keep the same ticket selected across re-queries when it is still listed.
    const int row = m_model->rowOfRowId(m_selectedRowId);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
}

void TicketsPage::loadDetail(qint64 rowId, const QString &idOrNumber)
{
    const quint64 request = ++m_detailRequest;
    if (!m_detail->ticket())
        m_detail->showMessage(tr("Loading…"));
    m_worker->run<DetailResult>(
        [rowId, idOrNumber](storage::Database &db) {
            DetailResult result;
            storage::TicketRepository tickets(db);
            QString id = idOrNumber;
            if (id.isEmpty()) {
                auto rows = tickets.rowsByRowId({rowId});
                if (!rows) {
                    result.error = rows.error().message;
                    return result;
                }
                if (rows->isEmpty()) {
                    result.error = QCoreApplication::translate("fb::gui::TicketsPage",
                                                               "This ticket no longer exists.");
                    return result;
                }
                id = rows->first().id;
            }
            auto ticket = tickets.find(id);
            if (ticket)
                result.ticket = std::move(ticket).value();
            else
                result.error = ticket.error().message;
            return result;
        },
        [this, request](DetailResult result) {
            if (request != m_detailRequest)
                return; // the user has moved on to another ticket
            if (!result.ticket) {
                m_detail->showMessage(result.error);
                return;
            }
            m_detail->showTicket(*result.ticket);
            emit detailLoaded(result.ticket->id);
        });
}

void TicketsPage::showTicket(const QString &idOrNumber)
{
    m_selectedRowId = 0;
    m_table->clearSelection();
    loadDetail(0, idOrNumber);
}

void TicketsPage::onDocumentsChanged(const QStringList &ids)
{
    m_model->refresh();
    if (m_detail->ticket() && ids.contains(m_detail->ticket()->id))
        loadDetail(0, m_detail->ticket()->id);
}

bool TicketsPage::finishWrite(const Result<Ticket> &result, const QString &failureTitle)
{
    releaseReadSnapshot(m_context.workspace()->db());
    if (!result) {
        // The domain's own words: they say what rule refused the change.
        DialogSeam::warning(this, failureTitle, result.error().message);
        return false;
    }
    emit m_context.documentsChanged({result->id});
    return true;
}

void TicketsPage::newTicket()
{
    if (m_choicesPending || !m_context.workspace())
        return;
    m_choicesPending = true;
    m_worker->run<NewTicketChoices>(
        [](storage::Database &db) {
            NewTicketChoices choices;
            storage::AssetRepository assets(db);
            auto sites = assets.sites();
            if (!sites) {
                choices.error = sites.error().message;
                return choices;
            }
            choices.sites = std::move(sites).value();
            for (const storage::SiteRow &site : std::as_const(choices.sites)) {
                auto serials = assets.deviceSerialsAtSite(site.id);
                if (!serials) {
                    choices.error = serials.error().message;
                    return choices;
                }
                choices.serialsBySite.insert(site.id, *serials);
            }
            return choices;
        },
        [this](NewTicketChoices choices) {
            m_choicesPending = false;
            if (!choices.error.isEmpty()) {
                DialogSeam::warning(this, tr("New ticket"),
                                    tr("The sites could not be read: %1").arg(choices.error));
                return;
            }
            if (choices.sites.isEmpty()) {
                DialogSeam::information(this, tr("New ticket"),
                                        tr("This workspace has no sites yet. Sync with "
                                           "headquarters or create the demo workspace first."));
                return;
            }
            auto *dialog = new NewTicketDialog(choices, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this, dialog] {
                storage::NewTicket request = dialog->ticket();
                request.by = m_context.userName();
                storage::TicketRepository tickets(m_context.workspace()->db());
                const auto created = tickets.create(request);
                if (finishWrite(created, tr("Ticket not created")))
                    showTicket(created->id);
            });
            dialog->open();
        });
}

void TicketsPage::changeStatus()
{
    const std::optional<Ticket> &ticket = m_detail->ticket();
    if (!ticket || !m_context.workspace())
        return;
    auto *dialog = new ChangeStatusDialog(ticket->number, ticket->status, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = ticket->id;
    const Ticket current = *ticket;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, current] {
        StatusChangeRequest request;
        request.to = dialog->target();
        request.reason = dialog->reason();
        request.by = m_context.userName();
        request.at = QDateTime::currentDateTimeUtc();
        // Escalations first ask for the next-steps timeline / show the onsite deadline.
        confirmEscalation(
            m_context, this, current, request, [this, id](const StatusChangeRequest &confirmed) {
                storage::TicketRepository tickets(m_context.workspace()->db());
                finishWrite(tickets.changeStatus(id, confirmed), tr("Status not changed"));
            });
    });
    dialog->open();
}

void TicketsPage::addNote()
{
    const std::optional<Ticket> &ticket = m_detail->ticket();
    if (!ticket || !m_context.workspace())
        return;
    auto *dialog = new AddNoteDialog(ticket->number, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = ticket->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        storage::TicketRepository tickets(m_context.workspace()->db());
        finishWrite(tickets.addNote(id, dialog->text(), m_context.userName(),
                                    QDateTime::currentDateTimeUtc()),
                    tr("Note not added"));
    });
    dialog->open();
}

// The dialog checks the work against warranty and approved quotes in its
// worker and announces the write (documentsChanged), which reloads the detail.
void TicketsPage::logWork()
{
    const std::optional<Ticket> &ticket = m_detail->ticket();
    if (!ticket || !m_context.workspace())
        return;
    auto *dialog = new LogWorkDialog(m_context, *ticket, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace fb::gui
