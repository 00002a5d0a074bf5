#include "gui/tickets/ticket_list_model.h"

#include "domain/enums.h"
#include "gui/database_worker.h"
#include "gui/gui_context.h"
#include "gui/gui_log.h"
#include "gui/tickets/sla_display.h"

#include <QBrush>
#include <QIcon>

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {
namespace {

struct IdsResult
{
    bool skipped = false;
    QString error;
    QVector<qint64> ids;
    // Read in the same job: the view asks for it right after the reset, and
    // a second round trip through the worker would only delay the first paint.
    QList<storage::TicketRow> firstPage;
};

struct RowsResult
{
    bool skipped = false;
    QString error;
    QList<storage::TicketRow> rows;
};

QString statusText(const QString &wire)
{
    const auto status = ticketStatusFromString(wire);
    return status ? displayName(*status) : wire;
}

QString priorityText(const QString &wire)
{
    const auto priority = priorityFromString(wire);
    return priority ? displayName(*priority) : wire;
}

} // namespace

TicketListModel::TicketListModel(GuiContext &context, QObject *parent)
    : QAbstractTableModel(parent), m_context(context), m_worker(new DatabaseWorker(context, this)),
      m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    connect(m_worker, &DatabaseWorker::failed, this, [this](const QString &message) {
        m_loading = false;
        emit queryFailed(message);
    });
    m_loading = true; // until the first answer, also while it waits for the first frame
    context.afterFirstFrame(this, [this] { startQuery(); });
}

TicketListModel::~TicketListModel() = default;

int TicketListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int TicketListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

storage::TicketSortKey TicketListModel::sortKeyForColumn(int column)
{
    switch (column) {
    case Number:
        return storage::TicketSortKey::Number;
    case Priority:
        return storage::TicketSortKey::Priority;
    case Status:
        return storage::TicketSortKey::Status;
    case Summary:
        return storage::TicketSortKey::Summary;
    case Device:
        return storage::TicketSortKey::DeviceSerial;
    case NextDeadline:
        return storage::TicketSortKey::NextDue;
    case Received:
    default:
        return storage::TicketSortKey::ReceivedAt;
    }
}

QVariant TicketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Number");
    case Priority:
        return tr("Priority");
    case Status:
        return tr("Status");
    case Summary:
        return tr("Summary");
    case Device:
        return tr("Device");
    case Received:
        return tr("Received");
    case NextDeadline:
        return tr("Next deadline");
    default:
        return {};
    }
}

QStringList TicketListModel::widestTexts(int column)
{
    // A late evening at the end of a month: two-digit day, month and hour.
    const QString time = localTimeText(u"2026-12-28T22:58:00Z"_s);
    QStringList texts;
    switch (column) {
    case Number:
        return {u"T-0000000"_s};
    case Priority:
        for (fb::Priority priority : {fb::Priority::High, fb::Priority::Normal})
            texts << displayName(priority);
        return texts;
    case Status:
        for (const QString &wire : allTicketStatusNames())
            texts << statusText(wire);
        return texts;
    case Device:
        return {u"FBX0000000"_s};
    case Received:
        return {time};
    case NextDeadline:
        for (SlaLook look : {SlaLook::OnTrack, SlaLook::AtRisk, SlaLook::Breached, SlaLook::Met})
            texts << tr("%1 (%2)").arg(time, slaText(look));
        return texts;
    default:
        return {};
    }
}

qint64 TicketListModel::rowIdAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int TicketListModel::rowOfRowId(qint64 rowId) const
{
    return rowId == 0 ? -1 : static_cast<int>(m_ids.indexOf(rowId));
}

const storage::TicketRow *TicketListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    auto found = m_rows.constFind(m_ids.at(row));
    return found == m_rows.constEnd() ? nullptr : &found.value();
}

QVariant TicketListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int page = row / kPageSize;
    const auto pageState = m_pages.constFind(page);
    if (pageState == m_pages.constEnd() || pageState.value()) {
        // Not loaded yet (or stale): fetch it; stale rows stay shown meanwhile.
        const_cast<TicketListModel *>(this)->requestPage(page);
    }
    if (role == RowIdRole)
        return m_ids.at(row);
    const storage::TicketRow *ticket = rowAt(row);
    if (!ticket)
        return {};

    switch (role) {
    case TicketIdRole:
        return ticket->id;
    case StatusRole:
        return ticket->status;
    case PriorityRole:
        return ticket->priority;
    case SlaStateRole:
        return ticket->slaState;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Number:
            return ticket->number;
        case Priority:
            return priorityText(ticket->priority);
        case Status:
            return statusText(ticket->status);
        case Summary:
            return ticket->summary;
        case Device:
            return ticket->deviceSerial;
        case Received:
            return localTimeText(ticket->receivedAt);
        case NextDeadline: {
            const QString due = localTimeText(ticket->nextDue);
            const QString state = slaText(slaLookFromState(ticket->slaState));
            if (due.isEmpty())
                return state;
            return state.isEmpty() ? due : tr("%1 (%2)").arg(due, state);
        }
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == NextDeadline) {
            const QIcon &icon = slaIconFor(ticket->slaState);
            if (!icon.isNull())
                return icon;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == NextDeadline) {
            const QColor color = slaColor(slaLookFromState(ticket->slaState));
            if (color.isValid())
                return QBrush(color);
        }
        break;
    default:
        break;
    }
    return {};
}

void TicketListModel::sort(int column, Qt::SortOrder order)
{
    storage::TicketSort sort{sortKeyForColumn(column), order == Qt::DescendingOrder};
    if (sort.key == m_sort.key && sort.descending == m_sort.descending)
        return;
    m_sort = sort;
    startQuery();
}

