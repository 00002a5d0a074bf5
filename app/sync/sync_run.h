#pragma once

// One sync run as SyncService's worker makes it (internal to the sync
// library): the settings and password it needs, "offline" decided by a probe
// before anything is tried, the Replicator's run, and the outcome the
// service's state follows. Blocking: for the worker thread only.

#include "storage/workspace.h"
#include "sync/replicator.h"
#include "sync/sync_service.h"
#include "sync/sync_settings.h"

#include <atomic>
#include <functional>
#include <optional>

namespace fb::sync {

struct SyncRunResult
{
    SyncService::State state = SyncService::State::Error;
    SyncRunSummary summary;
    bool dropPassword = false;            // HQ refused it
    std::optional<SyncSettings> settings; // as read for this run
};

// `password` empty: the keychain's. `cancel` stops it at the next request.
SyncRunResult runSync(storage::Workspace &workspace, const QString &password,
                      const std::atomic<bool> *cancel,
                      const std::function<void(const SyncProgress &)> &progress);

} // namespace fb::sync
