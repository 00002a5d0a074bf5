#include "gui/workspace_setup.h"

#include "gui/dialog_seam.h"
#include "gui/gui_log.h"
#include "storage/demo_workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::gui::WorkspaceSetup", text);
}

} // namespace

QString WorkspaceSetup::createDemo(const QString &path, int tickets, QWidget *parent)
{
    QString error;
    // The worker opens its own connection: SQLite connections are per thread.
    QThread *worker = QThread::create([path, tickets, &error] {
        auto opened = storage::Workspace::open(path, storage::Workspace::OpenMode::CreateIfMissing);
        if (!opened) {
            error = opened.error().message;
            return;
        }
        DemoOptions options;
        options.tickets = tickets;
        options.seed = 1;
        options.anchor = QDateTime::currentDateTimeUtc();
        auto counts = storage::createDemoWorkspace(**opened, options);
        if (!counts)
            error = counts.error().message;
    });
    QProgressDialog progress(tr("Creating the demo workspace…"), QString(), 0, 0, parent);
    progress.setWindowTitle(tr("Fieldbench"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(0);
    progress.setCancelButton(nullptr);
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    progress.show();
    loop.exec();
    worker->wait();
    delete worker;
    return error;
}

std::unique_ptr<storage::Workspace> WorkspaceSetup::openAtStartup(const QString &initialPath,
                                                                  QWidget *parent)
{
    QString path = initialPath;
    for (;;) {
        if (!QFileInfo::exists(path)) {
            const int choice = DialogSeam::choice(
                parent, tr("Welcome to Fieldbench"),
                tr("There is no workspace at %1 yet.\n\nCreate a demo workspace with sample "
                   "customers, devices and %2 tickets to try Fieldbench, or an empty workspace "
                   "for your own work.")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(kDemoTickets),
                {tr("Create demo workspace"), tr("Create empty workspace")});
            if (choice < 0)
                return nullptr;
            QDir().mkpath(QFileInfo(path).absolutePath());
            if (choice == 0) {
                const QString error = createDemo(path, kDemoTickets, parent);
                if (!error.isEmpty()) {
                    DialogSeam::critical(parent, tr("Demo workspace not created"), error);
                    return nullptr;
                }
            }
            auto created =
                storage::Workspace::open(path, storage::Workspace::OpenMode::CreateIfMissing);
            if (created)
                return std::move(created).value();
            DialogSeam::critical(parent, tr("Workspace not created"), created.error().message);
            return nullptr;
        }

        auto opened = storage::Workspace::open(path, storage::Workspace::OpenMode::OpenExisting);
        if (opened)
            return std::move(opened).value();
        qCWarning(lcGui) << "cannot open workspace" << path << opened.error().message;
        const int choice = DialogSeam::choice(
            parent, tr("Workspace not opened"),
            tr("The workspace %1 could not be opened:\n%2\n\nThe file has not been changed.")
                .arg(QDir::toNativeSeparators(path), opened.error().message),
            {tr("Open another folder…"), tr("Quit")});
        if (choice != 0)
            return nullptr;
        const QString folder = DialogSeam::getExistingDirectory(parent, tr("Workspace folder"),
                                                                QFileInfo(path).absolutePath());
        if (folder.isEmpty())
            return nullptr;
        path = storage::Workspace::pathInDirectory(folder);
    }
}

} // namespace fb::gui
