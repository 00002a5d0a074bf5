#include "sync/server_address.h"

#include "sync/http_client.h"
#include "sync/sync_service.h"

#include <QCoreApplication>
#include <QPair>
#include <QTcpSocket>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace fb::sync {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::sync::SyncService", text);
}

constexpr int kProbeTimeoutMs = 3000;

// Where a TCP connection has to open for HQ to be reachable: the proxy when
// one is set (in the settings or, for a remote host, the environment), else
// the server itself.
QPair<QString, quint16> probeTarget(const SyncSettings &settings)
{
    const QUrl server(settings.url);
    QString proxy = settings.proxy;
    if (proxy.isEmpty() && !isLoopbackHost(server.host())) {
        for (const char *name : {"https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY"}) {
            proxy = qEnvironmentVariable(name);
            if (!proxy.isEmpty())
                break;
        }
    }
    if (!proxy.isEmpty()) {
        const QUrl proxyUrl = QUrl::fromUserInput(proxy);
        return {proxyUrl.host(), static_cast<quint16>(proxyUrl.port(1080))};
    }
    const int defaultPort = server.scheme().compare("http"_L1, Qt::CaseInsensitive) == 0 ? 80 : 443;
    return {server.host(), static_cast<quint16>(server.port(defaultPort))};
}

} // namespace

bool hqReachable(const SyncSettings &settings)
{
    const auto [host, port] = probeTarget(settings);
    if (host.isEmpty())
        return false;
    QTcpSocket socket;
    socket.connectToHost(host, port);
    const bool ok = socket.waitForConnected(kProbeTimeoutMs);
    socket.abort();
    return ok;
}

QString displayServerUrl(const QString &url)
{
    return QUrl(url).toDisplayString(QUrl::RemoveUserInfo);
}

Status checkServerUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (text.trimmed().isEmpty())
        return makeError(ErrorKind::Usage, tr("Enter the HQ server address."));
    if (!url.isValid() || url.host().isEmpty())
        return makeError(ErrorKind::Usage, tr("\"%1\" is not a valid server address; enter it as "
                                              "https://host[:port]/.")
                                               .arg(text));
    if (!url.userName().isEmpty() || !url.password().isEmpty())
        return makeError(ErrorKind::Usage, tr("Put the user name and password in their own "
                                              "fields, not in the server address."));
    const QString scheme = url.scheme().toLower();
    if (scheme == "https"_L1)
        return {};
    if (scheme == "http"_L1 && isLoopbackHost(url.host()))
        return {};
    return makeError(ErrorKind::Usage,
                     tr("The HQ server address must start with https:// (plain http is allowed "
                        "only for this computer)."));
}

} // namespace fb::sync
