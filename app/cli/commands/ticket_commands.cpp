#include "cli/arguments.h"
#include "cli/commands/commands.h"
#include "cli/text_table.h"

#include "domain/time_format.h"
#include "storage/ticket_repository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace fb::cli {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("fb::cli::Tickets", text); }

QString usageText()
{
    return tr("  tickets list [--status S] [--priority P] [--search TEXT]\n"
              "  tickets show ID\n"
              "  tickets create --site ID --device SERIAL --priority high|normal --channel C\n"
              "                 --summary TEXT [--received-at TIME]\n"
              "  tickets set-status ID STATUS [--reason TEXT]\n"
              "  tickets note ID TEXT");
}

QJsonValue nullable(const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); }

int printTicket(CliContext &context, const Ticket &ticket)
{
    if (context.json) {
        context.printJson(ticket.toJson());
        return ExitOk;
    }
    QTextStream &out = context.out();
    out << ticket.number << "  " << displayName(ticket.status) << "  " << displayName(ticket.priority)
        << Qt::endl;
    out << ticket.summary << Qt::endl;
    out << tr("Device: %1  Site: %2  Received: %3")
               .arg(ticket.deviceSerial, ticket.siteId, toIsoUtc(ticket.receivedAt))
        << Qt::endl;
    for (const StatusChange &change : ticket.statusHistory)
        out << "  " << toIsoUtc(change.at) << "  " << toString(change.status) << "  " << change.by
            << (change.reason.isEmpty() ? QString() : u"  (%1)"_s.arg(change.reason)) << Qt::endl;
    for (const TicketNote &note : ticket.notes)
        out << "  " << toIsoUtc(note.at) << "  " << note.by << ": " << note.text << Qt::endl;
    return ExitOk;
}

QString actor()
{
    const QString user = qEnvironmentVariable("FIELDBENCH_USER", qEnvironmentVariable("USER"));
    return user.isEmpty() ? u"technician"_s : user;
}

int list(CliContext &context, const Arguments &args, storage::TicketRepository &tickets)
{
    storage::TicketFilter filter;
    filter.status = args.value(u"status"_s);
    filter.priority = args.value(u"priority"_s);
    filter.search = args.value(u"search"_s);
    if (!filter.status.isEmpty() && !ticketStatusFromString(filter.status))
        return context.fail(ErrorKind::Usage, tr("Unknown status \"%1\". Use one of: %2.")
                                                  .arg(filter.status, allTicketStatusNames().join(u", "_s)));
    if (!filter.priority.isEmpty() && !priorityFromString(filter.priority))
        return context.fail(ErrorKind::Usage, tr("Priority must be high or normal."));
    auto rows = tickets.list(filter);
    if (!rows)
        return context.fail(rows.error());
    if (context.json) {
        QJsonArray array;
        for (const storage::TicketRow &row : *rows)
            array.append(QJsonObject{{"id"_L1, row.id},
                                     {"number"_L1, row.number},
                                     {"status"_L1, row.status},
                                     {"priority"_L1, row.priority},
                                     {"summary"_L1, row.summary},
                                     {"device_serial"_L1, row.deviceSerial},
                                     {"response_due"_L1, nullable(row.responseDue)},
                                     {"sla_state"_L1, nullable(row.slaState)}});
        context.printJson(array);
        return ExitOk;
    }
    QList<QStringList> table;
    for (const storage::TicketRow &row : *rows)
        table.append({row.number, row.status, row.priority, row.deviceSerial, row.responseDue,
                      row.slaState, row.summary});
    printTable(context.out(),
               {tr("Number"), tr("Status"), tr("Priority"), tr("Device"), tr("Response due"),
                tr("SLA"), tr("Summary")},
               table);
    return ExitOk;
}

int create(CliContext &context, const Arguments &args, storage::TicketRepository &tickets)
{
    for (const QString &required : {u"site"_s, u"device"_s, u"priority"_s, u"channel"_s, u"summary"_s}) {
        if (args.value(required).isEmpty())
            return context.fail(ErrorKind::Usage,
                                tr("--%1 is required. Usage:\n%2").arg(required, usageText()));
    }
    storage::NewTicket request;
    request.siteId = args.value(u"site"_s);
    request.deviceSerial = args.value(u"device"_s);
    const auto priority = priorityFromString(args.value(u"priority"_s));
    if (!priority)
        return context.fail(ErrorKind::Usage, tr("--priority must be high or normal."));
    request.priority = *priority;
    const auto channel = channelFromString(args.value(u"channel"_s));
    if (!channel)
        return context.fail(ErrorKind::Usage,
                            tr("--channel must be phone, email, monitoring or onsite."));
    request.channel = *channel;
    request.summary = args.value(u"summary"_s);
    if (args.has(u"received-at"_s)) {
        const auto at = parseIsoTime(args.value(u"received-at"_s));
        if (!at)
            return context.fail(ErrorKind::Usage,
                                tr("--received-at must be an ISO-8601 time with a zone, like "
                                   "2026-11-29T14:03:00Z."));
        request.receivedAt = *at;
    }
    request.by = actor();
    auto ticket = tickets.create(request);
    if (!ticket)
        return context.fail(ticket.error().kind == ErrorKind::NotFound
                                ? Error{ErrorKind::Usage, ticket.error().message}
                                : ticket.error());
    return printTicket(context, *ticket);
}

int run(CliContext &context, const QStringList &words)
{
    auto args = Arguments::parse(words, {{u"status"_s}, {u"priority"_s}, {u"search"_s},
                                         {u"site"_s}, {u"device"_s}, {u"channel"_s},
                                         {u"summary"_s}, {u"received-at"_s}, {u"reason"_s}});
    if (!args)
        return context.fail(args.error());
    const QStringList &positionals = args->positionals();
    const QString verb = positionals.value(0);
    const QStringList known{u"list"_s, u"show"_s, u"create"_s, u"set-status"_s, u"note"_s};
    if (!known.contains(verb))
        return context.fail(ErrorKind::Usage, tr("Usage:\n%1").arg(usageText()));
    const int expected = verb == "list"_L1 || verb == "create"_L1 ? 1
                         : verb == "show"_L1                      ? 2
                                                                  : 3;
    if (Status count = args->expectPositionals(expected, expected, usageText()); !count)
        return context.fail(count.error());

    auto workspace = context.workspace();
    if (!workspace)
        return context.fail(workspace.error());
    storage::TicketRepository tickets((*workspace)->db());

    if (verb == "list"_L1)
        return list(context, *args, tickets);
    if (verb == "create"_L1)
        return create(context, *args, tickets);
    if (verb == "show"_L1) {
        auto ticket = tickets.find(positionals.at(1));
        return ticket ? printTicket(context, *ticket) : context.fail(ticket.error());
    }
    if (verb == "set-status"_L1) {
        const auto status = ticketStatusFromString(positionals.at(2));
        if (!status)
            return context.fail(ErrorKind::Usage, tr("Unknown status \"%1\". Use one of: %2.")
                                                      .arg(positionals.at(2),
                                                           allTicketStatusNames().join(u", "_s)));
        StatusChangeRequest request{*status, actor(), args->value(u"reason"_s), {}};
        auto ticket = tickets.changeStatus(positionals.at(1), request);
        return ticket ? printTicket(context, *ticket) : context.fail(ticket.error());
    }
    auto ticket = tickets.addNote(positionals.at(1), positionals.at(2), actor(), {});
    return ticket ? printTicket(context, *ticket) : context.fail(ticket.error());
}

} // namespace

CommandGroup ticketCommands() { return {u"tickets"_s, usageText(), run}; }

} // namespace fb::cli
