#include "storage/ticket_repository.h"

#include "domain/time_format.h"
#include "storage/quote_repository.h"
#include "storage/sla_index.h"

#include <QCoreApplication>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace fb::storage {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::storage::Tickets", text);
}

const char *const kRowColumns =
    "rowid, doc_id, number, status, priority, summary, device_serial, received_at, "
    "response_due, next_due, sla_state, sla_kind, sla_start, sla_region";

TicketRow readRow(const Statement &statement)
{
    TicketRow row;
    row.rowId = statement.integer(0);
    row.id = statement.text(1);
    row.number = statement.text(2);
    row.status = statement.text(3);
    row.priority = statement.text(4);
    row.summary = statement.text(5);
    row.deviceSerial = statement.text(6);
    row.receivedAt = statement.text(7);
    row.responseDue = statement.text(8);
    row.nextDue = statement.text(9);
    row.slaState = statement.text(10);
    // The state of a pending deadline depends on now: computed here, not stored.
    row.slaState =
        liveSlaState(*policy::activePolicy(), row.priority, row.nextDue, statement.text(11),
                     statement.text(12), statement.text(13), row.slaState, policy::currentTime());
    return row;
}

QByteArray orderBy(TicketSort sort)
{
    QByteArray column;
    switch (sort.key) {
    case TicketSortKey::Number:
        column = "number";
        break;
    case TicketSortKey::Priority:
        column = "priority";
        break;
    case TicketSortKey::Status:
        column = "status";
        break;
    case TicketSortKey::Summary:
        column = "summary";
        break;
    case TicketSortKey::DeviceSerial:
        column = "device_serial";
        break;
    case TicketSortKey::ReceivedAt:
        column = "received_at";
        break;
    case TicketSortKey::NextDue:
        // Tickets without a pending deadline go last in either direction.
        column = "next_due IS NULL, next_due";
        break;
    }
    const QByteArray direction = sort.descending ? " DESC" : " ASC";
    return " ORDER BY " + column + direction + ", number" + direction;
}

// Builds the WHERE clause with numbered parameters; values are bound, never pasted.
QByteArray whereClause(const TicketFilter &filter)
{
    QByteArrayList conditions;
    if (!filter.status.isEmpty())
        conditions << "status = ?1";
    if (!filter.priority.isEmpty())
        conditions << "priority = ?2";
    if (!filter.search.trimmed().isEmpty())
        conditions << "search LIKE ?3 ESCAPE '\\'";
    return conditions.isEmpty() ? QByteArray() : " WHERE " + conditions.join(" AND ");
}

void bindFilter(Statement &statement, const TicketFilter &filter)
{
    if (!filter.status.isEmpty())
        statement.bind(1, filter.status);
    if (!filter.priority.isEmpty())
        statement.bind(2, filter.priority);
    if (!filter.search.trimmed().isEmpty()) {
        QString pattern = filter.search.trimmed().toLower();
        pattern.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
        statement.bind(3, u'%' + pattern + u'%');
    }
}

} // namespace

TicketRepository::TicketRepository(Database &db) : m_db(db), m_store(db) {}

Result<QList<TicketRow>> TicketRepository::list(const TicketFilter &filter, TicketSort sort,
                                                int limit)
{
    QByteArray sql = "SELECT " + QByteArray(kRowColumns) + " FROM ticket_rows" +
                     whereClause(filter) + orderBy(sort);
    if (limit >= 0)
        sql += " LIMIT " + QByteArray::number(limit);
    auto statement = m_db.prepare(sql.constData());
    if (!statement)
        return statement.error();
    bindFilter(*statement, filter);
    QList<TicketRow> rows;
    if (Status read = statement->forEachRow([&] { rows.append(readRow(*statement)); }); !read)
        return read.error();
    return rows;
}

Result<QVector<qint64>> TicketRepository::listRowIds(const TicketFilter &filter, TicketSort sort)
{
    const QByteArray sql = "SELECT rowid FROM ticket_rows" + whereClause(filter) + orderBy(sort);
    auto statement = m_db.prepare(sql.constData());
    if (!statement)
        return statement.error();
    bindFilter(*statement, filter);
    QVector<qint64> ids;
    if (Status read = statement->forEachRow([&] { ids.append(statement->integer(0)); }); !read)
        return read.error();
    return ids;
}

Result<QList<TicketRow>> TicketRepository::rowsByRowId(const QVector<qint64> &rowIds)
{
    auto statement = m_db.cached(
        "SELECT rowid, doc_id, number, status, priority, summary, device_serial, received_at, "
        "response_due, next_due, sla_state, sla_kind, sla_start, sla_region FROM ticket_rows "
        "WHERE rowid = ?1");
    if (!statement)
        return statement.error();
    QList<TicketRow> rows;
    rows.reserve(rowIds.size());
    for (qint64 rowId : rowIds) {
        (*statement)->reset();
        (*statement)->bind(1, rowId);
        auto row = (*statement)->step();
        if (!row)
            return row.error();
        if (*row)
            rows.append(readRow(**statement));
    }
    return rows;
}

Result<int> TicketRepository::count()
{
    auto value = m_db.scalar("SELECT count(*) FROM ticket_rows");
    if (!value)
        return value.error();
    return value->toInt();
}

