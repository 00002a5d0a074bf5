#pragma once

// The ticket list over `ticket_rows`, smooth at 100,000 tickets: the worker
// returns only the ordered row ids for the filter (one covering-index range,
// schema v6; free text of 3+ characters through the trigram index, v8)
// together with the rows of the first page, which the view shows
// right after the reset; other pages of 200 are fetched when the view first
// asks for them. Every query carries a generation: a superseded query is
// interrupted in SQLite and its result dropped.

#include "storage/ticket_repository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QSet>
#include <QVector>

#include <atomic>
#include <memory>

namespace fb::gui {

class DatabaseWorker;
class GuiContext;

class TicketListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Priority,
        Status,
        Summary,
        Device,
        Received,
        NextDeadline,
        ColumnCount
    };
    enum Role
    {
        TicketIdRole = Qt::UserRole + 1, // "ticket:…"
        RowIdRole,
        StatusRole,   // wire name
        PriorityRole, // wire name
        SlaStateRole, // as stored: ok/on_track, at_risk, breached, met
    };
    static constexpr int kPageSize = 200;

    explicit TicketListModel(GuiContext &context, QObject *parent = nullptr);
    ~TicketListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // The widest texts `column` shows in the current language, for default
    // column widths (none for Summary, which takes the rest).
    static QStringList widestTexts(int column);

    storage::TicketFilter filter() const { return m_filter; }
    // Starts the query for `filter` and returns true; returns false (no query,
    // no queryFinished) when it is the filter already set.
    bool setFilter(const storage::TicketFilter &filter);
    static bool sameFilter(const storage::TicketFilter &a, const storage::TicketFilter &b);
    storage::TicketSort sortOrder() const { return m_sort; }

    // Re-runs the query (after local writes or sync); keeps rows on screen
    // until the new ids arrive.
    void refresh();
    // Re-reads the rows already shown (deadlines and SLA states move with time).
    void refreshRows();

    bool isLoading() const { return m_loading; }
    qint64 rowIdAt(int row) const;
    int rowOfRowId(qint64 rowId) const;
    // The loaded row at `row`, or null when its page has not arrived yet.
    const storage::TicketRow *rowAt(int row) const;
    QVector<qint64> rowIds() const { return m_ids; }

    static storage::TicketSortKey sortKeyForColumn(int column);

signals:
    // The ids of a query arrived and rowCount() is final for it.
    void queryFinished();
    void queryFailed(const QString &message);

private:
    void startQuery();
    void requestPage(int page);
    void applyIds(QVector<qint64> ids, QList<storage::TicketRow> firstPage);
    // Stores a page's rows; `notify` = false inside a model reset.
    void storeRows(int page, QList<storage::TicketRow> rows, bool notify);
    const QIcon &slaIconFor(const QString &state) const;

    GuiContext &m_context;
    DatabaseWorker *m_worker = nullptr;
    storage::TicketFilter m_filter;
    storage::TicketSort m_sort;
    quint64 m_generation = 0;
    // The newest generation, read by the worker to skip superseded queries.
    std::shared_ptr<std::atomic<quint64>> m_latest;
    bool m_loading = false;
    quint64 m_idsVersion = 0; // changes whenever m_ids does

    QVector<qint64> m_ids;
    QHash<qint64, storage::TicketRow> m_rows;
    // Pages whose rows are loaded (value: stale, to be re-read when shown).
    mutable QHash<int, bool> m_pages;
    mutable QSet<int> m_pendingPages;
    // One icon per SLA look: a fresh SVG icon per cell would parse and render
    // the file on every paint.
    mutable QHash<int, QIcon> m_slaIcons;
};

} // namespace fb::gui
