#pragma once

// The system keychain (qtkeychain) as a module, loaded by credential_store.cpp
// the first time a password is read or stored: qtkeychain brings Qt D-Bus and
// libdbus with their libraries, which a CLI command without a stored password
// never needs (see modules/module_loader.h).

#include "domain/result.h"
#include "modules/module_loader.h"

#include <QString>

namespace fb::sync {

struct KeychainModule
{
    modules::ModuleHeader header; // kKeychainModuleHeader
    Result<QString> (*readPassword)(const QString &key);
    Status (*storePassword)(const QString &key, const QString &password);
    Status (*forgetPassword)(const QString &key);
};

inline constexpr modules::ModuleHeader kKeychainModuleHeader{1, FIELDBENCH_VERSION,
                                                             sizeof(KeychainModule)};

} // namespace fb::sync
