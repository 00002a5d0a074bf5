// SyncService on its owner's thread: the worker thread and its lifetime, the
// state the UI shows, automatic sync (timer, returning network, probe while
// offline) and starting or cancelling a run. What a run does is in
// sync_run.cpp; the other errands are in sync_service_tasks.cpp; HQ's
// address rules and probe in server_address.cpp.

#include "sync/sync_service.h"

#include "sync/server_address.h"
#include "sync/sync_log.h"
#include "sync/sync_run.h"
#include "sync/sync_service_worker.h"

#include <QNetworkInformation>
#include <QPointer>
#include <QThread>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fb::sync {
SyncService::SyncService(QObject *parent)
    : QObject(parent), m_worker(std::make_unique<Worker>()),
      m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    qRegisterMetaType<SyncRunSummary>();
    qRegisterMetaType<SyncLogEntry>();
    qRegisterMetaType<QList<SyncLogEntry>>();
    qRegisterMetaType<OpenConflict>();
    qRegisterMetaType<QList<OpenConflict>>();
    m_thread = new QThread(this);
    m_thread->setObjectName(u"fieldbench-sync"_s);
    m_context = new QObject; // no parent: it moves to the worker thread
    m_context->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread->start();

    m_autoTimer.setSingleShot(false);
    connect(&m_autoTimer, &QTimer::timeout, this, [this] {
        if (!m_running && isConfigured() && !m_demo)
            syncNow();
    });
    m_probeTimer.setInterval(30000);
    connect(&m_probeTimer, &QTimer::timeout, this, &SyncService::probe);
}

SyncService::~SyncService()
{
    m_cancel->store(true);
    for (QThread *test : std::as_const(m_testThreads))
        test->wait();
    m_thread->quit();
    m_thread->wait();
    m_worker.reset();
}

// Only a service that went offline needs to notice the network return, so the
// backend loads then, not at start-up: Qt 6.4's clean-up of a backend loaded
// in the same event-loop turn as the application quits can deadlock (seen in
// about 1 of 75 quick start-and-quit runs).
void SyncService::watchNetwork()
{
    if (!m_networkWatch.isEmpty())
        return;
    // Qt 6.4: a backend may load (networkmanager needs NetworkManager on
    // D-Bus) yet not know the reachability; the probe covers that case.
    m_networkWatch = u"probe"_s;
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return;
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!info || info->reachability() == QNetworkInformation::Reachability::Unknown)
        return;
    m_networkWatch = u"QNetworkInformation (%1) + probe"_s.arg(info->backendName());
    connect(info, &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (reachability == QNetworkInformation::Reachability::Online &&
                    m_state == State::Offline)
                    syncNow();
            });
}

void SyncService::setState(State state, const QString &message)
{
    const bool changed = state != m_state || message != m_message;
    m_state = state;
    m_message = message;
    if (state == State::Offline)
        watchNetwork();
    if (state == State::Offline && !m_probeTimer.isActive())
        m_probeTimer.start();
    else if (state != State::Offline)
        m_probeTimer.stop();
    if (changed)
        emit stateChanged(state, message);
}

void SyncService::setAutoIntervalMs(int ms)
{
    m_intervalOverrideMs = ms;
    restartAutoTimer();
}

void SyncService::restartAutoTimer()
{
    const int interval =
        m_intervalOverrideMs > 0 ? m_intervalOverrideMs : m_settings.intervalMinutes * 60000;
    if (interval > 0 && isConfigured() && !m_demo && !m_path.isEmpty()) {
        if (!m_autoTimer.isActive() || m_autoTimer.interval() != interval)
            m_autoTimer.start(interval);
    } else {
        m_autoTimer.stop();
    }
}

void SyncService::applyStatus(const SyncSettings &settings, const SyncStatusSummary &status,
                              bool demo)
{
    m_settings = settings;
    m_status = status;
    m_demo = demo;
    restartAutoTimer();
    if (!m_running) {
        if (m_path.isEmpty())
            setState(State::Unavailable, tr("No workspace is open."));
        else if (demo)
            setState(State::Unavailable,
                     tr("This is a demo workspace; demo data is never synced with HQ."));
        else if (!isConfigured())
            setState(State::Unavailable, tr("Sync with HQ is not set up; open the sync settings."));
        else if (m_state == State::Unavailable)
            setState(status.lastFailed ? State::Error : State::Idle, status.lastMessage);
    }
    emit statusChanged();
}

void SyncService::setWorkspacePath(const QString &path)
{
    if (m_running)
        cancel();
    m_path = path;
    m_state = State::Unavailable; // re-derived from the new workspace's status
    refreshStatus();
}

bool SyncService::syncNow()
{
    if (m_running)
        return false;
    if (m_path.isEmpty() || m_demo || !isConfigured()) {
        applyStatus(m_settings, m_status, m_demo); // states why
        return false;
    }
    m_running = true;
    m_cancel->store(false);
    m_percent = -1;
    setState(State::Syncing, QString());
    const QString path = m_path;
    const QString memoryPassword = m_password;
    const auto cancelFlag = m_cancel;
    QPointer<SyncService> self(this);
    QMetaObject::invokeMethod(m_context, [this, self, path, memoryPassword, cancelFlag] {
        auto progress = [self](const SyncProgress &step) {
            const int percent =
                step.total > 0
                    ? static_cast<int>(std::clamp<qint64>(step.done * 100 / step.total, 0, 100))
                    : -1;
            QMetaObject::invokeMethod(self.data(), [self, percent, step] {
                if (!self || !self->m_running)
                    return;
                self->m_percent = percent;
                emit self->progressChanged(percent, step.database, step.done, step.total);
            });
        };
        SyncRunResult run;
        SyncStatusSummary status;
        if (auto ws = m_worker->open(path)) {
            run = runSync(**ws, memoryPassword, cancelFlag.get(), progress);
            if (auto loaded = loadSyncStatus((*ws)->db()))
                status = *loaded;
        } else {
            run.summary.message = ws.error().message;
        }
        QMetaObject::invokeMethod(self.data(), [self, path, run, status] {
            if (!self)
                return;
            if (self->m_path != path) { // the workspace changed meanwhile
                self->m_running = false;
                self->refreshStatus();
                return;
            }
            self->m_status = status;
            if (run.settings)
                self->m_settings = *run.settings;
            self->onRunFinished(run.state, run.summary, run.dropPassword);
        });
    });
    return true;
}

void SyncService::onRunFinished(State state, const SyncRunSummary &summary, bool dropPassword)
{
    m_running = false;
    m_percent = -1;
    if (dropPassword)
        m_password.clear();
    restartAutoTimer();
    qCInfo(lcSync).noquote() << "sync finished:" << (summary.ok ? "ok" : "failed") << "pulled"
                             << summary.pulled << "pushed" << summary.pushed << summary.message;
    setState(state, summary.cancelled ? tr("Sync was cancelled.") : summary.message);
    emit statusChanged();
    emit finished(summary);
}

void SyncService::cancel()
{
    if (m_running)
        m_cancel->store(true);
}

void SyncService::probe()
{
    if (m_running || m_probing || m_state != State::Offline || !isConfigured())
        return;
    m_probing = true;
    const SyncSettings settings = m_settings;
    QPointer<SyncService> self(this);
    QMetaObject::invokeMethod(m_context, [self, settings] {
        const bool up = hqReachable(settings);
        QMetaObject::invokeMethod(self.data(), [self, up] {
            if (!self)
                return;
            self->m_probing = false;
            if (up && self->m_state == State::Offline)
                self->syncNow();
        });
    });
}

} // namespace fb::sync
