// Benchmark: the diagnostics page with a day of 1 Hz telemetry (86,400
// points in every series) after reading a simulated locker (8 antennas, so
// all 14 lines are drawn; then disconnected so no live sample lands between
// the synthetic ones): memory (RSS before/after loading the day and after
// drawing), the first draw (decimates the whole day), then per 1 Hz update
// the time to decimate + update the charts and to paint the whole page.
// 150 updates, so the frames where a sample opens a new bucket (the time
// axis moves, every ~2 min with a day on screen) are in the figures too.

#include "gui/diagnostics/connect_panel.h"
#include "gui/diagnostics/diagnostics_page.h"
#include "gui/diagnostics/telemetry_charts.h"
#include "gui/diagnostics/telemetry_store.h"
#include "gui/gui_context.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QPixmap>
#include <QTextStream>

#include <algorithm>
#include <cmath>

using namespace fb::gui;

namespace {

long rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

QString stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) {
        return ms.at(std::min(qsizetype(q * ms.size()), ms.size() - 1));
    };
    return QStringLiteral("p50 %1 ms, p95 %2 ms, max %3 ms")
        .arg(at(0.5), 0, 'f', 2)
        .arg(at(0.95), 0, 'f', 2)
        .arg(ms.last(), 0, 'f', 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    GuiContext context;
    DiagnosticsPage page(context);
    page.resize(1400, 900);
    page.show();
    page.connectPanel()->selectSimulated(fb::DeviceModel::Locker);
    page.connectDevice();
    QElapsedTimer wait;
    wait.start();
    while (!page.lastReadings() && wait.elapsed() < 10000)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (!page.lastReadings()) {
        QTextStream(stderr) << "the simulated locker did not answer" << Qt::endl;
        return 3;
    }
    page.disconnectDevice();
    QApplication::processEvents();
    const long before = rssKb();

    TelemetryStore &store = page.mutableTelemetry();
    store.reset(store.series());
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - 86400LL * 1000;
    for (int i = 0; i < 86400; ++i) {
        std::vector<double> v(telemetry::ColumnCount);
        v[telemetry::Temperature] = 20 + std::sin(i / 900.0) + (i % 37) * 0.01;
        v[telemetry::Setpoint] = 0;
        v[telemetry::AlarmLow] = 0;
        v[telemetry::AlarmHigh] = 40;
        v[telemetry::SupplyV] = 24 + (i % 11) * 0.01;
        v[telemetry::BatteryV] = 23.9;
        for (int a = 0; a < 8; ++a)
            v[size_t(telemetry::ReturnLoss1 + a)] = 15 + a + (i % 13) * 0.1;
        store.append(start + qint64(i) * 1000, v);
    }
    const long filled = rssKb();

    QElapsedTimer firstDraw;
    firstDraw.start();
    page.redrawCharts();
    QApplication::processEvents();
    const double firstDrawMs = firstDraw.nsecsElapsed() / 1e6;

    QList<double> redraw, paint, frame;
    qsizetype drawn = 0;
    for (int i = 0; i < 150; ++i) {
        std::vector<double> v(telemetry::ColumnCount, 20.0);
        store.append(store.lastTime() + 1000, v);
        QElapsedTimer t;
        t.start();
        page.redrawCharts();
        QApplication::processEvents(); // the chart scenes take their new geometry
        const qint64 afterRedraw = t.nsecsElapsed();
        const QPixmap pixmap = page.grab(); // a full paint of every child
        const qint64 afterPaint = t.nsecsElapsed();
        drawn = pixmap.width();
        redraw.append(afterRedraw / 1e6);
        paint.append((afterPaint - afterRedraw) / 1e6);
        frame.append(afterPaint / 1e6);
    }
    const long after = rssKb();
    qsizetype points = 0;
    auto *charts = page.findChild<TelemetryCharts *>();
    for (int column = 0; charts && column < telemetry::ColumnCount; ++column)
        points += charts->drawnPoints(column).size();

    out << "telemetry: " << store.size() << " points x " << store.series().size()
        << " series, page " << drawn << " px wide, 8 antennas, " << points << " points drawn in all"
        << Qt::endl;
    out << "RSS: " << before / 1024 << " MiB before loading the day, " << filled / 1024
        << " MiB after (+" << (filled - before) / 1024 << " MiB; "
        << store.size() * (8 + 8 * store.series().size()) / 1024 / 1024 << " MiB of samples), "
        << after / 1024 << " MiB after drawing (+" << (after - filled) / 1024 << " MiB for drawing)"
        << Qt::endl;
    out << "first draw after loading the day: " << QString::number(firstDrawMs, 'f', 2) << " ms"
        << Qt::endl;
    out << "frame total (decimate + update + paint), " << frame.size()
        << " updates: " << stats(frame) << Qt::endl;
    out << "  decimate + update charts: " << stats(redraw) << Qt::endl;
    out << "  paint whole page (grab):  " << stats(paint) << Qt::endl;
    return 0;
}
