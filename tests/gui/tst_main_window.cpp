// The real main window on a real demo workspace: tickets are created,
// changed and refused through the UI, and the results are read back from the
// workspace file with the repository.

#include "gui/devices/device_list_model.h"
#include "gui/devices/devices_page.h"
#include "gui/dialog_seam.h"
#include "gui/gui_context.h"
#include "gui/main_window.h"
#include "gui/tickets/add_note_dialog.h"
#include "gui/tickets/change_status_dialog.h"
#include "gui/tickets/new_ticket_dialog.h"
#include "gui/tickets/ticket_detail_view.h"
#include "gui/tickets/ticket_list_model.h"
#include "gui/tickets/tickets_page.h"
#include "gui/workspace_setup.h"
#include "gui_test_helpers.h"
#include "storage/asset_repository.h"
#include "storage/ticket_repository.h"
#include "storage/workspace.h"
#include "support/test_support.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace fb::gui;
using fb::test::okButton;
using fb::test::waitForDialog;

class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void pagesAreMadeLazilyAndShortcutsSwitch();
    void statusBarFollowsContext();
    void createsTicketThroughDialog();
    void changesStatusWithReason();
    void addsPlainTextNote();
    void refusedTransitionShowsDomainMessageAndChangesNothing();
    void devicesPageShowsDeviceAndTickets();
    void startupRefusesDamagedWorkspaceUntouched();
    void startupCreatesEmptyWorkspace();
    void searchClearButtonShowsWithTextAndClears();
    void ticketListQueriesAfterTheFirstFrame();
    void ticketColumnWidthsAreKept();
    void firstDefaultColumnWidthsAreDropped();
    void listColumnsFitWhatTheyShow_data();
    void listColumnsFitWhatTheyShow();
    void detailsFollowWidthUntilChosen();

private:
    std::unique_ptr<fb::storage::Workspace> reopen();
    TicketsPage *ticketsPage() { return qobject_cast<TicketsPage *>(m_window->page(u"tickets"_s)); }
    void showTicketAndWait(const QString &id);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    std::unique_ptr<GuiContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    QString m_createdId;
    QString m_path;
};

void MainWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Window geometry goes to a temporary settings folder, not the user's.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QVERIFY(m_dir.isValid());
    auto workspace = fb::test::createWorkspace(m_dir, 300);
    QVERIFY(workspace);
    m_path = workspace->path();
    m_context = std::make_unique<GuiContext>();
    m_context->setWorkspace(std::move(workspace));
    m_window = std::make_unique<MainWindow>(*m_context);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(!ticketsPage()->model()->isLoading());
}

void MainWindowTest::init()
{
    DialogSeam::reset();
    // A box nobody expected must not hang the test: it answers and is recorded.
    DialogSeam::setAutoAnswer(true);
}

void MainWindowTest::cleanup()
{
    const QStringList unexpected = DialogSeam::takeMessages();
    DialogSeam::reset();
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u" | "_s)));
}

void MainWindowTest::cleanupTestCase()
{
    m_window.reset();
    m_context.reset();
}

std::unique_ptr<fb::storage::Workspace> MainWindowTest::reopen()
{
    // A separate connection, as another process would read the file.
    auto opened =
        fb::storage::Workspace::open(m_path, fb::storage::Workspace::OpenMode::OpenExisting);
    if (!opened) {
        qWarning("reopen: %s", qPrintable(opened.error().message));
        return nullptr;
    }
    return std::move(opened).value();
}

void MainWindowTest::showTicketAndWait(const QString &id)
{
    TicketsPage *page = ticketsPage();
    QSignalSpy loaded(page, &TicketsPage::detailLoaded);
    page->showTicket(id);
    QTRY_VERIFY(!loaded.isEmpty());
    QCOMPARE(loaded.last().first().toString(), id);
}

