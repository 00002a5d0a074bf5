// Benchmark: the diagnostics page with a day of 1 Hz telemetry (86,400
// points in every series): memory, and the time to redraw and paint a frame.

#include "gui/diagnostics/diagnostics_page.h"
#include "gui/diagnostics/telemetry_charts.h"
#include "gui/gui_context.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cmath>

using namespace fb::gui;

static long rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    GuiContext context;
    DiagnosticsPage page(context);
    page.resize(1400, 900);
    page.show();
    QApplication::processEvents();
    const long before = rssKb();
    TelemetryStore &store = page.mutableTelemetry();
    const qint64 start = 1780000000000;
    for (int i = 0; i < 86400; ++i) {
        std::vector<double> v(telemetry::ColumnCount);
        v[telemetry::Temperature] = -20 + std::sin(i / 900.0) + (i % 37) * 0.01;
        v[telemetry::Setpoint] = -20;
        v[telemetry::AlarmLow] = -25;
        v[telemetry::AlarmHigh] = -15;
        v[telemetry::SupplyV] = 24 + (i % 11) * 0.01;
        v[telemetry::BatteryV] = 23.9;
        for (int a = 0; a < 8; ++a)
            v[size_t(telemetry::ReturnLoss1 + a)] = 15 + a + (i % 13) * 0.1;
        store.append(start + qint64(i) * 1000, v);
    }
    const long filled = rssKb();
    QList<double> frames;
    for (int i = 0; i < 30; ++i) {
        store.append(store.lastTime() + 1000, std::vector<double>(telemetry::ColumnCount, 20.0));
        QElapsedTimer t;
        t.start();
        page.redrawCharts();
        page.repaint();
        QApplication::processEvents();
        frames.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(frames.begin(), frames.end());
    out << "telemetry points/series " << store.size() << ", RSS before " << before / 1024
        << " MiB, with data " << filled / 1024 << " MiB, after drawing " << rssKb() / 1024 << " MiB"
        << Qt::endl;
    out << "frame (decimate + redraw + paint) median " << frames.at(frames.size() / 2)
        << " ms, max " << frames.last() << " ms" << Qt::endl;
    return 0;
}
