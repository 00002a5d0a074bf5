#pragma once

// What every page shares: the open workspace, start-up options and the
// app-wide signals pages use to talk to each other and to the main window.
//
// Threading: workspace() is the GUI thread's connection, for short writes
// only (create a ticket, add a note). Lists and other reads run in workers
// that call openConnection() from their own thread.

#include "domain/result.h"
#include "storage/sqlite_database.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

#include <memory>

namespace fb::storage {
class Workspace;
}

namespace fb::gui {

struct GuiOptions
{
    bool demoDevice = false; // --demo-device: connect the simulated enclosure
};

class GuiContext : public QObject
{
    Q_OBJECT

public:
    explicit GuiContext(GuiOptions options = {}, QObject *parent = nullptr);
    ~GuiContext() override;

    const GuiOptions &options() const { return m_options; }

    // The workspace file path, even when none is open yet.
    QString workspacePath() const { return m_workspacePath; }
    void setWorkspacePath(const QString &path) { m_workspacePath = path; }

    // The GUI thread's workspace; null until one is open.
    storage::Workspace *workspace() const { return m_workspace.get(); }
    // Takes ownership and emits workspaceChanged().
    void setWorkspace(std::unique_ptr<storage::Workspace> workspace);

    // A new connection to the open workspace for the calling (worker) thread.
    // Safe to call from any thread while the workspace stays open.
    Result<storage::Database> openConnection() const;

    QString syncState() const { return m_syncState; }
    QString connectedDevice() const { return m_connectedDevice; }

    // Who is recorded as the author of local changes (status, notes).
    QString userName() const;

    // Work the first frame does not need and would only compete with: the
    // ticket list's first query reads 100,000 ids in a worker, and on a
    // two-core laptop that thread, the GUI thread and the display server
    // share the cores while the first frame is drawn (its rows are not in
    // that frame either way). Runs `work` once the main window has painted
    // its first frame, or at once when no window is waiting for one (pages
    // made on their own, later pages).
    void afterFirstFrame(QObject *receiver, std::function<void()> work);
    bool waitingForFirstFrame() const { return m_waitingForFirstFrame; }
    // The main window: before it builds its pages, and once it has painted.
    void holdUntilFirstFrame() { m_waitingForFirstFrame = true; }
    void firstFramePainted();

public slots:
    // Shown in the status bar ("Offline", "Syncing…", "Synced 10:42", …).
    void setSyncState(const QString &text);
    // Shown in the status bar; empty = "No device".
    void setConnectedDevice(const QString &description);

signals:
    void workspaceChanged();
    void firstFrameShown();
    // Emit after any local write (by id: "ticket:…", "device:…") so pages refresh.
    void documentsChanged(const QStringList &ids);
    void syncStateChanged(const QString &text);
    void connectedDeviceChanged(const QString &description);
    // Navigate to the Manuals page and open `url` ("manual:<model>/<chapter>#<anchor>").
    // The main window creates the page if needed and calls its openLink(QString) slot.
    void openManualLink(const QString &url);
    // Navigate to the Tickets page and select the ticket ("ticket:…" or "T-000123").
    // The main window calls the Tickets page's showTicket(QString) slot.
    void showTicket(const QString &id);

private:
    GuiOptions m_options;
    QString m_workspacePath;
    std::unique_ptr<storage::Workspace> m_workspace;
    QString m_syncState;
    QString m_connectedDevice;
    bool m_waitingForFirstFrame = false;
};

} // namespace fb::gui