void MainWindowTest::pagesAreMadeLazilyAndShortcutsSwitch()
{
    QCOMPARE(m_window->currentPageId(), u"tickets"_s);
    QVERIFY(m_window->isPageCreated(u"tickets"_s));
    QVERIFY(!m_window->isPageCreated(u"manuals"_s));
    QVERIFY(!m_window->isPageCreated(u"devices"_s));

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(m_window->currentPageId(), u"troubleshooting"_s);
    QVERIFY(m_window->isPageCreated(u"troubleshooting"_s));
    // Pages not built yet say so.
    const QList<QLabel *> labels = m_window->currentPage()->findChildren<QLabel *>();
    const bool saysNotBuilt = std::any_of(labels.begin(), labels.end(), [](QLabel *label) {
        return label->text().contains(u"This page is not built yet"_s);
    });
    QVERIFY(saysNotBuilt);

    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->currentPageId(), u"tickets"_s);
    // Ctrl+F puts the cursor in the ticket search.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(ticketsPage()->searchEdit()->hasFocus());
    QVERIFY(!m_window->isPageCreated(u"manuals"_s));
}

void MainWindowTest::statusBarFollowsContext()
{
    auto *sync = m_window->findChild<QLabel *>(u"syncLabel"_s);
    auto *device = m_window->findChild<QLabel *>(u"deviceLabel"_s);
    auto *workspace = m_window->findChild<QLabel *>(u"workspaceLabel"_s);
    QVERIFY(sync && device && workspace);
    QCOMPARE(sync->text(), u"Offline"_s);
    QCOMPARE(device->text(), u"No device"_s);
    QCOMPARE(workspace->toolTip(), m_path);
    m_context->setSyncState(u"Synced 10:42"_s);
    m_context->setConnectedDevice(u"Cabinet C-100 (simulated)"_s);
    QCOMPARE(sync->text(), u"Synced 10:42"_s);
    QCOMPARE(device->text(), u"Cabinet C-100 (simulated)"_s);
    m_context->setSyncState(u"Offline"_s);
    m_context->setConnectedDevice(QString());
    QCOMPARE(device->text(), u"No device"_s);
}

void MainWindowTest::createsTicketThroughDialog()
{
    TicketsPage *page = ticketsPage();
    const int before = page->model()->rowCount();
    QTest::mouseClick(page->findChild<QPushButton *>(u"newTicketButton"_s), Qt::LeftButton);
    auto *dialog = waitForDialog<NewTicketDialog>();
    QVERIFY(dialog);

    auto *site = dialog->findChild<QComboBox *>(u"site"_s);
    auto *device = dialog->findChild<QComboBox *>(u"device"_s);
    auto *priority = dialog->findChild<QComboBox *>(u"priority"_s);
    auto *channel = dialog->findChild<QComboBox *>(u"channel"_s);
    auto *summary = dialog->findChild<QLineEdit *>(u"summary"_s);
    QVERIFY(site && device && priority && channel && summary);
    QVERIFY(site->count() > 1);
    // Pick a site that has a device; the device list follows the site.
    int siteIndex = -1;
    for (int i = site->count() - 1; i >= 0 && siteIndex < 0; --i) {
        site->setCurrentIndex(i);
        if (device->count() > 0)
            siteIndex = i;
    }
    QVERIFY(siteIndex >= 0);
    const QString siteId = site->currentData().toString();
    const QString serial = device->currentData().toString();
    fb::storage::AssetRepository assets(m_context->workspace()->db());
    QStringList shownSerials;
    for (int i = 0; i < device->count(); ++i)
        shownSerials << device->itemData(i).toString();
    const auto atSite = assets.deviceSerialsAtSite(siteId);
    QVERIFY(atSite.ok());
    QCOMPARE(shownSerials, *atSite);
    priority->setCurrentIndex(priority->findData(u"high"_s));
    channel->setCurrentIndex(channel->findData(u"email"_s));
    QVERIFY(!okButton(dialog)->isEnabled()); // no summary yet
    QTest::keyClicks(summary, u"Door sensor reports open while closed"_s);
    QVERIFY(okButton(dialog)->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);

    QTRY_COMPARE(page->model()->rowCount(), before + 1);
    QTRY_VERIFY(page->detailView()->ticket().has_value());
    m_createdId = page->detailView()->ticket()->id;

    auto workspace = reopen();
    QVERIFY(workspace);
    fb::storage::TicketRepository tickets(workspace->db());
    auto found = tickets.list({{}, {}, u"door sensor reports open"_s});
    QVERIFY(found.ok());
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().id, m_createdId);
    auto ticket = tickets.find(m_createdId);
    QVERIFY(ticket.ok());
    QCOMPARE(ticket->summary, u"Door sensor reports open while closed"_s);
    QCOMPARE(ticket->siteId, siteId);
    QCOMPARE(ticket->deviceSerial, serial);
    QCOMPARE(fb::toString(ticket->priority), fb::toString(fb::Priority::High));
    QCOMPARE(fb::toString(ticket->channel), fb::toString(fb::Channel::Email));
    QCOMPARE(fb::toString(ticket->status), fb::toString(fb::TicketStatus::New));
}

