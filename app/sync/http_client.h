#pragma once

// A small HTTP client over libcurl for talking to HQ (libcurl stays inside
// http_client.cpp). One instance per worker thread; it keeps its connection
// open between requests. Blocking: never call it on the GUI thread.
//
// TLS peers are always verified (system CAs, plus an optional CA file for a
// company root); plain http:// is refused except for loopback addresses.
// Every request has its own timeout, because some servers ignore the
// `timeout` of a feed. 5xx answers, resets and timeouts are retried with
// backoff; DNS failures, refused connections and TLS errors come back as
// Network errors, 401/403 as Auth errors, each saying what to check.

#include "domain/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

namespace fb::sync {

struct HttpOptions
{
    QUrl baseUrl; // https://hq.example.com/ (credentials never in it)
    QString user;
    QString password;
    QString caFile;        // extra trusted roots (PEM); empty: system CAs only
    QString proxy;         // empty: from the environment (http_proxy, ...)
    int timeoutMs = 60000; // whole request
    int connectTimeoutMs = 10000;
    int retries = 3;     // extra attempts on 5xx / reset / timeout
    int backoffMs = 250; // first pause, doubled each retry
    const std::atomic<bool> *cancel = nullptr;
    // Bytes moved so far in the current request (down, up).
    std::function<void(qint64, qint64)> progress;
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
};

// A request whose body and/or answer are streamed (attachments: files of many
// megabytes never held whole in memory).
struct HttpStream
{
    // Receives the answer body piece by piece when the status is 2xx (other
    // answers are collected in HttpResponse::body for the error message).
    // Returning false aborts the transfer.
    std::function<bool(const char *data, qsizetype size)> onData;
    // Fills up to `size` bytes of the request body; returns the count, 0 at
    // the end, -1 on a read error (aborts). Unset: no request body.
    std::function<qsizetype(char *buffer, qsizetype size)> readBody;
    qint64 bodySize = -1; // required with readBody
    // Starts body and answer over before a retry; unset: no retries.
    std::function<bool()> rewind;
    QList<QByteArray> headers; // extra headers, e.g. "Content-Type: ..."
};

class HttpClient
{
public:
    // Checks the URL (scheme, loopback rule) before any connection is made.
    static Result<std::unique_ptr<HttpClient>> create(HttpOptions options);
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    // `path` is relative to the base URL and already percent-encoded.
    // Answers with any HTTP status come back as values; only 401/403 and
    // transport failures (after the retries) are errors.
    Result<HttpResponse> request(const QByteArray &method, const QString &path,
                                 const QByteArray &body = {}, int timeoutMs = 0);

    // Like request(), with the body read from and/or the answer written to
    // `stream`. There is no whole-request timeout; a transfer that moves
    // nothing for the client's timeout is aborted instead.
    Result<HttpResponse> requestStream(const QByteArray &method, const QString &path,
                                       HttpStream &stream);

    const QUrl &baseUrl() const { return m_options.baseUrl; }
    const HttpOptions &options() const { return m_options; }
    QString displayUrl() const; // without credentials, for messages and logs

private:
    explicit HttpClient(HttpOptions options);
    bool sleepUnlessCancelled(int ms) const;
    Result<HttpResponse> attempt(const QByteArray &method, const QByteArray &url,
                                 const QByteArray &body, int timeoutMs, bool *retryable,
                                 HttpStream *stream = nullptr);

    struct Private;
    HttpOptions m_options;
    std::unique_ptr<Private> d;
};

// True for 127.0.0.0/8, ::1 and "localhost".
bool isLoopbackHost(const QString &host);

} // namespace fb::sync
