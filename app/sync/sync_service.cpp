#include "sync/sync_service.h"

#include "storage/workspace.h"
#include "sync/credential_store.h"
#include "sync/http_client.h"
#include "sync/replicator.h"
#include "sync/sync_log.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInformation>
#include <QPointer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fb::sync {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::sync::SyncService", text);
}

constexpr int kProbeTimeoutMs = 3000;

// Where a TCP connection has to open for HQ to be reachable: the proxy when
// one is set (in the settings or, for a remote host, the environment), else
// the server itself.
QPair<QString, quint16> probeTarget(const SyncSettings &settings)
{
    const QUrl server(settings.url);
    QString proxy = settings.proxy;
    if (proxy.isEmpty() && !isLoopbackHost(server.host())) {
        for (const char *name : {"https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY"}) {
            proxy = qEnvironmentVariable(name);
            if (!proxy.isEmpty())
                break;
        }
    }
    if (!proxy.isEmpty()) {
        const QUrl proxyUrl = QUrl::fromUserInput(proxy);
        return {proxyUrl.host(), static_cast<quint16>(proxyUrl.port(1080))};
    }
    const int defaultPort = server.scheme().compare("http"_L1, Qt::CaseInsensitive) == 0 ? 80 : 443;
    return {server.host(), static_cast<quint16>(server.port(defaultPort))};
}

// A cheap reachability check for the worker thread (blocking, a few seconds at most).
bool reachable(const SyncSettings &settings)
{
    const auto [host, port] = probeTarget(settings);
    if (host.isEmpty())
        return false;
    QTcpSocket socket;
    socket.connectToHost(host, port);
    const bool ok = socket.waitForConnected(kProbeTimeoutMs);
    socket.abort();
    return ok;
}

QString displayUrl(const QString &url)
{
    return QUrl(url).toDisplayString(QUrl::RemoveUserInfo);
}

} // namespace

Status checkServerUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (text.trimmed().isEmpty())
        return makeError(ErrorKind::Usage, tr("Enter the HQ server address."));
    if (!url.isValid() || url.host().isEmpty())
        return makeError(ErrorKind::Usage, tr("\"%1\" is not a valid server address; enter it as "
                                              "https://host[:port]/.")
                                               .arg(text));
    if (!url.userName().isEmpty() || !url.password().isEmpty())
        return makeError(ErrorKind::Usage, tr("Put the user name and password in their own "
                                              "fields, not in the server address."));
    const QString scheme = url.scheme().toLower();
    if (scheme == "https"_L1)
        return {};
    if (scheme == "http"_L1 && isLoopbackHost(url.host()))
        return {};
    return makeError(ErrorKind::Usage,
                     tr("The HQ server address must start with https:// (plain http is allowed "
                        "only for this computer)."));
}

// State of the worker thread: its own connection to the workspace.
struct SyncService::Worker
{
    QString path;
    std::unique_ptr<storage::Workspace> workspace;

    Result<storage::Workspace *> open(const QString &wanted)
    {
        if (wanted.isEmpty())
            return makeError(ErrorKind::Data, tr("No workspace is open."));
        if (!workspace || path != wanted) {
            workspace.reset();
            auto opened =
                storage::Workspace::open(wanted, storage::Workspace::OpenMode::OpenExisting);
            if (!opened)
                return opened.error();
            workspace = std::move(*opened);
            path = wanted;
        }
        return workspace.get();
    }

    static bool isDemo(storage::Workspace &ws)
    {
        auto seed = ws.metaValue(u"demo_seed"_s);
        return seed && !seed->isEmpty();
    }
};

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
    watchNetwork();
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

