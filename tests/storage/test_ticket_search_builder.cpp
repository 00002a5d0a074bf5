// The ticket search index built on a thread of its own during a large pull
// (TicketSearchBuilder): whatever happens to the tickets while it builds
// (new ones, changed text, deleted ones, some never announced), the index it
// puts in place finds exactly the tickets as they are, and the workspace's
// own triggers keep it in step afterwards.

#include "storage/document_store.h"
#include "storage/sqlite_database.h"
#include "storage/ticket_search_builder.h"
#include "storage/ticket_search_index.h"
#include "support/test_support.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fb::storage;

namespace {

QJsonObject ticket(const QString &key, const QString &summary)
{
    return fb::test::ticketBody(key, u"T-"_s + key, summary);
}

int indexed(Database &db, const QString &word)
{
    auto statement = db.prepare("SELECT count(*) FROM ticket_search WHERE ticket_search MATCH ?1");
    if (!statement)
        return -1;
    statement->bind(1, QString(u'"' + word + u'"'));
    auto row = statement->step();
    return row && *row ? int(statement->integer(0)) : -1;
}

int scratchRows(const QString &workspacePath)
{
    auto scratch = Database::open(TicketSearchBuilder::scratchPath(workspacePath),
                                  Database::Mode::ReadOnly, false);
    if (!scratch)
        return -1;
    auto rows = scratch->scalar("SELECT count(*) FROM ticket_rows");
    return rows ? rows->toInt() : -1;
}

} // namespace

