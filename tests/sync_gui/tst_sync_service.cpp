// SyncService against a real pouchdb-server: a sync on the worker thread
// moves a local ticket up and an HQ ticket down; the states the app shows;
// a refused password loses nothing; a stopped server is Offline and the
// automatic sync succeeds once it is back; a demo workspace never syncs.

#include "storage/document_store.h"
#include "support/test_support.h"
#include "sync/sync_service.h"
#include "sync_fixtures.h"
#include "test_hq.h"

#include <QNetworkInformation>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace fb;
using State = sync::SyncService::State;

class TestSyncService : public QObject
{
    Q_OBJECT

private:
    test::TestHq m_hq;

    // A workspace in `dir` set up to sync as `tech` with `url`, holding one local ticket.
    std::unique_ptr<storage::Workspace> setUp(const QTemporaryDir &dir, const QString &url,
                                              const QString &tech, const QString &user = {},
                                              const QString &key = u"local1"_s)
    {
        auto workspace = test::createWorkspace(dir);
        if (!workspace)
            return nullptr;
        sync::SyncSettings settings;
        settings.url = url;
        settings.techId = tech;
        settings.user = user;
        if (!sync::saveSyncSettings(workspace->db(), settings))
            return nullptr;
        storage::DocumentStore store(workspace->db());
        if (!store.put(test::makeTicket(key, u"T-"_s + key.toUpper())))
            return nullptr;
        return workspace;
    }

    static bool waitForStatus(sync::SyncService &service, const QString &path)
    {
        QSignalSpy status(&service, &sync::SyncService::statusChanged);
        service.setWorkspacePath(path);
        return status.wait(10000);
    }

    static sync::SyncRunSummary runOnce(sync::SyncService &service)
    {
        QSignalSpy finished(&service, &sync::SyncService::finished);
        if (!service.syncNow() || !finished.wait(30000))
            return {};
        return finished.takeFirst().at(0).value<sync::SyncRunSummary>();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        FB_START_TEST_HQ(m_hq);
        QVERIFY(m_hq.createDatabase(u"tech-svc"_s));
        QVERIFY(m_hq.createDatabase(u"tech-demo"_s));
    }

    void syncPushesAndPullsOnTheWorker()
    {
        QVERIFY(!m_hq.put(u"tech-svc"_s, test::makeTicket(u"hq1"_s, u"T-HQ1"_s)).isEmpty());
        QTemporaryDir dir;
        auto workspace = setUp(dir, m_hq.url(), u"svc"_s);
        QVERIFY(workspace);

        sync::SyncService service;
        QVERIFY(waitForStatus(service, workspace->path()));
        QCOMPARE(service.state(), State::Idle);
        // Online: no network backend loaded (Qt 6.4 may hang at exit on one).
        QVERIFY(service.networkWatch().isEmpty());
        QVERIFY(!QNetworkInformation::instance());
        QVERIFY(service.isConfigured());
        QCOMPARE(service.pendingChanges(), 1);
        QVERIFY(!service.lastGoodSync().isValid());

        QSignalSpy states(&service, &sync::SyncService::stateChanged);
        QSignalSpy finished(&service, &sync::SyncService::finished);
        QVERIFY(service.syncNow());
        QVERIFY(service.isRunning());
        QVERIFY(!service.syncNow()); // never two at once
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.size(), 1);
        const auto summary = finished.first().at(0).value<sync::SyncRunSummary>();
        QVERIFY2(summary.ok, qPrintable(summary.message));
        QCOMPARE(summary.pushed, 1);
        QCOMPARE(summary.pulled, 1);
        QCOMPARE(states.size(), 2);
        QCOMPARE(states.at(0).at(0).value<State>(), State::Syncing);
        QCOMPARE(states.at(1).at(0).value<State>(), State::Idle);
        QCOMPARE(service.pendingChanges(), 0);
        QVERIFY(service.lastGoodSync().isValid());

        QCOMPARE(m_hq.get(u"tech-svc"_s, u"ticket:local1"_s).value("number"_L1).toString(),
                 u"T-LOCAL1"_s);
        QCOMPARE(
            test::localDocument(workspace->db(), u"ticket:hq1"_s).value("number"_L1).toString(),
            u"T-HQ1"_s);

