#include "domain/ticket.h"

#include "domain/json_fields.h"
#include "domain/time_format.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace fb {
namespace {

Error invalid(const QString &what)
{
    return makeError(ErrorKind::Data,
                     QCoreApplication::translate("fb::Ticket", "Invalid ticket: %1").arg(what));
}

template<class Entry, class Reader>
Result<QList<Entry>> readList(const QJsonObject &document, QLatin1StringView key, Reader read)
{
    QList<Entry> entries;
    const QJsonValue value = document.value(key);
    if (value.isUndefined() || value.isNull())
        return entries;
    if (!value.isArray())
        return invalid(u"\"%1\" must be a list"_s.arg(key));
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isObject())
            return invalid(u"\"%1\" holds an entry that is not an object"_s.arg(key));
        Result<Entry> entry = read(item.toObject());
        if (!entry)
            return entry.error();
        entries.append(std::move(entry).value());
    }
    return entries;
}

Result<StatusChange> readStatusChange(const QJsonObject &object)
{
    StatusChange change;
    const auto status = ticketStatusFromString(object.value("status"_L1).toString());
    if (!status)
        return invalid(u"unknown status in status_history"_s);
    change.status = *status;
    auto at = json::requireTime(object, "at"_L1);
    if (!at)
        return at.error();
    change.at = *at;
    change.by = json::string(object, "by"_L1);
    change.reason = json::string(object, "reason"_L1);
    change.raw = object;
    return change;
}

Result<TicketNote> readNote(const QJsonObject &object)
{
    TicketNote note;
    auto id = json::requireString(object, "id"_L1);
    if (!id)
        return id.error();
    auto at = json::requireTime(object, "at"_L1);
    if (!at)
        return at.error();
    note.id = *id;
    note.at = *at;
    note.by = json::string(object, "by"_L1);
    note.text = json::string(object, "text"_L1);
    note.raw = object;
    return note;
}

Result<TimeEntry> readTimeEntry(const QJsonObject &object)
{
    TimeEntry entry;
    auto id = json::requireString(object, "id"_L1);
    if (!id)
        return id.error();
    auto start = json::requireTime(object, "start"_L1);
    if (!start)
        return start.error();
    auto end = json::optionalTime(object, "end"_L1);
    if (!end)
        return end.error();
    entry.id = *id;
    entry.kind = json::string(object, "kind"_L1);
    if (entry.kind != "labour"_L1 && entry.kind != "travel"_L1)
        return invalid(u"time entry kind must be labour or travel"_s);
    entry.start = *start;
    entry.end = *end;
    entry.by = json::string(object, "by"_L1);
    entry.raw = object;
    return entry;
}

Result<PartUsed> readPartUsed(const QJsonObject &object)
{
    PartUsed part;
    auto id = json::requireString(object, "id"_L1);
    if (!id)
        return id.error();
    part.id = *id;
    part.partNumber = json::string(object, "part_number"_L1);
    part.qty = object.value("qty"_L1).toInt(1);
    part.raw = object;
    return part;
}

Result<TroubleshootingRun> readRun(const QJsonObject &object)
{
    TroubleshootingRun run;
    auto id = json::requireString(object, "id"_L1);
    if (!id)
        return id.error();
    auto at = json::optionalTime(object, "at"_L1);
    if (!at)
        return at.error();
    run.id = *id;
    run.at = *at;
    run.wizard = json::string(object, "wizard"_L1);
    run.path = object.value("path"_L1).toArray();
    run.outcome = json::string(object, "outcome"_L1);
    run.raw = object;
    return run;
}

QJsonObject write(const StatusChange &change)
{
    QJsonObject object = change.raw;
    object.insert("status"_L1, toString(change.status));
    json::putTime(object, "at"_L1, change.at);
    object.insert("by"_L1, change.by);
    object.insert("reason"_L1, change.reason);
    return object;
}

QJsonObject write(const TicketNote &note)
{
    QJsonObject object = note.raw;
    object.insert("id"_L1, note.id);
    json::putTime(object, "at"_L1, note.at);
    object.insert("by"_L1, note.by);
    object.insert("text"_L1, note.text);
    return object;
}

QJsonObject write(const TimeEntry &entry)
{
    QJsonObject object = entry.raw;
    object.insert("id"_L1, entry.id);
    object.insert("kind"_L1, entry.kind);
    json::putTime(object, "start"_L1, entry.start);
    json::putTime(object, "end"_L1, entry.end);
    object.insert("by"_L1, entry.by);
    return object;
}

QJsonObject write(const PartUsed &part)
{
    QJsonObject object = part.raw;
    object.insert("id"_L1, part.id);
    object.insert("part_number"_L1, part.partNumber);
    object.insert("qty"_L1, part.qty);
    return object;
}

QJsonObject write(const TroubleshootingRun &run)
{
    QJsonObject object = run.raw;
    object.insert("id"_L1, run.id);
    object.insert("wizard"_L1, run.wizard);
    json::putTime(object, "at"_L1, run.at);
    object.insert("path"_L1, run.path);
    object.insert("outcome"_L1, run.outcome);
    return object;
}

