// `fieldbench-cli manuals list|search` (cli.md), run through the CLI's entry point.

#include "manual_test_util.h"

#include "cli/cli_app.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
    QJsonArray rows() const { return QJsonDocument::fromJson(out.toUtf8()).array(); }
};

Run cli(const QStringList &arguments)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.code = fb::cli::runCli(arguments, out, err);
    out.flush();
    err.flush();
    return run;
}

} // namespace

class TestManualCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_package;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_package = fb::test::compileFixturePackage(m_dir.path());
        QVERIFY(!m_package.isEmpty());
        qputenv("FIELDBENCH_MANUALS_DIR", m_package.toUtf8());
    }

    void searchPrintsRankedRows()
    {
        const Run run = cli({u"--data-dir"_s, m_dir.path(), u"--json"_s, u"manuals"_s, u"search"_s,
                             u"door will not unlock"_s});
        QCOMPARE(run.code, 0);
        const QJsonArray rows = run.rows();
        QVERIFY(!rows.isEmpty());
        const QJsonObject first = rows.first().toObject();
        QCOMPARE(first.keys(),
                 (QStringList{u"manual"_s, u"score"_s, u"section"_s, u"snippet"_s, u"title"_s}));
        QCOMPARE(first.value("manual"_L1).toString(), u"cabinet"_s);
        QCOMPARE(first.value("section"_L1).toString(), u"door-lock#door-will-not-unlock"_s);
        QCOMPARE(first.value("title"_L1).toString(),
                 u"Door lock and solenoid — Door will not unlock"_s);
        QVERIFY(first.value("snippet"_L1).toString().contains(u"**unlock**"_s));
        QVERIFY(first.value("score"_L1).toDouble() > 0);
    }

    void searchOptions()
    {
        Run run =
            cli({u"--json"_s, u"--lang"_s, u"de"_s, u"manuals"_s, u"search"_s, u"Temperaturalarm"_s,
                 u"Gefrierschrank"_s, u"--model"_s, u"freezer"_s, u"--limit"_s, u"1"_s});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.rows().size(), 1);
        QCOMPARE(run.rows().first().toObject().value("section"_L1).toString(),
                 u"temperature-probe#temperature-alarm"_s);
        run = cli({u"manuals"_s, u"search"_s, u"solenoid"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(u"manual:cabinet/door-lock#"_s));
        run = cli({u"--json"_s, u"manuals"_s, u"search"_s, u"xylophone"_s});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.rows().size(), 0);
    }

    void listPrintsChapters()
    {
        const Run run = cli({u"--json"_s, u"--lang"_s, u"de"_s, u"manuals"_s, u"list"_s,
                             u"--model"_s, u"freezer"_s});
        QCOMPARE(run.code, 0);
        const QJsonArray rows = run.rows();
        QCOMPARE(rows.size(), 2);
        const QJsonObject first = rows.first().toObject();
        QCOMPARE(first.value("manual"_L1).toString(), u"freezer"_s);
        QCOMPARE(first.value("section"_L1).toString(), u"temperature-probe"_s);
        QCOMPARE(first.value("title"_L1).toString(), u"Temperaturfühler"_s);
        QVERIFY(first.value("snippet"_L1).toString().startsWith(u"Der Gefrierschrank"_s));
        QVERIFY(first.value("score"_L1).isNull());
        QCOMPARE(rows.at(1).toObject().value("title"_L1).toString(), u"Door lock"_s); // fallback
        QCOMPARE(cli({u"--json"_s, u"manuals"_s, u"list"_s}).rows().size(), 4);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no verb") << QStringList{u"manuals"_s} << u"Usage"_s;
        QTest::newRow("no text") << QStringList{u"manuals"_s, u"search"_s} << u"words to search"_s;
        QTest::newRow("bad limit")
            << QStringList{u"manuals"_s, u"search"_s, u"x"_s, u"--limit"_s, u"0"_s} << u"limit"_s;
        QTest::newRow("limit garbage")
            << QStringList{u"manuals"_s, u"search"_s, u"x"_s, u"--limit"_s, u"ten"_s} << u"limit"_s;
        QTest::newRow("unknown model")
            << QStringList{u"manuals"_s, u"search"_s, u"x"_s, u"--model"_s, u"toaster"_s}
            << u"no manual for \"toaster\""_s;
        QTest::newRow("unknown option")
            << QStringList{u"manuals"_s, u"list"_s, u"--colour"_s} << u"colour"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = cli(arguments);
        QCOMPARE(run.code, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void realExecutable()
    {
        // The installed program, as scripts run it: main() handles --lang itself.
        const QString program = QStringLiteral(FIELDBENCH_BINARY_DIR "/app/cli/fieldbench-cli");
        if (!QFileInfo::exists(program))
            QSKIP("fieldbench-cli is not built");
        QProcess process;
        process.setProgram(program);
        // A runtime folder as a desktop session has one, so Qt adds no notes to stderr.
        const QString runtime = m_dir.path() + u"/runtime"_s;
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ExeOwner);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_RUNTIME_DIR"_s, runtime);
        process.setProcessEnvironment(environment);
        process.setArguments({u"--data-dir"_s, m_dir.path(), u"--json"_s, u"--lang"_s, u"de"_s,
                              u"manuals"_s, u"search"_s, u"Türschlosses"_s});
        process.start();
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonArray rows = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.first().toObject().value("section"_L1).toString(),
                 u"temperature-probe#temperature-alarm"_s);
        QVERIFY(process.readAllStandardError().isEmpty());

        process.setArguments({u"--data-dir"_s, m_dir.path(), u"manuals"_s, u"search"_s});
        process.start();
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.startsWith("fieldbench-cli: ") && err.count('\n') == 1, err.constData());
    }

    void brokenPackageIsADataError()
    {
        QTemporaryDir dir;
        const QString package = fb::test::compileFixturePackage(dir.path());
        QVERIFY(fb::test::rewriteFile(package + u"/index.sqlite"_s, "not a database"));
        qputenv("FIELDBENCH_MANUALS_DIR", package.toUtf8());
        const Run run = cli({u"--json"_s, u"manuals"_s, u"search"_s, u"door"_s});
        qputenv("FIELDBENCH_MANUALS_DIR", m_package.toUtf8());
        QCOMPARE(run.code, 5);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.contains(u"damaged"_s), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestManualCli)
#include "tst_manual_cli.moc"
