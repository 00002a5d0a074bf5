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
#include "storage/document_store.h"
#include "storage/ticket_repository.h"
#include "storage/asset_repository.h"
#include "support/test_support.h"

#include <QStandardPaths>

#include <QComboBox>
#include <QFile>
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
};

QTEST_MAIN(TestDiagnosticsPage)
#include "test_diagnostics_page.moc"
