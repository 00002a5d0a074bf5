#pragma once

// The system keychain (qtkeychain) as a module, loaded by credential_store.cpp
// the first time a password is read or stored: qtkeychain brings Qt D-Bus and
// libdbus with their libraries, which a CLI command without a stored password
// never needs (see modules/module_loader.h).

#include "domain/result.h"

#include <QString>

namespace fb::sync {

struct KeychainModule
{
    // Built with the program; a module from another build is refused.
    int apiVersion;
    const char *version;
    Result<QString> (*readPassword)(const QString &key);
    Status (*storePassword)(const QString &key, const QString &password);
    Status (*forgetPassword)(const QString &key);
};

inline constexpr int kKeychainModuleApiVersion = 1;

} // namespace fb::sync
