// fieldbench-cli end to end: spawn the binary, parse its JSON, check exit
// codes and the one stderr line on errors (cli.md).

#include "cli_runner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using fb::test::runCli;

class TestCliTickets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList base() const { return {u"--data-dir"_s, m_dir.path(), u"--json"_s}; }

    static void expectFailure(const fb::test::CliRun &run, int code, const QString &mentions)
    {
        QCOMPARE(run.exitCode, code);
        QVERIFY2(run.out.isEmpty(), run.out.constData());
        const QList<QByteArray> lines = run.err.trimmed().split('\n');
        QVERIFY2(lines.last().startsWith("fieldbench-cli: "), run.err.constData());
        QVERIFY2(QString::fromUtf8(run.err).contains(mentions), run.err.constData());
    }

private slots:
    void noWorkspaceYet()
    {
        expectFailure(runCli(base() << u"tickets"_s << u"list"_s), 5, u"demo init"_s);
    }

    void demoInit()
    {
        const auto run = runCli(base() << u"demo"_s << u"init"_s << u"--tickets"_s << u"150"_s << u"--seed"_s << u"5"_s);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject counts = run.json().object();
        QCOMPARE(counts.value("tickets"_L1).toInt(), 150);
        QVERIFY(counts.value("customers"_L1).toInt() >= 3);
        QVERIFY(counts.value("devices"_L1).toInt() >= counts.value("customers"_L1).toInt());
        // Demo data never goes into a workspace that has tickets.
        expectFailure(runCli(base() << u"demo"_s << u"init"_s), 5, u"empty workspace"_s);
    }

    void listAndFilter()
    {
        const auto all = runCli(base() << u"tickets"_s << u"list"_s);
        QCOMPARE(all.exitCode, 0);
        const QJsonArray rows = all.json().array();
        QCOMPARE(rows.size(), 150);
        const QStringList keys{u"device_serial"_s, u"id"_s, u"number"_s, u"priority"_s,
                               u"response_due"_s, u"sla_state"_s, u"status"_s, u"summary"_s};
        for (const QJsonValue &row : rows) {
            QStringList rowKeys = row.toObject().keys();
            rowKeys.sort();
            QCOMPARE(rowKeys, keys);
            QVERIFY(row.toObject().value("id"_L1).toString().startsWith(u"ticket:"_s));
        }
        const auto high = runCli(base() << u"tickets"_s << u"list"_s << u"--priority"_s << u"high"_s);
        QCOMPARE(high.exitCode, 0);
        int expected = 0;
        for (const QJsonValue &row : rows)
            expected += row.toObject().value("priority"_L1).toString() == "high"_L1;
        QCOMPARE(high.json().array().size(), expected);
        for (const QJsonValue &row : high.json().array())
            QCOMPARE(row.toObject().value("priority"_L1).toString(), u"high"_s);
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no command") << QStringList{} << u"No command"_s;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"frobnicate"_s;
        QTest::newRow("unknown option") << QStringList{u"tickets"_s, u"list"_s, u"--colour"_s, u"red"_s} << u"--colour"_s;
        QTest::newRow("bad status filter") << QStringList{u"tickets"_s, u"list"_s, u"--status"_s, u"open"_s} << u"open"_s;
        QTest::newRow("missing value") << QStringList{u"tickets"_s, u"list"_s, u"--status"_s} << u"--status"_s;
        QTest::newRow("show without id") << QStringList{u"tickets"_s, u"show"_s} << u"Usage"_s;
        QTest::newRow("bad tickets count") << QStringList{u"demo"_s, u"init"_s, u"--tickets"_s, u"lots"_s} << u"--tickets"_s;
        QTest::newRow("create missing summary") << QStringList{u"tickets"_s, u"create"_s, u"--site"_s, u"site:x"_s} << u"--device"_s;
        QTest::newRow("bad priority") << QStringList{u"tickets"_s, u"create"_s, u"--site"_s, u"s"_s, u"--device"_s, u"d"_s, u"--priority"_s, u"urgent"_s, u"--channel"_s, u"phone"_s, u"--summary"_s, u"x"_s} << u"high or normal"_s;
        QTest::newRow("local time") << QStringList{u"tickets"_s, u"create"_s, u"--site"_s, u"s"_s, u"--device"_s, u"d"_s, u"--priority"_s, u"high"_s, u"--channel"_s, u"phone"_s, u"--summary"_s, u"x"_s, u"--received-at"_s, u"2026-11-29 10:00"_s} << u"--received-at"_s;
        QTest::newRow("bad status name") << QStringList{u"tickets"_s, u"set-status"_s, u"T-000001"_s, u"done"_s} << u"done"_s;
    }

    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        expectFailure(runCli(base() + arguments), 2, mentions);
    }

    void createShowStatusNote()
    {
        const auto list = runCli(base() << u"tickets"_s << u"list"_s);
        const QJsonObject first = list.json().array().first().toObject();
        const auto shown = runCli(base() << u"tickets"_s << u"show"_s << first.value("number"_L1).toString());
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject ticket = shown.json().object();
        QCOMPARE(ticket.value("_id"_L1).toString(), first.value("id"_L1).toString());
        const QString site = ticket.value("site_id"_L1).toString();
        const QString device = ticket.value("device_serial"_L1).toString();

        const auto created = runCli(base() << u"tickets"_s << u"create"_s << u"--site"_s << site
                                           << u"--device"_s << device << u"--priority"_s << u"normal"_s
                                           << u"--channel"_s << u"email"_s << u"--summary"_s
                                           << u"Reader beeps twice at start-up"_s << u"--received-at"_s
                                           << u"2026-11-27T08:30:00-06:00"_s);
        QCOMPARE(created.exitCode, 0);
        const QJsonObject made = created.json().object();
        QCOMPARE(made.value("type"_L1).toString(), u"ticket"_s);
        QCOMPARE(made.value("status"_L1).toString(), u"new"_s);
        QCOMPARE(made.value("received_at"_L1).toString(), u"2026-11-27T14:30:00Z"_s);
        QCOMPARE(made.value("number"_L1).toString(), u"T-000151"_s);
        QCOMPARE(made.value("status_history"_L1).toArray().first().toObject().value("by"_L1).toString(), u"cli-test"_s);
        const QString id = made.value("_id"_L1).toString();

        // Refused transition: exit 5 with the rule's reason, nothing changed.
        expectFailure(runCli(base() << u"tickets"_s << u"set-status"_s << id << u"onsite"_s), 5, u"cannot move"_s);
        expectFailure(runCli(base() << u"tickets"_s << u"set-status"_s << u"T-000151"_s << u"resolved"_s), 5, u"reason"_s);
        const auto moved = runCli(base() << u"tickets"_s << u"set-status"_s << u"T-000151"_s
                                         << u"remote_troubleshooting"_s << u"--reason"_s << u"Calling the site"_s);
        QCOMPARE(moved.exitCode, 0);
        QCOMPARE(moved.json().object().value("status"_L1).toString(), u"remote_troubleshooting"_s);
        const QJsonArray history = moved.json().object().value("status_history"_L1).toArray();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.last().toObject().value("reason"_L1).toString(), u"Calling the site"_s);

        const auto noted = runCli(base() << u"tickets"_s << u"note"_s << id << u"Replaced the reader fuse"_s);
        QCOMPARE(noted.exitCode, 0);
        QCOMPARE(noted.json().object().value("notes"_L1).toArray().last().toObject().value("text"_L1).toString(),
                 u"Replaced the reader fuse"_s);
        expectFailure(runCli(base() << u"tickets"_s << u"note"_s << id << u"  "_s), 2, u"empty"_s);
        expectFailure(runCli(base() << u"tickets"_s << u"show"_s << u"T-424242"_s), 5, u"T-424242"_s);

        const auto search = runCli(base() << u"tickets"_s << u"list"_s << u"--search"_s << u"reader beeps"_s);
        QCOMPARE(search.json().array().size(), 1);
    }

    void dbCheck()
    {
        const auto run = runCli(base() << u"db"_s << u"check"_s);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = run.json().object();
        QCOMPARE(report.value("ok"_L1).toBool(), true);
        QCOMPARE(report.value("integrity"_L1).toString(), u"ok"_s);
        QVERIFY(report.value("schema_version"_L1).toInt() >= 2);
    }

    void corruptWorkspaceIsDataError()
    {
        QTemporaryDir other;
        QFile file(other.filePath(u"workspace.fieldbench"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("garbage garbage garbage");
        file.close();
        const auto run = runCli({u"--data-dir"_s, other.path(), u"--json"_s, u"tickets"_s, u"list"_s});
        expectFailure(run, 5, u"untouched"_s);
    }

    void textOutputAndHelp()
    {
        const auto help = runCli({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("tickets list"));
        const auto version = runCli({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("fieldbench-cli "));
        const auto table = runCli({u"--data-dir"_s, m_dir.path(), u"tickets"_s, u"list"_s, u"--status"_s, u"new"_s});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.startsWith("Number"));
        const auto german = runCli({u"--data-dir"_s, m_dir.path(), u"--lang"_s, u"de"_s, u"tickets"_s, u"list"_s, u"--status"_s, u"new"_s});
        QCOMPARE(german.exitCode, 0);
        QVERIFY2(german.out.startsWith("Nummer"), german.out.left(80).constData());
    }
};

QTEST_GUILESS_MAIN(TestCliTickets)
#include "test_cli_tickets.moc"
