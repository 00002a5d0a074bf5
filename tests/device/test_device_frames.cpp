// Modbus framing, register decoding and health checks, without any I/O.

#include "device/health_checks.h"
#include "device/modbus_frame.h"
#include "device/register_map.h"
#include "device/sim_model.h"
#include "device/sim_wire.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fb;
using namespace fb::device;

class TestDeviceFrames : public QObject
{
    Q_OBJECT
private slots:
    void crcKnownVector()
    {
        // Read 2 holding registers from slave 1 at 0: 01 03 00 00 00 02 C4 0B.
        const QByteArray frame = modbus::rtuFrame(1, modbus::readRequest(0x03, 0, 2));
        QCOMPARE(frame.toHex(), "010300000002c40b"_ba);
    }

    void scanFindsFrameAfterGarbage()
    {
        const QByteArray reply = modbus::rtuFrame(1, QByteArray::fromHex("0404000a0014"));
        const QByteArray buffer = QByteArray::fromHex("ff00aa55") + reply;
        const auto scan = modbus::scanRtuResponse(buffer, 1, 0x04);
        QCOMPARE(scan.status, modbus::RtuScan::Frame);
        QCOMPARE(scan.pdu, QByteArray::fromHex("0404000a0014"));
        QCOMPARE(scan.garbageBytes, 4);
        QCOMPARE(scan.consumed, buffer.size());
    }

    void scanTruncatedNeedsMore()
    {
        const QByteArray reply = modbus::rtuFrame(1, QByteArray::fromHex("0404000a0014"));
        for (qsizetype n = 0; n < reply.size(); ++n) {
            const auto scan = modbus::scanRtuResponse(reply.left(n), 1, 0x04);
            QCOMPARE(scan.status, modbus::RtuScan::NeedMore);
            QCOMPARE(scan.consumed, 0);
        }
    }

    void scanCorruptIsCrcError()
    {
        QByteArray reply = modbus::rtuFrame(1, QByteArray::fromHex("0404000a0014"));
        reply[4] = char(reply.at(4) ^ 0x10);
        const auto scan = modbus::scanRtuResponse(reply, 1, 0x04);
        QCOMPARE(scan.status, modbus::RtuScan::CrcError);
        QCOMPARE(scan.consumed, reply.size());
    }

    void scanWrongAddressDropped()
    {
        const QByteArray other = modbus::rtuFrame(7, QByteArray::fromHex("0404000a0014"));
        auto scan = modbus::scanRtuResponse(other, 1, 0x04);
        QCOMPARE(scan.status, modbus::RtuScan::NeedMore);
        QCOMPARE(scan.wrongAddress, 1);
        QCOMPARE(scan.consumed, other.size());
        const QByteArray mine = modbus::rtuFrame(1, QByteArray::fromHex("0404000a0014"));
        scan = modbus::scanRtuResponse(other + mine, 1, 0x04);
        QCOMPARE(scan.status, modbus::RtuScan::Frame);
        QCOMPARE(scan.wrongAddress, 1);
    }

    void scanExceptionReply()
    {
        const QByteArray reply = modbus::rtuFrame(1, modbus::exceptionResponse(0x06, 3));
        const auto scan = modbus::scanRtuResponse(reply, 1, 0x06);
        QCOMPARE(scan.status, modbus::RtuScan::Frame);
        QCOMPARE(scan.pdu, QByteArray::fromHex("8603"));
    }

    void scanOversizedJunkDropped()
    {
        const QByteArray junk(3000, '\x01');
        const auto scan = modbus::scanRtuResponse(junk, 1, 0x04);
        QCOMPARE(scan.status, modbus::RtuScan::NeedMore);
        QCOMPARE(scan.consumed, junk.size());
        QCOMPARE(scan.garbageBytes, 3000);
    }

    void parseReadResponseChecksCount()
    {
        QVERIFY(!modbus::parseReadResponse(QByteArray::fromHex("0404000a"), 2));
        QVERIFY(!modbus::parseReadResponse(QByteArray::fromHex("04"), 1));
        const auto ok = modbus::parseReadResponse(QByteArray::fromHex("0404000a8000"), 2);
        QVERIFY(ok);
        QCOMPARE(*ok, (QList<quint16>{10, 0x8000}));
    }

    void tcpFraming()
    {
        const QByteArray frame = modbus::tcpFrame(0x1234, 1, modbus::readRequest(0x04, 0, 49));
        QCOMPARE(frame.toHex(), "1234000000060104000000"
                                "31"_ba);
        auto scan = modbus::scanTcpFrame(frame.left(9));
        QCOMPARE(scan.status, modbus::TcpScan::NeedMore);
        scan = modbus::scanTcpFrame(frame);
        QCOMPARE(scan.status, modbus::TcpScan::Frame);
        QCOMPARE(scan.transaction, 0x1234);
        QCOMPARE(scan.consumed, frame.size());
        QByteArray bad = frame;
        bad[2] = 1; // protocol id must be 0
        QCOMPARE(modbus::scanTcpFrame(bad).status, modbus::TcpScan::Malformed);
        bad = frame;
        bad[4] = char(0x10); // length 4102: oversized
        QCOMPARE(modbus::scanTcpFrame(bad).status, modbus::TcpScan::Malformed);
    }

    void requestLengths()
    {
        QCOMPARE(modbus::rtuRequestLength(QByteArray::fromHex("01")), 0);
        QCOMPARE(modbus::rtuRequestLength(QByteArray::fromHex("0103")), 8);
        QCOMPARE(modbus::rtuRequestLength(QByteArray::fromHex("0110000100")), 0);
        QCOMPARE(modbus::rtuRequestLength(QByteArray::fromHex("01100001000204")), 13);
        QCOMPARE(modbus::rtuRequestLength(QByteArray::fromHex("0141")), -1);
    }