void SyncService::watchNetwork()
{
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

void SyncService::refreshStatus()
{
    const QString path = m_path;
    if (path.isEmpty()) {
        applyStatus({}, {}, false);
        return;
    }
    QPointer<SyncService> self(this);
    QMetaObject::invokeMethod(m_context, [this, self, path] {
        SyncSettings settings;
        SyncStatusSummary status;
        bool demo = false;
        QString problem;
        auto ws = m_worker->open(path);
        if (ws) {
            demo = Worker::isDemo(**ws);
            auto loaded = loadSyncSettings((*ws)->db());
            auto summary = loadSyncStatus((*ws)->db());
            if (loaded && summary) {
                settings = *loaded;
                status = *summary;
            } else {
                problem = loaded ? summary.error().message : loaded.error().message;
            }
        } else {
            problem = ws.error().message;
        }
        QMetaObject::invokeMethod(self.data(), [self, path, settings, status, demo, problem] {
            if (!self || self->m_path != path)
                return;
            if (!problem.isEmpty())
                qCWarning(lcSync) << "could not read the sync status:" << problem;
            self->applyStatus(settings, status, demo);
        });
    });
}

void SyncService::loadLog(int limit)
{
    const QString path = m_path;
    QPointer<SyncService> self(this);
    QMetaObject::invokeMethod(m_context, [this, self, path, limit] {
        QList<SyncLogEntry> entries;
        if (auto ws = m_worker->open(path)) {
            if (auto loaded = loadSyncLog((*ws)->db(), limit))
                entries = *loaded;
            else
                qCWarning(lcSync) << "could not read the sync log:" << loaded.error().message;
        }
        QMetaObject::invokeMethod(self.data(), [self, entries] {
            if (self)
                emit self->logLoaded(entries);
        });
    });
}

void SyncService::loadConflicts()
{
    const QString path = m_path;
    QPointer<SyncService> self(this);
    QMetaObject::invokeMethod(m_context, [this, self, path] {
        QList<OpenConflict> conflicts;
        if (auto ws = m_worker->open(path)) {
            if (auto loaded = loadOpenConflicts((*ws)->db()))
                conflicts = *loaded;
            else
                qCWarning(lcSync) << "could not read the conflicts:" << loaded.error().message;
        }
        QMetaObject::invokeMethod(self.data(), [self, conflicts] {
            if (self)
                emit self->conflictsLoaded(conflicts);
        });
    });
}

void SyncService::settleConflict(const QString &docId, const QString &otherRev,
                                 const QString &currentRev, ConflictChoice choice)
{
    const QString path = m_path;
    const QString by = m_settings.user.isEmpty() ? m_settings.techId : m_settings.user;
    QPointer<SyncService> self(this);
    QMetaObject::invokeMethod(m_context, [=, this] {
        QString message;
        auto ws = m_worker->open(path);
        if (!ws)
            message = ws.error().message;
        else if (auto settled =
                     sync::settleConflict((*ws)->db(), docId, otherRev, currentRev, choice, by);
                 !settled)
            message = settled.error().message;
        QMetaObject::invokeMethod(self.data(), [self, message] {
            if (!self)
                return;
            emit self->conflictSettled(message.isEmpty(), message);
            self->refreshStatus();
        });
    });
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
        SyncRunSummary summary;
        State outcome = State::Error;
        bool dropPassword = false;
        SyncSettings settings;
        bool haveSettings = false;
        SyncStatusSummary status;
        auto deliver = [&] {
            if (auto ws = m_worker->open(path)) {
                if (auto loaded = loadSyncStatus((*ws)->db()))
                    status = *loaded;
            }
            QMetaObject::invokeMethod(self.data(), [self, path, outcome, summary, dropPassword,
                                                    settings, haveSettings, status] {
                if (!self)
                    return;
                if (self->m_path != path) { // the workspace changed meanwhile
                    self->m_running = false;
                    self->refreshStatus();
                    return;
                }
                self->m_status = status;
                if (haveSettings)
                    self->m_settings = settings;
                self->onRunFinished(outcome, summary, dropPassword);
            });
        };
        auto ws = m_worker->open(path);
        if (!ws) {
            summary.message = ws.error().message;
            return deliver();
        }
        storage::Database &db = (*ws)->db();
        auto loaded = loadSyncSettings(db);
        if (!loaded) {
            summary.message = loaded.error().message;
            return deliver();
        }
        settings = *loaded;
        haveSettings = true;
        if (Worker::isDemo(**ws)) {
            outcome = State::Unavailable;
            summary.message = tr("This is a demo workspace; demo data is never synced with HQ.");
            return deliver();
        }
        SyncConfig config;
        config.url = QUrl(settings.url);
        config.techId = settings.techId;
        config.user = settings.user;
        config.caFile = settings.caFile;
        config.proxy = settings.proxy;
        config.password = memoryPassword;
        if (config.password.isEmpty() && !config.user.isEmpty()) {
            auto stored = readStoredPassword(settings.url, settings.user);
            if (!stored) {
                outcome = State::NeedsCredentials;
                summary.message = stored.error().message;
                return deliver();
            }
            config.password = *stored;
        }
        // Offline is the normal case: no attempt (and no log row) without a connection.
        if (!reachable(settings)) {
            outcome = State::Offline;
            summary.message =
                tr("HQ at %1 cannot be reached; sync starts again when the network is back.")
                    .arg(displayUrl(settings.url));
            return deliver();
        }
        Replicator replicator(db, config);
        replicator.setCancelFlag(cancelFlag.get());
        replicator.setProgressHandler([self](const SyncProgress &progress) {
            const int percent = progress.total > 0
                                    ? static_cast<int>(std::clamp<qint64>(
                                          progress.done * 100 / progress.total, 0, 100))
                                    : -1;
            QMetaObject::invokeMethod(self.data(), [self, percent, progress] {
                if (!self || !self->m_running)
                    return;
                self->m_percent = percent;
                emit self->progressChanged(percent, progress.database, progress.done,
                                           progress.total);
            });
        });
        auto report = replicator.run();
        if (report) {
            outcome = State::Idle;
            summary.ok = true;
            summary.pulled = report->pulled;
            summary.pushed = report->pushed;
            summary.conflictsResolved = report->conflictsResolved;
            summary.needsAttention = report->needsAttention;
            summary.seconds = report->seconds;
            summary.rejected = report->rejected;
            summary.conflicts = report->conflicts;
        } else {
            summary.message = report.error().message;
            if (cancelFlag->load()) {
                outcome = State::Idle;
                summary.cancelled = true;
            } else if (report.error().kind == ErrorKind::Auth) {
                outcome = State::NeedsCredentials;
                dropPassword = true;
            } else if (!reachable(settings)) {
                outcome = State::Offline;
            }
        }
        deliver();
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
                             << summary.pulled << "pushed" << summary.pushed;
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
        const bool up = reachable(settings);
        QMetaObject::invokeMethod(self.data(), [self, up] {
            if (!self)
                return;
            self->m_probing = false;
            if (up && self->m_state == State::Offline)
                self->syncNow();
        });
    });
}

