#include "storage/ticket_repository.h"

#include "domain/time_format.h"
#include "storage/quote_repository.h"
#include "storage/search_text.h"
#include "storage/sla_index.h"
#include "storage/ticket_search_index.h"

#include <QCoreApplication>
#include <QUuid>

#include <algorithm>
#include <vector>

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

// The filter's text as the `search` column holds it: trimmed, lower-cased.
QString searchText(const TicketFilter &filter)
{
    return foldForSearch(filter.search.trimmed());
}

// The trigram index (schema v8) finds text of three characters or more; it is
// case-sensitive over the lower-cased column, so a phrase match there is the
// same plain substring test as LIKE (the index folds nothing: no "ſ" for "s").
// Shorter text has no trigram to look up and is matched by LIKE over `search`.
bool indexedSearch(const QString &text)
{
    return text.toUcs4().size() >= 3;
}

// An FTS5 phrase: between the quotes every character is text for the
// tokenizer (no operators, no wildcards); a quote is doubled.
QString ftsPhrase(const QString &text)
{
    return u'"' + QString(text).replace(u'"', u"\"\""_s) + u'"';
}

// How the free text of a filter is matched in SQL.
enum class TextMatch
{
    Auto,    // the trigram index for 3+ characters, else LIKE
    Like,    // LIKE over `search`, which the covering list indexes hold
    Fetch,   // the index's matches fetched by rowid; status and priority are
             // then tested on those rows, not read as an index range
    Omitted, // not in the SQL (matched by the caller)
};

TextMatch resolve(TextMatch match, const QString &text)
{
    if (text.isEmpty())
        return TextMatch::Omitted;
    if (match == TextMatch::Auto)
        return indexedSearch(text) ? TextMatch::Fetch : TextMatch::Like;
    return match;
}

// Builds the WHERE clause with numbered parameters; values are bound, never
// pasted.
QByteArray whereClause(const TicketFilter &filter, TextMatch match = TextMatch::Auto)
{
    match = resolve(match, searchText(filter));
    // A unary + keeps SQLite from reading the column's index range, so it
    // starts from the few rows the text index found.
    const QByteArray plus = match == TextMatch::Fetch ? "+" : "";
    QByteArrayList conditions;
    if (match == TextMatch::Fetch)
        conditions << "rowid IN (SELECT rowid FROM ticket_search WHERE ticket_search MATCH ?3)";
    if (!filter.status.isEmpty())
        conditions << plus + "status = ?1";
    if (!filter.priority.isEmpty())
        conditions << plus + "priority = ?2";
    if (match == TextMatch::Like)
        conditions << "search LIKE ?3 ESCAPE '\\'";
    return conditions.isEmpty() ? QByteArray() : " WHERE " + conditions.join(" AND ");
}

void bindFilter(Statement &statement, const TicketFilter &filter, TextMatch match = TextMatch::Auto)
{
    if (!filter.status.isEmpty())
        statement.bind(1, filter.status);
    if (!filter.priority.isEmpty())
        statement.bind(2, filter.priority);
    const QString text = searchText(filter);
    match = resolve(match, text);
    if (match == TextMatch::Fetch) {
        statement.bind(3, ftsPhrase(text));
    } else if (match == TextMatch::Like) {
        QString pattern = text;
        pattern.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
        statement.bind(3, u'%' + pattern + u'%');
    }
}

// Up to this many matches are fetched by rowid and sorted (~1 µs each at
// 100,000 tickets); more are cheaper to pick from an index range read in
// the list's order.
constexpr int kFewMatches = 1000;
// Picking from the whole ordered index costs ~85 ns a ticket, fetching and
// sorting a match ~1.1 µs: text found in more than 1 of 12 tickets is
// picked from the index.
constexpr qint64 kOrderedScanRatio = 12;

} // namespace

TicketRepository::TicketRepository(Database &db) : m_db(db), m_store(db) {}

namespace {

// LIKE while a large pull has the trigram index paused (ticket_search_index.h).
Result<TextMatch> textMatchFor(Database &db, const TicketFilter &filter)
{
    if (!indexedSearch(searchText(filter)))
        return TextMatch::Auto;
    auto paused = ticketSearchIndexPaused(db);
    if (!paused)
        return paused.error();
    return *paused ? TextMatch::Like : TextMatch::Auto;
}

} // namespace

