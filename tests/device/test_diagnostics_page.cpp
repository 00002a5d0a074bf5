// The Diagnostics page on a simulated enclosure (offscreen): first report,
// checks with their manual links, cable pulled and back, save to ticket,
// CSV export, and decimation of a day of telemetry.

#include "device/modbus_link.h"
#include "device/sim_model.h"
#include "gui/diagnostics/connect_panel.h"
#include "gui/diagnostics/diagnostics_page.h"
#include "gui/diagnostics/telemetry_charts.h"
#include "gui/dialog_seam.h"
#include "gui/gui_context.h"
#include "storage/asset_repository.h"
#include "storage/document_store.h"
#include "storage/ticket_repository.h"
#include "support/test_support.h"

#include <QStandardPaths>

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fb;
using namespace fb::gui;

class TestDiagnosticsPage : public QObject
{
    Q_OBJECT

    static bool waitForReadings(DiagnosticsPage &page)
    {
        return QTest::qWaitFor([&] { return page.lastReadings().has_value(); }, 5000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        DialogSeam::setAutoAnswer(true);
    }

    void demoDeviceConnectsAndChecks()
    {
        GuiContext context(GuiOptions{true});
        DiagnosticsPage page(context);
        page.resize(1200, 800);
        page.show();
        QVERIFY(waitForReadings(page));
        QVERIFY(page.lastReadings()->identity.model == DeviceModel::Freezer);
        QCOMPARE(context.connectedDevice(), u"FZ-SIM-0001"_s);
        QVERIFY(page.bannerText().contains(u"Connected"_s));
        QCOMPARE(page.lastChecks().size(), 7);
        for (const auto &c : page.lastChecks())
            QVERIFY2(c.passed, qPrintable(c.detail));

        // An antenna fault: the check fails and links to the antenna chapter.
        QVERIFY(page.simulator()->control(u"antenna 2 open"_s));
        const auto before = page.telemetry().size();
        QVERIFY(QTest::qWaitFor([&] { return page.telemetry().size() > before; }, 3000));
        page.runChecks();
        auto *fix = page.findChild<QPushButton *>(u"fix_antennas"_s);
        QVERIFY(fix);
        QSignalSpy links(&context, &GuiContext::openManualLink);
        fix->click();
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.first().first().toString(), u"manual:freezer/antenna"_s);
        auto *table = page.findChild<QTableWidget *>(u"checkTable"_s);
        QVERIFY(table);
        bool found = false;
        for (int row = 0; row < table->rowCount(); ++row)
            found |= table->item(row, 2)->text().contains(
                u"antenna 2 open circuit: check the cable at the reader"_s);
        QVERIFY(found);

        // Cable pulled: the page says so at once and comes back by itself.
        QVERIFY(page.simulator()->control(u"unplug"_s));
        QVERIFY(QTest::qWaitFor([&] { return page.bannerText().contains(u"unplugged"_s); }, 1000));
        QVERIFY(page.simulator()->control(u"plug"_s));
        QVERIFY(QTest::qWaitFor([&] { return page.bannerText().contains(u"Connected"_s); }, 3000));
        const auto after = page.telemetry().size();
        QVERIFY(QTest::qWaitFor([&] { return page.telemetry().size() > after; }, 3000));
        QCOMPARE(page.link()->counters().reconnects, 1u);
    }

    // A 1280 x 800 laptop: the page fits below the menu and above the status
    // bar; the connection, status and actions column scrolls instead of
    // pushing the window off the screen.
    void fitsASmallLaptopScreen()
    {
        GuiContext context(GuiOptions{true});
        DiagnosticsPage page(context);
        page.resize(1100, 640);
        page.show();
        QVERIFY(waitForReadings(page));
        QVERIFY2(page.minimumSizeHint().height() <= 640,
                 qPrintable(QString::number(page.minimumSizeHint().height())));
        QCOMPARE(page.height(), 640);
        // The status texts sit next to their lights, not across the column.
        auto *light = page.findChild<QLabel *>(u"light_power"_s);
        QVERIFY(light);
        const auto texts = page.findChildren<QLabel *>(u"lightText_power"_s);
        QCOMPARE(texts.size(), 1);
        const int gap = texts.first()->geometry().left() - light->geometry().left();
        QVERIFY2(gap < 4 * page.fontMetrics().averageCharWidth(), qPrintable(QString::number(gap)));
    }

