#include "gui/main_window.h"

#include "gui/first_paint.h"

#include "gui/detail_splitter.h"
#include "gui/gui_context.h"
#include "gui/gui_log.h"
#include "gui/sla/sla_notifier.h"
#include "gui/sync/sync_controller.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {

MainWindow::MainWindow(GuiContext &context, QWidget *parent)
    : QMainWindow(parent), m_context(context), m_pageInfos(pageList())
{
    // Pages made now start their first queries after the first frame.
    m_context.holdUntilFirstFrame();
    setWindowTitle(tr("Fieldbench"));
    setWindowIcon(QIcon(u":/icons/fieldbench.svg"_s));

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(1);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    int widest = 0;
    const QFontMetrics metrics(m_navigation->font());
    for (qsizetype i = 0; i < m_pageInfos.size(); ++i) {
        const PageInfo &info = m_pageInfos.at(i);
        auto *item = new QListWidgetItem(info.icon, info.title, m_navigation);
        item->setData(Qt::UserRole, info.id);
        item->setSizeHint(QSize(0, 34));
        if (i < 9)
            item->setToolTip(tr("%1 (Ctrl+%2)").arg(info.title).arg(i + 1));
        widest = std::max(widest, metrics.horizontalAdvance(info.title));
    }
    m_navigation->setFixedWidth(widest + 24 + 48);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"pages"_s);
    m_pages.fill(nullptr, m_pageInfos.size());
    for (qsizetype i = 0; i < m_pageInfos.size(); ++i) {
        // An empty holder per page; the page itself is made on first show.
        auto *holder = new QWidget(m_stack);
        auto *layout = new QVBoxLayout(holder);
        layout->setContentsMargins(0, 0, 0, 0);
        m_stack->addWidget(holder);
    }

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_workspaceLabel = new QLabel(this);
    m_workspaceLabel->setObjectName(u"workspaceLabel"_s);
    m_workspaceLabel->setTextFormat(Qt::PlainText);
    m_workspaceLabel->setMinimumWidth(120);
    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(u"syncLabel"_s);
    m_syncLabel->setTextFormat(Qt::PlainText);
    m_deviceLabel = new QLabel(this);
    m_deviceLabel->setObjectName(u"deviceLabel"_s);
    m_deviceLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_workspaceLabel, 1);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_deviceLabel);
    // These start after the first frame: the pages' first queries (the ticket
    // list), the notifier, which scans every deadline, and the sync
    // controller, which loads the network backend; none is needed to paint.
    afterFirstPaint(this, [this] {
        m_context.firstFramePainted();
        // Tray (or status-bar) messages when a deadline turns at risk or is breached.
        new SlaNotifier(m_context, statusBar(), this);
        // HQ sync runs (automatically) and feeds the status bar before the Sync page is opened.
        SyncController::forContext(m_context);
    });

    updateWorkspaceLabel();
    m_syncLabel->setText(m_context.syncState());
    updateDeviceLabel();
    connect(&m_context, &GuiContext::workspaceChanged, this, &MainWindow::updateWorkspaceLabel);
    connect(&m_context, &GuiContext::syncStateChanged, m_syncLabel, &QLabel::setText);
    connect(&m_context, &GuiContext::connectedDeviceChanged, this, &MainWindow::updateDeviceLabel);
    connect(&m_context, &GuiContext::openManualLink, this, [this](const QString &url) {
        if (QWidget *manuals = page(u"manuals"_s)) {
            showPage(u"manuals"_s);
            QMetaObject::invokeMethod(manuals, "openLink", Q_ARG(QString, url));
        }
    });
    connect(&m_context, &GuiContext::showTicket, this, [this](const QString &id) {
        if (QWidget *tickets = page(u"tickets"_s)) {
            showPage(u"tickets"_s);
            QMetaObject::invokeMethod(tickets, "showTicket", Q_ARG(QString, id));
        }
    });

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPageAt);
    buildActions();
    restoreSettings();
    if (m_navigation->currentRow() < 0)
        m_navigation->setCurrentRow(0);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newTicket =
        fileMenu->addAction(QIcon(u":/icons/page-tickets.svg"_s), tr("&New ticket…"));
    newTicket->setShortcut(QKeySequence::New);
    connect(newTicket, &QAction::triggered, this, [this] { invokeOnTickets("newTicket"); });
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setShortcutContext(Qt::ApplicationShortcut);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *find = editMenu->addAction(tr("&Find"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] { invokeOnCurrentPage("focusFilter"); });
    QAction *changeStatus = editMenu->addAction(tr("Change &status…"));
    changeStatus->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    connect(changeStatus, &QAction::triggered, this, [this] { invokeOnTickets("changeStatus"); });
    QAction *addNote = editMenu->addAction(tr("Add &note…"));
    addNote->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    connect(addNote, &QAction::triggered, this, [this] { invokeOnTickets("addNote"); });

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *refresh = viewMenu->addAction(tr("&Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, [this] { invokeOnCurrentPage("refresh"); });
    // Where the Tickets and Devices pages show the selected item.
    QMenu *details = viewMenu->addMenu(tr("&Details"));
    auto *placements = new QActionGroup(details);
    const DetailsPlacement current = detailsPlacement();
    const struct
    {
        DetailsPlacement placement;
        QString text;
        QString name;
    } choices[] = {
        {DetailsPlacement::Automatic, tr("&Automatic (by window width)"), u"Automatic"_s},
        {DetailsPlacement::Beside, tr("&Beside the list"), u"Beside"_s},
        {DetailsPlacement::Below, tr("B&elow the list"), u"Below"_s},
    };
    for (const auto &[placement, text, name] : choices) {
        QAction *action = details->addAction(text);
        action->setObjectName(u"details"_s + name);
        action->setCheckable(true);
        action->setChecked(placement == current);
        placements->addAction(action);
        connect(action, &QAction::triggered, this, [this, placement] {
            setDetailsPlacement(placement);
            for (QWidget *made : std::as_const(m_pages)) {
                if (made) {
                    for (DetailSplitter *splitter : made->findChildren<DetailSplitter *>())
                        splitter->applyPlacement();
                }
            }
        });
    }
    viewMenu->addSeparator();
    for (qsizetype i = 0; i < m_pageInfos.size() && i < 9; ++i) {
        QAction *go = viewMenu->addAction(m_pageInfos.at(i).icon, m_pageInfos.at(i).title);
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { showPageAt(static_cast<int>(i)); });
    }
}

