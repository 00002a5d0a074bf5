// The Sync page in the real main window, offscreen, against a real
// pouchdb-server: settings through the dialog (Test connection says OK for
// the server and names the problem for a wrong port or plain http), Sync now,
// the log row and the status-bar text; the password asked at sync time when
// no keychain runs.

#include "domain/commercial/money_format.h"
#include "gui/dialog_seam.h"
#include "gui/gui_context.h"
#include "gui/main_window.h"
#include "gui/sync/conflict_dialog.h"
#include "gui/sync/password_dialog.h"
#include "gui/sync/sync_controller.h"
#include "gui/sync/sync_page.h"
#include "gui/sync/sync_settings_dialog.h"
#include "gui_test_helpers.h"
#include "storage/document_store.h"
#include "support/test_support.h"
#include "sync_fixtures.h"
#include "test_hq.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace fb;
using namespace fb::gui;
using State = sync::SyncService::State;

class TestSyncGui : public QObject
{
    Q_OBJECT

private:
    test::TestHq m_hq;
    QTemporaryDir m_settingsDir;

    struct App
    {
        QTemporaryDir dir;
        std::unique_ptr<GuiContext> context;
        std::unique_ptr<MainWindow> window;
        SyncPage *page = nullptr;
        QLabel *statusLabel = nullptr;
    };

    // The main window on a fresh (non-demo) workspace with one local ticket,
    // showing the Sync page.
    bool open(App &app)
    {
        auto workspace = test::createWorkspace(app.dir);
        if (!workspace)
            return false;
        storage::DocumentStore store(workspace->db());
        if (!store.put(test::makeTicket(u"gui1"_s, u"T-GUI1"_s)))
            return false;
        app.context = std::make_unique<GuiContext>();
        app.context->setWorkspace(std::move(workspace));
        app.window = std::make_unique<MainWindow>(*app.context);
        app.window->show();
        if (!QTest::qWaitForWindowExposed(app.window.get()))
            return false;
        app.window->showPage(u"sync"_s);
        app.page = qobject_cast<SyncPage *>(app.window->currentPage());
        app.statusLabel = app.window->findChild<QLabel *>(u"syncLabel"_s);
        return app.page && app.statusLabel;
    }

    static SyncSettingsDialog *openSettings(App &app)
    {
        app.page->findChild<QPushButton *>(u"syncSettingsButton"_s)->click();
        return test::waitForDialog<SyncSettingsDialog>();
    }

    static void setText(QWidget *dialog, const QString &name, const QString &text)
    {
        auto *edit = dialog->findChild<QLineEdit *>(name);
        QVERIFY2(edit, qPrintable(name));
        edit->setText(text);
    }

    // Clicks "Test connection" and returns the result text once it is there.
    static QString testConnection(SyncSettingsDialog *dialog, bool *ok)
    {
        QSignalSpy tested(dialog, &SyncSettingsDialog::tested);
        dialog->findChild<QPushButton *>(u"testConnection"_s)->click();
        if (tested.isEmpty() && !tested.wait(20000))
            return {};
        *ok = tested.first().at(0).toBool();
        return dialog->findChild<QLabel *>(u"testResult"_s)->text();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        FB_START_TEST_HQ(m_hq);
        QVERIFY(m_hq.createDatabase(u"tech-gui"_s));
        QVERIFY(!m_hq.put(u"tech-gui"_s, test::makeTicket(u"hqg1"_s, u"T-HQG1"_s)).isEmpty());
    }

    void init()
    {
        DialogSeam::reset();
        DialogSeam::setAutoAnswer(true);
    }

    void cleanup() { DialogSeam::reset(); }