void MainWindowTest::changesStatusWithReason()
{
    QVERIFY(!m_createdId.isEmpty());
    showTicketAndWait(m_createdId);
    QTest::mouseClick(ticketsPage()->detailView()->changeStatusButton(), Qt::LeftButton);
    auto *dialog = waitForDialog<ChangeStatusDialog>();
    QVERIFY(dialog);
    auto *target = dialog->findChild<QComboBox *>(u"targetStatus"_s);
    auto *reason = dialog->findChild<QPlainTextEdit *>(u"reason"_s);
    QVERIFY(target && reason);
    // Only what the workflow allows from "new".
    QStringList offered;
    for (int i = 0; i < target->count(); ++i)
        offered << target->itemData(i).toString();
    QCOMPARE(offered, (QStringList{u"remote_troubleshooting"_s, u"resolved"_s}));

    target->setCurrentIndex(target->findData(u"resolved"_s));
    QVERIFY(!okButton(dialog)->isEnabled()); // resolving needs a reason
    QTest::keyClicks(reason, u"Replaced the door sensor"_s);
    QVERIFY(okButton(dialog)->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);

    QTRY_COMPARE(fb::toString(ticketsPage()->detailView()->ticket()->status),
                 fb::toString(fb::TicketStatus::Resolved));
    auto workspace = reopen();
    QVERIFY(workspace);
    auto ticket = fb::storage::TicketRepository(workspace->db()).find(m_createdId);
    QVERIFY(ticket.ok());
    QCOMPARE(fb::toString(ticket->status), fb::toString(fb::TicketStatus::Resolved));
    QCOMPARE(ticket->statusHistory.size(), 2);
    QCOMPARE(fb::toString(ticket->statusHistory.last().status),
             fb::toString(fb::TicketStatus::Resolved));
    QCOMPARE(ticket->statusHistory.last().reason, u"Replaced the door sensor"_s);
    QCOMPARE(ticket->statusHistory.last().by, m_context->userName());
    // The history table shows the newest change first, with its reason.
    auto *history = ticketsPage()->detailView()->findChild<QTableWidget *>(u"statusHistory"_s);
    QCOMPARE(history->rowCount(), 2);
    QCOMPARE(history->item(0, 3)->text(), u"Replaced the door sensor"_s);
}

