#pragma once

// The HQ password in the operating system's keychain (qtkeychain), never in
// the workspace, QSettings or a log. Where no keychain service runs (a headless
// box without a D-Bus secret service) these fail with a clear message and the
// caller asks instead: the GUI with a dialog, the CLI with --password-stdin.
// Blocking for at most a few seconds (a local event loop); call from a worker
// or the CLI, not the GUI thread.

#include "domain/result.h"

#include <QString>

namespace fb::sync {

Result<QString> readStoredPassword(const QString &serverUrl, const QString &user);
Status storePassword(const QString &serverUrl, const QString &user, const QString &password);
Status forgetPassword(const QString &serverUrl, const QString &user);

} // namespace fb::sync
