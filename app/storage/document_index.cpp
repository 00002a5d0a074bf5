#include "storage/document_index.h"

#include "storage/commercial_index.h"
#include "storage/search_text.h"
#include "storage/sla_index.h"
#include "storage/sqlite_database.h"

using namespace Qt::Literals::StringLiterals;

namespace fb::storage {
namespace {

QString field(const QJsonObject &document, QLatin1StringView key)
{
    return document.value(key).toString();
}

// One write per ticket, deadlines included: a second UPDATE of the row cost
// ~0.07 s of a first pull of 10,000 tickets.
Status indexTicket(Database &db, const QJsonObject &ticket)
{
    auto deadlines = deadlineColumns(db, ticket, *policy::activePolicy());
    if (!deadlines)
        return deadlines.error();
    auto statement = db.cached(
        "INSERT INTO ticket_rows (doc_id, number, status, priority, channel, summary, "
        "device_serial, site_id, customer_id, received_at, updated_at, search, response_due, "
        "next_due, sla_state, sla_kind, sla_start, sla_region) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18) "
        "ON CONFLICT(doc_id) DO UPDATE SET number = ?2, status = ?3, priority = ?4, "
        "channel = ?5, summary = ?6, device_serial = ?7, site_id = ?8, customer_id = ?9, "
        "received_at = ?10, updated_at = ?11, search = ?12, response_due = ?13, next_due = ?14, "
        "sla_state = ?15, sla_kind = ?16, sla_start = ?17, sla_region = ?18");
    if (!statement)
        return statement.error();
    const QString number = field(ticket, "number"_L1);
    const QString summary = field(ticket, "summary"_L1);
    const QString serial = field(ticket, "device_serial"_L1);
    // One lower-cased column so free-text filtering is a single LIKE.
    const QString search = foldForSearch(number + u' ' + summary + u' ' + serial);
    (*statement)
        ->bind(1, field(ticket, "_id"_L1))
        .bind(2, number)
        .bind(3, field(ticket, "status"_L1))
        .bind(4, field(ticket, "priority"_L1))
        .bind(5, field(ticket, "channel"_L1))
        .bind(6, summary)
        .bind(7, serial)
        .bind(8, field(ticket, "site_id"_L1))
        .bind(9, field(ticket, "customer_id"_L1))
        .bind(10, field(ticket, "received_at"_L1))
        .bind(11, field(ticket, "updated_at"_L1))
        .bind(12, search);
    bindDeadlineColumns(**statement, 13, *deadlines);
    return (*statement)->run();
}

Status indexDevice(Database &db, const QJsonObject &device)
{
    auto statement = db.cached(
        "INSERT INTO device_rows (doc_id, serial, model, site_id, install_date, firmware) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(doc_id) DO UPDATE SET serial = ?2, "
        "model = ?3, site_id = ?4, install_date = ?5, firmware = ?6");
    if (!statement)
        return statement.error();
    (*statement)
        ->bind(1, field(device, "_id"_L1))
        .bind(2, field(device, "serial"_L1))
        .bind(3, field(device, "model"_L1))
        .bind(4, field(device, "site_id"_L1))
        .bind(5, field(device, "install_date"_L1))
        .bind(6, field(device, "firmware"_L1));
    return (*statement)->run();
}

Status indexServiceEvent(Database &db, const QJsonObject &event)
{
    auto statement = db.cached(
        "INSERT INTO service_event_rows (doc_id, device_serial, date) VALUES (?1, ?2, ?3) "
        "ON CONFLICT(doc_id) DO UPDATE SET device_serial = ?2, date = ?3");
    if (!statement)
        return statement.error();
    (*statement)
        ->bind(1, field(event, "_id"_L1))
        .bind(2, field(event, "device_serial"_L1))
        .bind(3, field(event, "date"_L1));
    return (*statement)->run();
}

} // namespace

Status updateIndex(Database &db, const QJsonObject &document)
{
    const QString type = field(document, "type"_L1);
    if (type == "ticket"_L1)
        return indexTicket(db, document);
    if (type == "device"_L1)
        return indexDevice(db, document);
    if (type == "service_event"_L1)
        return indexServiceEvent(db, document);
    if (type == "quote"_L1)
        return indexQuote(db, document);
    if (type == "part"_L1)
        return indexPart(db, document);
    if (type == "site"_L1) // a site's region decides its tickets' deadlines
        return recomputeDeadlinesForSite(db, field(document, "_id"_L1), *policy::activePolicy());
    return {};
}

} // namespace fb::storage