void MainWindowTest::refusedTransitionShowsDomainMessageAndChangesNothing()
{
    QVERIFY(!m_createdId.isEmpty());
    showTicketAndWait(m_createdId);
    QCOMPARE(fb::toString(ticketsPage()->detailView()->ticket()->status),
             fb::toString(fb::TicketStatus::Resolved));
    QTest::mouseClick(ticketsPage()->detailView()->changeStatusButton(), Qt::LeftButton);
    auto *dialog = waitForDialog<ChangeStatusDialog>();
    QVERIFY(dialog);

    // Meanwhile someone else closes the ticket (another connection).
    auto workspace = reopen();
    QVERIFY(workspace);
    fb::storage::TicketRepository tickets(workspace->db());
    fb::StatusChangeRequest close{fb::TicketStatus::Closed, u"colleague"_s, u"Customer confirmed"_s,
                                  QDateTime::currentDateTimeUtc()};
    QVERIFY(tickets.changeStatus(m_createdId, close).ok());
    auto closed = tickets.find(m_createdId);
    QVERIFY(closed.ok());

    // What the domain says about reopening a closed ticket.
    fb::Ticket copy = *closed;
    const fb::Status expected =
        fb::changeStatus(copy, {fb::TicketStatus::RemoteTroubleshooting, u"x"_s, u"y"_s,
                                QDateTime::currentDateTimeUtc()});
    QVERIFY(!expected.ok());

    auto *target = dialog->findChild<QComboBox *>(u"targetStatus"_s);
    target->setCurrentIndex(target->findData(u"remote_troubleshooting"_s));
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"reason"_s), u"Came back"_s);
    DialogSeam::setAutoAnswer(false);
    DialogSeam::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);

    QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
    const QStringList shown = DialogSeam::takeMessages();
    QCOMPARE(shown, QStringList{expected.error().message});

    auto after = fb::storage::TicketRepository(reopen()->db()).find(m_createdId);
    QVERIFY(after.ok());
    QCOMPARE(fb::toString(after->status), fb::toString(fb::TicketStatus::Closed));
    QCOMPARE(after->rev, closed->rev);
    QCOMPARE(after->statusHistory.size(), closed->statusHistory.size());
}

void MainWindowTest::addsPlainTextNote()
{
    QVERIFY(!m_createdId.isEmpty());
    showTicketAndWait(m_createdId);
    // Shortcut path: Ctrl+Shift+N on the window.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dialog = waitForDialog<AddNoteDialog>();
    QVERIFY(dialog);
    const QString text = u"<b>Not bold</b> & <a href='x'>no link</a>"_s;
    auto *edit = dialog->findChild<QPlainTextEdit *>(u"noteText"_s);
    QVERIFY(!okButton(dialog)->isEnabled());
    edit->setPlainText(text);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);

    auto *notes = ticketsPage()->detailView()->findChild<QPlainTextEdit *>(u"notes"_s);
    QTRY_VERIFY(notes->toPlainText().contains(text));
    auto ticket = fb::storage::TicketRepository(reopen()->db()).find(m_createdId);
    QVERIFY(ticket.ok());
    QCOMPARE(ticket->notes.size(), 1);
    QCOMPARE(ticket->notes.first().text, text);
}

void MainWindowTest::devicesPageShowsDeviceAndTickets()
{
    m_window->showPage(u"devices"_s);
    auto *page = qobject_cast<DevicesPage *>(m_window->currentPage());
    QVERIFY(page);
    QVERIFY(page->extensionsLayout());
    fb::storage::AssetRepository assets(m_context->workspace()->db());
    const auto devices = assets.devices();
    QVERIFY(devices.ok());
    QTRY_COMPARE(page->model()->rowCount(), int(devices->size()));

    // Search narrows the list like the repository does.
    const QString serial = devices->first().serial;
    page->searchEdit()->setText(serial);
    const auto matching = assets.devices(serial);
    QVERIFY(matching.ok());
    QTRY_COMPARE(page->model()->rowCount(), int(matching->size()));

    QSignalSpy shown(page, &DevicesPage::deviceShown);
    page->showDevice(serial);
    QTRY_COMPARE(shown.size(), 1);
    auto forDevice =
        fb::storage::TicketRepository(m_context->workspace()->db()).ticketsForDevice(serial);
    QVERIFY(forDevice.ok());
    auto *ticketTable = page->findChild<QTableWidget *>(u"deviceTickets"_s);
    QCOMPARE(ticketTable->rowCount(), int(forDevice->size()));
    auto events = assets.serviceEvents(serial);
    QVERIFY(events.ok());
    QCOMPARE(page->findChild<QTableWidget *>(u"serviceHistory"_s)->rowCount(), int(events->size()));
    QVERIFY(page->findChild<QLabel *>(u"deviceFacts"_s)->text().contains(serial));
    page->searchEdit()->clear();
    m_window->showPage(u"tickets"_s);
}

