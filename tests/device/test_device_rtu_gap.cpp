// Modbus RTU inter-frame gap (t3.5) over a real pty: the simulator stamps
// when each reply left and when the next request's first byte came in, and
// the link must have kept at least t3.5 of silence in between. A correctness
// check, not a speed one: a slow machine only makes the gaps longer.

#include "device_rig.h"

#include "device/modbus_frame.h"

#include <QStandardPaths>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace fb;
using namespace fb::device;
using fb::test::DeviceRig;

class TestDeviceRtuGap : public QObject
{
    Q_OBJECT

    // Both clocks are CLOCK_MONOTONIC on one machine; the allowance only
    // covers the order the two processes' time stamps are taken in.
    static constexpr qint64 ToleranceNs = 50'000;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void gapFromTheSpec()
    {
        // Modbus over Serial Line §2.5.1.1: 3.5 characters of 11 bits, rounded up.
        QCOMPARE(modbus::rtuInterFrameGapUs(9600), 4011);
        QCOMPARE(modbus::rtuInterFrameGapUs(19200), 2006);
        QCOMPARE(modbus::rtuInterFrameGapUs(38400), 1003);
        QCOMPARE(modbus::rtuInterFrameGapUs(115200), 335);
        QCOMPARE(modbus::rtuInterFrameGapUs(0), 0);
        LinkSettings s;
        s.port = u"/dev/ttyACM0"_s;
        QCOMPARE(s.rtuGapUs(), 335);
        s.baud = 9600;
        QCOMPARE(s.rtuGapUs(), 4011);
        s.interFrameGapUs = 300;
        QCOMPARE(s.rtuGapUs(), 300);
        QVERIFY(s.validate());
        s.interFrameGapUs = -2;
        const Status bad = s.validate();
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(u"inter-frame gap"_s),
                 qPrintable(bad.error().message));
        s.interFrameGapUs = 100001;
        QVERIFY(!s.validate());
    }

    void gapHonoured_data()
    {
        QTest::addColumn<int>("paceBaud");
        QTest::addColumn<int>("gapSetting"); // LinkSettings::interFrameGapUs
        QTest::addColumn<int>("requiredUs");
        QTest::newRow("raw-pty-configured-t3.5") << 0 << 335 << 335;
        QTest::newRow("paced-115200-spec-t3.5") << 115200 << -1 << 335;
        QTest::newRow("paced-115200-strict-1750") << 115200 << 1750 << 1750;
        QTest::newRow("raw-pty-5ms-configured") << 0 << 5000 << 5000;
    }
    void gapHonoured()
    {
        QFETCH(int, paceBaud);
        QFETCH(int, gapSetting);
        QFETCH(int, requiredUs);
        DeviceRig rig{DeviceModel::Freezer, paceBaud};
        QVERIFY(rig.start());
        rig.pty->setMinimumGapUs(requiredUs);
        LinkSettings s = rig.settings(false);
        s.interFrameGapUs = gapSetting;
        s.timeoutMs = 500;
        auto link = ModbusLink::create(s);
        QVERIFY(test::openLink(*link));

        // Queued all at once, so each request goes out the moment the link
        // allows: back to back is where a missing gap would show.
        constexpr int Requests = 40;
        int ok = 0, failed = 0;
        QString lastError;
        for (int i = 0; i < Requests; ++i)
            link->send(modbus::readRequest(modbus::ReadInput, 0, 16),
                       [&](const Result<QByteArray> &reply) {
                           if (reply && modbus::parseReadResponse(*reply, 16))
                               ++ok;
                           else
                               ++failed, lastError = reply ? u"bad reply"_s : reply.error().message;
                       });
        QTRY_COMPARE_WITH_TIMEOUT(ok + failed, Requests, 10000);
        QVERIFY2(failed == 0, qPrintable(lastError));

        const InterFrameGaps gaps = rig.pty->gaps();
        QCOMPARE(gaps.measured, quint64(Requests - 1));
        QVERIFY2(
            gaps.minNs >= qint64(requiredUs) * 1000 - ToleranceNs,
            qPrintable(u"shortest gap %1 µs, at least %2 µs required"_s.arg(gaps.minNs / 1000.0)
                           .arg(requiredUs)));
        QCOMPARE(link->counters().garbageBytes, quint64(0));
    }

    void defaultGapFollowsTheLine_data()
    {
        QTest::addColumn<int>("paceBaud");
        QTest::addColumn<int>("baud");
        QTest::addColumn<int>("defaultGapUs");
        QTest::addColumn<int>("expectedGapUs");
        // A pty answers sooner than 9600 baud allows (even on a busy
        // machine): no line, no gap.
        QTest::newRow("raw-pty") << 0 << 9600 << 4011 << 0;
        // Paced like a real UART: the spec's t3.5 stays.
        QTest::newRow("paced-115200") << 115200 << 115200 << 335 << 335;
    }
    void defaultGapFollowsTheLine()
    {
        QFETCH(int, paceBaud);
        QFETCH(int, baud);
        QFETCH(int, defaultGapUs);
        QFETCH(int, expectedGapUs);
        DeviceRig rig{DeviceModel::Cabinet, paceBaud};
        QVERIFY(rig.start());
        LinkSettings s = rig.settings(false);
        s.baud = baud;
        QCOMPARE(s.interFrameGapUs, -1);
        s.timeoutMs = 500;
        auto link = ModbusLink::create(s);
        QVERIFY(test::openLink(*link));
        QCOMPARE(link->interFrameGapUs(), defaultGapUs); // until replies show otherwise

        constexpr int Requests = 30;
        int ok = 0;
        for (int i = 0; i < Requests; ++i)
            link->send(modbus::readRequest(modbus::ReadInput, 0, 16),
                       [&](const Result<QByteArray> &reply) { ok += reply ? 1 : 0; });
        QTRY_COMPARE_WITH_TIMEOUT(ok, Requests, 10000);
        QCOMPARE(link->interFrameGapUs(), expectedGapUs);
        QCOMPARE(link->counters().garbageBytes, quint64(0));

        // A port opened again may be a different adapter: measured afresh.
        link->close();
        QVERIFY(test::openLink(*link));
        QCOMPARE(link->interFrameGapUs(), defaultGapUs);
    }

    void closeWhileWaitingOutTheGap()
    {
        // A long gap keeps the second request waiting; closing the link then
        // must fail it with a clear message and never put it on the wire.
        DeviceRig rig{DeviceModel::Refrigerator};
        QVERIFY(rig.start());
        LinkSettings s = rig.settings(false);
        s.interFrameGapUs = 100000;
        s.timeoutMs = 2000;
        auto link = ModbusLink::create(s);
        QVERIFY(test::openLink(*link));
        int firstOk = 0;
        QString secondError;
        bool secondDone = false;
        link->send(modbus::readRequest(modbus::ReadInput, 0, 2),
                   [&](const Result<QByteArray> &reply) {
                       firstOk = reply ? 1 : -1;
                       // Never close from inside a reply handler: defer it.
                       QTimer::singleShot(0, link.get(), [&] { link->close(); });
                   });
        link->send(modbus::readRequest(modbus::ReadInput, 0, 2),
                   [&](const Result<QByteArray> &reply) {
                       secondDone = true;
                       if (!reply)
                           secondError = reply.error().message;
                   });
        QTRY_VERIFY_WITH_TIMEOUT(secondDone, 5000);
        QCOMPARE(firstOk, 1);
        QCOMPARE(secondError, u"The link to the device was closed."_s);
        QTest::qWait(150); // past the gap: a leftover timer would send it now
        QCOMPARE(rig.pty->framesServed(), quint64(1));
        QCOMPARE(link->state(), ModbusLink::State::Closed);
    }
};

QTEST_GUILESS_MAIN(TestDeviceRtuGap)
#include "test_device_rtu_gap.moc"
