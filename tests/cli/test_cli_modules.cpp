// The CLI's modules (app/modules): Qt Gui and the keychain's D-Bus libraries
// are not loaded at start-up, only by the commands that need them, and a
// missing module is a clear error where it is needed. Likewise libcurl:
// loaded by the sync command alone, from its very start.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    int code = -1;
    QString err;
};

// `moduleDir` empty: the modules where the build (like the package) puts them.
Run runCli(const QStringList &arguments, const QString &moduleDir,
           const QList<QPair<QString, QString>> &extraEnvironment = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"FIELDBENCH_MODULE_DIR"_s);
    if (!moduleDir.isEmpty())
        environment.insert(u"FIELDBENCH_MODULE_DIR"_s, moduleDir);
    for (const auto &[name, value] : extraEnvironment)
        environment.insert(name, value);
    process.setProcessEnvironment(environment);
    process.start(QString::fromUtf8(FIELDBENCH_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.code = process.exitCode();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestCliModules : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A sync that needs the stored password of a user; it stops at the
    // keychain, before any request (port 9 would refuse anyway).
    Run syncWithStoredPassword(const QString &moduleDir)
    {
        return runCli({u"--data-dir"_s, m_dir.path(), u"sync"_s, u"--url"_s,
                       u"http://127.0.0.1:9/"_s, u"--tech"_s, u"t1"_s, u"--user"_s, u"bob"_s},
                      moduleDir);
    }

private slots:
    void startsWithoutQtGuiOrKeychain()
    {
        QProcess readelf;
        readelf.start(u"readelf"_s, {u"--dynamic"_s, QString::fromUtf8(FIELDBENCH_CLI_PATH)});
        QVERIFY(readelf.waitForFinished(30000));
        const QString dynamic = QString::fromUtf8(readelf.readAllStandardOutput());
        QVERIFY2(dynamic.contains(u"libQt6Core.so"_s), qPrintable(dynamic));
        for (const QString &library : {u"libQt6Gui"_s, u"libqt6keychain"_s, u"libQt6DBus"_s})
            QVERIFY2(!dynamic.contains(library), qPrintable(library));
    }

    void keychainModuleLoadedWhenAPasswordIsNeeded()
    {
        QVERIFY(m_dir.isValid());
        // From the build's module folder the keychain itself answers: no
        // secret service on a headless box, or no password stored for bob.
        const Run run = syncWithStoredPassword({});
        QCOMPARE(run.code, 2);
        QVERIFY2(!run.err.contains(u"keychain module"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"--password-stdin"_s), qPrintable(run.err));
    }

    void missingKeychainModuleIsAClearError()
    {
        const QString empty = m_dir.filePath(u"no-modules"_s);
        QVERIFY(QDir().mkpath(empty));
        const Run run = syncWithStoredPassword(empty);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(u"keychain module could not be loaded"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"--password-stdin"_s), qPrintable(run.err));
        QCOMPARE(run.err.trimmed().count(u'\n'), 0);
    }

    // The dynamic loader's log (LD_DEBUG=files) names every library loaded.
    void onlyTheSyncCommandLoadsLibcurl_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("loadsLibcurl");
        const QString notADirectory = QString::fromUtf8(FIELDBENCH_CLI_PATH);
        QTest::newRow("tickets list") << QStringList{u"tickets"_s, u"list"_s} << false;
        QTest::newRow("sync as an argument")
            << QStringList{u"tickets"_s, u"list"_s, u"--search"_s, u"sync"_s} << false;
        QTest::newRow("sync --help") << QStringList{u"sync"_s, u"--help"_s} << false;
        // Before the workspace opens: even a sync whose workspace cannot open
        // (its folder is a file) has begun loading libcurl by then.
        QTest::newRow("sync, workspace fails")
            << QStringList{u"--data-dir"_s,          notADirectory, u"sync"_s, u"--url"_s,
                           u"http://127.0.0.1:9/"_s, u"--tech"_s,   u"t1"_s}
            << true;
    }

    void onlyTheSyncCommandLoadsLibcurl()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, loadsLibcurl);
        QStringList withWorkspace = arguments;
        if (!arguments.contains(u"--data-dir"_s))
            withWorkspace = QStringList{u"--data-dir"_s, m_dir.path()} + arguments;
        const Run run = runCli(withWorkspace, {}, {{u"LD_DEBUG"_s, u"files"_s}});
        QVERIFY2(run.code >= 0, "the CLI did not finish");
        QCOMPARE(run.err.contains(u"file=libcurl.so.4"_s), loadsLibcurl);
        // The others did their work: they are commands that need no HQ.
        QVERIFY2(loadsLibcurl ? run.code != 0 : run.code == 0, qPrintable(run.err.right(400)));
    }

    // libcurl is loaded on a thread of its own, before the translations are;
    // its error is still in the user's language.
    void unloadableLibcurlIsAClearErrorInTheUsersLanguage()
    {
        QTemporaryDir broken;
        QVERIFY(broken.isValid());
        QFile fake(broken.filePath(u"libcurl.so.4"_s));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("not a library");
        fake.close();
        // A workspace of its own: the others' has a user whose password is asked for.
        const Run run =
            runCli({u"--data-dir"_s, m_dir.filePath(u"no-curl"_s), u"--lang"_s, u"de"_s, u"sync"_s,
                    u"--url"_s, u"http://127.0.0.1:9/"_s, u"--tech"_s, u"t1"_s},
                   {}, {{u"LD_LIBRARY_PATH"_s, broken.path()}});
        QCOMPARE(run.code, 4);
        QVERIFY2(run.err.contains(u"Die HTTP-Bibliothek (libcurl.so.4) konnte nicht geladen"_s),
                 qPrintable(run.err));
        QCOMPARE(run.err.trimmed().count(u'\n'), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliModules)
#include "test_cli_modules.moc"
