#include "sync/credential_store.h"

#include "sync/keychain_module.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace fb::sync {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::sync::Credentials", text);
}

QString keyFor(const QString &serverUrl, const QString &user)
{
    return user + u'@' + serverUrl;
}

Result<const KeychainModule *> loadKeychain()
{
#ifdef FIELDBENCH_HAVE_KEYCHAIN
    auto module = modules::loadModule<KeychainModule>(
        u"fieldbench-keychain.so"_s, "fieldbench_keychain_module", kKeychainModuleHeader);
    if (!module)
        return makeError(ErrorKind::Network,
                         tr("The keychain module could not be loaded (%1); enter the HQ password "
                            "when asked (or pass --password-stdin), or reinstall Fieldbench.")
                             .arg(module.error().message));
    return *module;
#else
    return makeError(ErrorKind::Network,
                     tr("This build has no keychain support; enter the HQ password when asked "
                        "(or pass --password-stdin)."));
#endif
}

const Result<const KeychainModule *> &keychain()
{
    // Loaded once, by whichever thread asks first.
    static const Result<const KeychainModule *> module = loadKeychain();
    return module;
}

} // namespace

Result<QString> readStoredPassword(const QString &serverUrl, const QString &user)
{
    if (!keychain())
        return keychain().error();
    return (*keychain())->readPassword(keyFor(serverUrl, user));
}

Status storePassword(const QString &serverUrl, const QString &user, const QString &password)
{
    if (!keychain())
        return keychain().error();
    return (*keychain())->storePassword(keyFor(serverUrl, user), password);
}

Status forgetPassword(const QString &serverUrl, const QString &user)
{
#ifndef FIELDBENCH_HAVE_KEYCHAIN
    // Nothing can have been stored.
    Q_UNUSED(serverUrl);
    Q_UNUSED(user);
    return {};
#else
    if (!keychain())
        return keychain().error();
    return (*keychain())->forgetPassword(keyFor(serverUrl, user));
#endif
}

} // namespace fb::sync