    void commandsNeedConfirmation()
    {
        GuiContext context(GuiOptions{true});
        DiagnosticsPage page(context);
        QVERIFY(waitForReadings(page));
        auto *unlock = page.findChild<QPushButton *>(u"unlockButton"_s);
        QVERIFY(unlock && unlock->isEnabled());
        DialogSeam::setNextAnswer(QMessageBox::No);
        unlock->click();
        QTest::qWait(100);
        QVERIFY(page.simulator()->truth().lockEngaged); // declined: nothing sent
        DialogSeam::setNextAnswer(QMessageBox::Yes);
        unlock->click();
        QVERIFY(QTest::qWaitFor([&] { return !page.simulator()->truth().lockEngaged; }, 3000));
        DialogSeam::takeMessages();
    }

    void saveReportToTicket()
    {
        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir, 3);
        QVERIFY(workspace);
        {
            // An open ticket to save the report on (demo tickets may all be closed).
            storage::AssetRepository assets(workspace->db());
            const auto sites = assets.sites().value();
            storage::NewTicket request;
            request.siteId = sites.first().id;
            request.deviceSerial = assets.deviceSerialsAtSite(request.siteId)->first();
            request.summary = u"Freezer too warm"_s;
            request.by = u"test"_s;
            QVERIFY(storage::TicketRepository(workspace->db()).create(request).ok());
        }
        GuiContext context(GuiOptions{true});
        context.setWorkspace(std::move(workspace));
        DiagnosticsPage page(context);
        QVERIFY(waitForReadings(page));
        auto *tickets = page.findChild<QComboBox *>(u"ticketCombo"_s);
        QVERIFY(QTest::qWaitFor([&] { return tickets->count() > 0; }, 5000));
        const QString ticketId = tickets->currentData().toString();
        page.saveReport();
        storage::DocumentStore store(context.workspace()->db());
        auto reports = store.allOfType(u"report"_s);
        QVERIFY(reports);
        QCOMPARE(reports->size(), 1);
        const QJsonObject report = reports->first();
        QCOMPARE(report.value("ticket_id"_L1).toString(), ticketId);
        QCOMPARE(report.value("device_serial"_L1).toString(), u"FZ-SIM-0001"_s);
        QVERIFY(report.value("taken_at"_L1).toString().endsWith(u'Z'));
        QCOMPARE(report.value("readings"_L1).toObject().keys(),
                 (QStringList{u"antennas"_s, u"events"_s, u"identity"_s, u"status"_s}));
        QCOMPARE(report.value("checks"_L1).toArray().size(), 7);

