// fieldbench-devsim: a simulated enclosure controller for training, demos,
// tests and benchmarks. Serves Modbus RTU on a pseudo-terminal and Modbus TCP
// on a local port; takes fault injections on the command line and as lines
// on stdin (see `help`).

#include "device/modbus_frame.h"
#include "device/sim_model.h"
#include "device/sim_server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <iostream>
#include <memory>
#include <string>
#include <thread>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

std::atomic<bool> g_stop{false};
extern "C" void onSignal(int)
{
    g_stop = true;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("fieldbench-devsim", text);
}

int fail(const QString &message)
{
    QTextStream(stderr) << "fieldbench-devsim: " << message << Qt::endl;
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fieldbench-devsim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FIELDBENCH_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Simulated enclosure controller (Modbus RTU on a pseudo-terminal, Modbus TCP).\n"
           "Control lines on stdin: %1")
            .arg(fb::device::EnclosureSimulator::controlHelp()));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption model(u"model"_s, tr("cabinet, refrigerator, freezer or locker."),
                                   u"MODEL"_s, u"freezer"_s);
    const QCommandLineOption serial(u"serial"_s, tr("Serial number (16 characters at most)."),
                                    u"SERIAL"_s);
    const QCommandLineOption address(u"address"_s, tr("RTU slave address (1–247)."), u"A"_s,
                                     u"1"_s);
    const QCommandLineOption link(u"link"_s, tr("Path of the symlink to the pty slave."),
                                  u"PATH"_s);
    const QCommandLineOption noRtu(u"no-rtu"_s, tr("Do not serve RTU on a pty."));
    const QCommandLineOption tcp(u"tcp"_s, tr("Serve Modbus TCP on PORT (0: any free port)."),
                                 u"PORT"_s);
    const QCommandLineOption pace(u"pace"_s, tr("Pace replies at the baud rate (real timing)."));
    const QCommandLineOption baud(u"baud"_s, tr("Baud rate for pacing."), u"B"_s, u"115200"_s);
    const QCommandLineOption speed(u"speed"_s, tr("Simulated seconds per real second (0 freezes)."),
                                   u"X"_s, u"1"_s);
    const QCommandLineOption seed(u"seed"_s, tr("Random seed."), u"N"_s, u"1"_s);
    const QCommandLineOption fault(u"fault"_s, tr("A control line to apply at start (repeatable)."),
                                   u"LINE"_s);
    parser.addOptions({model, serial, address, link, noRtu, tcp, pace, baud, speed, seed, fault});
    parser.process(app);

    const auto deviceModel = fb::deviceModelFromString(parser.value(model));
    if (!deviceModel)
        return fail(tr("Unknown model \"%1\": use cabinet, refrigerator, freezer or locker.")
                        .arg(parser.value(model)));
    bool ok = false;
    const int slave = parser.value(address).toInt(&ok);
    if (!ok || slave < 1 || slave > 247)
        return fail(tr("The address must be between 1 and 247."));
    const int baudRate = parser.value(baud).toInt(&ok);
    if (!ok || baudRate < 1200)
        return fail(tr("The baud rate must be at least 1200."));
    const double timeScale = parser.value(speed).toDouble(&ok);
    if (!ok || timeScale < 0 || timeScale > 10000)
        return fail(tr("The speed must be between 0 and 10000."));

    auto simulator = std::make_shared<fb::device::EnclosureSimulator>(
        *deviceModel, parser.value(serial), parser.value(seed).toULongLong());
    for (const QString &line : parser.values(fault)) {
        auto applied = simulator->control(line);
        if (!applied)
            return fail(applied.error().message.section(u'\n', 0, 0));
    }

    QTextStream out(stdout);
    std::unique_ptr<fb::device::SimulatorPtyServer> pty;
    if (!parser.isSet(noRtu)) {
        const QString path = parser.isSet(link)
                                 ? parser.value(link)
                                 : QDir::temp().filePath(u"ttyFBSIM%1"_s.arg(::getpid()));
        pty = std::make_unique<fb::device::SimulatorPtyServer>(
            simulator, quint8(slave), parser.isSet(pace) ? baudRate : 0, path);
        pty->setMinimumGapUs(fb::device::modbus::rtuInterFrameGapUs(baudRate));
        if (auto started = pty->start(); !started)
            return fail(started.error().message);
        out << "RTU " << pty->path() << ' ' << pty->slavePath() << Qt::endl;
    }
    std::unique_ptr<fb::device::SimulatorTcpServer> tcpServer;
    if (parser.isSet(tcp)) {
        const int port = parser.value(tcp).toInt(&ok);
        if (!ok || port < 0 || port > 65535)
            return fail(tr("The TCP port must be between 0 and 65535."));
        tcpServer = std::make_unique<fb::device::SimulatorTcpServer>(simulator);
        if (auto listening = tcpServer->listen(quint16(port)); !listening)
            return fail(listening.error().message);
        out << "TCP 127.0.0.1:" << tcpServer->port() << Qt::endl;
    }
    out << "READY " << fb::toString(*deviceModel) << ' ' << simulator->serial() << Qt::endl;

    // The model runs in real time (times --speed).
    QElapsedTimer elapsed;
    elapsed.start();
    QTimer clock;
    QObject::connect(&clock, &QTimer::timeout, &app, [&] {
        simulator->advance(elapsed.restart() / 1000.0 * timeScale);
        if (g_stop)
            app.quit();
    });
    clock.start(100);

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);

    // Control lines from stdin, read on a plain thread, applied on this one.
    // `gaps` is the server's own: the silence clients left before their
    // requests since the last `gaps` (for checking t3.5 in benchmarks).
    fb::device::SimulatorPtyServer *server = pty.get();
    std::thread([&app, simulator, server] {
        std::string line;
        while (std::getline(std::cin, line)) {
            const QString text = QString::fromStdString(line);
            QMetaObject::invokeMethod(&app, [simulator, server, text] {
                QTextStream o(stdout);
                if (text.trimmed() == "gaps"_L1 && server) {
                    const fb::device::InterFrameGaps g = server->gaps();
                    server->resetGaps();
                    o << "gaps " << g.measured << " min_us " << g.minNs / 1000.0 << " mean_us "
                      << g.meanNs / 1000.0 << " below_t35 " << g.belowMinimum << Qt::endl;
                    return;
                }
                auto result = simulator->control(text);
                if (result)
                    o << "ok " << *result << Qt::endl;
                else
                    o << "error " << result.error().message.section(u'\n', 0, 0) << Qt::endl;
            });
        }
    }).detach();

    const int code = app.exec();
    if (pty)
        pty->stop();
    return code;
}