    void settingsTestConnectionAndSyncNow()
    {
        App app;
        QVERIFY(open(app));
        QTRY_COMPARE(app.statusLabel->text(), u"Sync not set up · 1 pending"_s);
        auto *syncButton = app.page->findChild<QPushButton *>(u"syncNowButton"_s);
        QVERIFY(!syncButton->isEnabled());
        auto *progress = app.page->findChild<QProgressBar *>(u"syncProgress"_s);
        QVERIFY(!progress->isTextVisible()); // idle: no "0%"

        SyncSettingsDialog *dialog = openSettings(app);
        QVERIFY(dialog);
        // Plain http to another computer is refused in the dialog.
        setText(dialog, u"serverUrl"_s, u"http://hq.example.com/"_s);
        setText(dialog, u"techId"_s, u"gui"_s);
        bool ok = true;
        QString result = testConnection(dialog, &ok);
        QVERIFY(!ok);
        QVERIFY2(result.contains(u"https://"_s), qPrintable(result));
        test::okButton(dialog)->click();
        QVERIFY(dialog->isVisible()); // not accepted
        QStringList boxes = DialogSeam::takeMessages();
        QCOMPARE(boxes.size(), 1);
        QVERIFY2(boxes.first().contains(u"https://"_s), qPrintable(boxes.first()));

        // A port where nothing listens: refused, said plainly.
        int freePort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            freePort = probe.serverPort();
        }
        setText(dialog, u"serverUrl"_s, u"http://127.0.0.1:%1/"_s.arg(freePort));
        result = testConnection(dialog, &ok);
        QVERIFY(!ok);
        QVERIFY2(result.contains(u"refused the connection"_s), qPrintable(result));

        setText(dialog, u"serverUrl"_s, m_hq.url());
        result = testConnection(dialog, &ok);
        QVERIFY2(ok, qPrintable(result));
        QVERIFY2(result.startsWith(u"OK"_s) && result.contains(u"tech-gui"_s), qPrintable(result));

        setText(dialog, u"techId"_s, u"nobody"_s);
        result = testConnection(dialog, &ok);
        QVERIFY(!ok);
        QVERIFY2(result.contains(u"no database tech-nobody"_s), qPrintable(result));
        setText(dialog, u"techId"_s, u"gui"_s);

        sync::SyncService &service = app.page->controller().service();
        QSignalSpy saved(&service, &sync::SyncService::settingsSaved);
        test::okButton(dialog)->click();
        QVERIFY(saved.wait(10000));
        QVERIFY(saved.first().at(0).toBool());
        QTRY_VERIFY(service.isConfigured());
        QTRY_VERIFY(syncButton->isEnabled());
        QCOMPARE(service.settings().url, m_hq.url());

