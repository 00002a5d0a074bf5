// `fieldbench-cli diag …` end to end against a `fieldbench-devsim` process,
// over its pseudo-terminal and its TCP port.

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestDeviceCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_sim;
    QString m_port;
    QString m_tcp;

    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(QString::fromUtf8(FIELDBENCH_CLI_PATH),
                QStringList{u"--data-dir"_s, m_dir.path(), u"--json"_s} + args);
        p.waitForFinished(30000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    void control(const QString &line)
    {
        m_sim.write((line + u'\n').toUtf8());
        QVERIFY(QTest::qWaitFor([&] { return m_sim.canReadLine(); }, 5000));
        const QByteArray answer = m_sim.readLine();
        QVERIFY2(answer.startsWith("ok"), answer.constData());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_sim.start(QString::fromUtf8(FIELDBENCH_DEVSIM_PATH),
                    {u"--model"_s, u"freezer"_s, u"--serial"_s, u"FZ-CLI-42"_s, u"--link"_s,
                     m_dir.filePath(u"ttyFBCLI%1"_s.arg(QCoreApplication::applicationPid())),
                     u"--tcp"_s, u"0"_s, u"--speed"_s, u"20"_s});
        QVERIFY(m_sim.waitForStarted());
        while (m_port.isEmpty() || m_tcp.isEmpty()) {
            QVERIFY(QTest::qWaitFor([&] { return m_sim.canReadLine(); }, 10000));
            const QString line = QString::fromUtf8(m_sim.readLine()).trimmed();
            if (line.startsWith("RTU "_L1))
                m_port = line.section(u' ', 1, 1);
            else if (line.startsWith("TCP "_L1))
                m_tcp = line.section(u' ', 1, 1);
        }
        QVERIFY(QTest::qWaitFor([&] { return m_sim.canReadLine(); }, 5000));
        QVERIFY(m_sim.readLine().startsWith("READY freezer FZ-CLI-42"));
    }

    void cleanupTestCase()
    {
        m_sim.terminate();
        m_sim.waitForFinished(5000);
        QVERIFY(!QFile::exists(m_port)); // devsim removes its link on exit
    }

    void readOverRtuAndTcp_data()
    {
        QTest::addColumn<bool>("tcp");
        QTest::newRow("rtu") << false;
        QTest::newRow("tcp") << true;
    }
    void readOverRtuAndTcp()
    {
        QFETCH(bool, tcp);
        const Run r = cli(tcp ? QStringList{u"diag"_s, u"read"_s, u"--tcp"_s, m_tcp}
                              : QStringList{u"diag"_s, u"read"_s, u"--port"_s, m_port, u"--baud"_s,
                                            u"115200"_s, u"--address"_s, u"1"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject json = r.json();
        QCOMPARE(json.keys(),
                 (QStringList{u"antennas"_s, u"events"_s, u"identity"_s, u"status"_s}));
        const QJsonObject id = json.value("identity"_L1).toObject();
        QCOMPARE(id.value("model"_L1).toString(), u"freezer"_s);
        QCOMPARE(id.value("serial"_L1).toString(), u"FZ-CLI-42"_s);
        QCOMPARE(id.value("hardware"_L1).toInt(), 3);
        QCOMPARE(id.value("firmware"_L1).toString(), u"2.7.1"_s);
        QCOMPARE(id.value("bootloader"_L1).toString(), u"1.2"_s);
        const QJsonObject st = json.value("status"_L1).toObject();
        for (const char *flag : {"mains", "network_link", "hq_reachable", "lock_engaged"})
            QVERIFY2(st.value(QLatin1String(flag)).toBool(), flag);
        for (const char *flag : {"on_battery", "door_open", "temperature_alarm", "rfid_fault"})
            QVERIFY2(st.value(QLatin1String(flag)).isBool() &&
                         !st.value(QLatin1String(flag)).toBool(),
                     flag);
        QVERIFY(qAbs(st.value("supply_mv"_L1).toInt() - 24000) < 1000);
        QVERIFY(st.value("battery_percent"_L1).toInt() >= 90);
        QVERIFY(st.value("battery_mv"_L1).toInt() > 20000);
        QVERIFY(qAbs(st.value("temperature_c"_L1).toDouble() + 20) < 2);
        QCOMPARE(st.value("setpoint_c"_L1).toDouble(), -20.0);
        QCOMPARE(st.value("ip"_L1).toString(), u"10.20.30.43"_s);
        QCOMPARE(st.value("link_mbps"_L1).toInt(), 100);
        QVERIFY(st.value("last_report_s"_L1).isDouble());
        QVERIFY(st.value("door_openings"_L1).isDouble());
        QVERIFY(st.value("power_failures"_L1).isDouble());
        QVERIFY(st.value("uptime_s"_L1).toInteger() > 86400);
        QCOMPARE(st.size(), 19);
        const QJsonArray antennas = json.value("antennas"_L1).toArray();
        QCOMPARE(antennas.size(), 2);
        QCOMPARE(antennas.at(1).toObject().value("n"_L1).toInt(), 2);
        QVERIFY(antennas.at(0).toObject().value("return_loss_db"_L1).toDouble() >= 10);
        QVERIFY(antennas.at(0).toObject().contains("reads"_L1));
        const QJsonArray events = json.value("events"_L1).toArray();
        QVERIFY(!events.isEmpty());
        const QJsonObject last = events.last().toObject();
        QCOMPARE(last.value("name"_L1).toString(), u"reboot"_s);
        QCOMPARE(last.value("code"_L1).toInt(), 11);
        QCOMPARE(last.value("value"_L1).toInt(), 0);
        QVERIFY(last.value("time"_L1).toString().endsWith(u'Z'));
    }

    void checkPassesThenFails()
    {
        Run r = cli({u"diag"_s, u"check"_s, u"--port"_s, m_port});
        QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
        QCOMPARE(r.json().value("passed"_L1).toBool(), true);
        const QJsonArray checks = r.json().value("checks"_L1).toArray();
        QStringList names;
        for (const QJsonValue &c : checks) {
            names << c.toObject().value("name"_L1).toString();
            QCOMPARE(c.toObject().keys(), (QStringList{u"detail"_s, u"name"_s, u"passed"_s}));
        }
        QCOMPARE(names, (QStringList{u"power"_s, u"battery"_s, u"temperature"_s, u"network"_s,
                                     u"hq"_s, u"antennas"_s, u"door"_s}));
        control(u"antenna 2 open"_s);
        r = cli({u"diag"_s, u"check"_s, u"--tcp"_s, m_tcp});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.json().value("passed"_L1).toBool(), false);
        const QJsonObject antennas = r.json().value("checks"_L1).toArray().at(5).toObject();
        QCOMPARE(antennas.value("name"_L1).toString(), u"antennas"_s);
        QCOMPARE(antennas.value("passed"_L1).toBool(), false);
        QCOMPARE(antennas.value("detail"_L1).toString(),
                 u"antenna 2 open circuit: check the cable at the reader"_s);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.contains("antennas"));
        control(u"antenna 2 ok"_s);
    }

    void commands()
    {
        Run r = cli({u"diag"_s, u"set-setpoint"_s, u"--port"_s, m_port, u"--celsius"_s, u"-10"_s});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("-25.00"));
        QVERIFY(r.out.isEmpty());
        r = cli({u"diag"_s, u"set-setpoint"_s, u"--port"_s, m_port, u"--celsius=-18.25"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value("ok"_L1).toBool(), true);
        QCOMPARE(r.json().value("setpoint_c"_L1).toDouble(), -18.25);
        r = cli({u"diag"_s, u"read"_s, u"--tcp"_s, m_tcp});
        QCOMPARE(r.json().value("status"_L1).toObject().value("setpoint_c"_L1).toDouble(), -18.25);
        r = cli({u"diag"_s, u"unlock"_s, u"--port"_s, m_port});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value("ok"_L1).toBool(), true);
        r = cli({u"diag"_s, u"scan"_s, u"--tcp"_s, m_tcp});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value("ok"_L1).toBool(), true);
        QVERIFY(r.json().value("tags"_L1).toInt() > 0);
        QCOMPARE(r.json().value("antennas"_L1).toArray().size(), 2);
    }

    void watchPrintsLines()
    {
        const Run r = cli({u"diag"_s, u"watch"_s, u"--port"_s, m_port, u"--interval"_s, u"100"_s,
                           u"--count"_s, u"3"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        for (const QByteArray &line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QVERIFY(o.value("t"_L1).toString().endsWith(u'Z'));
            QVERIFY(o.value("temperature_c"_L1).isDouble());
            QVERIFY(o.value("supply_mv"_L1).isDouble());
        }
    }

    void errorsAndExitCodes()
    {
        Run r = cli({u"diag"_s, u"read"_s, u"--port"_s, m_dir.filePath(u"ttyNOPE"_s)});
        QCOMPARE(r.code, 3);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.contains("ttyNOPE"));
        r = cli({u"diag"_s, u"read"_s, u"--tcp"_s, u"127.0.0.1:1"_s});
        QCOMPARE(r.code, 3);
        r = cli({u"diag"_s, u"read"_s});
        QCOMPARE(r.code, 2);
        r = cli({u"diag"_s, u"frob"_s, u"--port"_s, m_port});
        QCOMPARE(r.code, 2);
        r = cli({u"diag"_s, u"read"_s, u"--port"_s, m_port, u"--address"_s, u"300"_s});
        QCOMPARE(r.code, 2);
        // Wrong slave address: the device stays silent; a clear device error.
        r = cli({u"diag"_s, u"read"_s, u"--port"_s, m_port, u"--address"_s, u"9"_s, u"--timeout"_s,
                 u"100"_s, u"--retries"_s, u"0"_s});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains("No reply"));
        // Cable pulled: exit 3; plugged back: works again on the same path.
        control(u"unplug"_s);
        r = cli({u"diag"_s, u"read"_s, u"--port"_s, m_port});
        QCOMPARE(r.code, 3);
        control(u"plug"_s);
        QTest::qWait(200);
        r = cli({u"diag"_s, u"read"_s, u"--port"_s, m_port});
        QVERIFY2(r.code == 0, r.err.constData());
    }

    // The link's messages reach a German technician in German: the port that
    // will not open, the device that does not answer.
    void errorsInGerman()
    {
        Run r = cli({u"--lang"_s, u"de"_s, u"diag"_s, u"read"_s, u"--port"_s,
                     m_dir.filePath(u"ttyNOPE"_s)});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("kann nicht geöffnet werden"), r.err.constData());
        r = cli({u"--lang"_s, u"de"_s, u"diag"_s, u"read"_s, u"--port"_s, m_port, u"--address"_s,
                 u"9"_s, u"--timeout"_s, u"100"_s, u"--retries"_s, u"0"_s});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("Keine Antwort von"), r.err.constData());
        QVERIFY2(r.err.contains("Baud, Adresse 9"), r.err.constData()); // the link's description
    }
};

QTEST_GUILESS_MAIN(TestDeviceCli)
#include "test_device_cli.moc"