void MainWindowTest::startupRefusesDamagedWorkspaceUntouched()
{
    QTemporaryDir dir;
    const QString path = fb::storage::Workspace::pathInDirectory(dir.path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a workspace, just garbage bytes\n");
    file.close();
    const QByteArray digest = fb::test::fileDigest(path);

    DialogSeam::setAutoAnswer(false);
    DialogSeam::setNextChoice(1); // Quit
    auto workspace = WorkspaceSetup::openAtStartup(path);
    QVERIFY(!workspace);
    const QStringList shown = DialogSeam::takeMessages();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(u"could not be opened"_s), qPrintable(shown.first()));
    QVERIFY(shown.first().contains(u"has not been changed"_s));
    QCOMPARE(fb::test::fileDigest(path), digest);
}

void MainWindowTest::startupCreatesEmptyWorkspace()
{
    QTemporaryDir dir;
    const QString path = fb::storage::Workspace::pathInDirectory(dir.path() + u"/new/folder"_s);
    DialogSeam::setAutoAnswer(false);
    DialogSeam::setNextChoice(1); // Create empty workspace
    auto workspace = WorkspaceSetup::openAtStartup(path);
    QVERIFY(workspace);
    QVERIFY(QFile::exists(path));
    QCOMPARE(fb::storage::TicketRepository(workspace->db()).count().value(), 0);
    const QStringList shown = DialogSeam::takeMessages();
    QCOMPARE(shown.size(), 1);
    QVERIFY(shown.first().contains(u"no workspace"_s));

    // Cancelling the welcome box quits without creating anything.
    const QString other = fb::storage::Workspace::pathInDirectory(dir.path() + u"/other"_s);
    DialogSeam::setNextChoice(-1);
    QVERIFY(!WorkspaceSetup::openAtStartup(other));
    QVERIFY(!QFile::exists(other));
    DialogSeam::takeMessages();
}

void MainWindowTest::searchClearButtonShowsWithTextAndClears()
{
    QLineEdit *search = ticketsPage()->searchEdit();
    auto *clear = search->findChild<QAction *>(u"clearButton"_s);
    QVERIFY(clear);
    QVERIFY(!clear->isVisible());
    QTest::keyClicks(search, u"door"_s);
    QVERIFY(clear->isVisible());
    clear->trigger();
    QCOMPARE(search->text(), QString());
    QVERIFY(!clear->isVisible());
}

// The ticket list's first query waits for the window's first frame (it
// would compete with painting it): a window not shown yet reads nothing.
void MainWindowTest::ticketListQueriesAfterTheFirstFrame()
{
    GuiContext context;
    context.setWorkspace(reopen());
    QVERIFY(context.workspace());
    MainWindow window(context);
    auto *page = qobject_cast<TicketsPage *>(window.page(u"tickets"_s));
    QVERIFY(page);
    QVERIFY(page->model()->isLoading());
    QTest::qWait(300); // far longer than the query of 300 tickets takes
    QCOMPARE(page->model()->rowCount(), 0);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(!page->model()->isLoading());
    QCOMPARE(page->model()->rowCount(), ticketsPage()->model()->rowCount());
    QVERIFY(page->model()->rowCount() > 0);
}

// Widths the user set come back in the next window; the sort order does not
// (the list always opens by date received, newest first).
void MainWindowTest::ticketColumnWidthsAreKept()
{
    GuiContext context;
    context.setWorkspace(reopen());
    QVERIFY(context.workspace());
    int devicePx = 0;
    {
        MainWindow window(context);
        auto *table = window.page(u"tickets"_s)->findChild<QTableView *>(u"ticketTable"_s);
        QVERIFY(table);
        devicePx = table->horizontalHeader()->sectionSize(TicketListModel::Device) + 37;
        table->horizontalHeader()->resizeSection(TicketListModel::Device, devicePx);
        table->sortByColumn(TicketListModel::Number, Qt::AscendingOrder);
    }
    MainWindow window(context);
    const QHeaderView *header =
        window.page(u"tickets"_s)->findChild<QTableView *>(u"ticketTable"_s)->horizontalHeader();
    QCOMPARE(header->sectionSize(TicketListModel::Device), devicePx);
    QCOMPARE(header->sectionResizeMode(TicketListModel::Summary), QHeaderView::Stretch);
    QCOMPARE(header->sortIndicatorSection(), int(TicketListModel::Received));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
}