        QSignalSpy log(&service, &sync::SyncService::logLoaded);
        service.loadLog();
        QVERIFY(log.wait(10000));
        const auto entries = log.first().at(0).value<QList<sync::SyncLogEntry>>();
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries.first().ok);
        QCOMPARE(entries.first().pushed, 1);
    }

    void refusedPasswordNeedsCredentialsAndLosesNothing()
    {
        test::TestHq secured;
        QVERIFY(secured.start());
        QVERIFY(secured.createDatabase(u"catalog"_s));
        QVERIFY(secured.createDatabase(u"tech-sec"_s));
        QVERIFY(secured.addAdmin(u"hq"_s, u"right-password"_s));
        QTemporaryDir dir;
        auto workspace = setUp(dir, secured.url(), u"sec"_s, u"hq"_s);
        QVERIFY(workspace);

        sync::SyncService service;
        QVERIFY(waitForStatus(service, workspace->path()));
        service.setPassword(u"wrong-password"_s);
        auto summary = runOnce(service);
        QVERIFY(!summary.ok);
        QCOMPARE(service.state(), State::NeedsCredentials);
        QVERIFY2(service.message().contains(u"user name or password"_s),
                 qPrintable(service.message()));
        QVERIFY(!service.message().contains(u"wrong-password"_s));
        QVERIFY(!service.hasPassword()); // a refused password is dropped
        QCOMPARE(service.pendingChanges(), 1);
        QVERIFY(!test::localDocument(workspace->db(), u"ticket:local1"_s).isEmpty());

        service.setPassword(u"right-password"_s);
        summary = runOnce(service);
        QVERIFY2(summary.ok, qPrintable(summary.message));
        QCOMPARE(service.state(), State::Idle);
        QCOMPARE(service.pendingChanges(), 0);
        QCOMPARE(summary.pushed, 1);
    }

    void offlineThenAutomaticSyncWhenServerReturns()
    {
        test::TestHq flaky;
        QVERIFY(flaky.start());
        QVERIFY(flaky.createDatabase(u"catalog"_s));
        QVERIFY(flaky.createDatabase(u"tech-fl"_s));
        QTemporaryDir dir;
        auto workspace = setUp(dir, flaky.url(), u"fl"_s);
        QVERIFY(workspace);
        flaky.kill();

        sync::SyncService service;
        QVERIFY(waitForStatus(service, workspace->path()));
        auto summary = runOnce(service);
        QVERIFY(!summary.ok);
        QCOMPARE(service.state(), State::Offline);
        QVERIFY2(service.message().contains(u"cannot be reached"_s), qPrintable(service.message()));
        QVERIFY2(service.networkWatch().endsWith(u"probe"_s), qPrintable(service.networkWatch()));
        qInfo("network watch: %s", qPrintable(service.networkWatch()));
        QCOMPARE(service.pendingChanges(), 1);
        // Offline is not a failed run: nothing in the log.
        QCOMPARE(test::localCount(workspace->db(), "SELECT count(*) FROM sync_log"), 0);

        // Short timers for the test; the settings' 15 minutes otherwise.
        QSignalSpy finished(&service, &sync::SyncService::finished);
        service.setAutoIntervalMs(200);
        service.setProbeIntervalMs(200);
        QVERIFY(flaky.start());
        // pouchdb-server keeps its list of databases in a write it may not
        // have made yet when killed moments after creating them; the real HQ
        // comes back with its databases, so this one is given them again.
        for (const QString &database : {u"catalog"_s, u"tech-fl"_s}) {
            const int status = flaky.request("PUT", database).status;
            QVERIFY2(status == 201 || status == 412, qPrintable(QString::number(status)));
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(finished.cbegin(), finished.cend(),
                                             [](const QList<QVariant> &args) {
                                                 return args.at(0).value<sync::SyncRunSummary>().ok;
                                             }),
                                 30000);
        QTRY_COMPARE(service.pendingChanges(), 0);
        QCOMPARE(flaky.get(u"tech-fl"_s, u"ticket:local1"_s).value("number"_L1).toString(),
                 u"T-LOCAL1"_s);
    }

    void demoWorkspaceIsNeverSynced()
    {
        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir, 5);
        QVERIFY(workspace);
        sync::SyncSettings settings;
        settings.url = m_hq.url();
        settings.techId = u"demo"_s;
        QVERIFY(sync::saveSyncSettings(workspace->db(), settings));

        sync::SyncService service;
        service.setAutoIntervalMs(100);
        QVERIFY(waitForStatus(service, workspace->path()));
        QVERIFY(service.isDemo());
        QCOMPARE(service.state(), State::Unavailable);
        QVERIFY(!service.syncNow());
        QVERIFY2(service.message().contains(u"demo"_s), qPrintable(service.message()));
        QTest::qWait(300); // the automatic timer must not start one either
        QVERIFY(!service.isRunning());
        QCOMPARE(m_hq.docCount(u"tech-demo"_s), 0);
        QCOMPARE(test::localCount(workspace->db(), "SELECT count(*) FROM sync_log"), 0);
    }

    void badUrlsAreRefusedWithAMessage()
    {
        QVERIFY(sync::checkServerUrl(u"https://hq.example.com/"_s));
        QVERIFY(sync::checkServerUrl(u"http://127.0.0.1:5984/"_s));
        const Status plain = sync::checkServerUrl(u"http://hq.example.com/"_s);
        QVERIFY(!plain);
        QVERIFY2(plain.error().message.contains(u"https://"_s), qPrintable(plain.error().message));
        QVERIFY(!sync::checkServerUrl(u"not a url"_s));
        QVERIFY(!sync::checkServerUrl(QString()));
        QVERIFY(!sync::checkServerUrl(u"https://user:pw@hq.example.com/"_s));
    }
};

QTEST_GUILESS_MAIN(TestSyncService)
#include "tst_sync_service.moc"
