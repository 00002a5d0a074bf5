// SyncService's errands other than a sync run: the status, the log, the
// conflicts to settle, the settings (read and written in the worker thread,
// with its workspace connection) and the connection test (a thread of its
// own). The sync run is in sync_service.cpp and sync_run.cpp.

#include "sync/conflict_attachments.h"
#include "sync/connection_test.h"
#include "sync/credential_store.h"
#include "sync/http_client.h"
#include "sync/sync_log.h"
#include "sync/sync_service.h"
#include "sync/sync_service_worker.h"

#include <QPointer>
#include <QThread>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace fb::sync {

namespace {

// The files of the set-aside approval to keep, when the pull could not keep
// them (a cut connection): fetched from HQ now if it can be reached. A
// failure is only logged; settling then says which file is missing.
void fetchFilesToKeep(storage::Database &db, const QString &docId, const QString &rev,
                      const QString &password)
{
    auto missing = missingSetAsideAttachments(db, docId, rev);
    auto settings = loadSyncSettings(db);
    if (!missing || missing->isEmpty() || !settings || settings->url.isEmpty())
        return;
    HttpOptions options;
    options.baseUrl = QUrl(settings->url);
    options.user = settings->user;
    options.password = password;
    if (options.password.isEmpty() && !settings->user.isEmpty()) {
        if (auto stored = readStoredPassword(settings->url, settings->user))
            options.password = *stored;
    }
    options.caFile = settings->caFile;
    options.proxy = settings->proxy;
    auto http = HttpClient::create(options);
    auto fetched =
        http ? fetchSetAsideAttachments(db, **http, u"tech-"_s + settings->techId, docId, rev)
             : Result<int>(http.error());
    if (!fetched)
        qCWarning(lcSync).noquote()
            << "files of" << docId << rev << "not fetched:" << fetched.error().message;
}

} // namespace

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
            demo = isDemoWorkspace(**ws);
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
    const QString password = m_password;
    QPointer<SyncService> self(this);
    QMetaObject::invokeMethod(m_context, [=, this] {
        QString message;
        auto ws = m_worker->open(path);
        if (ws && choice == ConflictChoice::KeepOther)
            fetchFilesToKeep((*ws)->db(), docId, otherRev, password);
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
        const ConnectionTestResult result = testHqConnection(settings, memory);
        QMetaObject::invokeMethod(self.data(), [self, result] {
            if (self)
                emit self->connectionTested(result.ok, result.message);
        });
    });
    m_testThreads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        m_testThreads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start();
}

} // namespace fb::sync