template<class Entry>
QJsonArray writeList(const QList<Entry> &entries)
{
    QJsonArray array;
    for (const Entry &entry : entries)
        array.append(write(entry));
    return array;
}

} // namespace

Result<Ticket> Ticket::fromJson(const QJsonObject &document)
{
    if (document.value("type"_L1).toString() != "ticket"_L1)
        return invalid(u"type is not \"ticket\""_s);
    Ticket ticket;
    ticket.raw = document;
    ticket.id = json::string(document, "_id"_L1);
    if (!ticket.id.startsWith("ticket:"_L1))
        return invalid(u"_id must start with \"ticket:\""_s);
    ticket.rev = json::string(document, "_rev"_L1);
    ticket.number = json::string(document, "number"_L1);
    ticket.customerId = json::string(document, "customer_id"_L1);
    ticket.siteId = json::string(document, "site_id"_L1);
    ticket.deviceSerial = json::string(document, "device_serial"_L1);
    ticket.summary = json::string(document, "summary"_L1);

    const auto priority = priorityFromString(json::string(document, "priority"_L1));
    if (!priority)
        return invalid(u"priority must be high or normal"_s);
    ticket.priority = *priority;
    const auto channel = channelFromString(json::string(document, "channel"_L1));
    if (!channel)
        return invalid(u"channel must be phone, email, monitoring or onsite"_s);
    ticket.channel = *channel;
    const auto status = ticketStatusFromString(json::string(document, "status"_L1));
    if (!status)
        return invalid(u"unknown status \"%1\""_s.arg(json::string(document, "status"_L1)));
    ticket.status = *status;

    auto received = json::requireTime(document, "received_at"_L1);
    if (!received)
        return received.error();
    ticket.receivedAt = *received;
    auto updated = json::optionalTime(document, "updated_at"_L1);
    if (!updated)
        return updated.error();
    ticket.updatedAt = *updated;

    auto history = readList<StatusChange>(document, "status_history"_L1, readStatusChange);
    if (!history)
        return history.error();
    ticket.statusHistory = std::move(history).value();
    auto notes = readList<TicketNote>(document, "notes"_L1, readNote);
    if (!notes)
        return notes.error();
    ticket.notes = std::move(notes).value();
    auto entries = readList<TimeEntry>(document, "time_entries"_L1, readTimeEntry);
    if (!entries)
        return entries.error();
    ticket.timeEntries = std::move(entries).value();
    auto parts = readList<PartUsed>(document, "parts_used"_L1, readPartUsed);
    if (!parts)
        return parts.error();
    ticket.partsUsed = std::move(parts).value();
    auto runs = readList<TroubleshootingRun>(document, "troubleshooting"_L1, readRun);
    if (!runs)
        return runs.error();
    ticket.troubleshooting = std::move(runs).value();

    const QJsonObject changed = document.value("changed"_L1).toObject();
    for (auto it = changed.begin(); it != changed.end(); ++it) {
        const auto at = parseIsoTime(it.value().toString());
        if (!at)
            return invalid(u"changed time of \"%1\" is malformed"_s.arg(it.key()));
        ticket.changed.insert(it.key(), *at);
    }
    return ticket;
}

QJsonObject Ticket::toJson() const
{
    QJsonObject document = raw;
    document.insert("_id"_L1, id);
    if (rev.isEmpty())
        document.remove("_rev"_L1);
    else
        document.insert("_rev"_L1, rev);
    document.insert("type"_L1, u"ticket"_s);
    document.insert("number"_L1, number);
    document.insert("customer_id"_L1, customerId);
    document.insert("site_id"_L1, siteId);
    document.insert("device_serial"_L1, deviceSerial);
    document.insert("priority"_L1, toString(priority));
    document.insert("channel"_L1, toString(channel));
    document.insert("summary"_L1, summary);
    document.insert("status"_L1, toString(status));
    json::putTime(document, "received_at"_L1, receivedAt);
    document.insert("status_history"_L1, writeList(statusHistory));
    document.insert("notes"_L1, writeList(notes));
    document.insert("time_entries"_L1, writeList(timeEntries));
    document.insert("parts_used"_L1, writeList(partsUsed));
    document.insert("troubleshooting"_L1, writeList(troubleshooting));
    QJsonObject changedObject;
    for (auto it = changed.begin(); it != changed.end(); ++it)
        changedObject.insert(it.key(), toIsoUtc(it.value()));
    document.insert("changed"_L1, changedObject);
    json::putTime(document, "updated_at"_L1, updatedAt);
    return document;
}

void Ticket::touch(const QString &field, const QDateTime &at)
{
    changed.insert(field, at.toUTC());
    if (!updatedAt.isValid() || at > updatedAt)
        updatedAt = at.toUTC();
}

} // namespace fb
