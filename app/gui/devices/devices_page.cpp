#include "gui/devices/devices_page.h"
#include "gui/first_paint.h"

#include "domain/time_format.h"
#include "gui/column_width.h"
#include "gui/database_worker.h"
#include "gui/detail_splitter.h"
#include "gui/devices/device_list_model.h"
#include "gui/gui_context.h"
#include "storage/asset_repository.h"
#include "storage/ticket_repository.h"

#include <QBoxLayout>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {
namespace {

struct ListResult
{
    QList<storage::DeviceRow> rows;
    QString error;
};

struct DetailResult
{
    std::optional<Device> device;
    QString siteText;
    QList<ServiceEvent> events;
    QList<Ticket> tickets;
    QString error;
};

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}

} // namespace

DevicesPage::DevicesPage(GuiContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_worker(new DatabaseWorker(context, this)),
      m_model(new DeviceListModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::DisplayRole);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"deviceSearch"_s);
    m_search->setPlaceholderText(tr("Search serial, site or customer…"));
    addClearButton(m_search);
    m_count = new QLabel(this);
    m_count->setTextFormat(Qt::PlainText);
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_count);

    m_table = new QTableView(this);
    m_table->setObjectName(u"deviceTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DeviceListModel::Serial, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    // Names (site, customer) get room for this many characters; longer ones
    // are elided, with the whole name in the tooltip.
    int columnsWidth = 0;
    for (int column = 0; column < DeviceListModel::ColumnCount; ++column) {
        const int chars = column == DeviceListModel::Site       ? 18
                          : column == DeviceListModel::Customer ? 22
                                                                : 0;
        const int width =
            columnWidthFor(m_table, column, DeviceListModel::widestTexts(column), chars);
        header->resizeSection(column, width);
        columnsWidth += width;
    }
    header->setSectionResizeMode(DeviceListModel::Customer, QHeaderView::Stretch);

    // Detail pane, scrollable because extensions may add tall widgets.
    auto *detail = new QWidget(this);
    m_facts = new QLabel(tr("Select a device to see its service history and tickets."), detail);
    m_facts->setObjectName(u"deviceFacts"_s);
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_services =
        makeTable({tr("Date"), tr("Ticket"), tr("Charged"), tr("Parts"), tr("Labour (h)")}, detail);
    m_services->setObjectName(u"serviceHistory"_s);
    m_tickets = makeTable({tr("Number"), tr("Status"), tr("Received"), tr("Summary")}, detail);
    m_tickets->setObjectName(u"deviceTickets"_s);
    m_tickets->setToolTip(tr("Double-click a ticket to open it on the Tickets page."));
    connect(m_tickets, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (QTableWidgetItem *item = m_tickets->item(row, 0))
            emit m_context.showTicket(item->data(Qt::UserRole).toString());
    });
    m_extensionsLayout = new QVBoxLayout;
    m_extensionsLayout->setObjectName(u"extensionsLayout"_s);

    // Stacked beside the list; side by side below it.
    auto *history = new QVBoxLayout;
    history->addWidget(m_facts);
    history->addWidget(new QLabel(tr("Service history"), detail));
    history->addWidget(m_services, 1);
    auto *tickets = new QVBoxLayout;
    tickets->addWidget(new QLabel(tr("Tickets"), detail));
    tickets->addWidget(m_tickets, 1);
    tickets->addLayout(m_extensionsLayout);
    m_detailSections = new QBoxLayout(QBoxLayout::TopToBottom, detail);
    m_detailSections->addLayout(history, 1);
    m_detailSections->addLayout(tickets, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *splitter = new DetailSplitter(u"DevicesPage/splitter"_s, this);
    splitter->setObjectName(u"deviceSplitter"_s);
    splitter->addWidget(m_table);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // Beside the list when its columns fit next to details of a usable width.
    splitter->setBesideFromWidth(columnsWidth + fontMetrics().averageCharWidth() * 48);
    connect(splitter, &DetailSplitter::placed, this, [this](bool below) {
        m_detailSections->setDirection(below ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    });
    splitter->applyPlacement();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &DevicesPage::loadList);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString serial = current.data(DeviceListModel::SerialRole).toString();
                if (!serial.isEmpty() && serial != m_currentSerial)
                    showDevice(serial);
            });
    connect(&m_context, &GuiContext::documentsChanged, this, &DevicesPage::refresh);
    connect(&m_context, &GuiContext::workspaceChanged, this, &DevicesPage::refresh);
    loadList();
}

