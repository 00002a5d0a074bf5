#pragma once

// Tickets in the workspace: fast list queries over the indexed columns and
// whole-document reads and writes through the DocumentStore.

#include "domain/commercial/work_log.h"
#include "domain/result.h"
#include "domain/ticket.h"
#include "domain/ticket_workflow.h"
#include "storage/document_store.h"

#include <QList>
#include <QString>
#include <QVector>

namespace fb::storage {

struct TicketFilter
{
    QString status;   // wire name, empty = any
    QString priority; // wire name, empty = any
    QString search;   // free text over number, summary and device serial: a
                      // case-insensitive substring, every character literal
};

enum class TicketSortKey
{
    Number,
    Priority,
    Status,
    Summary,
    DeviceSerial,
    ReceivedAt,
    NextDue
};

struct TicketSort
{
    TicketSortKey key = TicketSortKey::ReceivedAt;
    bool descending = true;
};

struct TicketRow
{
    qint64 rowId = 0;
    QString id;
    QString number;
    QString status;
    QString priority;
    QString summary;
    QString deviceSerial;
    QString receivedAt;
    QString responseDue;
    QString nextDue;
    QString slaState;
};

struct NewTicket
{
    QString siteId;
    QString deviceSerial;
    Priority priority = Priority::Normal;
    Channel channel = Channel::Phone;
    QString summary;
    QDateTime receivedAt; // invalid = now
    QString by;
};

class TicketRepository
{
public:
    explicit TicketRepository(Database &db);

    Result<QList<TicketRow>> list(const TicketFilter &filter, TicketSort sort = {}, int limit = -1);
    // Only the row ids in order, for views that fetch rows lazily.
    Result<QVector<qint64>> listRowIds(const TicketFilter &filter, TicketSort sort);
    Result<QList<TicketRow>> rowsByRowId(const QVector<qint64> &rowIds);
    Result<int> count();

    // By `_id` ("ticket:…") or human number ("T-000123").
    Result<Ticket> find(const QString &idOrNumber);
    Result<Ticket> create(const NewTicket &ticket);
    Result<Ticket> save(const Ticket &ticket);
    Result<Ticket> changeStatus(const QString &idOrNumber, StatusChangeRequest request);
    Result<Ticket> addNote(const QString &idOrNumber, const QString &text, const QString &by,
                           const QDateTime &at);
    Result<QList<Ticket>> ticketsForDevice(const QString &serial);
    // Time entries and parts used (hq-sync.md), refused with the rule's
    // reason when the work is not authorised: out of warranty it needs an
    // approved quote, beyond the approved quotes an approved change order.
    Result<Ticket> logWork(const QString &idOrNumber, commercial::WorkLogRequest request);

private:
    Result<QString> nextNumber();
    // Row ids of the tickets whose search text holds `text` (3+ characters,
    // lower-cased), from the trigram index, in no particular order; at most
    // `limit` (-1 = all).
    Result<QVector<qint64>> searchMatches(const QString &text, int limit);
    // The filter's rows without its text in `sort` order, kept when in `matches`.
    Result<QVector<qint64>> listMatchingRowIds(const TicketFilter &filter, TicketSort sort,
                                               const QVector<qint64> &matches);

    Database &m_db;
    DocumentStore m_store;
};

} // namespace fb::storage