void SyncService::saveSettings(const SyncSettings &settings, const QString &password, bool remember)
{
    if (!password.isEmpty())
        m_password = password;
    const QString path = m_path;
    QPointer<SyncService> self(this);
    QMetaObject::invokeMethod(m_context, [this, self, path, settings, password, remember] {
        bool ok = true;
        QString message;
        auto ws = m_worker->open(path);
        if (!ws) {
            ok = false;
            message = ws.error().message;
        } else if (Status saved = saveSyncSettings((*ws)->db(), settings); !saved) {
            ok = false;
            message = saved.error().message;
        } else if (remember && !password.isEmpty() && !settings.user.isEmpty()) {
            if (Status stored = storePassword(settings.url, settings.user, password); !stored)
                message = tr("Settings saved. The password is kept only until Fieldbench "
                             "closes: %1")
                              .arg(stored.error().message);
        }
        QMetaObject::invokeMethod(self.data(), [self, ok, message] {
            if (!self)
                return;
            emit self->settingsSaved(ok, message);
            self->refreshStatus();
        });
    });
}

void SyncService::testConnection(const SyncSettings &settings, const QString &password)
{
    const QString memory = password.isEmpty() ? m_password : password;
    QPointer<SyncService> self(this);
    QThread *thread = QThread::create([self, settings, memory] {
        bool ok = false;
        QString message;
        auto report = [&] {
            QMetaObject::invokeMethod(self.data(), [self, ok, message] {
                if (self)
                    emit self->connectionTested(ok, message);
            });
        };
        if (Status url = checkServerUrl(settings.url); !url) {
            message = url.error().message;
            return report();
        }
        HttpOptions options;
        options.baseUrl = QUrl(settings.url.trimmed());
        options.user = settings.user;
        options.password = memory;
        if (options.password.isEmpty() && !settings.user.isEmpty()) {
            if (auto stored = readStoredPassword(settings.url, settings.user))
                options.password = *stored;
        }
        options.caFile = settings.caFile;
        options.proxy = settings.proxy;
        options.retries = 0;
        options.timeoutMs = 15000;
        options.connectTimeoutMs = 8000;
        auto http = HttpClient::create(options);
        if (!http) {
            message = http.error().message;
            return report();
        }
        const QString database = u"tech-"_s + settings.techId;
        auto answer =
            (*http)->request("GET", QString::fromLatin1(QUrl::toPercentEncoding(database)) + u'/');
        if (!answer) {
            message = answer.error().message;
        } else if (answer->status == 200) {
            ok = true;
            message = tr("Connected to HQ at %1; the technician database %2 is there.")
                          .arg((*http)->displayUrl(), database);
        } else if (answer->status == 404) {
            message = tr("Connected to HQ at %1, but it has no database %2; check the "
                         "technician id.")
                          .arg((*http)->displayUrl(), database);
        } else {
            message = tr("HQ at %1 answered HTTP %2; check the server address.")
                          .arg((*http)->displayUrl())
                          .arg(answer->status);
        }
        report();
    });
    m_testThreads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        m_testThreads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start();
}

} // namespace fb::sync
