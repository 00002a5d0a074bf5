// The real `fieldbench` executable from launch to its first painted window:
// the workspace opens on a thread of its own while QApplication starts, and
// what opening includes (deadlines follow a changed service policy) still
// happens on that path. FIELDBENCH_BENCH_STARTUP=1 makes the app quit after
// the first paint.

#include "domain/policy/policy.h"
#include "storage/demo_workspace.h"
#include "storage/sla_index.h"
#include "storage/workspace.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fb;

class TestAppStartup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString dataDir() const { return m_dir.filePath(u"data"_s); }

    // Runs the app until its first paint; returns its exit code (-1: hung).
    int launch(const QStringList &arguments, QByteArray *out = nullptr,
               const QProcessEnvironment &extra = {}, QByteArray *err = nullptr)
    {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(extra);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"FIELDBENCH_BENCH_STARTUP"_s, u"1"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg-data"_s));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(FIELDBENCH_GUI_PATH), arguments);
        if (!app.waitForFinished(60000)) {
            app.kill();
            app.waitForFinished();
            return -1;
        }
        if (out)
            *out = app.readAllStandardOutput();
        if (err)
            *err = app.readAllStandardError();
        return app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -2;
    }

    QString storedPolicyDigest()
    {
        auto workspace = storage::Workspace::open(storage::Workspace::pathInDirectory(dataDir()),
                                                  storage::Workspace::OpenMode::OpenExisting);
        if (!workspace)
            return u"(not opened: %1)"_s.arg(workspace.error().message);
        auto digest =
            (*workspace)->db().scalar("SELECT value FROM meta WHERE key = 'sla_policy_sha256'");
        return digest ? digest->toString() : u"(no digest)"_s;
    }

    void setStoredPolicyDigest(const char *sql)
    {
        auto workspace = storage::Workspace::open(storage::Workspace::pathInDirectory(dataDir()),
                                                  storage::Workspace::OpenMode::OpenExisting);
        QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().message));
        QVERIFY((*workspace)->db().exec(sql));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto workspace = storage::Workspace::open(storage::Workspace::pathInDirectory(dataDir()),
                                                  storage::Workspace::OpenMode::CreateIfMissing);
        QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().message));
        QVERIFY(storage::recomputeDeadlinesIfPolicyChanged((*workspace)->db(),
                                                           *policy::activePolicy()));
        DemoOptions options;
        options.tickets = 60;
        QVERIFY(storage::createDemoWorkspace(**workspace, options));
    }

    void opensAnExistingWorkspaceAndPaints_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString dir = m_dir.filePath(u"data"_s);
        QTest::newRow("--data-dir DIR") << QStringList{u"--data-dir"_s, dir};
        QTest::newRow("--data-dir=DIR --lang de")
            << QStringList{u"--data-dir="_s + dir, u"--lang"_s, u"de"_s};
    }
    void opensAnExistingWorkspaceAndPaints()
    {
        QFETCH(QStringList, arguments);
        QByteArray out;
        QCOMPARE(launch(arguments, &out), 0);
        QVERIFY2(out.contains("first-paint-epoch-ms"), out.constData());
    }

    // libcurl and its ~25 libraries are loaded by the first sync, not at
    // start-up (sync/curl_on_demand.cpp). The dynamic loader lists what it
    // loads (LD_DEBUG=files); libsqlite3 is the control that it does.
    void startUpLeavesLibcurlForTheFirstSync()
    {
        QProcessEnvironment extra;
        extra.insert(u"LD_DEBUG"_s, u"files"_s);
        QByteArray out;
        QByteArray err;
        QCOMPARE(launch({u"--data-dir"_s, dataDir()}, &out, extra, &err), 0);
        QVERIFY2(out.contains("first-paint-epoch-ms"), out.constData());
        QVERIFY2(err.contains("file=libsqlite3.so"), "LD_DEBUG listed nothing");
        QVERIFY2(!err.contains("file=libcurl.so"), "libcurl was loaded at start-up");
    }

    void deadlinesFollowAChangedPolicyOnThatPath()
    {
        const QString current = storedPolicyDigest();
        QCOMPARE(current.size(), 64); // a SHA-256 in hex
        setStoredPolicyDigest("UPDATE meta SET value = 'an older policy' "
                              "WHERE key = 'sla_policy_sha256'");
        QCOMPARE(storedPolicyDigest(), u"an older policy"_s);
        QCOMPARE(launch({u"--data-dir"_s, dataDir()}), 0);
        QCOMPARE(storedPolicyDigest(), current);
    }

    void unknownArgumentsStillGetTheParsersAnswer()
    {
        // Not opened early: the parser exits at once with its message.
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(FIELDBENCH_GUI_PATH),
                  {u"--data-dir"_s, dataDir(), u"--no-such-option"_s});
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 1);
        QVERIFY2(app.readAllStandardError().contains("no-such-option"), "no parser message");
    }
};

QTEST_GUILESS_MAIN(TestAppStartup)
#include "tst_app_startup.moc"