DevicesPage::~DevicesPage() = default;

void DevicesPage::refresh()
{
    loadList();
    if (!m_currentSerial.isEmpty())
        loadDetail(m_currentSerial);
}

void DevicesPage::focusFilter()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void DevicesPage::loadList()
{
    m_debounce->stop();
    const quint64 request = ++m_listRequest;
    const QString search = m_search->text().trimmed();
    m_count->setText(tr("Loading…"));
    m_worker->run<ListResult>(
        [search](storage::Database &db) {
            ListResult result;
            storage::AssetRepository assets(db);
            auto rows = assets.devices(search);
            if (rows)
                result.rows = std::move(rows).value();
            else
                result.error = rows.error().message;
            return result;
        },
        [this, request](ListResult result) {
            if (request != m_listRequest)
                return;
            if (!result.error.isEmpty()) {
                m_count->setText(tr("The device list could not be read: %1").arg(result.error));
                return;
            }
            m_model->setRows(std::move(result.rows));
            m_count->setText(tr("%1 devices", nullptr, m_model->rowCount())
                                 .arg(QLocale().toString(m_model->rowCount())));
            const int row = m_model->rowOfSerial(m_currentSerial);
            if (row >= 0) {
                const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
                m_table->selectionModel()->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            }
            emit listLoaded();
        });
}

void DevicesPage::showDevice(const QString &serial)
{
    m_currentSerial = serial;
    loadDetail(serial);
}

void DevicesPage::loadDetail(const QString &serial)
{
    const quint64 request = ++m_detailRequest;
    m_worker->run<DetailResult>(
        [serial](storage::Database &db) {
            DetailResult result;
            storage::AssetRepository assets(db);
            auto device = assets.device(serial);
            if (!device) {
                result.error = device.error().message;
                return result;
            }
            result.device = *device;
            if (auto site = assets.site(device->siteId)) {
                result.siteText = site->name;
                if (auto customer = assets.customer(site->customerId))
                    result.siteText = QCoreApplication::translate("fb::gui::DevicesPage", "%1 — %2")
                                          .arg(customer->name, site->name);
            }
            auto events = assets.serviceEvents(serial);
            if (!events) {
                result.error = events.error().message;
                return result;
            }
            result.events = std::move(events).value();
            storage::TicketRepository tickets(db);
            auto forDevice = tickets.ticketsForDevice(serial);
            if (!forDevice) {
                result.error = forDevice.error().message;
                return result;
            }
            result.tickets = std::move(forDevice).value();
            return result;
        },
        [this, request](DetailResult result) {
            if (request != m_detailRequest)
                return;
            if (!result.device) {
                m_facts->setText(result.error);
                m_services->setRowCount(0);
                m_tickets->setRowCount(0);
                return;
            }
            const Device &device = *result.device;
            const QLocale locale;
            m_facts->setText(tr("%1 · %2\nSite: %3\nInstalled: %4 · Firmware: %5")
                                 .arg(device.serial, displayName(device.model), result.siteText,
                                      locale.toString(device.installDate, QLocale::ShortFormat),
                                      device.firmware));
            m_services->setRowCount(static_cast<int>(result.events.size()));
            for (int i = 0; i < result.events.size(); ++i) {
                const ServiceEvent &event = result.events.at(i);
                QStringList parts;
                for (const ServicePart &part : event.parts)
                    parts << tr("%1 × %2").arg(locale.toString(part.qty), part.partNumber);
                setRow(m_services, i,
                       {locale.toString(event.date, QLocale::ShortFormat), event.ticketId,
                        event.charged ? tr("yes") : tr("no"), parts.join(u", "_s),
                        locale.toString(event.labourHours, 'f', 1)});
            }
            m_tickets->setRowCount(static_cast<int>(result.tickets.size()));
            for (int i = 0; i < result.tickets.size(); ++i) {
                const Ticket &ticket = result.tickets.at(i);
                setRow(m_tickets, i,
                       {ticket.number, displayName(ticket.status),
                        locale.toString(ticket.receivedAt.toLocalTime(), QLocale::ShortFormat),
                        ticket.summary});
                m_tickets->item(i, 0)->setData(Qt::UserRole, ticket.id);
            }
            m_services->resizeColumnsToContents();
            m_tickets->resizeColumnsToContents();
            emit deviceShown(device);
        });
}

} // namespace fb::gui
