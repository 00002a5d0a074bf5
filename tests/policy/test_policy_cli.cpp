// `fieldbench-cli sla due` and the SLA columns of `tickets list`, run as the
// real binary (cli.md): exact JSON, exit codes, one clear stderr line.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &arguments, const QProcessEnvironment &extra = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Without a runtime dir Qt warns on stderr, which would hide the one error line.
    static QTemporaryDir runtimeDir;
    environment.insert(u"XDG_RUNTIME_DIR"_s, runtimeDir.path());
    for (const QString &key : extra.keys())
        environment.insert(key, extra.value(key));
    process.setProcessEnvironment(environment);
    process.start(QString::fromUtf8(FIELDBENCH_CLI_PATH), arguments);
    if (!process.waitForFinished(60000))
        qFatal("fieldbench-cli did not finish");
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

class TestPolicyCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void due_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("due");
        QTest::addColumn<QString>("dueUtc");
        const auto us = [](const QString &from) {
            return QStringList{u"--json"_s, u"sla"_s,    u"due"_s, u"--region"_s,
                               u"us"_s,     u"--from"_s, from};
        };
        QTest::newRow("Mon 10:00") << us(u"2026-12-07T10:00:00-06:00"_s)
                                   << u"2026-12-08T10:00:00-06:00"_s << u"2026-12-08T16:00:00Z"_s;
        QTest::newRow("Fri 16:00") << us(u"2026-12-11T16:00:00-06:00"_s)
                                   << u"2026-12-14T16:00:00-06:00"_s << u"2026-12-14T22:00:00Z"_s;
        QTest::newRow("Sat 11:00") << us(u"2026-12-12T11:00:00-06:00"_s)
                                   << u"2026-12-14T17:00:00-06:00"_s << u"2026-12-14T23:00:00Z"_s;
        QTest::newRow("Tue 07:00") << us(u"2026-12-08T07:00:00-06:00"_s)
                                   << u"2026-12-08T17:00:00-06:00"_s << u"2026-12-08T23:00:00Z"_s;
        QTest::newRow("Wed 17:00") << us(u"2026-12-09T17:00:00-06:00"_s)
                                   << u"2026-12-10T17:00:00-06:00"_s << u"2026-12-10T23:00:00Z"_s;
        QTest::newRow("eu hours") << QStringList{u"sla"_s,      u"due"_s,
                                                 u"--region"_s, u"eu"_s,
                                                 u"--from"_s,   u"2026-04-02T14:00:00Z"_s,
                                                 u"--hours"_s,  u"4"_s,
                                                 u"--json"_s}
                                  << u"2026-04-07T11:00:00+02:00"_s << u"2026-04-07T09:00:00Z"_s;
    }
    void due()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, due);
        QFETCH(QString, dueUtc);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject expected{{"due"_L1, due}, {"due_utc"_L1, dueUtc}};
        QCOMPARE(document.object(), expected);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("region") << QStringList{u"sla"_s,  u"due"_s,    u"--region"_s,
                                               u"apac"_s, u"--from"_s, u"2026-12-07T10:00:00Z"_s}
                                << u"--region"_s;
        QTest::newRow("no region")
            << QStringList{u"sla"_s, u"due"_s, u"--from"_s, u"2026-12-07T10:00:00Z"_s}
            << u"--region"_s;
        QTest::newRow("from garbage") << QStringList{u"sla"_s, u"due"_s,    u"--region"_s,
                                                     u"us"_s,  u"--from"_s, u"next tuesday"_s}
                                      << u"--from"_s;
        QTest::newRow("from without zone")
            << QStringList{u"sla"_s, u"due"_s,    u"--region"_s,
                           u"us"_s,  u"--from"_s, u"2026-12-07T10:00:00"_s}
            << u"--from"_s;
        QTest::newRow("hours zero")
            << QStringList{u"sla"_s,     u"due"_s,    u"--region"_s,
                           u"us"_s,      u"--from"_s, u"2026-12-07T10:00:00Z"_s,
                           u"--hours"_s, u"0"_s}
            << u"--hours"_s;
        QTest::newRow("hours text")
            << QStringList{u"sla"_s,     u"due"_s,    u"--region"_s,
                           u"us"_s,      u"--from"_s, u"2026-12-07T10:00:00Z"_s,
                           u"--hours"_s, u"nine"_s}
            << u"--hours"_s;
        QTest::newRow("verb") << QStringList{u"sla"_s, u"when"_s} << u"sla due"_s;
        QTest::newRow("unknown option")
            << QStringList{u"sla"_s, u"due"_s, u"--zone"_s, u"x"_s} << u"zone"_s;
    }
    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run run = cli(QStringList{u"--json"_s} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        const QString err = QString::fromUtf8(run.err).trimmed();
        QVERIFY2(err.startsWith(u"fieldbench-cli: "_s), qPrintable(err));
        QVERIFY2(!err.contains(u'\n'), qPrintable(err)); // exactly one line
        QVERIFY2(err.contains(mentions), qPrintable(err));
    }

    void ticketListShowsResponseDueAndState()
    {
        QTemporaryDir dir;
        const Run init = cli({u"--data-dir"_s, dir.path(), u"--json"_s, u"demo"_s, u"init"_s,
                              u"--tickets"_s, u"30"_s});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        QProcessEnvironment pinned;
        pinned.insert(u"FIELDBENCH_NOW"_s, u"2026-11-29T12:00:00Z"_s);
        const Run list =
            cli({u"--data-dir"_s, dir.path(), u"--json"_s, u"tickets"_s, u"list"_s}, pinned);
        QCOMPARE(list.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(rows.size(), 30);
        const QStringList states{u"on_track"_s, u"at_risk"_s, u"breached"_s, u"met"_s};
        for (const QJsonValue &value : rows) {
            const QJsonObject row = value.toObject();
            QVERIFY2(row.value("response_due"_L1).toString().endsWith(u'Z'),
                     qPrintable(QString::fromUtf8(QJsonDocument(row).toJson())));
            QVERIFY2(states.contains(row.value("sla_state"_L1).toString()),
                     qPrintable(QString::fromUtf8(QJsonDocument(row).toJson())));
        }
        // The pinned clock makes the states reproducible run after run.
        QCOMPARE(
            cli({u"--data-dir"_s, dir.path(), u"--json"_s, u"tickets"_s, u"list"_s}, pinned).out,
            list.out);
    }
};

QTEST_GUILESS_MAIN(TestPolicyCli)
#include "test_policy_cli.moc"
