// `diag read|check|watch|scan|unlock|set-setpoint` (cli.md): the service
// interface of device-protocol.md from the command line.

#include "cli/arguments.h"
#include "cli/commands/commands.h"
#include "device/device_client.h"
#include "device/health_checks.h"
#include "domain/time_format.h"
#include "storage/document_store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace fb::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::cli::Diag", text);
}

const QString Usage = u"diag read|check|watch|scan|unlock|set-setpoint (--port P [--baud B] "
                      "[--address A] | --tcp HOST:PORT) [--timeout MS] [--retries N]"_s;

Result<device::LinkSettings> linkSettings(const Arguments &args)
{
    device::LinkSettings s;
    if (args.has(u"port"_s) == args.has(u"tcp"_s))
        return Error{ErrorKind::Usage,
                     tr("Give either --port P or --tcp HOST:PORT. Usage: %1").arg(Usage)};
    auto address = args.integer(u"address"_s, 1, 1, 247);
    auto timeout = args.integer(u"timeout"_s, s.timeoutMs, 10, 60000);
    auto retries = args.integer(u"retries"_s, s.retries, 0, 10);
    if (!address)
        return address.error();
    if (!timeout)
        return timeout.error();
    if (!retries)
        return retries.error();
    s.address = quint8(*address);
    s.timeoutMs = int(*timeout);
    s.retries = int(*retries);
    if (args.has(u"port"_s)) {
        auto baud = args.integer(u"baud"_s, 115200, 1200, 4000000);
        if (!baud)
            return baud.error();
        s.kind = device::LinkSettings::Kind::Serial;
        s.port = args.value(u"port"_s);
        s.baud = int(*baud);
    } else {
        const QString target = args.value(u"tcp"_s);
        const qsizetype colon = target.lastIndexOf(u':');
        bool ok = false;
        const int port = colon > 0 ? target.mid(colon + 1).toInt(&ok) : 502;
        if ((colon > 0 && (!ok || port < 1 || port > 65535)) || target.isEmpty())
            return Error{ErrorKind::Usage, tr("--tcp needs HOST:PORT, e.g. 10.0.0.5:502.")};
        s.kind = device::LinkSettings::Kind::Tcp;
        s.host = colon > 0 ? target.left(colon) : target;
        s.tcpPort = quint16(port);
    }
    if (Status valid = s.validate(); !valid)
        return valid.error();
    return s;
}

// The link, opened: connection failures are device errors (exit 3).
struct Session
{
    std::unique_ptr<device::ModbusLink> link;
    std::unique_ptr<device::DeviceClient> client;
};

Result<Session> connect(const device::LinkSettings &settings)
{
    Session session;
    session.link = device::ModbusLink::create(settings);
    session.link->setAutoReconnect(false);
    auto opened = device::waitFor<bool>([&](auto done) {
        QObject::connect(session.link.get(), &device::ModbusLink::stateChanged, session.link.get(),
                         [done](auto state, const QString &message) {
                             if (state == device::ModbusLink::State::Open)
                                 done(true);
                             else if (state != device::ModbusLink::State::Connecting)
                                 done(Error{ErrorKind::Device, message});
                         });
        session.link->open();
    });
    QObject::disconnect(session.link.get(), &device::ModbusLink::stateChanged, nullptr, nullptr);
    if (!opened)
        return opened.error();
    session.client = std::make_unique<device::DeviceClient>(session.link.get());
    return session;
}

Result<device::Readings> readAll(Session &session)
{
    return device::waitFor<device::Readings>(
        [&](auto done) { session.client->readAll(std::move(done)); });
}

// The newest firmware for `model` in the workspace's catalog, if there is one.
std::optional<QString> newestFirmware(CliContext &context, const device::Identity &identity)
{
    if (!identity.model)
        return std::nullopt;
    auto workspace = context.workspace(false);
    if (!workspace)
        return std::nullopt;
    storage::DocumentStore store((*workspace)->db());
    auto entries = store.allOfType(u"firmware"_s);
    if (!entries)
        return std::nullopt;
    std::optional<QString> newest;
    for (const QJsonObject &entry : *entries) {
        if (entry.value("model"_L1).toString() != toString(*identity.model))
            continue;
        const QString version = entry.value("version"_L1).toString();
        if (!newest || device::compareVersions(version, *newest) > 0)
            newest = version;
    }
    return newest;
}