const QIcon &TicketListModel::slaIconFor(const QString &state) const
{
    const int look = static_cast<int>(slaLookFromState(state));
    auto found = m_slaIcons.find(look);
    if (found == m_slaIcons.end())
        found = m_slaIcons.insert(look, slaIcon(static_cast<SlaLook>(look)));
    return found.value();
}

bool TicketListModel::sameFilter(const storage::TicketFilter &a, const storage::TicketFilter &b)
{
    return a.status == b.status && a.priority == b.priority && a.search == b.search;
}

bool TicketListModel::setFilter(const storage::TicketFilter &filter)
{
    // Nothing changes, so nothing is queried and queryFinished does not come:
    // callers that wait for it must look at the return value (the 30 s
    // "clear all filters" of the old benchmark was such a wait).
    if (sameFilter(filter, m_filter))
        return false;
    m_filter = filter;
    startQuery();
    return true;
}

void TicketListModel::refresh()
{
    startQuery();
}

void TicketListModel::refreshRows()
{
    if (m_ids.isEmpty())
        return;
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it)
        it.value() = true;
    // The view asks again for what it shows, which re-reads those pages only.
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void TicketListModel::startQuery()
{
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    m_loading = true;
    const storage::TicketFilter filter = m_filter;
    const storage::TicketSort sort = m_sort;
    auto latest = m_latest;
    m_worker->run<IdsResult>(
        [generation, filter, sort, latest](storage::Database &db) {
            IdsResult result;
            // A newer filter is already queued: its answer is the one shown.
            if (latest->load() != generation) {
                result.skipped = true;
                return result;
            }
            // Typing on while this runs stops it (SQLITE_INTERRUPT) instead of
            // letting the next filter wait for a result nobody will see.
            SupersededQueryGuard guard(db, latest, generation);
            // The list indexes of 100,000 tickets are tens of MB; with SQLite's
            // default 2 MB cache every query reads them from the OS again.
            // Pages are only taken as the queries touch them.
            if (fb::Status sized = db.exec("PRAGMA cache_size = -65536"); !sized)
                qCWarning(lcGui) << "ticket list cache:" << sized.error().message;
            storage::TicketRepository tickets(db);
            auto ids = tickets.listRowIds(filter, sort);
            if (guard.superseded()) {
                result.skipped = true;
                return result;
            }
            if (!ids) {
                result.error = ids.error().message;
                return result;
            }
            result.ids = std::move(ids).value();
            auto rows = tickets.rowsByRowId(result.ids.mid(0, kPageSize));
            if (rows)
                result.firstPage = std::move(rows).value();
            // Else the view asks for the page again and reports what went wrong.
            return result;
        },
        [this, generation](IdsResult result) {
            if (result.skipped || generation != m_generation)
                return;
            m_loading = false;
            if (!result.error.isEmpty()) {
                qCWarning(lcGui) << "ticket query:" << result.error;
                emit queryFailed(result.error);
                return;
            }
            applyIds(std::move(result.ids), std::move(result.firstPage));
        });
}

void TicketListModel::applyIds(QVector<qint64> ids, QList<storage::TicketRow> firstPage)
{
    if (ids == m_ids) {
        // Same rows in the same order (e.g. a note was added): re-read rows only;
        // the first page is fresh already.
        refreshRows();
        if (!firstPage.isEmpty())
            storeRows(0, std::move(firstPage), true);
        emit queryFinished();
        return;
    }
    beginResetModel();
    ++m_idsVersion;
    m_ids = std::move(ids);
    m_rows.clear();
    m_pages.clear();
    m_pendingPages.clear();
    if (!firstPage.isEmpty())
        storeRows(0, std::move(firstPage), false);
    endResetModel();
    emit queryFinished();
}

void TicketListModel::requestPage(int page)
{
    if (m_pendingPages.contains(page))
        return;
    const qsizetype first = qsizetype(page) * kPageSize;
    if (first >= m_ids.size())
        return;
    m_pendingPages.insert(page);
    const QVector<qint64> slice = m_ids.mid(first, kPageSize);
    const quint64 generation = m_generation;
    const quint64 idsVersion = m_idsVersion;
    auto latest = m_latest;
    m_worker->run<RowsResult>(
        [slice, generation, latest](storage::Database &db) {
            RowsResult result;
            if (latest->load() != generation) {
                result.skipped = true;
                return result;
            }
            storage::TicketRepository tickets(db);
            auto rows = tickets.rowsByRowId(slice);
            if (rows)
                result.rows = std::move(rows).value();
            else
                result.error = rows.error().message;
            return result;
        },
        [this, idsVersion, page](RowsResult result) {
            // Rows for ids that have been replaced since would land in the wrong place.
            if (idsVersion != m_idsVersion)
                return;
            m_pendingPages.remove(page);
            if (result.skipped)
                return;
            if (!result.error.isEmpty()) {
                qCWarning(lcGui) << "ticket rows:" << result.error;
                emit queryFailed(result.error);
                return;
            }
            storeRows(page, std::move(result.rows), true);
        });
}

void TicketListModel::storeRows(int page, QList<storage::TicketRow> rows, bool notify)
{
    for (storage::TicketRow &row : rows) {
        const qint64 rowId = row.rowId;
        m_rows.insert(rowId, std::move(row));
    }
    m_pages.insert(page, false);
    if (!notify)
        return;
    const int first = page * kPageSize;
    const int last = std::min<int>(first + kPageSize, static_cast<int>(m_ids.size())) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

} // namespace fb::gui
