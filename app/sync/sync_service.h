#pragma once

// HQ sync for an interactive app (hq-sync.md §5): runs Replicator::run() on
// its own worker thread with its own connection to the workspace file, so
// libcurl's blocking calls and the SQLite writes never touch the caller's
// (GUI) thread. All public functions are for the thread that owns the service;
// results come back as signals on that thread.
//
// - One sync at a time: syncNow() while one runs does nothing.
// - Automatic sync every `intervalMinutes` of the workspace's sync settings
//   (setAutoIntervalMs() overrides, for tests), and when the network returns:
//   QNetworkInformation when a backend loads and knows the reachability
//   (loaded at the first Offline, not at start-up), and in any case, while
//   Offline, a cheap TCP probe of the server (or proxy) in the worker every
//   probe interval (30 s), which starts a sync when it answers.
// - A demo workspace (meta `demo_seed`) is never synced.
// - The password comes from memory (setPassword, e.g. asked in a dialog) or
//   else from the keychain, read in the worker. A refused password is dropped
//   from memory and the state becomes NeedsCredentials; nothing local is lost
//   (a failed run leaves the outbox as it was).

#include "domain/result.h"
#include "sync/conflict_settlement.h"
#include "sync/sync_history.h"
#include "sync/sync_settings.h"

#include <QDateTime>
#include <QJsonArray>
#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <memory>

class QThread;

namespace fb::sync {

struct SyncRunSummary
{
    bool ok = false;
    bool cancelled = false;
    QString message; // why it failed; empty when ok
    int pulled = 0;
    int pushed = 0;
    int conflictsResolved = 0;
    int needsAttention = 0;
    double seconds = 0;
    QJsonArray rejected;  // [{"id", "rev", "reason"}]
    QJsonArray conflicts; // [{"id", "rule"}]
};

// The URL rule of hq-sync.md §1 (https, plain http only for loopback), with a
// message for the settings dialog.
Status checkServerUrl(const QString &url);

class SyncService : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Unavailable, // no workspace, not set up, or a demo workspace
        Idle,        // set up; the last run went well (or none yet)
        Syncing,
        Offline,          // HQ (or the proxy) cannot be reached
        Error,            // the last run failed for another reason (see message())
        NeedsCredentials, // no password, or HQ refused it
    };
    Q_ENUM(State)

    explicit SyncService(QObject *parent = nullptr);
    ~SyncService() override; // cancels a running sync and waits for the worker

    // The workspace file to sync; empty: none. Loads settings and status.
    void setWorkspacePath(const QString &path);
    QString workspacePath() const { return m_path; }

    State state() const { return m_state; }
    QString message() const { return m_message; }
    bool isRunning() const { return m_running; }
    const SyncSettings &settings() const { return m_settings; }
    bool isConfigured() const { return !m_settings.url.isEmpty() && !m_settings.techId.isEmpty(); }
    bool isDemo() const { return m_demo; }
    QDateTime lastGoodSync() const { return m_status.lastGoodSync; }
    int pendingChanges() const { return m_status.pendingChanges; }
    int needsAttention() const { return m_status.needsAttention; }
    // 0–100, or -1 while the amount is not known.
    int progressPercent() const { return m_percent; }
    bool hasPassword() const { return !m_password.isEmpty(); }
    // How a returning network is noticed once the service went offline:
    // "QNetworkInformation (<backend>) + probe" or "probe"; empty before.
    QString networkWatch() const { return m_networkWatch; }

    // Kept in memory only (until the app quits or HQ refuses it).
    void setPassword(const QString &password) { m_password = password; }
    // Milliseconds between automatic syncs instead of the settings' minutes; 0: settings.
    void setAutoIntervalMs(int ms);
    void setProbeIntervalMs(int ms) { m_probeTimer.setInterval(ms); }

public slots:
    // Starts a sync; false when one runs already or syncing is not possible
    // (the state and message then say why).
    bool syncNow();
    // Stops the running sync at its next request; what a finished batch stored stays.
    void cancel();
    // Reloads settings, last good sync and the pending count (after local edits).
    void refreshStatus();
    // Emits logLoaded with the newest `limit` runs.
    void loadLog(int limit = 200);
    // Stores settings in the workspace. A non-empty password is kept in memory
    // and, with `remember`, written to the keychain (a missing keychain is
    // reported in settingsSaved's message, not an error).
    void saveSettings(const fb::sync::SyncSettings &settings, const QString &password,
                      bool remember);
    // Connects to HQ with these settings on a separate short-lived thread and
    // emits connectionTested with a message a user can act on.
    void testConnection(const fb::sync::SyncSettings &settings, const QString &password);
    // Emits conflictsLoaded with the conflicts the user must settle (two approvals).
    void loadConflicts();
    // Settles one in the worker (conflict_settlement.h; after a running sync,
    // which the worker finishes first); emits conflictSettled, then the status
    // is refreshed. The next sync pushes the result.
    void settleConflict(const QString &docId, const QString &otherRev, const QString &currentRev,
                        fb::sync::ConflictChoice choice);

signals:
    void stateChanged(fb::sync::SyncService::State state, const QString &message);
    void progressChanged(int percent, const QString &database, qint64 done, qint64 total);
    void finished(const fb::sync::SyncRunSummary &summary);
    void statusChanged(); // settings, last good sync, pending count, demo flag
    void logLoaded(const QList<fb::sync::SyncLogEntry> &entries);
    void settingsSaved(bool ok, const QString &message);
    void connectionTested(bool ok, const QString &message);
    void conflictsLoaded(const QList<fb::sync::OpenConflict> &conflicts);
    void conflictSettled(bool ok, const QString &message);

private:
    struct Worker;
    void setState(State state, const QString &message);
    void applyStatus(const SyncSettings &settings, const SyncStatusSummary &status, bool demo);
    void restartAutoTimer();
    void probe();
    void watchNetwork();
    void onRunFinished(State state, const SyncRunSummary &summary, bool dropPassword);

    QThread *m_thread = nullptr;
    QObject *m_context = nullptr;     // lives in m_thread; queued work runs there
    std::unique_ptr<Worker> m_worker; // touched only in m_thread
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QList<QThread *> m_testThreads;

    QString m_path;
    State m_state = State::Unavailable;
    QString m_message;
    bool m_running = false;
    bool m_probing = false;
    bool m_demo = false;
    int m_percent = -1;
    int m_intervalOverrideMs = 0;
    SyncSettings m_settings;
    SyncStatusSummary m_status;
    QString m_password;
    QString m_networkWatch;
    QTimer m_autoTimer;
    QTimer m_probeTimer;
};

} // namespace fb::sync

Q_DECLARE_METATYPE(fb::sync::SyncRunSummary)
