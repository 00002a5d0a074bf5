// Opening, creating, migrating and refusing workspace files on disk.

#include "storage/document_store.h"
#include "storage/migrations.h"
#include "storage/ticket_repository.h"
#include "storage/workspace.h"
#include "support/test_support.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;
using fb::storage::Workspace;

class TestWorkspace : public QObject
{
    Q_OBJECT

private:
    static QString buildFromSql(const QTemporaryDir &dir, const QString &fixture)
    {
        const QString path = dir.filePath(u"old.fieldbench"_s);
        QFile sql(fb::test::dataPath(fixture));
        if (!sql.open(QIODevice::ReadOnly))
            return {};
        auto db = fb::storage::Database::open(path, fb::storage::Database::Mode::ReadWrite, true);
        if (!db || !db->exec(sql.readAll().constData()))
            return {};
        return path;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultPathIsInTestLocation() { QVERIFY(Workspace::defaultPath().contains(u"qttest"_s)); }

    void createsWithWalAndForeignKeys()
    {
        QTemporaryDir dir;
        const QString path = Workspace::pathInDirectory(dir.filePath(u"nested/folder"_s));
        auto workspace = Workspace::open(path, Workspace::OpenMode::CreateIfMissing);
        QVERIFY2(workspace.ok(),
                 qPrintable(workspace.ok() ? QString() : workspace.error().message));
        auto &db = (*workspace)->db();
        QCOMPARE(db.scalar("PRAGMA journal_mode")->toString(), u"wal"_s);
        QCOMPARE(db.scalar("PRAGMA foreign_keys")->toInt(), 1);
        QCOMPARE(db.scalar("PRAGMA user_version")->toInt(), fb::storage::kCurrentSchemaVersion);
        QCOMPARE((*workspace)->schemaVersion(), fb::storage::kCurrentSchemaVersion);
        QVERIFY(QFile::exists(path));
        auto report = (*workspace)->checkIntegrity();
        QVERIFY(report.ok() && report->ok);
        QCOMPARE(report->integrity, u"ok"_s);
    }

    // SQLite's memory statistics would take one process-wide mutex on every
    // allocation (the sync's writer and search index builder contend on it);
    // opening a workspace turns them off, so nothing is counted.
    void keepsNoMemoryStatistics()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::open(Workspace::pathInDirectory(dir.path()),
                                         Workspace::OpenMode::CreateIfMissing);
        QVERIFY(workspace.ok());
        fb::storage::DocumentStore store((*workspace)->db());
        QVERIFY(store.put(fb::test::ticketBody(u"m"_s, u"T-M"_s, u"Counted?"_s)).ok());
        sqlite3_int64 used = -1;
        sqlite3_int64 highest = -1;
        QCOMPARE(sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &used, &highest, 0), SQLITE_OK);
        QCOMPARE(used, 0);
        QCOMPARE(highest, 0);
    }

    void openExistingRefusesMissingFile()
    {
        QTemporaryDir dir;
        auto workspace =
            Workspace::open(dir.filePath(u"none.fieldbench"_s), Workspace::OpenMode::OpenExisting);
        QVERIFY(!workspace.ok());
        QCOMPARE(workspace.error().kind, fb::ErrorKind::NotFound);
        QVERIFY(workspace.error().message.contains(u"demo init"_s));
        QVERIFY(!QFile::exists(dir.filePath(u"none.fieldbench"_s)));
    }

    void upgradesOlderSchemaWithBackup()
    {
        QTemporaryDir dir;
        const QString path = buildFromSql(dir, u"workspace-v1.sql"_s);
        QVERIFY(!path.isEmpty());
        const QByteArray before = fb::test::fileDigest(path);
        {
            auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting);
            QVERIFY2(workspace.ok(),
                     qPrintable(workspace.ok() ? QString() : workspace.error().message));
            QCOMPARE((*workspace)->schemaVersion(), fb::storage::kCurrentSchemaVersion);
            const QString backup = (*workspace)->migrationBackupPath();
            QVERIFY(QFile::exists(backup));
            // The backup is the old schema, readable as it was.
            auto old =
                fb::storage::Database::open(backup, fb::storage::Database::Mode::ReadOnly, false);
            QVERIFY(old.ok());
            QCOMPARE(old->scalar("PRAGMA user_version")->toInt(), 1);
            QCOMPARE(old->scalar("SELECT count(*) FROM docs")->toInt(), 5);

            // Index tables were back-filled from the old documents.
            fb::storage::TicketRepository tickets((*workspace)->db());
            auto rows = tickets.list({});
            QVERIFY(rows.ok());
            QCOMPARE(rows->size(), 2);
            auto ticket = tickets.find(u"T-000001"_s);
            QVERIFY(ticket.ok());
            QCOMPARE(ticket->notes.first().text, u"Door gasket torn."_s);
            // An unknown field written by an older HQ survives the upgrade and an edit.
            auto edited = tickets.addNote(u"T-000001"_s, u"Gasket ordered"_s, u"tech"_s, {});
            QVERIFY(edited.ok());
            QCOMPARE(
                edited->toJson().value("hq_routing"_L1).toObject().value("queue"_L1).toString(),
                u"eu-2"_s);
            QCOMPARE((*workspace)->metaValue(u"created_by"_s).value(), u"fieldbench 0.0.9"_s);
        }
        QVERIFY(fb::test::fileDigest(path) != before);
        // A second open finds nothing to migrate.
        auto again = Workspace::open(path, Workspace::OpenMode::OpenExisting);
        QVERIFY(again.ok());
        QVERIFY((*again)->migrationBackupPath().isEmpty());
    }

    void refusesNewerSchemaUntouched()
    {
        QTemporaryDir dir;
        const QString path = Workspace::pathInDirectory(dir.path());
        {
            auto workspace = fb::test::createWorkspace(dir, 3);
            QVERIFY(workspace);
            QVERIFY(workspace->db().exec("PRAGMA user_version = 99").ok());
            QVERIFY(workspace->db().exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
        }
        const QByteArray before = fb::test::fileDigest(path);
        auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting);
        QVERIFY(!workspace.ok());
        QCOMPARE(workspace.error().kind, fb::ErrorKind::Data);
        QVERIFY2(workspace.error().message.contains(u"newer Fieldbench"_s),
                 qPrintable(workspace.error().message));
        QCOMPARE(fb::test::fileDigest(path), before);
    }

    void refusesGarbageUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text file") << QByteArray("This is my shopping list\nmilk\n");
        QTest::newRow("random bytes") << QByteArray(8192, '\x5a');
        QTest::newRow("json") << QByteArray("{\"type\":\"ticket\"}");
    }

    void refusesGarbageUntouched()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"workspace.fieldbench"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting);
        QVERIFY(!workspace.ok());
        QVERIFY2(workspace.error().message.contains(u"untouched"_s),
                 qPrintable(workspace.error().message));
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), content);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
    }

    void refusesCorruptPagesUntouched()
    {
        QTemporaryDir dir;
        const QString path = Workspace::pathInDirectory(dir.path());
        {
            auto workspace = fb::test::createWorkspace(dir, 20);
            QVERIFY(workspace);
            QVERIFY(workspace->db().exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
        }
        // Keep the valid header but wreck the schema page that follows it.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(100);
        file.write(QByteArray(3900, '\xff'));
        file.close();
        const QByteArray before = fb::test::fileDigest(path);
        auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting);
        QVERIFY(!workspace.ok());
        QCOMPARE(workspace.error().kind, fb::ErrorKind::Data);
        QVERIFY2(workspace.error().message.contains(u"damaged"_s),
                 qPrintable(workspace.error().message));
        QCOMPARE(fb::test::fileDigest(path), before);
    }

    void refusesOtherApplicationsDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"other.db"_s);
        {
            auto db =
                fb::storage::Database::open(path, fb::storage::Database::Mode::ReadWrite, true);
            QVERIFY(db.ok());
            QVERIFY(
                db->exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');")
                    .ok());
        }
        const QByteArray before = fb::test::fileDigest(path);
        auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting);
        QVERIFY(!workspace.ok());
        QVERIFY(workspace.error().message.contains(u"not a Fieldbench workspace"_s));
        QCOMPARE(fb::test::fileDigest(path), before);
    }

    void integrityCheckFindsDamage()
    {
        QTemporaryDir dir;
        auto workspace = fb::test::createWorkspace(dir, 50);
        QVERIFY(workspace);
        // A ticket row whose document is gone breaks a foreign key.
        QVERIFY(workspace->db().exec("PRAGMA foreign_keys = OFF").ok());
        QVERIFY(workspace->db()
                    .exec("DELETE FROM docs WHERE id = (SELECT doc_id FROM ticket_rows LIMIT 1)")
                    .ok());
        auto report = workspace->checkIntegrity();
        QVERIFY(report.ok());
        QVERIFY(!report->ok);
        QVERIFY(report->integrity.contains(u"foreign key"_s));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "test_workspace.moc"
