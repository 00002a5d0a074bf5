// The HTTP layer and the replicator against a tiny fake HQ (QTcpServer) that
// answers 500, slowly, with truncated or garbage bodies: errors must be clear
// and nothing half-received may be stored.

#include "support/test_support.h"
#include "sync/http_client.h"
#include "sync/replicator.h"
#include "sync/sync_settings.h"
#include "sync_fixtures.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <chrono>
#include <functional>
#include <future>
#include <utility>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using namespace fb;

namespace {

QByteArray http(int status, const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) +
           " X\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}

// Answers each request with respond(request line); an empty answer leaves the
// client waiting; "CLOSE" closes the connection after writing; "HOLD" keeps
// the request until answerHeld() asks respond() again.
class FakeHq : public QObject
{
public:
    std::function<QByteArray(const QByteArray &)> respond;
    QList<QByteArray> requests;
    QList<QByteArray> heads; // request line and headers of each request

    void answerHeld()
    {
        const auto held = std::exchange(m_held, {});
        for (const auto &[socket, requestLine] : held)
            answer(socket, respond(requestLine));
    }

    FakeHq()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
            }
        });
    }
    QString url() const { return u"http://127.0.0.1:%1/"_s.arg(m_server.serverPort()); }

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            for (const QByteArray &line : lines)
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (buffer.size() < end + 4 + length)
                return;
            const QByteArray requestLine = lines.first().trimmed();
            heads.append(buffer.left(end));
            buffer.remove(0, end + 4 + length);
            requests.append(requestLine);
            QByteArray answer = respond(requestLine);
            if (answer == "HOLD")
                m_held.append({socket, requestLine});
            else
                this->answer(socket, answer);
        }
    }
    void answer(QTcpSocket *socket, QByteArray answer)
    {
        if (answer.isEmpty())
            return;
        const bool close = answer.startsWith("CLOSE");
        if (close)
            answer.remove(0, 5);
        socket->write(answer);
        if (close)
            socket->disconnectFromHost();
    }
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QPair<QTcpSocket *, QByteArray>> m_held;
};

// Runs blocking client code on another thread while this one serves the fake.
template<class F> auto aside(F function)
{
    auto future = std::async(std::launch::async, function);
    while (future.wait_for(0ms) != std::future_status::ready)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return future.get();
}

std::unique_ptr<sync::HttpClient> client(const QString &url, int retries = 2, int timeoutMs = 5000)
{
    sync::HttpOptions options;
    options.baseUrl = QUrl(url);
    options.retries = retries;
    options.backoffMs = 10;
    options.timeoutMs = timeoutMs;
    return std::move(sync::HttpClient::create(options)).value();
}

// A fake catalog/tech database whose _changes and _bulk_get answers are given.
QByteArray couchLike(const QByteArray &line, const QByteArray &changes, const QByteArray &bulkGet)
{
    if (line.contains("/_local/"))
        return http(404, "{\"error\":\"not_found\",\"reason\":\"missing\"}");
    if (line.contains("/_changes"))
        return changes;
    if (line.contains("/_bulk_get"))
        return bulkGet;
    return http(200, "{\"db_name\":\"x\",\"doc_count\":0}");
}

} // namespace

class TestSyncHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void plainHttpOnlyForLoopback()
    {
        sync::HttpOptions options;
        options.baseUrl = QUrl(u"http://hq.example.com/"_s);
        auto refused = sync::HttpClient::create(options);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Usage);
        QVERIFY(refused.error().message.contains(u"https://"_s));
        options.baseUrl = QUrl(u"https://user:pw@hq.example.com/"_s);
        QVERIFY(!sync::HttpClient::create(options));
        for (const QString &ok : {u"http://127.0.0.1:5984/"_s, u"http://localhost/"_s,
                                  u"http://[::1]:5984/"_s, u"https://hq.example.com/"_s}) {
            options.baseUrl = QUrl(ok);
            QVERIFY2(sync::HttpClient::create(options), qPrintable(ok));
        }
        QVERIFY(sync::isLoopbackHost(u"127.0.0.2"_s));
        QVERIFY(!sync::isLoopbackHost(u"10.0.0.1"_s));
    }

    // Compressed answers only where there is a network to save: gzip costs a
    // server on this computer more CPU than sending the bytes.
    void compressionOnlyBeyondThisComputer()
    {
        FakeHq hq;
        hq.respond = [](const QByteArray &) {
            return http(200, "{}");
        };
        auto direct = client(hq.url());
        QVERIFY(aside([&] { return direct->request("GET", u"db/"_s); }));
        QCOMPARE(hq.heads.size(), 1);
        QVERIFY2(!hq.heads.first().toLower().contains("accept-encoding"),
                 hq.heads.first().constData());

        // Through a proxy (the fake stands in for one) the way may be long.
        sync::HttpOptions options;
        options.baseUrl = QUrl(u"http://127.0.0.1:9/"_s);
        options.proxy = hq.url();
        options.retries = 0;
        auto proxied = std::move(sync::HttpClient::create(options)).value();
        QVERIFY(aside([&] { return proxied->request("GET", u"db/"_s); }));
        QCOMPARE(hq.heads.size(), 2);
        QVERIFY2(hq.heads.last().startsWith("GET http://127.0.0.1:9/db/"),
                 hq.heads.last().constData());
        QVERIFY2(hq.heads.last().toLower().contains("accept-encoding: "),
                 hq.heads.last().constData());
    }

    void serverErrorIsRetriedThenReported()
    {
        FakeHq hq;
        hq.respond = [](const QByteArray &) {
            return http(500, "{\"error\":\"boom\",\"reason\":\"disk full\"}");
        };
        auto http = client(hq.url(), 2);
        auto response = aside([&] { return http->request("GET", u"catalog/"_s); });
        QVERIFY(!response);
        QCOMPARE(response.error().kind, ErrorKind::Network);
        QVERIFY2(response.error().message.contains(u"HTTP 500"_s),
                 qPrintable(response.error().message));
        QVERIFY(response.error().message.contains(u"disk full"_s));
        QCOMPARE(hq.requests.size(), 3);
    }

    void transientErrorThenSuccess()
    {
        FakeHq hq;
        int calls = 0;
        hq.respond = [&](const QByteArray &) {
            return ++calls == 1 ? http(503, "{}") : http(200, "{\"ok\":true}");
        };
        auto http = client(hq.url(), 2);
        auto response = aside([&] { return http->request("GET", u"x"_s); });
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(hq.requests.size(), 2);
    }

    void slowServerTimesOut()
    {
        FakeHq hq;
        hq.respond = [](const QByteArray &) {
            return QByteArray();
        }; // never answers
        auto http = client(hq.url(), 1, 300);
        auto response = aside([&] { return http->request("GET", u"x/_changes?feed=longpoll"_s); });
        QVERIFY(!response);
        QVERIFY2(response.error().message.contains(u"did not answer in time"_s),
                 qPrintable(response.error().message));
        QCOMPARE(hq.requests.size(), 2);
    }

    void truncatedAnswerIsAnError()
    {
        FakeHq hq;
        hq.respond = [](const QByteArray &) {
            return QByteArray("CLOSEHTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n{\"results\":[");
        };
        auto http = client(hq.url(), 1);
        auto response = aside([&] { return http->request("GET", u"x"_s); });
        QVERIFY(!response);
        QCOMPARE(response.error().kind, ErrorKind::Network);
        QCOMPARE(hq.requests.size(), 2);
    }

    // The client keeps an answer in a buffer of its declared length, up to
    // a bound: a length no page has is not believed (nor allocated).
    void absurdDeclaredLengthIsAnError()
    {
        FakeHq hq;
        hq.respond = [](const QByteArray &) {
            return QByteArray(
                "CLOSEHTTP/1.1 200 OK\r\nContent-Length: 99999999999999\r\n\r\n{\"rows\":[");
        };
        auto http = client(hq.url(), 0);
        auto response = aside([&] { return http->request("GET", u"x"_s); });
        QVERIFY(!response);
        QCOMPARE(response.error().kind, ErrorKind::Network);
    }

    void refusedConnectionSaysSo()
    {
        int port = 0;
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            port = probe.serverPort();
        }
        auto http = client(u"http://127.0.0.1:%1/"_s.arg(port), 0);
        auto response = http->request("GET", u"x"_s);
        QVERIFY(!response);
        QVERIFY2(response.error().message.contains(u"refused"_s),
                 qPrintable(response.error().message));
    }

    void unauthorizedIsAboutCredentials()
    {
        FakeHq hq;
        hq.respond = [](const QByteArray &) {
            return http(401, "{\"error\":\"unauthorized\"}");
        };
        auto http = client(hq.url(), 2);
        auto response = aside([&] { return http->request("GET", u"x"_s); });
        QVERIFY(!response);
        QCOMPARE(response.error().kind, ErrorKind::Auth);
        QVERIFY(response.error().message.contains(u"user name or password"_s));
        QCOMPARE(hq.requests.size(), 1); // not retried
    }

    void forbiddenIsAnAuthErrorWithHqReason()
    {
        FakeHq hq;
        hq.respond = [](const QByteArray &) {
            return http(403, "{\"error\":\"forbidden\",\"reason\":\"not a member\"}");
        };
        auto http = client(hq.url(), 2);
        auto response = aside([&] { return http->request("GET", u"x"_s); });
        QVERIFY(!response);
        QCOMPARE(response.error().kind, ErrorKind::Auth);
        QVERIFY2(response.error().message.contains(u"not a member"_s),
                 qPrintable(response.error().message));
        QCOMPARE(hq.requests.size(), 1); // not retried
    }

    void cancelStopsARequest()
    {
        FakeHq hq;
        hq.respond = [](const QByteArray &) {
            return QByteArray();
        };
        std::atomic<bool> cancel = false;
        sync::HttpOptions options;
        options.baseUrl = QUrl(hq.url());
        options.cancel = &cancel;
        options.timeoutMs = 20000;
        auto http = std::move(sync::HttpClient::create(options)).value();
        auto future = std::async(std::launch::async, [&] { return http->request("GET", u"x"_s); });
        QTRY_COMPARE(hq.requests.size(), 1);
        cancel = true;
        while (future.wait_for(0ms) != std::future_status::ready)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        auto response = future.get();
        QVERIFY(!response);
        QVERIFY(response.error().message.contains(u"cancelled"_s));
    }

    // The technician database's first requests go out with the catalog's, so
    // a sync with nothing new waits one round trip, not two. This HQ answers
    // the catalog only once the technician database has been asked for too;
    // pulled one after the other, the catalog's request would time out.
    void bothDatabasesAreAskedAtOnce()
    {
        FakeHq hq;
        bool techAsked = false;
        hq.respond = [&](const QByteArray &line) -> QByteArray {
            if (line.contains("/catalog/") && !techAsked)
                return "HOLD";
            if (line.contains("/tech-7/") && !techAsked) {
                techAsked = true;
                hq.answerHeld();
            }
            if (line.startsWith("PUT") && line.contains("/_local/"))
                return http(201, "{\"ok\":true,\"rev\":\"0-1\"}");
            return couchLike(line, http(200, "{\"results\":[],\"last_seq\":0}"), {});
        };
        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir);
        sync::SyncConfig config;
        config.url = QUrl(hq.url());
        config.techId = u"7"_s;
        config.retries = 0;
        config.timeoutMs = 3000;
        auto report = aside([&] { return sync::Replicator(workspace->db(), config).run(); });
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QVERIFY(techAsked);
        QCOMPARE(test::localCount(workspace->db(), "SELECT count(*) FROM sync_log WHERE ok = 1"),
                 1);
    }

    // Whether a pull resumes depends on HQ's answer about its checkpoint and
    // that answer's status, read together however late they come. This HQ
    // lost the technician database (its checkpoint is gone: 404) and answers
    // that only after the catalog is done; the pull must start over.
    void lateCheckpointAnswerStillDecides()
    {
        FakeHq hq;
        bool holdTechCheckpoint = false;
        int changesFromStart = 0;
        QJsonObject ticket = test::makeTicket(u"k1"_s, u"T-K1"_s);
        ticket.insert("_rev"_L1, u"1-a"_s);
        const QByteArray feed =
            QJsonDocument(
                QJsonObject{{u"results"_s,
                             QJsonArray{QJsonObject{
                                 {u"seq"_s, 1},
                                 {u"id"_s, u"ticket:k1"_s},
                                 {u"changes"_s, QJsonArray{QJsonObject{{u"rev"_s, u"1-a"_s}}}},
                                 {u"doc"_s, ticket}}}},
                            {u"last_seq"_s, 1}})
                .toJson(QJsonDocument::Compact);
        const QByteArray nothingNew = http(200, "{\"results\":[],\"last_seq\":1}");
        hq.respond = [&](const QByteArray &line) -> QByteArray {
            if (line.startsWith("PUT") && line.contains("/_local/"))
                return http(201, "{\"ok\":true,\"rev\":\"0-1\"}");
            if (line.contains("/tech-7/_local/") && holdTechCheckpoint)
                return "HOLD";
            if (line.contains("/tech-7/_changes")) {
                if (!line.contains("since=0"))
                    return nothingNew;
                ++changesFromStart;
                return http(200, feed);
            }
            return couchLike(line, nothingNew, {});
        };
        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir);
        auto first = aside([&] { return test::syncOnce(workspace->db(), hq.url(), u"7"_s); });
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QCOMPARE(first->pulled, 1);
        QCOMPARE(changesFromStart, 1);

        holdTechCheckpoint = true;
        QTimer::singleShot(300, &hq, [&] {
            holdTechCheckpoint = false;
            hq.answerHeld();
        });
        auto second = aside([&] { return test::syncOnce(workspace->db(), hq.url(), u"7"_s); });
        QVERIFY2(second, second ? "" : qPrintable(second.error().message));
        QCOMPARE(changesFromStart, 2); // read from the start again, not resumed
    }

    // The id names HQ's database tech-<id>: lower-case letters and digits,
    // then also - and _. Anything else is refused before any request.
    void technicianIdIsCheckedBeforeAnyRequest_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("digits") << u"7"_s << true;
        QTest::newRow("letters, - and _") << u"ann-7_b"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("upper case") << u"Ann"_s << false;
        QTest::newRow("starts with -") << u"-ann"_s << false;
        QTest::newRow("starts with _") << u"_ann"_s << false;
        QTest::newRow("space") << u"ann 7"_s << false;
        QTest::newRow("slash") << u"ann/7"_s << false;
        QTest::newRow("umlaut") << u"j\u00fcrgen"_s << false;
    }

    void technicianIdIsCheckedBeforeAnyRequest()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(sync::isValidTechId(id), valid);
        if (valid)
            return;
        FakeHq hq;
        hq.respond = [](const QByteArray &) {
            return http(500, "{}");
        };
        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir);
        auto report = aside([&] { return test::syncOnce(workspace->db(), hq.url(), id); });
        QVERIFY(!report);
        QCOMPARE(report.error().kind, ErrorKind::Usage);
        QVERIFY2(report.error().message.contains(u"technician id"_s),
                 qPrintable(report.error().message));
        QVERIFY(hq.requests.isEmpty());
    }

    void garbageChangesFeedStoresNothing_data()
    {
        QTest::addColumn<QByteArray>("changes");
        QTest::addColumn<QByteArray>("bulkGet");
        const QByteArray oneChange = http(200, "{\"results\":[{\"seq\":1,\"id\":\"part:P1\","
                                               "\"changes\":[{\"rev\":\"1-a\"}]}],\"last_seq\":1}");
        QTest::newRow("garbage changes") << http(200, "<html>proxy error</html>") << QByteArray();
        QTest::newRow("truncated changes")
            << http(200, "{\"results\":[{\"seq\":1,\"id\":\"part:P1\",\"chan") << QByteArray();
        QTest::newRow("changes without results") << http(200, "{\"ok\":true}") << QByteArray();
        QTest::newRow("garbage bulk_get")
            << oneChange
            << http(200, "{\"results\":[{\"id\":\"part:P1\",\"docs\":[{\"ok\":{\"_id\"");
    }

    void garbageChangesFeedStoresNothing()
    {
        QFETCH(QByteArray, changes);
        QFETCH(QByteArray, bulkGet);
        FakeHq hq;
        hq.respond = [&](const QByteArray &line) {
            return couchLike(line, changes, bulkGet);
        };
        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir);
        auto report = aside([&] { return test::syncOnce(workspace->db(), hq.url(), u"7"_s); });
        QVERIFY(!report);
        QCOMPARE(report.error().kind, ErrorKind::Network);
        QVERIFY2(report.error().message.contains(u"127.0.0.1"_s),
                 qPrintable(report.error().message));
        QCOMPARE(test::localCount(workspace->db(), "SELECT count(*) FROM docs"), 0);
        QCOMPARE(test::localCount(workspace->db(), "SELECT count(*) FROM sync_checkpoints"), 0);
        QCOMPARE(test::localCount(workspace->db(), "SELECT count(*) FROM sync_log WHERE ok = 0"),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncHttp)
#include "tst_sync_http.moc"