int runRead(CliContext &context, Session &session)
{
    auto readings = readAll(session);
    if (!readings)
        return context.fail(readings.error());
    if (context.json) {
        context.printJson(readings->toJson());
        return ExitOk;
    }
    const device::Readings &r = *readings;
    QTextStream &out = context.out();
    out << tr("%1 %2, firmware %3, hardware %4, bootloader %5")
               .arg(displayName(*r.identity.model), r.identity.serial, r.identity.firmwareText())
               .arg(r.identity.hardware)
               .arg(r.identity.bootloaderText())
        << Qt::endl;
    const QJsonObject status = r.toJson().value("status"_L1).toObject();
    for (auto it = status.begin(); it != status.end(); ++it)
        out << "  " << it.key() << ": "
            << QString::fromUtf8(
                   QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact))
                   .mid(1)
                   .chopped(1)
            << Qt::endl;
    for (const device::Antenna &a : r.antennas)
        out << tr("  antenna %1: return loss %2 dB, %3 reads")
                   .arg(a.number)
                   .arg(a.returnLossDb, 0, 'f', 1)
                   .arg(a.reads)
            << Qt::endl;
    for (const device::Event &e : r.events)
        out << "  " << toIsoUtc(e.time) << "  " << device::eventDescription(e.code, e.value)
            << Qt::endl;
    return ExitOk;
}

int runCheck(CliContext &context, Session &session)
{
    auto readings = readAll(session);
    if (!readings)
        return context.fail(readings.error());
    const auto checks = device::runChecks(*readings, newestFirmware(context, readings->identity));
    if (context.json) {
        context.printJson(device::checksJson(checks));
    } else {
        for (const device::CheckResult &c : checks)
            context.out() << (c.passed ? tr("PASS") : tr("FAIL")) << "  " << c.name << ": "
                          << c.detail << (c.passed ? QString() : u"  ("_s + c.link + u')')
                          << Qt::endl;
    }
    if (!device::allPassed(checks)) {
        QStringList failed;
        for (const device::CheckResult &c : checks)
            if (!c.passed)
                failed << c.name;
        context.err()
            << "fieldbench-cli: "
            << tr("Checks failed: %1. Follow the linked manual sections.").arg(failed.join(u", "_s))
            << Qt::endl;
        return ExitCheckFailed;
    }
    return ExitOk;
}

int runWatch(CliContext &context, Session &session, const Arguments &args)
{
    auto interval = args.integer(u"interval"_s, 1000, 50, 3600000);
    auto count = args.integer(u"count"_s, 0, 0, 100000000);
    if (!interval)
        return context.fail(interval.error());
    if (!count)
        return context.fail(count.error());
    for (qint64 i = 0; *count == 0 || i < *count; ++i) {
        if (i > 0)
            QThread::msleep(quint64(*interval));
        auto readings = readAll(session);
        if (!readings)
            return context.fail(readings.error());
        const device::DeviceStatus &s = readings->status;
        const QJsonObject st = readings->toJson().value("status"_L1).toObject();
        QJsonArray loss;
        for (const device::Antenna &a : readings->antennas)
            loss.append(a.returnLossDb);
        QJsonObject line{{"t"_L1, toIsoUtc(readings->takenAt)},
                         {"temperature_c"_L1, st.value("temperature_c"_L1)},
                         {"setpoint_c"_L1, st.value("setpoint_c"_L1)},
                         {"supply_mv"_L1, s.supplyMv},
                         {"battery_mv"_L1, st.value("battery_mv"_L1)},
                         {"battery_percent"_L1, st.value("battery_percent"_L1)},
                         {"mains"_L1, st.value("mains"_L1)},
                         {"on_battery"_L1, st.value("on_battery"_L1)},
                         {"door_open"_L1, st.value("door_open"_L1)},
                         {"network_link"_L1, st.value("network_link"_L1)},
                         {"return_loss_db"_L1, loss}};
        if (context.json)
            context.out() << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact))
                          << Qt::endl;
        else
            context.out() << toIsoUtc(readings->takenAt) << "  "
                          << (s.temperatureC ? QString::number(*s.temperatureC, 'f', 2) : u"--"_s)
                          << " °C  " << s.supplyMv << " mV" << Qt::endl;
    }
    return ExitOk;
}