        QSignalSpy logShown(app.page, &SyncPage::logShown);
        QTest::mouseClick(syncButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!logShown.isEmpty() && logShown.last().at(0).toInt() == 1, 30000);
        auto *log = app.page->findChild<QTreeWidget *>(u"syncLog"_s);
        QCOMPARE(log->topLevelItemCount(), 1);
        QTreeWidgetItem *row = log->topLevelItem(0);
        QCOMPARE(row->text(1), u"OK"_s);
        QCOMPARE(row->text(2), u"1"_s); // the HQ ticket
        QCOMPARE(row->text(3), u"1"_s); // the local ticket
        QTRY_VERIFY2(app.statusLabel->text().startsWith(u"Synced "_s),
                     qPrintable(app.statusLabel->text()));
        QVERIFY2(!app.statusLabel->text().contains(u"pending"_s),
                 qPrintable(app.statusLabel->text()));
        QCOMPARE(app.page->findChild<QLabel *>(u"pendingLabel"_s)->text(), u"0"_s);
        QCOMPARE(app.page->findChild<QLabel *>(u"syncStateLabel"_s)->text(), u"Up to date"_s);
        QVERIFY(!progress->isTextVisible());
        QCOMPARE(m_hq.get(u"tech-gui"_s, u"ticket:gui1"_s).value("number"_L1).toString(),
                 u"T-GUI1"_s);
        QVERIFY(DialogSeam::takeMessages().isEmpty());
    }

    void passwordAskedAtSyncTimeWithoutKeychain()
    {
        test::TestHq secured;
        QVERIFY(secured.start());
        QVERIFY(secured.createDatabase(u"catalog"_s));
        QVERIFY(secured.createDatabase(u"tech-sec"_s));
        QVERIFY(secured.addAdmin(u"hq"_s, u"right-password"_s));
        App app;
        QVERIFY(open(app));
        sync::SyncService &service = app.page->controller().service();
        {
            sync::SyncSettings settings;
            settings.url = secured.url();
            settings.techId = u"sec"_s;
            settings.user = u"hq"_s;
            QSignalSpy saved(&service, &sync::SyncService::settingsSaved);
            service.saveSettings(settings, QString(), false);
            QVERIFY(saved.wait(10000));
        }
        QTRY_VERIFY(service.isConfigured());

        // No password in memory and no keychain here (or none stored): asked.
        SyncController &controller = app.page->controller();
        QSignalSpy asked(&controller, &SyncController::passwordRequested);
        app.page->findChild<QPushButton *>(u"syncNowButton"_s)->click();
        QVERIFY(asked.wait(20000));
        PasswordDialog *prompt = controller.passwordDialog();
        QVERIFY(prompt);
        QCOMPARE(service.state(), State::NeedsCredentials);
        QTRY_VERIFY(app.statusLabel->text().startsWith(u"Sync needs password"_s));

        // A wrong one: refused, asked again, nothing lost.
        prompt->setPassword(u"wrong-password"_s);
        prompt->accept();
        QVERIFY(asked.wait(20000));
        prompt = controller.passwordDialog();
        QVERIFY(prompt);
        auto *reason = prompt->findChild<QLabel *>(u"reason"_s);
        QVERIFY(reason);
        QVERIFY2(reason->text().contains(u"user name or password"_s), qPrintable(reason->text()));
        QCOMPARE(service.pendingChanges(), 1);

        QSignalSpy finished(&service, &sync::SyncService::finished);
        prompt->setPassword(u"right-password"_s);
        prompt->accept();
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().at(0).value<sync::SyncRunSummary>().ok);
        QTRY_VERIFY2(app.statusLabel->text().startsWith(u"Synced "_s),
                     qPrintable(app.statusLabel->text()));
        QCOMPARE(secured.docCount(u"tech-sec"_s), 1);
    }

    // In German the dialog speaks German. lupdate once filed its strings
    // under "SyncSettingsDialog", while the app looks them up under its
    // class, fb::gui::SyncSettingsDialog: a German user saw English.
    void settingsDialogIsTranslated()
    {
        QTranslator german;
        QVERIFY(german.load(u":/i18n/fieldbench_de.qm"_s));
        QVERIFY(QCoreApplication::installTranslator(&german));
        const auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&german); });
        App app;
        QVERIFY(open(app));
        SyncSettingsDialog *dialog = openSettings(app);
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), u"Sync-Einstellungen"_s);
        QCOMPARE(dialog->findChild<QPushButton *>(u"testConnection"_s)->text(),
                 u"Verbindung testen"_s);
        dialog->reject();
    }

    void twoApprovalsSettledInTheDialogAndPushed()
    {
        QVERIFY(m_hq.createDatabase(u"tech-cfl"_s));
        QJsonObject draft = test::makeQuote(u"cfl"_s, u"ticket:gui1"_s);
        QVERIFY(!m_hq.put(u"tech-cfl"_s, draft).isEmpty());
        QVERIFY(!m_hq.put(u"tech-cfl"_s, test::makeTicket(u"gui1"_s, u"T-000901"_s)).isEmpty());
        App app;
        QVERIFY(open(app));
        sync::SyncService &service = app.page->controller().service();
        {
            sync::SyncSettings settings;
            settings.url = m_hq.url();
            settings.techId = u"cfl"_s;
            QSignalSpy saved(&service, &sync::SyncService::settingsSaved);
            service.saveSettings(settings, QString(), false);
            QVERIFY(saved.wait(10000));
        }
        QTRY_VERIFY(service.isConfigured());
        auto *syncButton = app.page->findChild<QPushButton *>(u"syncNowButton"_s);
        auto *settleButton = app.page->findChild<QPushButton *>(u"settleConflictsButton"_s);
        QVERIFY(settleButton);
        auto syncAndWait = [&] {
            QSignalSpy finished(&service, &sync::SyncService::finished);
            QTRY_VERIFY(syncButton->isEnabled());
            syncButton->click();
            QVERIFY(finished.wait(30000));
            QVERIFY2(finished.first().at(0).value<sync::SyncRunSummary>().ok,
                     qPrintable(finished.first().at(0).value<sync::SyncRunSummary>().message));
        };
        syncAndWait();
        QVERIFY(!settleButton->isEnabled());

        // Approved here by Alice and at HQ by Bob, with different totals.
        storage::DocumentStore store(app.context->workspace()->db());
        const QJsonObject here =
            test::localDocument(app.context->workspace()->db(), u"quote:cfl"_s);
        QVERIFY(store.put(test::approved(here, u"Alice Local"_s, u"129.60"_s)));
        const QJsonObject atHq = m_hq.get(u"tech-cfl"_s, u"quote:cfl"_s);
        QVERIFY(
            !m_hq.put(u"tech-cfl"_s, test::approved(atHq, u"Bob Hq"_s, u"1234.50"_s)).isEmpty());
        syncAndWait();
        QTRY_COMPARE(service.needsAttention(), 1);
        QTRY_VERIFY(settleButton->isEnabled());
        QCOMPARE(app.page->findChild<QLabel *>(u"syncStateLabel"_s)->text(), u"Needs attention"_s);

        // The dialog shows both, as plain text with the locale's money.
        settleButton->click();
        auto *dialog = test::waitForDialog<ConflictDialog>();
        QVERIFY(dialog);
        QPointer<ConflictDialog> guard(dialog);
        QTRY_COMPARE(dialog->conflictCount(), 1);
        auto *current = dialog->findChild<QPlainTextEdit *>(u"currentApproval"_s);
        auto *other = dialog->findChild<QPlainTextEdit *>(u"otherApproval"_s);
        QVERIFY(current && other);
        const QString both = current->toPlainText() + other->toPlainText();
        QVERIFY2(both.contains(u"Alice Local"_s) && both.contains(u"Bob Hq"_s), qPrintable(both));
        const QString bobTotal =
            commercial::formatMoney(*commercial::Decimal::parse(u"1234.50"), u"USD"_s, QLocale());
        QVERIFY2(both.contains(bobTotal), qPrintable(both + u" / "_s + bobTotal));
        QVERIFY2(both.contains(u"Lock motor"_s), qPrintable(both));
        // Keep Alice's, whichever side it is on.
        const bool aliceIsCurrent = current->toPlainText().contains(u"Alice Local"_s);
        QSignalSpy settled(dialog, &ConflictDialog::settled);
        dialog
            ->findChild<QPushButton *>(aliceIsCurrent ? u"keepCurrentButton"_s
                                                      : u"keepOtherButton"_s)
            ->click();
        QVERIFY(settled.wait(10000));
        QVERIFY2(settled.first().at(0).toBool(), qPrintable(settled.first().at(1).toString()));
        QTRY_VERIFY(!guard || !guard->isVisible()); // all settled: it closes (and is deleted)
        QTRY_COMPARE(service.needsAttention(), 0);
        QTRY_VERIFY(!settleButton->isEnabled());

        // The database: Alice's approval current, Bob's kept as discarded, nothing open.
        storage::Database &db = app.context->workspace()->db();
        QCOMPARE(test::localCount(db, "SELECT count(*) FROM sync_conflicts"), 0);
        const QJsonObject settledDoc = test::localDocument(db, u"quote:cfl"_s);
        QCOMPARE(settledDoc.value("approval"_L1)["signer"_L1].toString(), u"Alice Local"_s);
        QCOMPARE(
            settledDoc.value("discarded_approvals"_L1)[0]["body"_L1]["approval"_L1]["signer"_L1]
                .toString(),
            u"Bob Hq"_s);
        // The quote's ticket tells who settled it and how, as a normal note.
        const QJsonArray notes =
            test::localDocument(db, u"ticket:gui1"_s).value("notes"_L1).toArray();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first()["by"_L1].toString(), u"cfl"_s);
        QVERIFY2(
            notes.first()["text"_L1].toString().contains(u"Kept: the approval by Alice Local"_s),
            qPrintable(notes.first()["text"_L1].toString()));

        // The next sync pushes it; HQ has one live leaf, the settled one.
        syncAndWait();
        const QJsonObject hqNow = m_hq.get(u"tech-cfl"_s, u"quote:cfl"_s, u"conflicts=true"_s);
        QCOMPARE(hqNow.value("_rev"_L1).toString(), settledDoc.value("_rev"_L1).toString());
        QVERIFY2(!hqNow.contains("_conflicts"_L1), QJsonDocument(hqNow).toJson().constData());
        QCOMPARE(hqNow.value("approval"_L1)["signer"_L1].toString(), u"Alice Local"_s);
        auto leaves = m_hq.request("GET", u"tech-cfl/quote%3Acfl?open_revs=all"_s);
        QCOMPARE(leaves.status, 200);
        int live = 0;
        for (const QJsonValue &leaf : QJsonDocument::fromJson(leaves.body).array())
            live += leaf["ok"_L1]["_deleted"_L1].toBool() ? 0 : 1;
        QCOMPARE(live, 1);
        QCOMPARE(m_hq.get(u"tech-cfl"_s, u"ticket:gui1"_s).value("notes"_L1).toArray(), notes);
        QCOMPARE(test::localCount(db, "SELECT count(*) FROM outbox"), 0);
        QVERIFY(DialogSeam::takeMessages().isEmpty());
    }
};

QTEST_MAIN(TestSyncGui)
#include "tst_sync_gui.moc"
