// The first pull's fast path against a real pouchdb-server: pages of
// _all_docs whose single-leaf documents are read and checked on the fetching
// thread and stored without a _bulk_get. Each row the fast path cannot take
// (a document with conflicts, one already here, an invalid one, a design
// document) must fall back to the careful way, across page boundaries, and a
// load that starts over must skip what it stored.

#include "storage/document_store.h"
#include "storage/sqlite_database.h"
#include "storage/ticket_repository.h"
#include "storage/ticket_search_builder.h"
#include "storage/ticket_search_index.h"
#include "support/test_support.h"
#include "sync/replicator.h"
#include "sync_fixtures.h"
#include "test_hq.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fb;

namespace {

// A ticket revision as another replica made it (for new_edits=false).
QJsonObject leaf(const QString &key, const QString &number, const QString &hash,
                 const QString &summary)
{
    QJsonObject ticket = test::makeTicket(key, number);
    ticket.insert("summary"_L1, summary);
    ticket.insert("_rev"_L1, QString(u"1-"_s + hash));
    return ticket;
}

// 1: the ticket search index is paused, 0: it runs, -1: could not tell.
int searchIndexState(storage::Database &db)
{
    auto paused = storage::ticketSearchIndexPaused(db);
    return paused ? int(*paused) : -1;
}

// How many tickets the ticket filter finds by `text` (-1: it failed).
qsizetype foundByText(storage::Database &db, const QString &text)
{
    storage::TicketRepository repository(db);
    storage::TicketFilter filter;
    filter.search = text;
    auto found = repository.listRowIds(filter, {});
    return found ? found->size() : -1;
}

// How many rows the trigram index itself holds with `word` (-1: it failed).
int indexedWith(storage::Database &db, const QString &word)
{
    auto statement = db.prepare("SELECT count(*) FROM ticket_search WHERE ticket_search MATCH ?1");
    if (!statement)
        return -1;
    statement->bind(1, u'"' + word + u'"');
    auto row = statement->step();
    return row && *row ? static_cast<int>(statement->integer(0)) : -1;
}

} // namespace