Result<Ticket> TicketRepository::find(const QString &idOrNumber)
{
    QString id = idOrNumber.trimmed();
    if (!id.startsWith("ticket:"_L1)) {
        auto statement = m_db.cached("SELECT doc_id FROM ticket_rows WHERE number = ?1");
        if (!statement)
            return statement.error();
        (*statement)->bind(1, id);
        auto row = (*statement)->step();
        if (!row)
            return row.error();
        if (!*row)
            return makeError(ErrorKind::NotFound,
                             tr("No ticket %1 in this workspace.").arg(idOrNumber));
        id = (*statement)->text(0);
    }
    auto document = m_store.get(id);
    if (!document)
        return document.error();
    if (!document->has_value())
        return makeError(ErrorKind::NotFound,
                         tr("No ticket %1 in this workspace.").arg(idOrNumber));
    return Ticket::fromJson(**document);
}

Result<QString> TicketRepository::nextNumber()
{
    // Numbers are T-nnnnnn; the highest one in use decides the next.
    auto value = m_db.scalar(
        "SELECT max(CAST(substr(number, 3) AS INTEGER)) FROM ticket_rows WHERE number LIKE 'T-%'");
    if (!value)
        return value.error();
    const qint64 next = value->toLongLong() + 1;
    return u"T-%1"_s.arg(next, 6, 10, QChar(u'0'));
}

Result<Ticket> TicketRepository::create(const NewTicket &request)
{
    if (request.summary.trimmed().isEmpty())
        return makeError(ErrorKind::Usage, tr("A ticket needs a summary."));
    auto site = m_store.get(request.siteId);
    if (!site)
        return site.error();
    if (!site->has_value())
        return makeError(ErrorKind::NotFound,
                         tr("No site %1 in this workspace.").arg(request.siteId));
    auto device = m_store.get(u"device:"_s + request.deviceSerial);
    if (!device)
        return device.error();
    if (!device->has_value())
        return makeError(
            ErrorKind::NotFound,
            tr("No device with serial %1 in this workspace.").arg(request.deviceSerial));
    if ((**device).value("site_id"_L1).toString() != request.siteId)
        return makeError(
            ErrorKind::Usage,
            tr("Device %1 is not installed at site %2.").arg(request.deviceSerial, request.siteId));

    auto number = nextNumber();
    if (!number)
        return number.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Ticket ticket;
    ticket.number = *number;
    ticket.id = u"ticket:"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    ticket.siteId = request.siteId;
    ticket.customerId = (**site).value("customer_id"_L1).toString();
    ticket.deviceSerial = request.deviceSerial;
    ticket.priority = request.priority;
    ticket.channel = request.channel;
    ticket.summary = request.summary.trimmed();
    ticket.receivedAt = request.receivedAt.isValid() ? request.receivedAt.toUTC() : now;
    ticket.status = TicketStatus::New;
    ticket.statusHistory.append(
        {TicketStatus::New, ticket.receivedAt, request.by, tr("Created"), {}});
    for (const char *field : {"summary", "priority", "status", "channel"})
        ticket.touch(QString::fromLatin1(field), now);
    return save(ticket);
}

Result<Ticket> TicketRepository::save(const Ticket &ticket)
{
    auto stored = m_store.put(ticket.toJson());
    if (!stored)
        return stored.error();
    return Ticket::fromJson(*stored);
}

Result<Ticket> TicketRepository::changeStatus(const QString &idOrNumber,
                                              StatusChangeRequest request)
{
    auto ticket = find(idOrNumber);
    if (!ticket)
        return ticket.error();
    if (!request.at.isValid())
        request.at = QDateTime::currentDateTimeUtc();
    // Dispatch gate (service-policy.md §6): out of warranty needs an approved quote.
    if (request.to == TicketStatus::OnsiteScheduled &&
        ticket->status != TicketStatus::OnsiteScheduled) {
        if (Status gate = checkDispatchGate(m_db, *ticket, request.at.toUTC().date()); !gate)
            return gate.error();
    }
    if (Status changed = fb::changeStatus(*ticket, request); !changed)
        return changed.error();
    return save(*ticket);
}

Result<Ticket> TicketRepository::addNote(const QString &idOrNumber, const QString &text,
                                         const QString &by, const QDateTime &at)
{
    auto ticket = find(idOrNumber);
    if (!ticket)
        return ticket.error();
    const QDateTime when = at.isValid() ? at : QDateTime::currentDateTimeUtc();
    if (Status added = fb::addNote(*ticket, QUuid::createUuid().toString(QUuid::WithoutBraces),
                                   text, by, when);
        !added)
        return added.error();
    return save(*ticket);
}

Result<Ticket> TicketRepository::logWork(const QString &idOrNumber,
                                         commercial::WorkLogRequest request)
{
    auto ticket = find(idOrNumber);
    if (!ticket)
        return ticket.error();
    if (!request.at.isValid())
        request.at = QDateTime::currentDateTimeUtc();
    if (Status valid = commercial::validateWorkLog(*ticket, request); !valid)
        return valid.error();
    if (Status gate = checkWorkLogGate(m_db, *ticket, request); !gate)
        return gate.error();
    commercial::applyWorkLog(*ticket, request,
                             [] { return QUuid::createUuid().toString(QUuid::WithoutBraces); });
    return save(*ticket);
}

Result<QList<Ticket>> TicketRepository::ticketsForDevice(const QString &serial)
{
    auto statement = m_db.prepare(
        "SELECT doc_id FROM ticket_rows WHERE device_serial = ?1 ORDER BY received_at DESC");
    if (!statement)
        return statement.error();
    statement->bind(1, serial);
    QStringList ids;
    if (Status read = statement->forEachRow([&] { ids << statement->text(0); }); !read)
        return read.error();
    QList<Ticket> tickets;
    for (const QString &id : ids) {
        auto ticket = find(id);
        if (!ticket)
            return ticket.error();
        tickets.append(std::move(ticket).value());
    }
    return tickets;
}

} // namespace fb::storage