// Version 1 saved its fixed widths (which clipped German texts) at every
// exit; they must not hide the text-sized defaults.
void MainWindowTest::firstDefaultColumnWidthsAreDropped()
{
    QSettings().remove(u"TicketsPage"_s);
    GuiContext context;
    context.setWorkspace(reopen());
    QVERIFY(context.workspace());
    int statusPx = 0;
    {
        MainWindow window(context);
        QHeaderView *header = window.page(u"tickets"_s)
                                  ->findChild<QTableView *>(u"ticketTable"_s)
                                  ->horizontalHeader();
        statusPx = header->sectionSize(TicketListModel::Status);
        header->resizeSection(TicketListModel::Status, 130 / 2);
        QSettings().setValue(u"TicketsPage/columns7"_s, header->saveState());
    }
    QSettings().remove(u"TicketsPage/columns7v2"_s); // as if saved by version 1 only
    MainWindow window(context);
    const QHeaderView *header =
        window.page(u"tickets"_s)->findChild<QTableView *>(u"ticketTable"_s)->horizontalHeader();
    QCOMPARE(header->sectionSize(TicketListModel::Status), statusPx);
}

namespace {

// The cells of `columns` whose text (and icon) does not fit the column, as
// "text: needed px > width px"; `checked` counts the cells looked at.
QStringList clippedCells(const QTableView *table, const QList<int> &columns, int &checked)
{
    const QAbstractItemModel *model = table->model();
    const QFontMetrics metrics = table->fontMetrics();
    const int textMargins = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
    const int icon = table->style()->pixelMetric(QStyle::PM_SmallIconSize);
    QStringList clipped;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column : columns) {
            const QModelIndex index = model->index(row, column);
            const QString text = index.data().toString();
            if (text.isEmpty())
                continue; // a page not fetched yet
            const bool hasIcon = index.data(Qt::DecorationRole).isValid();
            const int needed =
                metrics.horizontalAdvance(text) + textMargins + (hasIcon ? icon + 4 : 0);
            const int width = table->horizontalHeader()->sectionSize(column);
            if (needed > width)
                clipped << u"%1: %2 px > %3 px"_s.arg(text).arg(needed).arg(width);
            ++checked;
        }
    }
    return clipped;
}

} // namespace

void MainWindowTest::listColumnsFitWhatTheyShow_data()
{
    QTest::addColumn<QString>("catalogue");
    QTest::newRow("English") << QString();
    // German statuses are half as long again ("Vor-Ort-Einsatz geplant").
    QTest::newRow("German") << u":/i18n/fieldbench_de.qm"_s;
}

