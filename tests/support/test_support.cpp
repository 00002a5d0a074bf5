#include "support/test_support.h"

#include "storage/demo_workspace.h"
#include "storage/sqlite_database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace fb::test {

std::unique_ptr<storage::Workspace> createWorkspace(const QTemporaryDir &dir, int demoTickets,
                                                    quint64 seed)
{
    const QString path = storage::Workspace::pathInDirectory(dir.path());
    auto opened = storage::Workspace::open(path, storage::Workspace::OpenMode::CreateIfMissing);
    if (!opened) {
        qWarning("createWorkspace: %s", qPrintable(opened.error().message));
        return nullptr;
    }
    std::unique_ptr<storage::Workspace> workspace = std::move(opened).value();
    if (demoTickets > 0) {
        DemoOptions options;
        options.tickets = demoTickets;
        options.seed = seed;
        options.anchor = QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);
        auto counts = storage::createDemoWorkspace(*workspace, options);
        if (!counts) {
            qWarning("createWorkspace demo: %s", qPrintable(counts.error().message));
            return nullptr;
        }
    }
    return workspace;
}

QJsonObject ticketBody(const QString &key, const QString &number, const QString &summary)
{
    return {{"_id"_L1, QString(u"ticket:"_s + key)},
            {"type"_L1, u"ticket"_s},
            {"number"_L1, number},
            {"site_id"_L1, u"site:s1"_s},
            {"device_serial"_L1, u"SN-77"_s},
            {"priority"_L1, u"normal"_s},
            {"channel"_L1, u"email"_s},
            {"summary"_L1, summary},
            {"status"_L1, u"new"_s},
            {"received_at"_L1, u"2026-12-07T14:00:00Z"_s}};
}

bool ticketSearchIndexInStep(storage::Database &db)
{
    if (!db.exec("INSERT INTO ticket_search (ticket_search) VALUES ('integrity-check')").ok())
        return false;
    auto missing = db.scalar(
        "SELECT count(*) FROM ticket_rows t WHERE NOT EXISTS (SELECT 1 FROM ticket_search "
        "WHERE ticket_search MATCH '\"' || replace(t.search, '\"', '\"\"') || '\"' "
        "AND rowid = t.rowid)");
    auto entries = db.scalar("SELECT count(*) FROM ticket_search_docsize");
    auto rows = db.scalar("SELECT count(*) FROM ticket_rows");
    return missing.ok() && missing->toInt() == 0 && entries.ok() && rows.ok() &&
           entries->toInt() == rows->toInt();
}

QString dataPath(const QString &relative)
{
    return QString::fromUtf8(FIELDBENCH_TEST_DATA_DIR) + u'/' + relative;
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace fb::test
