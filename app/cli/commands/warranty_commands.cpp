#include "cli/arguments.h"
#include "cli/commands/commands.h"

#include "domain/commercial/warranty.h"
#include "domain/time_format.h"
#include "storage/quote_repository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using namespace fb::commercial;

namespace fb::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::cli::Warranty", text);
}

QString usageText()
{
    return tr("  warranty check --device SERIAL [--on DATE] [--part PN]\n"
              "  warranty eval --history FILE [--on DATE] [--part PN]");
}

int printCoverage(CliContext &context, const Coverage &coverage)
{
    if (context.json) {
        context.printJson(coverage.toJson());
        return ExitOk;
    }
    QTextStream &out = context.out();
    if (!coverage.covered) {
        out << tr("Not covered.") << Qt::endl;
        return ExitOk;
    }
    out << tr("Covered: %1 until %2").arg(displayName(coverage.basis), toIsoDate(coverage.until));
    if (!coverage.eventId.isEmpty())
        out << tr(" (service event %1)").arg(coverage.eventId);
    out << Qt::endl;
    return ExitOk;
}

// Events in the history file may leave out `_id`; they get a stable stand-in.
Result<WarrantyEngine> engineFromHistory(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Data, tr("Cannot read %1: %2.").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return makeError(ErrorKind::Data,
                         tr("%1 is not a JSON object {\"device\": …, \"events\": […]} (%2).")
                             .arg(path, parseError.errorString()));
    const QJsonObject root = document.object();
    QJsonObject deviceJson = root.value("device"_L1).toObject();
    if (deviceJson.isEmpty())
        return makeError(ErrorKind::Data, tr("%1 has no \"device\" object.").arg(path));
    if (!deviceJson.contains("_id"_L1))
        deviceJson.insert("_id"_L1,
                          QString(u"device:"_s + deviceJson.value("serial"_L1).toString()));
    auto device = Device::fromJson(deviceJson);
    if (!device)
        return makeError(ErrorKind::Data, tr("%1: %2").arg(path, device.error().message));
    const QJsonValue eventsValue = root.value("events"_L1);
    if (!eventsValue.isUndefined() && !eventsValue.isArray())
        return makeError(ErrorKind::Data, tr("%1: \"events\" must be an array.").arg(path));
    QList<ServiceEvent> events;
    int index = 0;
    for (const QJsonValue &value : eventsValue.toArray()) {
        ++index;
        QJsonObject eventJson = value.toObject();
        if (!eventJson.contains("_id"_L1))
            eventJson.insert("_id"_L1, u"service_event:%1"_s.arg(index));
        auto event = ServiceEvent::fromJson(eventJson);
        if (!event)
            return makeError(
                ErrorKind::Data,
                tr("%1: event %2: %3").arg(path).arg(index).arg(event.error().message));
        if (!event->deviceSerial.isEmpty() && event->deviceSerial != device->serial)
            return makeError(ErrorKind::Data, tr("%1: event %2 belongs to device %3, not %4.")
                                                  .arg(path)
                                                  .arg(index)
                                                  .arg(event->deviceSerial, device->serial));
        events.append(std::move(event).value());
    }
    const auto &policy = CommercialPolicy::defaults();
    if (!policy)
        return policy.error();
    return WarrantyEngine(*device, events, policy->warranty());
}

int run(CliContext &context, const QStringList &words)
{
    auto args = Arguments::parse(words, {{u"device"_s}, {u"history"_s}, {u"on"_s}, {u"part"_s}});
    if (!args)
        return context.fail(args.error());
    const QString verb = args->positionals().value(0);
    if (verb != "check"_L1 && verb != "eval"_L1)
        return context.fail(ErrorKind::Usage, tr("Usage:\n%1").arg(usageText()));
    if (Status count = args->expectPositionals(1, 1, usageText()); !count)
        return context.fail(count.error());
    QDate on = QDateTime::currentDateTimeUtc().date();
    if (args->has(u"on"_s)) {
        const auto parsed = parseIsoDate(args->value(u"on"_s));
        if (!parsed)
            return context.fail(ErrorKind::Usage, tr("--on must be a date like 2026-11-29."));
        on = *parsed;
    }
    const QString part = args->value(u"part"_s).trimmed();
    if (args->has(u"part"_s) && part.isEmpty())
        return context.fail(ErrorKind::Usage, tr("--part needs a part number."));

    if (verb == "eval"_L1) {
        if (args->value(u"history"_s).isEmpty())
            return context.fail(ErrorKind::Usage,
                                tr("--history FILE is required. Usage:\n%1").arg(usageText()));
        auto engine = engineFromHistory(args->value(u"history"_s));
        if (!engine)
            return context.fail(engine.error());
        return printCoverage(context, engine->coverage(on, part));
    }
    if (args->value(u"device"_s).isEmpty())
        return context.fail(ErrorKind::Usage,
                            tr("--device SERIAL is required. Usage:\n%1").arg(usageText()));
    auto workspace = context.workspace();
    if (!workspace)
        return context.fail(workspace.error());
    auto engine = storage::loadWarranty((*workspace)->db(), args->value(u"device"_s));
    if (!engine)
        return context.fail(engine.error());
    return printCoverage(context, engine->coverage(on, part));
}

} // namespace

CommandGroup warrantyCommands()
{
    return {u"warranty"_s, usageText(), run};
}

} // namespace fb::cli