class TestSyncInitialLoad : public QObject
{
    Q_OBJECT

private:
    test::TestHq m_hq;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        FB_START_TEST_HQ(m_hq);
    }

    void everyRowTakesTheRightPath()
    {
        const QString tech = m_hq.newTechnician(u"load"_s);
        const QString db = u"tech-"_s + tech;
        QList<QJsonObject> tickets;
        for (int i = 0; i < 11; ++i)
            tickets.append(
                test::makeTicket(u"l%1"_s.arg(i, 2, 10, QChar(u'0')), u"T-L%1"_s.arg(i)));
        QJsonObject bad = test::makeTicket(u"l05b"_s, u"T-LBAD"_s);
        bad.insert("priority"_L1, u"urgent"_s); // fails the domain's check
        tickets.append(bad);
        tickets.append(QJsonObject{{u"_id"_s, u"_design/hq"_s}, {u"views"_s, QJsonObject{}}});
        QVERIFY(m_hq.bulkInsert(db, tickets));
        // Two leaves of one ticket, made elsewhere: HQ holds a conflict.
        const QByteArray conflicting =
            QJsonDocument(
                QJsonObject{
                    {u"new_edits"_s, false},
                    {u"docs"_s,
                     QJsonArray{leaf(u"l07c"_s, u"T-LC"_s, u"aaaa"_s, u"Door sticks"_s),
                                leaf(u"l07c"_s, u"T-LC"_s, u"bbbb"_s, u"Door will not close"_s)}}})
                .toJson(QJsonDocument::Compact);
        QVERIFY(m_hq.request("POST", db + u"/_bulk_docs"_s, conflicting).status == 201);

        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir);
        // Batches of 4: a first page of 2 rows, then pages of 8, so the
        // special rows fall on different pages.
        auto report = test::syncOnce(workspace->db(), m_hq.url(), tech, 4);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        // The invalid one is reported, the rest is here.
        QVERIFY2(report->rejected.size() == 1,
                 QJsonDocument(report->rejected).toJson().constData());
        QCOMPARE(report->rejected.first().toObject().value("id"_L1).toString(), u"ticket:l05b"_s);
        QVERIFY(test::localDocument(workspace->db(), u"ticket:l05b"_s).isEmpty());
        for (int i = 0; i < 11; ++i)
            QVERIFY(
                !test::localDocument(workspace->db(), u"ticket:l%1"_s.arg(i, 2, 10, QChar(u'0')))
                     .isEmpty());
        QCOMPARE(
            test::localCount(workspace->db(), "SELECT count(*) FROM docs WHERE id LIKE '_design%'"),
            0);
        // The conflicted ticket came with both leaves (fetched with history)
        // and was settled by the merge rules.
        QCOMPARE(report->conflictsResolved, 1);
        QCOMPARE(test::localCount(workspace->db(),
                                  "SELECT count(*) FROM revisions WHERE doc_id = 'ticket:l07c'"),
                 4);                  // both leaves, the merge and the losing leaf's tombstone
        QCOMPARE(report->pulled, 13); // 11, and both leaves of the conflict

        // A load cut short starts over (no checkpoint): what is here is
        // skipped, what is missing arrives, nothing is doubled.
        QVERIFY(workspace->db().exec(
            "DELETE FROM docs WHERE id IN ('ticket:l00', 'ticket:l09');"
            "DELETE FROM ticket_rows WHERE doc_id IN ('ticket:l00', 'ticket:l09');"
            "DELETE FROM revisions WHERE doc_id IN ('ticket:l00', 'ticket:l09');"
            "DELETE FROM sync_checkpoints;"));
        auto again = test::syncOnce(workspace->db(), m_hq.url(), tech, 4);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        QCOMPARE(again->pulled, 2);
        QVERIFY(!test::localDocument(workspace->db(), u"ticket:l00"_s).isEmpty());
        QVERIFY(!test::localDocument(workspace->db(), u"ticket:l09"_s).isEmpty());
        QCOMPARE(test::localCount(workspace->db(),
                                  "SELECT count(*) FROM docs WHERE id LIKE 'ticket:l%'"),
                 12);

        // And then nothing moves.
        auto idle = test::syncOnce(workspace->db(), m_hq.url(), tech, 4);
        QVERIFY(idle);
        QCOMPARE(idle->pulled, 0);
        QCOMPARE(idle->pushed, 0);
    }

    // A first pull of more tickets than the workspace holds pauses the
    // ticket search index while it stores them, builds it beside the
    // workspace meanwhile and puts it in place at the end: paused during the
    // load (seen from the progress callback), complete and running afterwards
    // (found through the index itself, not only LIKE).
    void largeFirstPullFillsTheSearchIndexOnce()
    {
        const QString tech = m_hq.newTechnician(u"idx"_s);
        QList<QJsonObject> tickets;
        for (int i = 0; i < 12; ++i) {
            QJsonObject ticket = test::makeTicket(u"s%1"_s.arg(i), u"T-S%1"_s.arg(i));
            ticket.insert("summary"_L1, u"Hinge squeaks on door %1"_s.arg(i));
            tickets.append(ticket);
        }
        QVERIFY(m_hq.bulkInsert(u"tech-"_s + tech, tickets));
        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir);
        sync::SyncConfig config;
        config.url = QUrl(m_hq.url());
        config.techId = tech;
        config.batchSize = 4;
        config.pullCatalog = false;
        config.searchIndexRebuildFrom = 10;
        sync::Replicator replicator(workspace->db(), config);
        int progressWhilePaused = 0;
        int progressWhileBuilding = 0; // the index built beside the workspace meanwhile
        const QString scratch = storage::TicketSearchBuilder::scratchPath(workspace->db().path());
        replicator.setProgressHandler([&](const sync::SyncProgress &progress) {
            if (progress.database.startsWith(u"tech-"_s) && searchIndexState(workspace->db()) == 1)
                ++progressWhilePaused;
            if (QFile::exists(scratch))
                ++progressWhileBuilding;
        });
        // Put in place by the builder, not rebuilt at the end.
        QTest::failOnWarning(QRegularExpression(u"Rebuilding the index instead"_s));
        auto report = replicator.run();
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QVERIFY(progressWhilePaused > 0);
        QVERIFY(progressWhileBuilding > 0);
        QVERIFY(!QFile::exists(scratch));
        QCOMPARE(searchIndexState(workspace->db()), 0);
        QCOMPARE(indexedWith(workspace->db(), u"squeaks"_s), 12);
        QCOMPARE(foundByText(workspace->db(), u"SQUEAKS on"_s), 12);
    }

    // A pull cut short leaves the index paused: searches still find every
    // ticket (LIKE), also one written meanwhile, and the next pull that
    // completes fills the index and ends the pause.
    void interruptedLoadLeavesSearchesWhole()
    {
        const QString tech = m_hq.newTechnician(u"cut"_s);
        QVERIFY(m_hq.bulkInsert(u"tech-"_s + tech, {test::makeTicket(u"c1"_s, u"T-C1"_s)}));
        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir);
        QVERIFY(storage::pauseTicketSearchIndex(workspace->db()));
        QJsonObject local = test::makeTicket(u"c2"_s, u"T-C2"_s);
        local.insert("summary"_L1, u"Lock buzzes at night"_s);
        storage::DocumentStore store(workspace->db());
        QVERIFY(store.put(local));
        QCOMPARE(indexedWith(workspace->db(), u"buzzes"_s), 0); // the trigger was paused
        QCOMPARE(foundByText(workspace->db(), u"buzzes"_s), 1);

        auto report = test::syncOnce(workspace->db(), m_hq.url(), tech);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(searchIndexState(workspace->db()), 0);
        QCOMPARE(indexedWith(workspace->db(), u"buzzes"_s), 1);
        QCOMPARE(foundByText(workspace->db(), u"buzzes"_s), 1);
    }

    // Sync keeps SQLite's temporary data (the journal of each document's
    // savepoint) in memory: spilled to a file, it cost half a million writes
    // for 10,000 documents.
    void temporaryDataStaysInMemory()
    {
        const QString tech = m_hq.newTechnician(u"tmp"_s);
        QVERIFY(m_hq.bulkInsert(u"tech-"_s + tech, {test::makeTicket(u"m1"_s, u"T-M1"_s)}));
        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir);
        auto report = test::syncOnce(workspace->db(), m_hq.url(), tech);
        QVERIFY(report);
        QCOMPARE(test::localCount(workspace->db(), "PRAGMA temp_store"), 2); // MEMORY
    }
};

QTEST_GUILESS_MAIN(TestSyncInitialLoad)
#include "tst_sync_initial_load.moc"
