#pragma once

// HQ's address as the sync settings give it: the URL rule of hq-sync.md §1
// (checkServerUrl, declared in sync_service.h) and whether HQ can be reached
// at all, which decides "offline" before a sync is tried.

#include "sync/sync_settings.h"

#include <QString>

namespace fb::sync {

// A TCP connection to the proxy (from the settings or, for a remote server,
// the environment) or else the server itself; blocks a few seconds at most,
// so only for a worker thread.
bool hqReachable(const SyncSettings &settings);

// The server address without user information, for messages.
QString displayServerUrl(const QString &url);

} // namespace fb::sync