void MainWindowTest::listColumnsFitWhatTheyShow()
{
    QFETCH(QString, catalogue);
    QTranslator translator;
    if (!catalogue.isEmpty()) {
        QVERIFY(translator.load(catalogue));
        QVERIFY(QCoreApplication::installTranslator(&translator));
    }
    const auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
    QSettings().remove(u"TicketsPage"_s); // the default widths, not ones a user chose
    GuiContext context;
    context.setWorkspace(reopen());
    QVERIFY(context.workspace());
    MainWindow window(context);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tickets = qobject_cast<TicketsPage *>(window.page(u"tickets"_s));
    QVERIFY(tickets);
    QTRY_VERIFY(tickets->model()->rowCount() > 0 && !tickets->model()->isLoading());
    if (!catalogue.isEmpty()) // the catalogue is in use
        QCOMPARE(tickets->model()->headerData(TicketListModel::Received, Qt::Horizontal),
                 u"Eingegangen"_s);

    int cells = 0;
    QStringList clipped = clippedCells(tickets->table(),
                                       {TicketListModel::Number, TicketListModel::Priority,
                                        TicketListModel::Status, TicketListModel::Device,
                                        TicketListModel::Received, TicketListModel::NextDeadline},
                                       cells);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u"; "_s)));
    QVERIFY(cells >= 6 * 100);
    // What is left for the summary still reads as words.
    const int summary = tickets->table()->horizontalHeader()->sectionSize(TicketListModel::Summary);
    QVERIFY2(summary >= tickets->table()->fontMetrics().averageCharWidth() * 25,
             qPrintable(QString::number(summary)));

    // Devices: every column but the names (site, customer), which are elided.
    window.showPage(u"devices"_s);
    auto *devices = qobject_cast<DevicesPage *>(window.page(u"devices"_s));
    QTRY_VERIFY(devices->model()->rowCount() > 0);
    cells = 0;
    clipped = clippedCells(devices->table(),
                           {DeviceListModel::Serial, DeviceListModel::Model,
                            DeviceListModel::Region, DeviceListModel::InstallDate,
                            DeviceListModel::Firmware, DeviceListModel::OpenTickets},
                           cells);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u"; "_s)));
    QVERIFY(cells >= 6 * 10);
}

void MainWindowTest::detailsFollowWidthUntilChosen()
{
    QSettings().remove(u"Details"_s);
    QSettings().remove(u"TicketsPage"_s);
    GuiContext context;
    context.setWorkspace(reopen());
    QVERIFY(context.workspace());
    // Each page's splitter as the user sees it: the page shown (a hidden page
    // of the stack gets its new size when it is shown).
    const auto orientations = [](MainWindow &window) {
        QList<Qt::Orientation> seen;
        for (const auto &[page, splitter] : {std::pair{u"devices"_s, u"deviceSplitter"_s},
                                             std::pair{u"tickets"_s, u"ticketSplitter"_s}}) {
            window.showPage(page);
            QCoreApplication::processEvents();
            auto *found = window.page(page)->findChild<QSplitter *>(splitter);
            seen << (found ? found->orientation() : Qt::Orientation{});
        }
        return seen;
    };
    const QList<Qt::Orientation> beside{Qt::Horizontal, Qt::Horizontal};
    const QList<Qt::Orientation> below{Qt::Vertical, Qt::Vertical};
    {
        MainWindow window(context);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tickets = qobject_cast<TicketsPage *>(window.page(u"tickets"_s));
        QVERIFY(window.findChild<QAction *>(u"detailsAutomatic"_s)->isChecked());
        // 1,280 px has no room for the lists' columns and the details side by side.
        QCOMPARE(orientations(window), below);
        QVERIFY(tickets->detailView()->isWideLayout());
        window.resize(2400, 1000);
        QTRY_COMPARE(orientations(window), beside);
        QVERIFY(!tickets->detailView()->isWideLayout());
        window.resize(1100, 800);
        QTRY_COMPARE(orientations(window), below);

        // A choice wins over the width, on both pages.
        window.findChild<QAction *>(u"detailsBeside"_s)->trigger();
        QCOMPARE(orientations(window), beside);
        QVERIFY(!tickets->detailView()->isWideLayout());
        window.resize(1000, 700);
        QTest::qWait(50);
        QCOMPARE(orientations(window), beside);
        window.findChild<QAction *>(u"detailsBelow"_s)->trigger();
        QCOMPARE(orientations(window), below);
        QVERIFY(tickets->detailView()->isWideLayout());
    }
    // ... and is kept.
    MainWindow window(context);
    window.resize(2400, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.findChild<QAction *>(u"detailsBelow"_s)->isChecked());
    QCOMPARE(orientations(window), below);
    window.findChild<QAction *>(u"detailsAutomatic"_s)->trigger();
    QCOMPARE(orientations(window), beside);
}

QTEST_MAIN(MainWindowTest)
#include "tst_main_window.moc"
