// Benchmark: Modbus round trips per second through the app's link layer
// (16 input registers per request), and the time from "connect" to a full
// first report (every register read, every check run).
// --gap-us N overrides the RTU inter-frame gap (default: the spec's t3.5).

#include "device/device_client.h"
#include "device/health_checks.h"
#include "device/modbus_frame.h"
#include "device/modbus_link.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace fb::device;
using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    LinkSettings s;
    const int portIndex = int(args.indexOf(u"--port"_s));
    const int tcpIndex = int(args.indexOf(u"--tcp"_s));
    if (portIndex > 0) {
        s.port = args.value(portIndex + 1);
    } else if (tcpIndex > 0) {
        s.kind = LinkSettings::Kind::Tcp;
        s.host = args.value(tcpIndex + 1).section(u':', 0, 0);
        s.tcpPort = quint16(args.value(tcpIndex + 1).section(u':', 1, 1).toInt());
    } else {
        QTextStream(stderr) << "usage: bench_device_link --port P | --tcp H:P [--seconds N] "
                               "[--gap-us N] [--first-report]\n";
        return 2;
    }
    const int secondsIndex = int(args.indexOf(u"--seconds"_s));
    const double seconds = secondsIndex > 0 ? args.value(secondsIndex + 1).toDouble() : 3.0;
    const bool firstReport = args.contains(u"--first-report"_s);
    s.timeoutMs = 500;
    const int gapIndex = int(args.indexOf(u"--gap-us"_s));
    if (gapIndex > 0)
        s.interFrameGapUs = args.value(gapIndex + 1).toInt();
    if (const fb::Status valid = s.validate(); !valid) {
        QTextStream(stderr) << valid.error().message << Qt::endl;
        return 2;
    }
    QTextStream out(stdout);

    if (firstReport) {
        QList<double> times;
        for (int i = 0; i < 20; ++i) {
            QElapsedTimer clock;
            clock.start();
            auto link = ModbusLink::create(s);
            link->setAutoReconnect(false);
            link->open();
            while (link->state() == ModbusLink::State::Connecting)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            DeviceClient client(link.get());
            auto readings = waitFor<Readings>(
                std::function<void(std::function<void(const fb::Result<Readings> &)>)>(
                    [&](auto done) { client.readAll(done); }));
            if (!readings) {
                QTextStream(stderr) << readings.error().message << Qt::endl;
                return 3;
            }
            const auto checks = runChecks(*readings);
            times.append(clock.nsecsElapsed() / 1e6);
            link->close();
            Q_UNUSED(checks);
        }
        std::sort(times.begin(), times.end());
        out << "first_report_ms median " << times.at(times.size() / 2) << " max " << times.last()
            << Qt::endl;
        return 0;
    }

    auto link = ModbusLink::create(s);
    link->open();
    while (link->state() == ModbusLink::State::Connecting)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (link->state() != ModbusLink::State::Open) {
        QTextStream(stderr) << link->stateMessage() << Qt::endl;
        return 3;
    }
    const QByteArray request = modbus::readRequest(modbus::ReadInput, 0, 16);
    quint64 done = 0, failed = 0;
    QElapsedTimer clock;
    clock.start();
    std::function<void()> next = [&] {
        link->send(request, [&](const fb::Result<QByteArray> &reply) {
            if (reply && modbus::parseReadResponse(*reply, 16))
                ++done;
            else
                ++failed;
            if (clock.nsecsElapsed() < qint64(seconds * 1e9))
                next();
            else
                app.quit();
        });
    };
    next();
    app.exec();
    const double elapsed = clock.nsecsElapsed() / 1e9;
    out << "app_link " << qRound(done / elapsed) << " /s (gap " << s.rtuGapUs() << " us, " << done
        << " ok, " << failed << " failed, crc " << link->counters().crcErrors << ", timeouts "
        << link->counters().timeouts << ")" << Qt::endl;
    return failed ? 1 : 0;
}