void MainWindow::updateWorkspaceLabel()
{
    const QString path = m_context.workspacePath();
    // Long paths keep their end (the folder and file name) visible.
    const QString shown = m_workspaceLabel->fontMetrics().elidedText(path, Qt::ElideMiddle, 420);
    m_workspaceLabel->setText(tr("Workspace: %1").arg(shown));
    m_workspaceLabel->setToolTip(path);
}

void MainWindow::updateDeviceLabel()
{
    const QString device = m_context.connectedDevice();
    m_deviceLabel->setText(device.isEmpty() ? tr("No device") : device);
}

QWidget *MainWindow::ensurePage(int index)
{
    if (index < 0 || index >= m_pages.size())
        return nullptr;
    if (!m_pages.at(index)) {
        QWidget *holder = m_stack->widget(index);
        QWidget *made = m_pageInfos.at(index).factory(m_context, holder);
        made->setObjectName(m_pageInfos.at(index).id + u"Page"_s);
        holder->layout()->addWidget(made);
        m_pages[index] = made;
        qCDebug(lcGui) << "made page" << m_pageInfos.at(index).id;
    }
    return m_pages.at(index);
}

QWidget *MainWindow::page(const QString &id)
{
    for (qsizetype i = 0; i < m_pageInfos.size(); ++i) {
        if (m_pageInfos.at(i).id == id)
            return ensurePage(static_cast<int>(i));
    }
    return nullptr;
}

bool MainWindow::isPageCreated(const QString &id) const
{
    for (qsizetype i = 0; i < m_pageInfos.size(); ++i) {
        if (m_pageInfos.at(i).id == id)
            return m_pages.at(i) != nullptr;
    }
    return false;
}

QWidget *MainWindow::currentPage() const
{
    const int index = m_stack->currentIndex();
    return index >= 0 ? m_pages.value(index) : nullptr;
}

QString MainWindow::currentPageId() const
{
    const int index = m_stack->currentIndex();
    return index >= 0 && index < m_pageInfos.size() ? m_pageInfos.at(index).id : QString();
}

void MainWindow::showPage(const QString &id)
{
    for (qsizetype i = 0; i < m_pageInfos.size(); ++i) {
        if (m_pageInfos.at(i).id == id) {
            showPageAt(static_cast<int>(i));
            return;
        }
    }
}

void MainWindow::showPageAt(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    ensurePage(index);
    m_stack->setCurrentIndex(index);
    if (m_navigation->currentRow() != index)
        m_navigation->setCurrentRow(index);
}

bool MainWindow::invokeOnCurrentPage(const char *slot)
{
    QWidget *current = currentPage();
    if (!current)
        return false;
    const QByteArray signature = QByteArray(slot) + "()";
    if (current->metaObject()->indexOfMethod(signature.constData()) < 0)
        return false;
    return QMetaObject::invokeMethod(current, slot);
}

void MainWindow::invokeOnTickets(const char *slot)
{
    showPage(u"tickets"_s);
    invokeOnCurrentPage(slot);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    if (!restoreGeometry(settings.value(u"geometry"_s).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(u"state"_s).toByteArray());
    const int pageIndex = settings.value(u"page"_s, 0).toInt();
    settings.endGroup();
    // Only the Tickets page is made at start-up unless another was open last.
    m_navigation->setCurrentRow(pageIndex >= 0 && pageIndex < m_pages.size() ? pageIndex : 0);
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"state"_s, saveState());
    settings.setValue(u"page"_s, m_stack->currentIndex());
    settings.endGroup();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace fb::gui
