#include "gui/workspace_setup.h"

#include "domain/policy/policy.h"
#include "gui/dialog_seam.h"
#include "gui/gui_log.h"
#include "storage/demo_workspace.h"
#include "storage/sla_index.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>

#include <functional>
#include <future>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::gui::WorkspaceSetup", text);
}

// Runs `work` on a worker thread (SQLite connections it opens stay there)
// while the GUI keeps painting; the dialog appears only after
// `showAfterMs`, so fast steps flash nothing.
void runWithProgress(const QString &label, int showAfterMs, QWidget *parent,
                     const std::function<void()> &work)
{
    QThread *worker = QThread::create(work);
    QProgressDialog progress(label, QString(), 0, 0, parent);
    progress.setWindowTitle(tr("Fieldbench"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(showAfterMs);
    progress.setCancelButton(nullptr);
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    if (showAfterMs == 0)
        progress.show();
    loop.exec();
    worker->wait();
    delete worker;
}

// Opening may migrate (backup copy plus schema steps: minutes on a big file)
// and stored SLA deadlines follow the active service policy: when it changed
// since the workspace was last open, every ticket's deadlines are recomputed.
// Both run in one worker; the workspace's connection moves to the GUI thread
// afterwards, which SQLite allows (serialized mode, never used concurrently).
Result<std::unique_ptr<storage::Workspace>>
openInWorker(const QString &path, storage::Workspace::OpenMode mode, QWidget *parent)
{
    std::optional<Result<std::unique_ptr<storage::Workspace>>> opened;
    Result<bool> recomputed = false;
    runWithProgress(tr("Opening the workspace…"), 400, parent, [&] {
        opened.emplace(storage::Workspace::open(path, mode));
        if (*opened)
            recomputed = storage::recomputeDeadlinesIfPolicyChanged((**opened)->db(),
                                                                    *policy::activePolicy());
    });
    if (!recomputed) {
        qCWarning(lcGui) << "SLA deadlines not updated for the policy:"
                         << recomputed.error().message;
        DialogSeam::warning(parent, tr("SLA deadlines not updated"),
                            tr("The SLA deadlines could not be updated for the changed service "
                               "policy:\n%1\n\nThey are updated the next time the workspace "
                               "opens.")
                                .arg(recomputed.error().message));
    } else if (*recomputed) {
        qCInfo(lcGui) << "SLA deadlines recomputed for the active service policy";
    }
    return std::move(*opened);
}

} // namespace

class EarlyOpen
{
public:
    struct Outcome
    {
        Result<std::unique_ptr<storage::Workspace>> opened{std::unique_ptr<storage::Workspace>()};
        Result<bool> recomputed = false;
    };
    explicit EarlyOpen(QString path) : m_path(std::move(path))
    {
        m_outcome = std::async(std::launch::async, [path = m_path] {
            Outcome outcome;
            outcome.opened =
                storage::Workspace::open(path, storage::Workspace::OpenMode::OpenExisting);
            if (outcome.opened)
                outcome.recomputed = storage::recomputeDeadlinesIfPolicyChanged(
                    (*outcome.opened)->db(), *policy::activePolicy());
            return outcome;
        });
    }
    const QString &path() const { return m_path; }
    // Waits (a migration may take minutes: with a progress dialog).
    Outcome take(QWidget *parent)
    {
        if (m_outcome.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
            runWithProgress(tr("Opening the workspace…"), 400, parent,
                            [this] { m_outcome.wait(); });
        return m_outcome.get();
    }

private:
    QString m_path;
    std::future<Outcome> m_outcome;
};

std::shared_ptr<EarlyOpen> WorkspaceSetup::startEarly(int argc, char **argv)
{
    QString directory;
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        const bool takesValue = argument == "--data-dir"_L1 || argument == "--lang"_L1;
        if (takesValue && i + 1 < argc) {
            if (argument == "--data-dir"_L1)
                directory = QString::fromLocal8Bit(argv[i + 1]);
            ++i;
        } else if (argument.startsWith("--data-dir="_L1)) {
            directory = argument.mid(11);
        } else if (!argument.startsWith("--lang="_L1) && argument != "--demo-device"_L1) {
            return nullptr;
        }
    }
    const QString path = directory.isEmpty() ? storage::Workspace::defaultPath()
                                             : storage::Workspace::pathInDirectory(directory);
    if (!QFileInfo::exists(path))
        return nullptr; // the welcome choice comes first
    return std::make_shared<EarlyOpen>(path);
}

QString WorkspaceSetup::createDemo(const QString &path, int tickets, QWidget *parent)
{
    QString error;
    // The worker opens its own connection: SQLite connections are per thread.
    runWithProgress(tr("Creating the demo workspace…"), 0, parent, [path, tickets, &error] {
        auto opened = storage::Workspace::open(path, storage::Workspace::OpenMode::CreateIfMissing);
        if (!opened) {
            error = opened.error().message;
            return;
        }
        // Records the policy first, so the demo's deadlines need no recomputing.
        if (auto updated = storage::recomputeDeadlinesIfPolicyChanged((*opened)->db(),
                                                                      *policy::activePolicy());
            !updated) {
            error = updated.error().message;
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
    return error;
}

std::unique_ptr<storage::Workspace> WorkspaceSetup::openAtStartup(const QString &initialPath,
                                                                  QWidget *parent,
                                                                  std::shared_ptr<EarlyOpen> early)
{
    if (early && early->path() == initialPath) {
        EarlyOpen::Outcome outcome = early->take(parent);
        if (outcome.opened && outcome.recomputed) {
            if (*outcome.recomputed)
                qCInfo(lcGui) << "SLA deadlines recomputed for the active service policy";
            return std::move(outcome.opened).value();
        }
    }
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
                openInWorker(path, storage::Workspace::OpenMode::CreateIfMissing, parent);
            if (created) {
                return std::move(created).value();
            }
            DialogSeam::critical(parent, tr("Workspace not created"), created.error().message);
            return nullptr;
        }

        auto opened = openInWorker(path, storage::Workspace::OpenMode::OpenExisting, parent);
        if (opened) {
            return std::move(opened).value();
        }
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
