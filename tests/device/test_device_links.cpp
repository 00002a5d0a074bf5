// The link layer and device model against the simulator over a real pty and
// real TCP: every field decoded, writes refused, link faults recovered from,
// the cable pulled and plugged back.

#include "device_rig.h"

#include "device/health_checks.h"
#include "device/register_map.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace fb;
using namespace fb::device;
using fb::test::DeviceRig;

class TestDeviceLinks : public QObject
{
    Q_OBJECT

    static Result<Readings> readAll(DeviceClient &client)
    {
        return test::wait<Readings>([&](auto done) { client.readAll(done); });
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyFieldDecoded_data()
    {
        QTest::addColumn<int>("model");
        QTest::addColumn<bool>("tcp");
        for (int m = 1; m <= 4; ++m) {
            const QByteArray name = toString(DeviceModel(m)).toLatin1();
            QTest::newRow(QByteArray(name + "-rtu").constData()) << m << false;
            QTest::newRow(QByteArray(name + "-tcp").constData()) << m << true;
        }
    }
    void everyFieldDecoded()
    {
        QFETCH(int, model);
        QFETCH(bool, tcp);
        DeviceRig rig{DeviceModel(model)};
        QVERIFY(rig.start());
        QVERIFY(rig.simulator->control(u"door open"_s)); // flags off their defaults
        QVERIFY(rig.simulator->control(u"mains off"_s));
        auto link = ModbusLink::create(rig.settings(tcp));
        QVERIFY(test::openLink(*link));
        DeviceClient client(link.get());
        auto r = readAll(client);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));

        const QList<quint16> in = rig.simulator->inputRegisters();
        const QList<quint16> hold = rig.simulator->holdingRegisters();
        const auto truth = rig.simulator->truth();
        QCOMPARE(r->identity.mapVersion, 1);
        QCOMPARE(int(*r->identity.model), model);
        QCOMPARE(r->identity.serial, rig.simulator->serial());
        QCOMPARE(r->identity.hardware, 3);
        QCOMPARE(r->identity.firmwareText(), u"2.7.1"_s);
        QCOMPARE(r->identity.bootloaderText(), u"1.2"_s);
        QCOMPARE(r->status.uptimeS, (quint32(in[16]) << 16) | in[17]);
        QVERIFY(r->status.uptimeS > 86400);
        QCOMPARE(r->status.has(flag::Mains), truth.mains);
        QCOMPARE(r->status.has(flag::OnBattery), !truth.mains && truth.batteryFitted);
        QCOMPARE(r->status.has(flag::DoorOpen), true);
        QCOMPARE(r->status.has(flag::LockEngaged), truth.lockEngaged);
        QCOMPARE(r->status.has(flag::NetworkLink), truth.networkLink);
        QCOMPARE(r->status.has(flag::HqReachable), truth.hqReachable);
        QCOMPARE(r->status.flags, in[reg::StatusFlags]);
        QCOMPARE(r->status.supplyMv, int(in[reg::SupplyMv]));
        if (truth.batteryFitted) {
            QCOMPARE(*r->status.batteryPercent, qRound(truth.batteryPercent));
            QCOMPARE(*r->status.batteryMv, int(in[reg::BatteryMv]));
        } else {
            QVERIFY(!r->status.batteryPercent);
            QVERIFY(!r->status.batteryMv);
        }
        QCOMPARE(*r->status.temperatureC, qRound(truth.temperatureC * 100) / 100.0);
        const ModelLimits limits = limitsFor(DeviceModel(model));
        if (limits.hasSetpoint)
            QCOMPARE(*r->status.setpointC, limits.defaultSetpoint / 100.0);
        else
            QVERIFY(!r->status.setpointC);
        QCOMPARE(r->status.ipText(), u"10.20.30.%1"_s.arg(40 + model));
        QCOMPARE(r->status.linkMbps, 100);
        QCOMPARE(*r->status.lastReportS, int(in[reg::LastReport]));
        QCOMPARE(r->status.doorOpenings, 3);
        QCOMPARE(r->status.powerFailures, 1);
        QCOMPARE(r->status.tagsFound, int(in[reg::TagsFound]));
        QCOMPARE(r->antennas.size(), truth.antennaCount);
        for (const Antenna &a : r->antennas) {
            QCOMPARE(a.returnLossDb, in[reg::ReturnLoss + a.number - 1] / 10.0);
            QCOMPARE(a.reads, int(in[reg::AntennaReads + a.number - 1]));
            QVERIFY(a.returnLossDb >= 10.0);
        }
        QCOMPARE(r->events.size(), truth.eventCount);
        QCOMPARE(r->events.first().name(), u"power_lost"_s); // newest first
        QCOMPARE(r->events.at(1).name(), u"door_opened"_s);
        QCOMPARE(r->events.first().time.toSecsSinceEpoch(), truth.now);
        QCOMPARE(r->events.last().name(), u"reboot"_s);
        QCOMPARE(r->settings.alarmHighC, qint16(hold[1]) / 100.0);
        QCOMPARE(r->settings.alarmLowC, qint16(hold[2]) / 100.0);
        QCOMPARE(r->settings.clock.toSecsSinceEpoch(), truth.now);

