// The keychain module (fieldbench-keychain): qtkeychain's side of
// keychain_module.h. Blocking for at most a few seconds (a local event loop).

#include "sync/keychain_module.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace {

using fb::ErrorKind;
using fb::makeError;

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::sync::Credentials", text);
}

const auto kService = "fieldbench-hq"_L1;

// Runs a keychain job to its end (or a timeout: a locked keyring may never answer).
bool runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plain-text file
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

fb::Error keychainError(const QKeychain::Job &job)
{
    if (job.error() == QKeychain::EntryNotFound)
        return makeError(ErrorKind::NotFound,
                         tr("No HQ password is stored for this user; enter it in the sync "
                            "settings (or pass --password-stdin)."));
    return makeError(ErrorKind::Network,
                     tr("The system keychain is not available (%1); enter the HQ password when "
                        "asked (or pass --password-stdin).")
                         .arg(job.errorString()));
}

fb::Result<QString> readPassword(const QString &key)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(key);
    if (!runJob(job))
        return makeError(ErrorKind::Network,
                         tr("The system keychain did not answer; enter the HQ password when "
                            "asked (or pass --password-stdin)."));
    if (job.error() != QKeychain::NoError)
        return keychainError(job);
    return job.textData();
}

fb::Status storePassword(const QString &key, const QString &password)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(key);
    job.setTextData(password);
    if (!runJob(job))
        return makeError(ErrorKind::Network, tr("The system keychain did not answer."));
    if (job.error() != QKeychain::NoError)
        return keychainError(job);
    return {};
}

fb::Status forgetPassword(const QString &key)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(key);
    if (!runJob(job))
        return makeError(ErrorKind::Network, tr("The system keychain did not answer."));
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keychainError(job);
    return {};
}

} // namespace

extern "C" Q_DECL_EXPORT const fb::modules::ModuleHeader *fieldbench_keychain_module()
{
    static const fb::sync::KeychainModule module{fb::sync::kKeychainModuleHeader, &readPassword,
                                                 &storePassword, &forgetPassword};
    return &module.header;
}
