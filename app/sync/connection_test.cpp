#include "sync/connection_test.h"

#include "sync/credential_store.h"
#include "sync/http_client.h"
#include "sync/sync_service.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace fb::sync {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::sync::SyncService", text);
}

} // namespace

ConnectionTestResult testHqConnection(const SyncSettings &settings, const QString &password)
{
    if (Status url = checkServerUrl(settings.url); !url)
        return {false, url.error().message};
    HttpOptions options;
    options.baseUrl = QUrl(settings.url.trimmed());
    options.user = settings.user;
    options.password = password;
    if (options.password.isEmpty() && !settings.user.isEmpty()) {
        if (auto stored = readStoredPassword(settings.url, settings.user))
            options.password = *stored;
    }
    options.caFile = settings.caFile;
    options.proxy = settings.proxy;
    options.retries = 0;
    options.timeoutMs = 15000;
    options.connectTimeoutMs = 8000;
    auto http = HttpClient::create(options);
    if (!http)
        return {false, http.error().message};
    const QString database = u"tech-"_s + settings.techId;
    auto answer =
        (*http)->request("GET", QString::fromLatin1(QUrl::toPercentEncoding(database)) + u'/');
    if (!answer)
        return {false, answer.error().message};
    if (answer->status == 200)
        return {true, tr("Connected to HQ at %1; the technician database %2 is there.")
                          .arg((*http)->displayUrl(), database)};
    if (answer->status == 404)
        return {false, tr("Connected to HQ at %1, but it has no database %2; check the "
                          "technician id.")
                           .arg((*http)->displayUrl(), database)};
    return {false, tr("HQ at %1 answered HTTP %2; check the server address.")
                       .arg((*http)->displayUrl())
                       .arg(answer->status)};
}

} // namespace fb::sync
