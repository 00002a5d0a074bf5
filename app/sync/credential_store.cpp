#include "sync/credential_store.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#ifdef FIELDBENCH_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace fb::sync {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::sync::Credentials", text);
}

const auto kService = "fieldbench-hq"_L1;
QString keyFor(const QString &serverUrl, const QString &user)
{
    return user + u'@' + serverUrl;
}

#ifdef FIELDBENCH_HAVE_KEYCHAIN
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

Error keychainError(const QKeychain::Job &job)
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
#endif

} // namespace

Result<QString> readStoredPassword(const QString &serverUrl, const QString &user)
{
#ifdef FIELDBENCH_HAVE_KEYCHAIN
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(keyFor(serverUrl, user));
    if (!runJob(job))
        return makeError(ErrorKind::Network,
                         tr("The system keychain did not answer; enter the HQ password when "
                            "asked (or pass --password-stdin)."));
    if (job.error() != QKeychain::NoError)
        return keychainError(job);
    return job.textData();
#else
    Q_UNUSED(serverUrl);
    Q_UNUSED(user);
    return makeError(ErrorKind::Network,
                     tr("This build has no keychain support; enter the HQ password when asked "
                        "(or pass --password-stdin)."));
#endif
}

Status storePassword(const QString &serverUrl, const QString &user, const QString &password)
{
#ifdef FIELDBENCH_HAVE_KEYCHAIN
    QKeychain::WritePasswordJob job(kService);
    job.setKey(keyFor(serverUrl, user));
    job.setTextData(password);
    if (!runJob(job))
        return makeError(ErrorKind::Network, tr("The system keychain did not answer."));
    if (job.error() != QKeychain::NoError)
        return keychainError(job);
    return {};
#else
    Q_UNUSED(serverUrl);
    Q_UNUSED(user);
    Q_UNUSED(password);
    return makeError(ErrorKind::Network, tr("This build has no keychain support."));
#endif
}

Status forgetPassword(const QString &serverUrl, const QString &user)
{
#ifdef FIELDBENCH_HAVE_KEYCHAIN
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(keyFor(serverUrl, user));
    if (!runJob(job))
        return makeError(ErrorKind::Network, tr("The system keychain did not answer."));
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keychainError(job);
    return {};
#else
    Q_UNUSED(serverUrl);
    Q_UNUSED(user);
    return {};
#endif
}

} // namespace fb::sync
