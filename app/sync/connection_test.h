#pragma once

// "Test connection" of the sync settings dialog: one request to HQ with the
// settings as entered, answered with a message a user can act on. Blocking
// (libcurl): SyncService runs it on a short-lived thread of its own.

#include "sync/sync_settings.h"

#include <QString>

namespace fb::sync {

struct ConnectionTestResult
{
    bool ok = false;
    QString message;
};

// `password` empty: the one stored in the keychain, if any.
ConnectionTestResult testHqConnection(const SyncSettings &settings, const QString &password);

} // namespace fb::sync