int runCommand(CliContext &context, Session &session, device::Command command)
{
    auto done = device::waitFor<device::CommandState>(
        [&](auto finished) { session.client->runCommand(command, std::move(finished)); });
    if (!done)
        return context.fail(done.error());
    QJsonObject result{{"ok"_L1, true}};
    if (command == device::Command::Scan) {
        auto readings = readAll(session);
        if (!readings)
            return context.fail(readings.error());
        QJsonArray reads;
        for (const device::Antenna &a : readings->antennas)
            reads.append(QJsonObject{{"n"_L1, a.number}, {"reads"_L1, a.reads}});
        result.insert("tags"_L1, readings->status.tagsFound);
        result.insert("antennas"_L1, reads);
    }
    if (context.json)
        context.printJson(result);
    else
        context.out() << (command == device::Command::Scan
                              ? tr("Scan done: %1 tags.").arg(result.value("tags"_L1).toInt())
                              : tr("Door unlocked; it re-locks by itself when closed."))
                      << Qt::endl;
    return ExitOk;
}

int runSetSetpoint(CliContext &context, Session &session, const Arguments &args)
{
    bool ok = false;
    const double celsius = args.value(u"celsius"_s).toDouble(&ok);
    if (!ok)
        return context.fail(ErrorKind::Usage, tr("set-setpoint needs --celsius X, e.g. -20.5."));
    auto written = device::waitFor<bool>(
        [&](auto done) { session.client->writeSetpoint(celsius, std::move(done)); });
    if (!written)
        return context.fail(written.error());
    const double stored = device::toCentiDegrees(celsius) / 100.0;
    if (context.json)
        context.printJson(QJsonObject{{"ok"_L1, true}, {"setpoint_c"_L1, stored}});
    else
        context.out() << tr("Setpoint set to %1 °C.").arg(stored, 0, 'f', 2) << Qt::endl;
    return ExitOk;
}

int runDiag(CliContext &context, const QStringList &words)
{
    auto args = Arguments::parse(words, {{u"port"_s},
                                         {u"baud"_s},
                                         {u"address"_s},
                                         {u"tcp"_s},
                                         {u"timeout"_s},
                                         {u"retries"_s},
                                         {u"interval"_s},
                                         {u"count"_s},
                                         {u"celsius"_s}});
    if (!args)
        return context.fail(args.error());
    if (Status one = args->expectPositionals(1, 1, Usage); !one)
        return context.fail(one.error());
    const QString verb = args->positionals().first();
    static const QStringList verbs{u"read"_s, u"check"_s,  u"watch"_s,
                                   u"scan"_s, u"unlock"_s, u"set-setpoint"_s};
    if (!verbs.contains(verb))
        return context.fail(ErrorKind::Usage,
                            tr("Unknown diag command \"%1\". Usage: %2").arg(verb, Usage));
    if (verb == "set-setpoint"_L1 && !args->has(u"celsius"_s))
        return context.fail(ErrorKind::Usage, tr("set-setpoint needs --celsius X, e.g. -20.5."));
    auto settings = linkSettings(*args);
    if (!settings)
        return context.fail(settings.error());
    auto session = connect(*settings);
    if (!session)
        return context.fail(session.error());
    if (verb == "read"_L1)
        return runRead(context, *session);
    if (verb == "check"_L1)
        return runCheck(context, *session);
    if (verb == "watch"_L1)
        return runWatch(context, *session, *args);
    if (verb == "scan"_L1)
        return runCommand(context, *session, device::Command::Scan);
    if (verb == "unlock"_L1)
        return runCommand(context, *session, device::Command::Unlock);
    return runSetSetpoint(context, *session, *args);
}

} // namespace

CommandGroup diagCommands()
{
    return {u"diag"_s,
            tr("  diag read|check|watch|scan|unlock|set-setpoint\n"
               "       (--port P [--baud B] [--address A] | --tcp HOST:PORT)\n"
               "       [--timeout MS] [--retries N] [--interval MS --count N] [--celsius X]\n"
               "                                       read, check or command an enclosure"),
            runDiag};
}

} // namespace fb::cli