Result<QList<TicketRow>> TicketRepository::list(const TicketFilter &filter, TicketSort sort,
                                                int limit)
{
    auto match = textMatchFor(m_db, filter);
    if (!match)
        return match.error();
    QByteArray sql = "SELECT " + QByteArray(kRowColumns) + " FROM ticket_rows" +
                     whereClause(filter, *match) + orderBy(sort);
    if (limit >= 0)
        sql += " LIMIT " + QByteArray::number(limit);
    auto statement = m_db.prepare(sql.constData());
    if (!statement)
        return statement.error();
    bindFilter(*statement, filter, *match);
    QList<TicketRow> rows;
    if (Status read = statement->forEachRow([&] { rows.append(readRow(*statement)); }); !read)
        return read.error();
    return rows;
}

Result<QVector<qint64>> TicketRepository::listRowIds(const TicketFilter &filter, TicketSort sort)
{
    auto textMatch = textMatchFor(m_db, filter);
    if (!textMatch)
        return textMatch.error();
    TextMatch match = *textMatch;
    const QString text = searchText(filter);
    if (match == TextMatch::Auto && indexedSearch(text)) {
        auto few = searchMatches(text, kFewMatches + 1);
        if (!few)
            return few.error();
        if (few->size() > kFewMatches && sort.key == TicketSortKey::ReceivedAt) {
            // Many matches, and every filter has a covering index in this
            // order (schema v6). With status or priority its range is read
            // with LIKE on the indexed text (the range may be small: "new");
            // without, the whole index is read and the matches picked.
            match = TextMatch::Like;
            if (filter.status.isEmpty() && filter.priority.isEmpty()) {
                auto matches = searchMatches(text, -1);
                if (!matches)
                    return matches.error();
                auto lastRowId = m_db.scalar("SELECT max(rowid) FROM ticket_rows");
                if (!lastRowId)
                    return lastRowId.error();
                if (matches->size() * kOrderedScanRatio > lastRowId->toLongLong())
                    return listMatchingRowIds(filter, sort, *matches);
                match = TextMatch::Fetch;
            }
        }
    }
    const QByteArray sql =
        "SELECT rowid FROM ticket_rows" + whereClause(filter, match) + orderBy(sort);
    auto statement = m_db.prepare(sql.constData());
    if (!statement)
        return statement.error();
    bindFilter(*statement, filter, match);
    QVector<qint64> ids;
    if (Status read = statement->forEachRow([&] { ids.append(statement->integer(0)); }); !read)
        return read.error();
    return ids;
}

Result<QVector<qint64>> TicketRepository::searchMatches(const QString &text, int limit)
{
    auto statement =
        m_db.cached("SELECT rowid FROM ticket_search WHERE ticket_search MATCH ?1 LIMIT ?2");
    if (!statement)
        return statement.error();
    (*statement)->bind(1, ftsPhrase(text)).bind(2, limit);
    QVector<qint64> rowIds;
    if (Status read = (*statement)->forEachRow([&] { rowIds.append((*statement)->integer(0)); });
        !read)
        return read.error();
    return rowIds;
}

Result<QVector<qint64>> TicketRepository::listMatchingRowIds(const TicketFilter &filter,
                                                             TicketSort sort,
                                                             const QVector<qint64> &matches)
{
    qint64 last = 0;
    for (qint64 rowId : matches)
        last = std::max(last, rowId);
    std::vector<bool> matching(static_cast<size_t>(last) + 1, false);
    for (qint64 rowId : matches) {
        if (rowId >= 0)
            matching[static_cast<size_t>(rowId)] = true;
    }
    const QByteArray sql =
        "SELECT rowid FROM ticket_rows" + whereClause(filter, TextMatch::Omitted) + orderBy(sort);
    auto statement = m_db.prepare(sql.constData());
    if (!statement)
        return statement.error();
    bindFilter(*statement, filter, TextMatch::Omitted);
    QVector<qint64> ids;
    ids.reserve(matches.size());
    if (Status read = statement->forEachRow([&] {
            const qint64 rowId = statement->integer(0);
            if (rowId >= 0 && rowId <= last && matching[static_cast<size_t>(rowId)])
                ids.append(rowId);
        });
        !read)
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
