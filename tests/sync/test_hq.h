#pragma once

// The stand-in HQ for the sync tests: a real pouchdb-server (tests/hq, npm)
// on 127.0.0.1 at a free port, with its data in a temporary folder, so it can
// be killed and started again with its data intact.

#include "sync/http_client.h"

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace fb::test {

class TestHq
{
public:
    TestHq();
    ~TestHq();

    // Empty when pouchdb-server is installed (README: installer/install-deps.sh).
    static QString missingReason();

    bool start(); // waits until it answers
    void kill();
    bool restart()
    {
        kill();
        return start();
    }

    QString url() const; // http://127.0.0.1:<port>/
    int port() const { return m_port; }
    qint64 processId() const { return m_process.processId(); }

    // Admin for the wrong-credentials test; later requests authenticate.
    bool addAdmin(const QString &user, const QString &password);

    // Plain requests as HQ staff would make them (new_edits true).
    sync::HttpResponse request(const QByteArray &method, const QString &path,
                               const QByteArray &body = {});
    QJsonObject json(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    bool createDatabase(const QString &name);
    // A fresh technician database (tech-<prefix><n>) for one test; returns
    // the technician id, empty if HQ refused it.
    QString newTechnician(const QString &prefix);
    QString put(const QString &database, const QJsonObject &document); // returns rev
    QJsonObject get(const QString &database, const QString &id, const QString &query = {});
    int docCount(const QString &database);
    bool bulkInsert(const QString &database, const QList<QJsonObject> &documents);

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    int m_technicians = 0;
    QString m_user;
    QString m_password;
    std::unique_ptr<sync::HttpClient> m_http;
};

} // namespace fb::test

// For initTestCase: skips the whole test when pouchdb-server is not
// installed, else starts `hq` with the catalog database every sync pulls.
#define FB_START_TEST_HQ(hq)                                                                       \
    do {                                                                                           \
        const QString missingHq = fb::test::TestHq::missingReason();                               \
        if (!missingHq.isEmpty())                                                                  \
            QSKIP(qPrintable(missingHq));                                                          \
        QVERIFY((hq).start());                                                                     \
        QVERIFY((hq).createDatabase(QStringLiteral("catalog")));                                   \
    } while (false)
