#include "sync/http_client.h"

#include "sync/curl_on_demand.h"
#include "sync/sync_log.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <curl/curl.h>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fb::sync {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::sync::HttpClient", text);
}

// The answer of a streamed request: 2xx bodies go to the stream, anything
// else is kept for the error message. Unstreamed, all of it is kept.
struct StreamSink
{
    CURL *curl = nullptr;
    HttpStream *stream = nullptr;
    QByteArray *other = nullptr;
    bool refused = false;    // the stream's onData said stop
    bool readFailed = false; // the stream's readBody failed
};

// An answer of declared length is kept in one buffer of that size (a page
// of documents is megabytes; grown as it arrives, it was copied over and
// over). A declared length beyond any page's is not trusted that far.
size_t onWrite(char *data, size_t size, size_t count, void *user)
{
    auto *sink = static_cast<StreamSink *>(user);
    if (sink->other->isEmpty()) {
        constexpr curl_off_t largestReserved = curl_off_t(64) << 20;
        curl_off_t declared = -1;
        if (curl_easy_getinfo(sink->curl, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &declared) ==
                CURLE_OK &&
            declared > 0)
            sink->other->reserve(static_cast<qsizetype>(std::min(declared, largestReserved)));
    }
    sink->other->append(data, static_cast<qsizetype>(size * count));
    return size * count;
}

size_t onStreamWrite(char *data, size_t size, size_t count, void *user)
{
    auto *sink = static_cast<StreamSink *>(user);
    const size_t bytes = size * count;
    long status = 0;
    curl_easy_getinfo(sink->curl, CURLINFO_RESPONSE_CODE, &status);
    if (status >= 200 && status < 300 && sink->stream->onData) {
        if (!sink->stream->onData(data, static_cast<qsizetype>(bytes))) {
            sink->refused = true;
            return 0; // aborts with CURLE_WRITE_ERROR
        }
        return bytes;
    }
    if (sink->other->size() < 64 * 1024) // an error page, not a file
        sink->other->append(data, static_cast<qsizetype>(bytes));
    return bytes;
}

size_t onStreamRead(char *buffer, size_t size, size_t count, void *user)
{
    auto *sink = static_cast<StreamSink *>(user);
    const qsizetype got = sink->stream->readBody(buffer, static_cast<qsizetype>(size * count));
    if (got < 0) {
        sink->readFailed = true;
        return CURL_READFUNC_ABORT;
    }
    return static_cast<size_t>(got);
}

struct ProgressContext
{
    const HttpOptions *options = nullptr;
};

int onProgress(void *user, curl_off_t, curl_off_t down, curl_off_t, curl_off_t up)
{
    const auto *context = static_cast<ProgressContext *>(user);
    if (context->options->cancel && context->options->cancel->load())
        return 1; // aborts the transfer
    if (context->options->progress)
        context->options->progress(static_cast<qint64>(down), static_cast<qint64>(up));
    return 0;
}

// CouchDB's {"error", "reason"} as one readable phrase.
QString serverReason(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    QString reason = object.value("reason"_L1).toString();
    if (reason.isEmpty())
        reason = object.value("error"_L1).toString();
    if (reason.isEmpty())
        reason = QString::fromUtf8(body.left(120)).simplified();
    return reason;
}

bool isTransient(CURLcode code)
{
    switch (code) {
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        return true;
    default:
        return false;
    }
}

} // namespace

struct HttpClient::Private
{
    CURL *curl = nullptr;
    curl_slist *headers = nullptr;
    ~Private()
    {
        if (headers)
            curl_slist_free_all(headers);
        if (curl)
            curl_easy_cleanup(curl);
    }
};

