#include "sync/sync_run.h"

#include "sync/credential_store.h"
#include "sync/server_address.h"
#include "sync/sync_service_worker.h"

#include <QCoreApplication>
#include <QUrl>

namespace fb::sync {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::sync::SyncService", text);
}

} // namespace

SyncRunResult runSync(storage::Workspace &workspace, const QString &password,
                      const std::atomic<bool> *cancel,
                      const std::function<void(const SyncProgress &)> &progress)
{
    SyncRunResult result;
    SyncRunSummary &summary = result.summary;
    storage::Database &db = workspace.db();
    auto loaded = loadSyncSettings(db);
    if (!loaded) {
        summary.message = loaded.error().message;
        return result;
    }
    const SyncSettings settings = *loaded;
    result.settings = settings;
    if (isDemoWorkspace(workspace)) {
        result.state = SyncService::State::Unavailable;
        summary.message = tr("This is a demo workspace; demo data is never synced with HQ.");
        return result;
    }
    SyncConfig config;
    config.url = QUrl(settings.url);
    config.techId = settings.techId;
    config.user = settings.user;
    config.caFile = settings.caFile;
    config.proxy = settings.proxy;
    config.password = password;
    if (config.password.isEmpty() && !config.user.isEmpty()) {
        auto stored = readStoredPassword(settings.url, settings.user);
        if (!stored) {
            result.state = SyncService::State::NeedsCredentials;
            summary.message = stored.error().message;
            return result;
        }
        config.password = *stored;
    }
    // Offline is the normal case: no attempt (and no log row) without a connection.
    if (!hqReachable(settings)) {
        result.state = SyncService::State::Offline;
        summary.message =
            tr("HQ at %1 cannot be reached; sync starts again when the network is back.")
                .arg(displayServerUrl(settings.url));
        return result;
    }
    Replicator replicator(db, config);
    replicator.setCancelFlag(cancel);
    replicator.setProgressHandler(progress);
    auto report = replicator.run();
    if (report) {
        result.state = SyncService::State::Idle;
        summary.ok = true;
        summary.pulled = report->pulled;
        summary.pushed = report->pushed;
        summary.conflictsResolved = report->conflictsResolved;
        summary.needsAttention = report->needsAttention;
        summary.seconds = report->seconds;
        summary.rejected = report->rejected;
        summary.conflicts = report->conflicts;
        return result;
    }
    summary.message = report.error().message;
    if (cancel && cancel->load()) {
        result.state = SyncService::State::Idle;
        summary.cancelled = true;
    } else if (report.error().kind == ErrorKind::Auth) {
        result.state = SyncService::State::NeedsCredentials;
        result.dropPassword = true;
    } else if (!hqReachable(settings)) {
        result.state = SyncService::State::Offline;
    }
    return result;
}

} // namespace fb::sync