class TestTicketSearchBuilder : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() // a fresh workspace for every test
    {
        m_workspace.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_workspace = fb::test::createWorkspace(*m_dir);
        QVERIFY(m_workspace);
    }

    void followsEveryChangeMadeWhileItBuilds()
    {
        Database &db = m_workspace->db();
        DocumentStore store(db);
        QVERIFY(store.put(ticket(u"a"_s, u"Alpha hinge"_s)).ok()); // indexed by its trigger
        QVERIFY(pauseTicketSearchIndex(db));
        {
            TicketSearchBuilder builder(db.path());
            QVERIFY(store.put(ticket(u"b"_s, u"Bravo latch"_s)).ok());
            QVERIFY(store.put(ticket(u"c"_s, u"Charlie gasket"_s)).ok());
            builder.indexCommitted();
            // Indexed in the scratch file with their first text...
            QTRY_COMPARE(scratchRows(db.path()), 3);
            // ...then changed, deleted, or added without telling the builder.
            QJsonObject bravo = *store.get(u"ticket:b"_s).value();
            bravo.insert("summary"_L1, u"Bravo seal"_s);
            QVERIFY(store.put(bravo).ok());
            QVERIFY(db.exec("DELETE FROM docs WHERE id = 'ticket:c'"));
            QVERIFY(store.put(ticket(u"d"_s, u"Delta fan"_s)).ok());
            QCOMPARE(indexed(db, u"delta"_s), 0); // paused: not in the workspace yet

            const fb::Status built = builder.finish();
            QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.error().message));
        }
        QVERIFY(!QFile::exists(TicketSearchBuilder::scratchPath(db.path())));
        QCOMPARE(ticketSearchIndexPaused(db).value(), false);
        QVERIFY(fb::test::ticketSearchIndexInStep(db));
        QCOMPARE(indexed(db, u"alpha"_s), 1);
        QCOMPARE(indexed(db, u"latch"_s), 0);
        QCOMPARE(indexed(db, u"seal"_s), 1);
        QCOMPARE(indexed(db, u"gasket"_s), 0);
        QCOMPARE(indexed(db, u"delta"_s), 1);

        // The workspace's triggers carry on from the index put in place.
        QVERIFY(store.put(ticket(u"e"_s, u"Echo compressor"_s)).ok());
        QJsonObject alpha = *store.get(u"ticket:a"_s).value();
        alpha.insert("summary"_L1, u"Alpha hinge replaced"_s);
        QVERIFY(store.put(alpha).ok());
        QCOMPARE(indexed(db, u"compressor"_s), 1);
        QCOMPARE(indexed(db, u"replaced"_s), 1);
        QVERIFY(fb::test::ticketSearchIndexInStep(db));
    }

    // The scratch index does not merge its segments while it builds; the
    // workspace gets its own merge settings back, so its writes merge them.
    void workspaceKeepsItsMergeSettings()
    {
        Database &db = m_workspace->db();
        DocumentStore store(db);
        QVERIFY(pauseTicketSearchIndex(db));
        {
            TicketSearchBuilder builder(db.path());
            for (int i = 1; i <= 3; ++i) {
                QVERIFY(store.put(ticket(QString::number(i), u"India pump"_s)).ok());
                builder.indexCommitted();
                QTRY_COMPARE(scratchRows(db.path()), i);
            }
            QVERIFY(builder.finish().ok());
        }
        auto settings =
            db.scalar("SELECT count(*) FROM ticket_search_config WHERE k = 'automerge'");
        QVERIFY(settings);
        QCOMPARE(settings->toInt(), 0);
        QCOMPARE(indexed(db, u"pump"_s), 3);
        QVERIFY(fb::test::ticketSearchIndexInStep(db));
    }

    // A rebuild that ended the pause first wins; the builder changes nothing.
    void leavesAnIndexRebuiltMeanwhileAlone()
    {
        Database &db = m_workspace->db();
        DocumentStore store(db);
        QVERIFY(pauseTicketSearchIndex(db));
        TicketSearchBuilder builder(db.path());
        QVERIFY(store.put(ticket(u"f"_s, u"Foxtrot door"_s)).ok());
        builder.indexCommitted();
        QVERIFY(rebuildTicketSearchIndex(db));
        QVERIFY(store.put(ticket(u"g"_s, u"Golf door"_s)).ok()); // by the trigger
        QVERIFY(builder.finish().ok());
        QCOMPARE(indexed(db, u"door"_s), 2);
        QVERIFY(fb::test::ticketSearchIndexInStep(db));
    }

    // Two syncs of one workspace (the app and the CLI): one builds the index,
    // the other says why it does not, and neither removes the other's file.
    void oneBuilderPerWorkspace()
    {
        Database &db = m_workspace->db();
        DocumentStore store(db);
        QVERIFY(pauseTicketSearchIndex(db));
        TicketSearchBuilder first(db.path());
        QTRY_VERIFY(QFile::exists(TicketSearchBuilder::scratchPath(db.path())));
        {
            TicketSearchBuilder second(db.path());
            const fb::Status refused = second.finish();
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().message.contains(u"Another sync"_s),
                     qPrintable(refused.error().message));
        }
        QVERIFY(QFile::exists(TicketSearchBuilder::scratchPath(db.path())));
        QVERIFY(store.put(ticket(u"h"_s, u"Hotel shelf"_s)).ok());
        QVERIFY(first.finish().ok());
        QCOMPARE(indexed(db, u"shelf"_s), 1);
        QCOMPARE(ticketSearchIndexPaused(db).value(), false);
    }

    // A builder that cannot work says why and leaves the pause for a rebuild.
    void failureLeavesThePause()
    {
        Database &db = m_workspace->db();
        QVERIFY(pauseTicketSearchIndex(db));
        TicketSearchBuilder builder(m_dir->filePath(u"missing/workspace.fieldbench"_s));
        builder.indexCommitted();
        const fb::Status built = builder.finish();
        QVERIFY(!built.ok());
        QVERIFY(!built.error().message.isEmpty());
        QCOMPARE(ticketSearchIndexPaused(db).value(), true);
    }
};

QTEST_GUILESS_MAIN(TestTicketSearchBuilder)
#include "test_ticket_search_builder.moc"