bool isLoopbackHost(const QString &host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<std::unique_ptr<HttpClient>> HttpClient::create(HttpOptions options)
{
    const QUrl &url = options.baseUrl;
    if (!url.isValid() || url.host().isEmpty())
        return makeError(ErrorKind::Usage,
                         tr("The HQ server address \"%1\" is not a valid URL; enter it as "
                            "https://host[:port]/.")
                             .arg(url.toDisplayString(QUrl::RemoveUserInfo)));
    const QString scheme = url.scheme().toLower();
    if (scheme != "https"_L1 && !(scheme == "http"_L1 && isLoopbackHost(url.host())))
        return makeError(ErrorKind::Usage,
                         tr("The HQ server address must start with https:// (plain http is "
                            "allowed only for this computer): %1")
                             .arg(url.toDisplayString(QUrl::RemoveUserInfo)));
    if (!url.userName().isEmpty() || !url.password().isEmpty())
        return makeError(ErrorKind::Usage,
                         tr("Put the user name and password in the sync settings, not in the "
                            "server address."));
    if (!options.baseUrl.path().endsWith(u'/'))
        options.baseUrl.setPath(options.baseUrl.path() + u'/');
    prepareCurl();
    std::unique_ptr<HttpClient> client(new HttpClient(std::move(options)));
    if (!client->d->curl) {
        const QString reason = curlUnavailableReason();
        return makeError(ErrorKind::Network, reason.isEmpty()
                                                 ? tr("Could not start the HTTP library (libcurl).")
                                                 : reason);
    }
    return client;
}

HttpClient::HttpClient(HttpOptions options) : m_options(std::move(options)), d(new Private)
{
    d->curl = curl_easy_init();
    d->headers = curl_slist_append(d->headers, "Accept: application/json");
    d->headers = curl_slist_append(d->headers, "Content-Type: application/json");
    // No "Expect: 100-continue" round trip before large bodies.
    d->headers = curl_slist_append(d->headers, "Expect:");
}

HttpClient::~HttpClient() = default;

QString HttpClient::displayUrl() const
{
    return m_options.baseUrl.toDisplayString(QUrl::RemoveUserInfo);
}

Result<HttpResponse> HttpClient::request(const QByteArray &method, const QString &path,
                                         const QByteArray &body, int timeoutMs)
{
    const QByteArray url = m_options.baseUrl.toEncoded() + path.toUtf8();
    int pause = m_options.backoffMs;
    for (int attemptNo = 0;; ++attemptNo) {
        bool retryable = false;
        auto response =
            attempt(method, url, body, timeoutMs > 0 ? timeoutMs : m_options.timeoutMs, &retryable);
        if (!retryable || attemptNo >= m_options.retries)
            return response;
        qCDebug(lcSync) << "retrying" << method << path << "in" << pause << "ms";
        if (!sleepUnlessCancelled(pause))
            return makeError(ErrorKind::Network, tr("Sync was cancelled."));
        pause *= 2;
    }
}

Result<HttpResponse> HttpClient::requestStream(const QByteArray &method, const QString &path,
                                               HttpStream &stream)
{
    const QByteArray url = m_options.baseUrl.toEncoded() + path.toUtf8();
    int pause = m_options.backoffMs;
    for (int attemptNo = 0;; ++attemptNo) {
        bool retryable = false;
        auto response = attempt(method, url, {}, 0, &retryable, &stream);
        if (!retryable || attemptNo >= m_options.retries || !stream.rewind || !stream.rewind())
            return response;
        qCDebug(lcSync) << "retrying" << method << path << "in" << pause << "ms";
        if (!sleepUnlessCancelled(pause))
            return makeError(ErrorKind::Network, tr("Sync was cancelled."));
        pause *= 2;
    }
}

// Sleeps in short steps so a cancel is seen within 20 ms; false if cancelled.
bool HttpClient::sleepUnlessCancelled(int ms) const
{
    for (int waited = 0; waited < ms; waited += 20) {
        if (m_options.cancel && m_options.cancel->load())
            return false;
        QThread::msleep(20);
    }
    return true;
}

Result<HttpResponse> HttpClient::attempt(const QByteArray &method, const QByteArray &url,
                                         const QByteArray &body, int timeoutMs, bool *retryable,
                                         HttpStream *stream)
{
    CURL *curl = d->curl;
    curl_easy_reset(curl); // keeps the connection cache
    HttpResponse response;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    ProgressContext progress{&m_options};
    const QByteArray user = m_options.user.toUtf8();
    const QByteArray password = m_options.password.toUtf8();
    const QByteArray caFile = m_options.caFile.toLocal8Bit();
    const QByteArray proxy = m_options.proxy.toUtf8();

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    // Extra headers of a streamed request replace the JSON defaults they name.
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> streamHeaders(nullptr,
                                                                              curl_slist_free_all);
    if (stream && !stream->headers.isEmpty()) {
        curl_slist *list = nullptr;
        bool ownType = false;
        for (const QByteArray &header : std::as_const(stream->headers)) {
            list = curl_slist_append(list, header.constData());
            ownType = ownType || header.toLower().startsWith("content-type:");
        }
        list = curl_slist_append(list, "Accept: application/json");
        list = curl_slist_append(list, "Expect:");
        if (!ownType)
            list = curl_slist_append(list, "Content-Type: application/json");
        streamHeaders.reset(list);
    }
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, streamHeaders ? streamHeaders.get() : d->headers);
    // gzip/deflate as curl supports, except on this computer: there is no
    // network to save, only CPU on both ends (a server's gzip of 10,000
    // documents costs more than sending them).
    if (!isLoopbackHost(m_options.baseUrl.host()) || !m_options.proxy.isEmpty())
        curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    if (stream) {
        // A file of many megabytes on a slow link may take long: abort only
        // when nothing moves for the timeout.
        curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
        curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME,
                         std::max(1L, static_cast<long>(m_options.timeoutMs / 1000)));
    } else {
        curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(timeoutMs));
    }
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS,
                     static_cast<long>(m_options.connectTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(curl, CURLOPT_TCP_KEEPALIVE, 1L);
    if (!caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());
    if (!proxy.isEmpty())
        curl_easy_setopt(curl, CURLOPT_PROXY, proxy.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }
    StreamSink sink{curl, stream, &response.body, false};
    if (stream) {
        curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, onStreamWrite);
        curl_easy_setopt(curl, CURLOPT_WRITEDATA, &sink);
    } else {
        curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, onWrite);
        curl_easy_setopt(curl, CURLOPT_WRITEDATA, &sink);
    }
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &progress);
    if (stream && stream->readBody) {
        curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method.constData());
        curl_easy_setopt(curl, CURLOPT_READFUNCTION, onStreamRead);
        curl_easy_setopt(curl, CURLOPT_READDATA, &sink);
        curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(stream->bodySize));
    } else if (method == "GET") {
        curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
    } else {
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method.constData());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.constData());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
    }

    QElapsedTimer timer;
    timer.start();
    const CURLcode code = curl_easy_perform(curl);
    qCDebug(lcSync) << method << url.mid(m_options.baseUrl.toEncoded().size(), 60) << "took"
                    << timer.elapsed() << "ms," << response.body.size() << "bytes";
    const QString where = displayUrl();
    if (code != CURLE_OK) {
        *retryable = isTransient(code);
        const QString detail = errorBuffer[0] ? QString::fromUtf8(errorBuffer)
                                              : QString::fromUtf8(curl_easy_strerror(code));
        qCDebug(lcSync) << "request failed:" << method << detail; // the error says it once
        if (sink.refused)
            return makeError(ErrorKind::Data,
                             tr("The file from HQ at %1 could not be written.").arg(where));
        switch (code) {
        case CURLE_OPERATION_TIMEDOUT:
            if (!stream)
                break;
            *retryable = true;
            return makeError(ErrorKind::Network,
                             tr("The transfer with HQ at %1 stalled; try again later.").arg(where));
        case CURLE_READ_ERROR:
        case CURLE_ABORTED_BY_CALLBACK:
            if (!sink.readFailed)
                break;
            return makeError(
                ErrorKind::Data,
                tr("A local file could not be read while sending it to HQ at %1.").arg(where));
        default:
            break;
        }
        switch (code) {
        case CURLE_ABORTED_BY_CALLBACK:
            return makeError(ErrorKind::Network, tr("Sync was cancelled."));
        case CURLE_COULDNT_RESOLVE_HOST:
            return makeError(ErrorKind::Network,
                             tr("Cannot find the HQ server %1 (name lookup failed); check the "
                                "server address and the network connection.")
                                 .arg(where));
        case CURLE_COULDNT_RESOLVE_PROXY:
            return makeError(ErrorKind::Network,
                             tr("Cannot find the proxy server; check the proxy in the sync "
                                "settings or the environment."));
        case CURLE_COULDNT_CONNECT:
            return makeError(ErrorKind::Network,
                             tr("HQ at %1 refused the connection or is unreachable; check that "
                                "the server runs and the address and port are right (%2).")
                                 .arg(where, detail));
        case CURLE_PEER_FAILED_VERIFICATION:
        case CURLE_SSL_CONNECT_ERROR:
        case CURLE_SSL_CERTPROBLEM:
        case CURLE_SSL_CIPHER:
        case CURLE_SSL_CACERT_BADFILE:
        case CURLE_SSL_ISSUER_ERROR:
            return makeError(ErrorKind::Network,
                             tr("The secure connection to HQ at %1 failed: %2. If your company "
                                "uses its own certificate authority, set its CA file in the "
                                "sync settings.")
                                 .arg(where, detail));
        case CURLE_OPERATION_TIMEDOUT:
            return makeError(ErrorKind::Network,
                             tr("HQ at %1 did not answer in time; try again later.").arg(where));
        default:
            return makeError(ErrorKind::Network,
                             tr("The connection to HQ at %1 failed: %2.").arg(where, detail));
        }
    }
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    response.status = static_cast<int>(status);
    if (status == 401)
        return makeError(ErrorKind::Auth,
                         tr("HQ at %1 did not accept the user name or password; check the "
                            "credentials in the sync settings.")
                             .arg(where));
    if (status == 403)
        return makeError(ErrorKind::Auth,
                         tr("HQ at %1 refused access for this user (%2); ask HQ to grant access "
                            "to the technician database.")
                             .arg(where, serverReason(response.body)));
    if (status >= 500) {
        *retryable = true;
        return makeError(ErrorKind::Network,
                         tr("HQ at %1 has a problem (HTTP %2: %3); try again later.")
                             .arg(where)
                             .arg(status)
                             .arg(serverReason(response.body)));
    }
    return response;
}

} // namespace fb::sync
