#include "test_hq.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace fb::test {
namespace {

QString serverScript()
{
    return QStringLiteral(FIELDBENCH_SOURCE_DIR) +
           u"/tests/hq/node_modules/pouchdb-server/bin/pouchdb-server"_s;
}

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

TestHq::TestHq() = default;

TestHq::~TestHq()
{
    kill();
}

QString TestHq::missingReason()
{
    if (!QFileInfo::exists(serverScript()))
        return u"pouchdb-server is not installed; run installer/install-deps.sh"_s;
    return {};
}

bool TestHq::start()
{
    if (m_port == 0)
        m_port = freePort();
    m_process.setWorkingDirectory(m_dir.path());
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.setStandardOutputFile(m_dir.filePath(u"stdout.log"_s));
    m_process.start(u"node"_s,
                    {serverScript(), u"--port"_s, QString::number(m_port), u"--host"_s,
                     u"127.0.0.1"_s, u"--dir"_s, m_dir.filePath(u"data"_s), u"--config"_s,
                     m_dir.filePath(u"config.json"_s), u"--no-stdout-logs"_s});
    QDir().mkpath(m_dir.filePath(u"data"_s));
    if (!m_process.waitForStarted(10000))
        return false;
    sync::HttpOptions options;
    options.baseUrl = QUrl(url());
    options.user = m_user;
    options.password = m_password;
    options.retries = 0;
    options.timeoutMs = 20000;
    m_http = std::move(sync::HttpClient::create(options)).value();
    QElapsedTimer timer;
    timer.start();
    // First until the port takes connections (quietly), then until HTTP answers.
    while (timer.elapsed() < 30000) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(m_port));
        if (probe.waitForConnected(200))
            break;
        if (m_process.state() != QProcess::Running)
            return false;
        QThread::msleep(50);
    }
    while (timer.elapsed() < 30000) {
        auto response = m_http->request("GET", QString());
        if (response && response->status == 200)
            return true;
        if (m_process.state() != QProcess::Running)
            return false;
        QThread::msleep(100);
    }
    return false;
}

void TestHq::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString TestHq::url() const
{
    return u"http://127.0.0.1:%1/"_s.arg(m_port);
}

bool TestHq::addAdmin(const QString &user, const QString &password)
{
    auto response = m_http->request(
        "PUT", u"_config/admins/"_s + user,
        QJsonDocument(QJsonArray{password}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
    if (!response || response->status != 200)
        return false;
    m_user = user;
    m_password = password;
    sync::HttpOptions options;
    options.baseUrl = QUrl(url());
    options.user = user;
    options.password = password;
    options.retries = 0;
    m_http = std::move(sync::HttpClient::create(options)).value();
    return true;
}

sync::HttpResponse TestHq::request(const QByteArray &method, const QString &path,
                                   const QByteArray &body)
{
    auto response = m_http->request(method, path, body);
    return response ? *response : sync::HttpResponse{};
}

QJsonObject TestHq::json(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    const QByteArray payload = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson();
    return QJsonDocument::fromJson(request(method, path, payload).body).object();
}

bool TestHq::createDatabase(const QString &name)
{
    const int status = request("PUT", name, {}).status;
    return status == 201 || status == 200;
}

QString TestHq::newTechnician(const QString &prefix)
{
    const QString tech = prefix + QString::number(++m_technicians);
    return createDatabase(u"tech-"_s + tech) ? tech : QString();
}

QString TestHq::put(const QString &database, const QJsonObject &document)
{
    const QString id = document.value("_id"_L1).toString();
    const QJsonObject answer =
        json("PUT", database + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(id)), document);
    return answer.value("rev"_L1).toString();
}

QJsonObject TestHq::get(const QString &database, const QString &id, const QString &query)
{
    return json("GET", database + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(id)) +
                           (query.isEmpty() ? QString() : u'?' + query));
}

int TestHq::docCount(const QString &database)
{
    return json("GET", database).value("doc_count"_L1).toInt(-1);
}

bool TestHq::bulkInsert(const QString &database, const QList<QJsonObject> &documents)
{
    QJsonArray docs;
    for (const QJsonObject &document : documents)
        docs.append(document);
    return request("POST", database + u"/_bulk_docs"_s,
                   QJsonDocument(QJsonObject{{"docs"_L1, docs}}).toJson(QJsonDocument::Compact))
               .status == 201;
}

} // namespace fb::test