        const QString csv = dir.filePath(u"telemetry.csv"_s);
        DialogSeam::setNextFileName(csv);
        page.exportCsv();
        QVERIFY(QTest::qWaitFor([&] { return QFile::exists(csv); }, 5000));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readLine().startsWith("time,temperature_c,setpoint_c"));
    }

    void dayOfTelemetryDecimated()
    {
        TelemetryStore store(telemetry::columnNames());
        const qint64 start = 1780000000000;
        for (int i = 0; i < 86400; ++i) {
            std::vector<double> v(telemetry::ColumnCount, 1.0);
            v[0] = i == 50000 ? 99.0 : -20.0 + std::sin(i / 600.0); // one spike
            store.append(start + qint64(i) * 1000, v);
        }
        QCOMPARE(store.size(), 86400);
        const auto points = store.decimated(0, start, start + 86400000, 800);
        QVERIFY(points.size() <= 1600);
        QVERIFY(std::any_of(points.begin(), points.end(),
                            [](const QPointF &p) { return p.y() == 99.0; })); // spike kept
        for (qsizetype i = 1; i < points.size(); ++i)
            QVERIFY(points.at(i).x() >= points.at(i - 1).x());
        TelemetryCharts charts;
        charts.resize(900, 700);
        charts.refresh(store, 2);
        QVERIFY(store.toCsv().count('\n') == 86401);
    }

    // The incremental decimation the charts draw: every bucket keeps its min
    // and max (a one-sample spike in a day is drawn), buckets stay within the
    // target as the day grows, and the store keeps every sample.
    void incrementalDecimationKeepsEveryBucketsExtremes()
    {
        TelemetryStore store(telemetry::columnNames());
        const qint64 start = 1780000000000;
        const auto valueAt = [](int i) {
            if (i == 43210)
                return 150.0; // one spike up …
            if (i == 61234)
                return -150.0; // … and one down
            return -20.0 + std::sin(i / 600.0) + (i % 7) * 0.01;
        };
        TelemetryDecimator decimator(
            {telemetry::Temperature, telemetry::Setpoint, telemetry::BatteryV});
        decimator.setTarget(700);
        for (int i = 0; i < 86400; ++i) {
            std::vector<double> v(telemetry::ColumnCount, 4.0); // flat setpoint
            v[telemetry::Temperature] = valueAt(i);
            v[telemetry::BatteryV] = qQNaN(); // no battery
            store.append(start + qint64(i) * 1000, v);
            if (i % 997 == 0 || i == 86399)
                decimator.update(store); // as the page does, a few samples at a time
        }
        QCOMPARE(store.size(), 86400);
        QVERIFY(decimator.bucketCount() <= 700);
        QVERIFY(decimator.bucketCount() > 350); // not coarser than needed
        QVERIFY(decimator.fromMs() <= start);
        QVERIFY(decimator.toMs() > start + 86399000);

        const QList<QPointF> points = decimator.points(telemetry::Temperature);
        QVERIFY(points.size() <= 2 * 700);
        for (qsizetype i = 1; i < points.size(); ++i)
            QVERIFY(points.at(i).x() >= points.at(i - 1).x());
        // Recompute every bucket from the raw samples: its min and max are drawn.
        const qint64 width = decimator.bucketMs();
        QMap<qint64, std::pair<double, double>> expected;
        for (int i = 0; i < 86400; ++i) {
            const qint64 key = (start + qint64(i) * 1000) / width;
            auto it = expected.find(key);
            if (it == expected.end())
                expected.insert(key, {valueAt(i), valueAt(i)});
            else
                *it = {std::min(it->first, valueAt(i)), std::max(it->second, valueAt(i))};
        }
        QCOMPARE(qsizetype(decimator.bucketCount()), expected.size());
        QMap<qint64, std::pair<double, double>> drawn;
        for (const QPointF &p : points) {
            const qint64 key = qint64(p.x()) / width;
            auto it = drawn.find(key);
            if (it == drawn.end())
                drawn.insert(key, {p.y(), p.y()});
            else
                *it = {std::min(it->first, p.y()), std::max(it->second, p.y())};
        }
        QCOMPARE(drawn, expected);
        QVERIFY(std::any_of(points.begin(), points.end(),
                            [](const QPointF &p) { return p.y() == 150.0; }));
        QVERIFY(std::any_of(points.begin(), points.end(),
                            [](const QPointF &p) { return p.y() == -150.0; }));

        // A flat line is drawn end to end with two points; a missing one not at all.
        const QList<QPointF> flat = decimator.points(telemetry::Setpoint);
        QCOMPARE(flat.size(), 2);
        QCOMPARE(flat.first(), QPointF(double(start), 4.0));
        QCOMPARE(flat.last().y(), 4.0); // in the newest bucket (≤ 1 px from the end)
        QCOMPARE(qint64(flat.last().x()) / width, (start + 86399000) / width);
        QVERIFY(decimator.points(telemetry::BatteryV).isEmpty());

        // Built in one go (what a resize does) it is the same as built bit by bit.
        TelemetryDecimator fresh({telemetry::Temperature});
        fresh.setTarget(700);
        fresh.update(store);
        QCOMPARE(fresh.bucketMs(), width);
        QCOMPARE(fresh.points(telemetry::Temperature), points);

        // The charts draw exactly that, spikes included; the data is untouched.
        TelemetryCharts charts;
        charts.resize(900, 700);
        charts.show();
        charts.refresh(store, 8);
        const QList<QPointF> line = charts.drawnPoints(telemetry::Temperature);
        QVERIFY(!line.isEmpty());
        QVERIFY(line.size() <= 2 * std::max(100, charts.width()));
        QVERIFY(
            std::any_of(line.begin(), line.end(), [](const QPointF &p) { return p.y() == 150.0; }));
        QVERIFY(std::any_of(line.begin(), line.end(),
                            [](const QPointF &p) { return p.y() == -150.0; }));
        QCOMPARE(store.size(), 86400);
        const QByteArray csv = store.toCsv();
        QCOMPARE(csv.count('\n'), 86401); // header + every sample
        QVERIFY(csv.contains(",150,"));
        QVERIFY(csv.contains(",-150,"));

        // A new recording (reset) starts the buckets over.
        store.reset(telemetry::columnNames());
        QCOMPARE(store.size(), 0);
        for (int i = 0; i < 10; ++i)
            store.append(start + qint64(i) * 1000,
                         std::vector<double>(telemetry::ColumnCount, 7.0));
        decimator.update(store);
        QCOMPARE(decimator.points(telemetry::Temperature).size(), 2);
        QCOMPARE(decimator.points(telemetry::Temperature).first().y(), 7.0);
    }
};

QTEST_MAIN(TestDiagnosticsPage)
#include "test_diagnostics_page.moc"