    void simulatorAnswersExceptions()
    {
        EnclosureSimulator sim(DeviceModel::Freezer, {}, 1, 1780000000);
        QCOMPARE(sim.handle(QByteArray::fromHex("2b0e0100")).toHex(), "ab01"_ba);
        QCOMPARE(sim.handle(modbus::readRequest(0x04, 190, 5)).toHex(), "8402"_ba);
        QCOMPARE(sim.handle(modbus::readRequest(0x04, 0, 126)).toHex(), "8403"_ba);
        QCOMPARE(sim.handle(modbus::readRequest(0x03, 5, 3)).toHex(), "8302"_ba);
        // Freezer setpoint -10.00 °C is out of -25…-15: exception 3, value kept.
        QCOMPARE(sim.handle(modbus::writeSingleRequest(0, quint16(qint16(-1000)))).toHex(),
                 "8603"_ba);
        QCOMPARE(qint16(sim.holdingRegisters().at(0)), -2000);
        QCOMPARE(sim.handle(modbus::writeSingleRequest(3, 99)).toHex(), "8603"_ba);
        const QByteArray ok = modbus::writeSingleRequest(0, quint16(qint16(-1800)));
        QCOMPARE(sim.handle(ok), ok);
        QCOMPARE(qint16(sim.holdingRegisters().at(0)), -1800);
        // Alarm band inverted: refused.
        QCOMPARE(sim.handle(modbus::writeMultipleRequest(
                                1, {quint16(qint16(-2500)), quint16(qint16(-1500))}))
                     .toHex(),
                 "9003"_ba);
    }

    void simulatorWireDropsBadRequests()
    {
        EnclosureSimulator sim(DeviceModel::Cabinet, {}, 1, 1780000000);
        QByteArray frame = modbus::rtuFrame(1, modbus::readRequest(0x04, 0, 2));
        QVERIFY(!serveRtuFrame(sim, 1, frame).isEmpty());
        QVERIFY(serveRtuFrame(sim, 2, frame).isEmpty()); // not our address: silent
        frame[3] = char(frame.at(3) ^ 1);
        QVERIFY(serveRtuFrame(sim, 1, frame).isEmpty()); // bad CRC: silent
    }

    void decodeRejectsBadMaps()
    {
        EnclosureSimulator sim(DeviceModel::Locker, {}, 1, 1780000000);
        QList<quint16> input = sim.inputRegisters();
        const QList<quint16> holding = sim.holdingRegisters();
        const QList<quint16> events = input.mid(reg::EventLog);
        QVERIFY(decodeReadings(input.mid(0, 49), events, holding));
        input[reg::MapVersion] = 2;
        auto bad = decodeReadings(input.mid(0, 49), events, holding);
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(u"version 2"_s));
        input[reg::MapVersion] = 1;
        input[reg::AntennaCount] = 9;
        QVERIFY(!decodeReadings(input.mid(0, 49), events, holding));
        input[reg::AntennaCount] = 8;
        input[reg::Model] = 9;
        QVERIFY(!decodeReadings(input.mid(0, 49), events, holding));
        QVERIFY(!decodeReadings(input.mid(0, 20), events, holding));
    }

    void lockerHasNoBatteryOrSetpoint()
    {
        EnclosureSimulator sim(DeviceModel::Locker, u"LK-1"_s, 1, 1780000000);
        const QList<quint16> input = sim.inputRegisters();
        auto r = decodeReadings(input.mid(0, 49), input.mid(reg::EventLog), sim.holdingRegisters());
        QVERIFY(r);
        const QJsonObject status = r->toJson().value("status"_L1).toObject();
        QVERIFY(status.value("battery_percent"_L1).isNull());
        QVERIFY(status.value("battery_mv"_L1).isNull());
        QVERIFY(status.value("setpoint_c"_L1).isNull());
        QCOMPARE(r->toJson().value("antennas"_L1).toArray().size(), 8);
    }

    void validationBeforeSending()
    {
        QVERIFY(validateSetpoint(DeviceModel::Freezer, -20));
        QVERIFY(!validateSetpoint(DeviceModel::Freezer, -14.99));
        QVERIFY(!validateSetpoint(DeviceModel::Refrigerator, 1.99));
        auto cabinet = validateSetpoint(DeviceModel::Cabinet, 20);
        QVERIFY(!cabinet);
        QVERIFY(cabinet.error().message.contains(u"no temperature setpoint"_s));
        QVERIFY(!validateSetpoint(DeviceModel::Freezer, qQNaN()));
        QVERIFY(validateAlarmBand(DeviceModel::Refrigerator, 2, 8, 4));
        QVERIFY(!validateAlarmBand(DeviceModel::Refrigerator, 8, 2, 4));
        QVERIFY(!validateAlarmBand(DeviceModel::Refrigerator, 5, 8, 4)); // excludes setpoint
        QVERIFY(!validateClock(QDateTime(QDate(2019, 1, 1), QTime(0, 0), Qt::UTC)));
        QVERIFY(validateClock(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC)));
    }

    void versionsCompareNumerically()
    {
        QCOMPARE(compareVersions(u"2.7.1"_s, u"2.10.0"_s), -1);
        QCOMPARE(compareVersions(u"2.7.1"_s, u"2.7.1"_s), 0);
        QCOMPARE(compareVersions(u"3.0"_s, u"2.99.99"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestDeviceFrames)
#include "test_device_frames.moc"