        // The JSON of `diag read`, field by field.
        const QJsonObject json = r->toJson();
        QCOMPARE(json.keys(),
                 (QStringList{u"antennas"_s, u"events"_s, u"identity"_s, u"status"_s}));
        const QJsonObject id = json.value("identity"_L1).toObject();
        QCOMPARE(id.value("model"_L1).toString(), toString(DeviceModel(model)));
        QCOMPARE(id.value("firmware"_L1).toString(), u"2.7.1"_s);
        QCOMPARE(id.value("bootloader"_L1).toString(), u"1.2"_s);
        const QJsonObject st = json.value("status"_L1).toObject();
        QCOMPARE(st.size(), 19);
        QCOMPARE(st.value("door_open"_L1).toBool(), true);
        QCOMPARE(st.value("mains"_L1).toBool(), false);
        QCOMPARE(st.value("ip"_L1).toString(), r->status.ipText());
        const QJsonObject ev = json.value("events"_L1).toArray().first().toObject();
        QCOMPARE(ev.value("name"_L1).toString(), u"power_lost"_s);
        QCOMPARE(ev.value("code"_L1).toInt(), 1);
        QVERIFY(ev.value("time"_L1).toString().endsWith(u'Z'));
    }

    void sensorFaultIsNull()
    {
        DeviceRig rig(DeviceModel::Refrigerator);
        QVERIFY(rig.start());
        QVERIFY(rig.simulator->control(u"sensor fault"_s));
        auto link = ModbusLink::create(rig.settings(true));
        QVERIFY(test::openLink(*link));
        DeviceClient client(link.get());
        auto r = readAll(client);
        QVERIFY(r);
        QVERIFY(!r->status.temperatureC);
        QVERIFY(r->toJson().value("status"_L1).toObject().value("temperature_c"_L1).isNull());
    }

    void checksPassAndFail_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("link");
        QTest::newRow("mains") << u"mains off"_s << u"power"_s << u"Mains power is missing"_s
                               << u"manual:freezer/power-supply"_s;
        QTest::newRow("supply") << u"supply 20500"_s << u"power"_s << u"20"_s
                                << u"manual:freezer/power-supply"_s;
        QTest::newRow("battery") << u"battery 12"_s << u"battery"_s << u"12 %"_s
                                 << u"manual:freezer/backup-battery"_s;
        QTest::newRow("hot") << u"temperature -5"_s << u"temperature"_s << u"above"_s
                             << u"manual:freezer/temperature-probe"_s;
        QTest::newRow("cold") << u"temperature -30"_s << u"temperature"_s << u"below"_s
                              << u"manual:freezer/temperature-probe"_s;
        QTest::newRow("sensor") << u"sensor fault"_s << u"temperature"_s << u"sensor fault"_s
                                << u"manual:freezer/temperature-probe"_s;
        QTest::newRow("network") << u"network down"_s << u"network"_s << u"link is down"_s
                                 << u"manual:freezer/network-setup"_s;
        QTest::newRow("hq") << u"hq down"_s << u"hq"_s << u"not reachable"_s
                            << u"manual:freezer/network-setup"_s;
        QTest::newRow("antenna-open") << u"antenna 2 open"_s << u"antennas"_s
                                      << u"antenna 2 open circuit: check the cable at the reader"_s
                                      << u"manual:freezer/antenna"_s;
        QTest::newRow("antenna-weak") << u"antenna 1 weak"_s << u"antennas"_s
                                      << u"antenna 1 return loss"_s << u"manual:freezer/antenna"_s;
        QTest::newRow("door") << u"door open"_s << u"door"_s << u"door is open"_s
                              << u"manual:freezer/door-lock"_s;
        QTest::newRow("lock") << u"lock stuck"_s << u"door"_s << u"lock is not engaged"_s
                              << u"manual:freezer/door-lock"_s;
    }
    void checksPassAndFail()
    {
        QFETCH(QString, fault);
        QFETCH(QString, check);
        QFETCH(QString, detail);
        QFETCH(QString, link);
        DeviceRig rig(DeviceModel::Freezer);
        QVERIFY(rig.start());
        auto modbusLink = ModbusLink::create(rig.settings(true));
        QVERIFY(test::openLink(*modbusLink));
        DeviceClient client(modbusLink.get());
        auto before = readAll(client);
        QVERIFY(before);
        const auto healthy = runChecks(*before, u"2.7.1"_s);
        QCOMPARE(healthy.size(), 8);
        for (const CheckResult &c : healthy)
            QVERIFY2(c.passed, qPrintable(c.name + u": "_s + c.detail));
        QVERIFY(rig.simulator->control(fault));
        auto after = readAll(client);
        QVERIFY(after);
        const auto checks = runChecks(*after);
        QCOMPARE(checks.size(), 7); // no catalog: firmware skipped
        const auto it = std::find_if(checks.begin(), checks.end(),
                                     [&](const CheckResult &c) { return c.name == check; });
        QVERIFY(it != checks.end());
        QVERIFY(!it->passed);
        QVERIFY2(it->detail.contains(detail), qPrintable(it->detail));
        QCOMPARE(it->link, link);
        QVERIFY(!allPassed(checks));
        QCOMPARE(checksJson(checks).value("passed"_L1).toBool(), false);
    }

    void firmwareCheck()
    {
        EnclosureSimulator sim(DeviceModel::Cabinet, {}, 1, 1780000000);
        const auto in = sim.inputRegisters();
        auto r = decodeReadings(in.mid(0, 49), in.mid(reg::EventLog), sim.holdingRegisters());
        QVERIFY(r);
        auto checks = runChecks(*r, u"2.10.0"_s);
        QCOMPARE(checks.last().name, u"firmware"_s);
        QVERIFY(!checks.last().passed);
        QVERIFY(checks.last().detail.contains(u"2.10.0"_s));
        checks = runChecks(*r, u"2.7.1"_s);
        QVERIFY(checks.last().passed);
    }

    void writesRefused()
    {
        DeviceRig rig(DeviceModel::Freezer);
        QVERIFY(rig.start());
        auto link = ModbusLink::create(rig.settings(false));
        QVERIFY(test::openLink(*link));
        DeviceClient client(link.get());
        QVERIFY(readAll(client));
        // Refused by the device: exception 3, nothing changed.
        auto raw = test::wait<bool>([&](auto done) {
            client.writeRegisters(reg::Setpoint, {quint16(qint16(-1000))}, done);
        });
        QVERIFY(!raw);
        QVERIFY2(raw.error().message.contains(u"exception 3"_s), qPrintable(raw.error().message));
        QCOMPARE(link->counters().exceptions, 1u);
        QCOMPARE(qint16(rig.simulator->holdingRegisters()[0]), -2000);
        // Refused by the library before anything is sent.
        const auto requests = link->counters().requests;
        auto checked = test::wait<bool>([&](auto done) { client.writeSetpoint(-10, done); });
        QVERIFY(!checked);
        QCOMPARE(checked.error().kind, ErrorKind::Usage);
        QVERIFY(checked.error().message.contains(u"-25.00"_s));
        auto band = test::wait<bool>([&](auto done) { client.writeAlarmBand(-10, -30, done); });
        QVERIFY(!band);
        QCOMPARE(link->counters().requests, requests);
        // Accepted writes land.
        QVERIFY(test::wait<bool>([&](auto done) { client.writeSetpoint(-18.5, done); }));
        QCOMPARE(qint16(rig.simulator->holdingRegisters()[0]), -1850);
        QVERIFY(test::wait<bool>([&](auto done) { client.writeAlarmBand(-24, -16, done); }));
        QCOMPARE(qint16(rig.simulator->holdingRegisters()[1]), -1600);
        QCOMPARE(qint16(rig.simulator->holdingRegisters()[2]), -2400);
        const QDateTime clock(QDate(2027, 3, 1), QTime(8, 0), Qt::UTC);
        QVERIFY(test::wait<bool>([&](auto done) { client.writeClock(clock, done); }));
        QCOMPARE(rig.simulator->truth().now, clock.toSecsSinceEpoch());
    }

    void commandsHandshake()
    {
        DeviceRig rig(DeviceModel::Cabinet);
        QVERIFY(rig.start());
        QTimer clock; // the device's time runs fast while the command works
        connect(&clock, &QTimer::timeout, this, [&] { rig.simulator->advance(0.5); });
        auto link = ModbusLink::create(rig.settings(false));
        QVERIFY(test::openLink(*link));
        DeviceClient client(link.get());
        auto run = [&](Command c) {
            return test::wait<CommandState>([&](auto done) { client.runCommand(c, done); });
        };
        QVERIFY(run(Command::Unlock));
        QVERIFY(!rig.simulator->truth().lockEngaged);
        QVERIFY(run(Command::ClearLog));
        QCOMPARE(rig.simulator->truth().eventCount, 0);
        clock.start(20);
        auto scan = run(Command::Scan);
        QVERIFY2(scan, qPrintable(scan ? QString() : scan.error().message));
        QCOMPARE(*scan, CommandState::Done);
        QVERIFY(run(Command::Reboot));
        auto r = readAll(client);
        QVERIFY(r);
        QCOMPARE(r->events.first().name(), u"reboot"_s);
        QVERIFY(r->status.uptimeS < 60);
        // Every antenna open: the scan fails and says so.
        for (int a = 1; a <= 4; ++a)
            QVERIFY(rig.simulator->control(u"antenna %1 open"_s.arg(a)));
        auto failed = run(Command::Scan);
        QVERIFY(!failed);
        QVERIFY(failed.error().message.contains(u"could not carry out"_s));
        // Without a bootloader hook 0xB007 fails cleanly.
        QVERIFY(!run(Command::EnterBootloader));
    }

    void linkFaultsRecovered_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("tcp");
        for (bool tcp : {false, true}) {
            const char *suffix = tcp ? "-tcp" : "-rtu";
            for (const char *f : {"corrupt", "garbage", "wrong-address", "drop"})
                QTest::newRow(QByteArray(QByteArray(f) + suffix).constData())
                    << QString::fromLatin1(f) << tcp;
        }
    }
    void linkFaultsRecovered()
    {
        QFETCH(QString, fault);
        QFETCH(bool, tcp);
        DeviceRig rig(DeviceModel::Refrigerator);
        QVERIFY(rig.start());
        auto link = ModbusLink::create(rig.settings(tcp));
        QVERIFY(test::openLink(*link));
        DeviceClient client(link.get());
        QVERIFY(rig.simulator->control(fault + u" 1"_s));
        auto r = readAll(client);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        const LinkCounters &c = link->counters();
        if (fault == "corrupt"_L1)
            QVERIFY(c.crcErrors + c.timeouts + c.garbageBytes >= 1);
        if (fault == "corrupt"_L1 && !tcp)
            QCOMPARE(c.crcErrors, 1u);
        if (fault == "garbage"_L1)
            QCOMPARE(c.garbageBytes, 10u);
        if (fault == "wrong-address"_L1)
            QCOMPARE(c.wrongAddress, 1u);
        if (fault == "drop"_L1)
            QCOMPARE(c.timeouts, 1u);
        QCOMPARE(link->state(), ModbusLink::State::Open);
    }

    void exceptionsAndDeadDevice()
    {
        DeviceRig rig(DeviceModel::Freezer);
        QVERIFY(rig.start());
        auto link = ModbusLink::create(rig.settings(false));
        QVERIFY(test::openLink(*link));
        DeviceClient client(link.get());
        QVERIFY(rig.simulator->control(u"exception 1"_s));
        auto r = readAll(client);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(u"exception 4"_s));
        QVERIFY(readAll(client)); // the next request is fine
        // A device that stops answering: a clear error after the retries.
        QVERIFY(rig.simulator->control(u"drop 100"_s));
        r = readAll(client);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Device);
        QVERIFY2(r.error().message.contains(u"No reply"_s), qPrintable(r.error().message));
        QCOMPARE(link->counters().timeouts, 3u);
    }

    void unplugAndReconnect_data()
    {
        QTest::addColumn<bool>("tcp");
        QTest::newRow("rtu") << false;
        QTest::newRow("tcp") << true;
    }
    void unplugAndReconnect()
    {
        QFETCH(bool, tcp);
        DeviceRig rig(DeviceModel::Locker);
        QVERIFY(rig.start());
        auto link = ModbusLink::create(rig.settings(tcp));
        QVERIFY(test::openLink(*link));
        DeviceClient client(link.get());
        QVERIFY(readAll(client));
        QSignalSpy states(link.get(), &ModbusLink::stateChanged);
        QVERIFY(rig.simulator->control(u"unplug"_s));
        QVERIFY(QTest::qWaitFor([&] { return link->state() == ModbusLink::State::Lost; }, 3000));
        QVERIFY(link->stateMessage().contains(tcp ? u"Connection"_s : u"disconnected"_s));
        auto lost = readAll(client);
        QVERIFY(!lost);
        QCOMPARE(lost.error().kind, ErrorKind::Device);
        QVERIFY(rig.simulator->control(u"plug"_s));
        QVERIFY(QTest::qWaitFor([&] { return link->state() == ModbusLink::State::Open; }, 5000));
        auto back = readAll(client);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
        QCOMPARE(link->counters().disconnects, 1u);
        QVERIFY(link->counters().reconnects >= 1u);
    }

    void missingPortIsClearError()
    {
        LinkSettings s;
        s.port = u"/dev/ttyFBNOPE0"_s;
        s.timeoutMs = 100;
        auto link = ModbusLink::create(s);
        link->setAutoReconnect(false);
        link->open();
        QVERIFY(QTest::qWaitFor([&] { return link->state() == ModbusLink::State::Closed; }, 3000));
        QVERIFY(link->stateMessage().contains(u"/dev/ttyFBNOPE0"_s));
        DeviceClient client(link.get());
        QVERIFY(!readAll(client));
    }

    void simulatedLinkInProcess()
    {
        auto sim = std::make_shared<EnclosureSimulator>(DeviceModel::Refrigerator);
        LinkSettings s;
        s.reconnectMs = 50;
        auto link = makeSimulatedLink(s, sim);
        QVERIFY(test::openLink(*link));
        DeviceClient client(link.get());
        auto r = readAll(client);
        QVERIFY(r);
        QCOMPARE(r->identity.serial, u"RF-SIM-0001"_s);
        QVERIFY(sim->control(u"corrupt 1"_s));
        QVERIFY(readAll(client));
        QCOMPARE(link->counters().crcErrors, 1u);
        QVERIFY(sim->control(u"unplug"_s));
        QVERIFY(QTest::qWaitFor([&] { return link->state() == ModbusLink::State::Lost; }, 2000));
        QVERIFY(sim->control(u"plug"_s));
        QVERIFY(QTest::qWaitFor([&] { return link->state() == ModbusLink::State::Open; }, 2000));
        QVERIFY(readAll(client));
    }

    void simulatorPhysics()
    {
        EnclosureSimulator sim(DeviceModel::Freezer, {}, 5, 1780000000);
        QVERIFY(sim.control(u"door open 120"_s));
        const double start = sim.truth().temperatureC;
        sim.advance(60);
        QVERIFY(sim.truth().temperatureC > start + 1); // the open door warms the box
        sim.advance(600);
        QVERIFY(!sim.truth().doorOpen);
        sim.advance(3600); // the compressor pulls it back near the setpoint
        QVERIFY(qAbs(sim.truth().temperatureC + 20) < 1.5);
        QVERIFY(sim.control(u"mains off"_s));
        sim.advance(600);
        QVERIFY(sim.truth().batteryPercent < 90);
        QVERIFY(sim.truth().supplyMv < 24000);
        QVERIFY(!sim.control(u"antenna 9 open"_s));
        auto bad = sim.control(u"frobnicate"_s);
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(u"Unknown simulator command"_s));
    }
};

QTEST_GUILESS_MAIN(TestDeviceLinks)
#include "test_device_links.moc"
