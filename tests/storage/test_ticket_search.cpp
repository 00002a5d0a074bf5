// Free-text ticket filtering through the trigram index (schema v8): the same
// matches as a plain case-insensitive substring test over number, summary and
// device serial, for every kind of text, combined with the other filters and
// in every sort order; kept in step by local edits and by sync; built by the
// v7 -> v8 migration.

#include "storage/asset_repository.h"
#include "storage/document_store.h"
#include "storage/migrations.h"
#include "storage/search_text.h"
#include "storage/ticket_repository.h"
#include "support/test_support.h"
#include "sync/local_peer.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fb::storage;

namespace {

// What users have always got: the text, trimmed, found anywhere in
// "number summary serial", ignoring case, every character taken literally.
bool referenceMatch(const QJsonObject &ticket, const QString &search)
{
    const QString haystack =
        (ticket.value("number"_L1).toString() + u' ' + ticket.value("summary"_L1).toString() +
         u' ' + ticket.value("device_serial"_L1).toString())
            .toLower();
    return haystack.contains(search.trimmed().toLower());
}

QSet<QString> idsOf(const QList<TicketRow> &rows)
{
    QSet<QString> ids;
    for (const TicketRow &row : rows)
        ids.insert(row.id);
    return ids;
}

QVector<qint64> rowIdsOf(const QList<TicketRow> &rows)
{
    QVector<qint64> ids;
    for (const TicketRow &row : rows)
        ids.append(row.rowId);
    return ids;
}

} // namespace

class TestTicketSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;

    // Summaries with text that trips LIKE escapes, FTS5 syntax and case folding.
    const QStringList m_summaries{
        u"Freezer alarm – door seal 50% torn_"_s,
        u"Log in C:\\temp\\fb_log, 100%_full"_s,
        u"Customer said \"it's the DOOR\" again"_s,
        // Each on a ticket of its own: folding would find one for the other.
        u"Straße closed"_s,
        u"ſtrange sign"_s,
        u"Sign says ΟΔΟς"_s,
        u"İstanbul depot, Café Ünal"_s,
        u"🚪 sticks, emoji in report"_s,
        u"AND OR NOT NEAR(x y) * ^ : col:door"_s,
    };

    QList<QJsonObject> documents()
    {
        DocumentStore store(m_workspace->db());
        return store.allOfType(u"ticket"_s).value();
    }

    // Every filter row from list() and listRowIds() against the reference.
    void checkFilter(const TicketFilter &filter, const QList<QJsonObject> &documents)
    {
        QSet<QString> expected;
        for (const QJsonObject &document : documents) {
            if (!filter.status.isEmpty() && document.value("status"_L1).toString() != filter.status)
                continue;
            if (!filter.priority.isEmpty() &&
                document.value("priority"_L1).toString() != filter.priority)
                continue;
            if (referenceMatch(document, filter.search))
                expected.insert(document.value("_id"_L1).toString());
        }
        TicketRepository tickets(m_workspace->db());
        const auto rows = tickets.list(filter);
        QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().message));
        QVERIFY2(idsOf(*rows) == expected,
                 qPrintable(u"search \"%1\" status \"%2\" priority \"%3\": %4 rows, expected %5"_s
                                .arg(filter.search, filter.status, filter.priority)
                                .arg(rows->size())
                                .arg(expected.size())));
        const auto ids = tickets.listRowIds(filter, {});
        QVERIFY(ids.ok());
        QCOMPARE(*ids, rowIdsOf(*rows));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Enough tickets that "t-00" finds more than the 1000 matches fetched
        // one by one: the other ways of filtering run too.
        m_workspace = fb::test::createWorkspace(m_dir, 1500, 23);
        QVERIFY(m_workspace);
        AssetRepository assets(m_workspace->db());
        const auto sites = assets.sites().value();
        // A number "t-00" does not find, so picking its matches from all
        // tickets has one to leave out.
        QJsonObject odd = fb::test::ticketBody(u"odd"_s, u"X-000001"_s, u"Door hinge loose"_s);
        odd.insert("site_id"_L1, sites.first().id);
        QVERIFY(DocumentStore(m_workspace->db()).put(odd).ok());
        TicketRepository tickets(m_workspace->db());
        for (const QString &summary : m_summaries) {
            NewTicket request;
            request.siteId = sites.first().id;
            request.deviceSerial = assets.deviceSerialsAtSite(request.siteId)->first();
            request.summary = summary;
            request.by = u"tech-test"_s;
            auto created = tickets.create(request);
            QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        }
    }

    void textMatchesLikeASubstring_data()
    {
        QTest::addColumn<QString>("search");
        const QStringList searches{
            // words, case, spaces at the ends, numbers and serials
            u"door"_s, u"DOOR"_s, u"Door"_s, u"  door  "_s, u"oor seal 5"_s, u"t-00040"_s,
            u"T-001501"_s, u"fb"_s, u"zzz-no-match"_s,
            // many matches (all tickets), and a few under a thousand
            u"t-00"_s, u"T-0"_s, u"t-000"_s, u"t-001"_s,
            // one and two characters (no trigram: LIKE)
            u"d"_s, u"do"_s, u"D"_s, u"3"_s, u" "_s,
            // LIKE wildcards and its escape character, literally
            u"%"_s, u"_"_s, u"\\"_s, u"50%"_s, u"0% t"_s, u"torn_"_s, u"%_"_s, u"0%_f"_s,
            u"c:\\temp"_s, u"\\te"_s, u"p\\fb_"_s, u"\\\\"_s,
            // quotes and FTS5 query syntax, literally
            u"\""_s, u"\"it"_s, u"it's"_s, u"'"_s, u"\"it's the door\""_s, u"and or"_s, u"near(x"_s,
            u"* ^"_s, u"col:door"_s, u"(x y)"_s,
            // non-ASCII: lower-cased both sides, no folding beyond that
            u"straße"_s, u"STRASSE"_s, u"strasse"_s, u"ſtr"_s, u"str"_s, u"οδοσ"_s, u"ΟΔΟΣ"_s,
            u"οδος"_s, u"İst"_s, u"istanbul"_s, u"café"_s, u"CAFÉ ü"_s, u"cafe"_s,
            // a character outside the BMP: one code point, two UTF-16 units
            u"🚪"_s, u"🚪 s"_s, u"🚪 sticks"_s};
        for (const QString &search : searches)
            QTest::newRow(qPrintable(search)) << search;
    }

    void textMatchesLikeASubstring()
    {
        QFETCH(QString, search);
        const QList<QJsonObject> all = documents();
        checkFilter({{}, {}, search}, all);
        checkFilter({u"new"_s, {}, search}, all);
        checkFilter({{}, u"normal"_s, search}, all);
        checkFilter({u"new"_s, u"normal"_s, search}, all);
        checkFilter({u"closed"_s, u"high"_s, search}, all);
    }

    // The fast path for ASCII folds exactly as toLower, which the index and
    // every filter relied on before it.
    void foldingMatchesToLower()
    {
        QStringList texts{QString(),       u"T-000123 DOOR does not lock; FB-7"_s,
                          u"Straße ÄÖÜ"_s, u"ſtrange İstanbul ΟΔΟΣ"_s,
                          u"🚪 STICKS"_s,   u"[\\]^_`@{|}~"_s};
        for (char16_t unit = 0; unit < 0x250; ++unit)
            texts << QString(QChar(unit)) + u"aZ"_s;
        for (const QString &text : std::as_const(texts))
            QCOMPARE(foldForSearch(text), text.toLower());
        QCOMPARE(foldForSearch(u"ABC xyz 09 @["_s), u"abc xyz 09 @["_s);
    }

    void theTrickyTicketsAreFound()
    {
        // Guards the reference itself: these must match something.
        TicketRepository tickets(m_workspace->db());
        QCOMPARE(tickets.list({{}, {}, u"50%"_s})->size(), 1);
        QCOMPARE(tickets.list({{}, {}, u"0%_f"_s})->size(), 1);
        QCOMPARE(tickets.list({{}, {}, u"c:\\temp"_s})->size(), 1);
        QCOMPARE(tickets.list({{}, {}, u"\"it's the door\""_s})->size(), 1);
        QCOMPARE(tickets.list({{}, {}, u"col:door"_s})->size(), 1);
        QCOMPARE(tickets.list({{}, {}, u"ſtr"_s})->size(), 1);
        QCOMPARE(tickets.list({{}, {}, u"CAFÉ ü"_s})->size(), 1);
        QCOMPARE(tickets.list({{}, {}, u"🚪 s"_s})->size(), 1);
        // Folding finds none of these; LIKE never did either.
        QCOMPARE(tickets.list({{}, {}, u"οδοσ"_s})->size(), 0);
        QCOMPARE(tickets.list({{}, {}, u"οδος"_s})->size(), 1);
        QCOMPARE(tickets.list({{}, {}, u"ſtrange"_s})->size(), 1);
        QCOMPARE(tickets.list({{}, {}, u"strange"_s})->size(), 0);
        QCOMPARE(tickets.list({{}, {}, u"strasse"_s})->size(), 0);
        QCOMPARE(tickets.list({{}, {}, u"cafe "_s})->size(), 0);
        QVERIFY(tickets.list({{}, {}, u"door"_s})->size() > 40);
    }

    void everySortOrderKeepsTheMatches_data()
    {
        QTest::addColumn<QString>("search");
        // Many matches (read from the ordered index) and few (fetched and sorted).
        QTest::newRow("many") << u"t-00"_s;
        QTest::newRow("some") << u"door"_s;
        QTest::newRow("few") << u"t-00040"_s;
        QTest::newRow("short") << u"oo"_s;
    }

    void everySortOrderKeepsTheMatches()
    {
        QFETCH(QString, search);
        TicketRepository tickets(m_workspace->db());
        using Key = TicketSortKey;
        for (Key key : {Key::Number, Key::Priority, Key::Status, Key::Summary, Key::DeviceSerial,
                        Key::ReceivedAt, Key::NextDue}) {
            for (bool descending : {false, true}) {
                for (const TicketFilter &filter :
                     {TicketFilter{{}, {}, search}, TicketFilter{u"new"_s, {}, search},
                      TicketFilter{{}, u"normal"_s, search}}) {
                    const TicketSort sort{key, descending};
                    // list() sorts in SQL; listRowIds may take another path.
                    const auto rows = tickets.list(filter, sort);
                    const auto ids = tickets.listRowIds(filter, sort);
                    QVERIFY(rows.ok() && ids.ok());
                    QCOMPARE(*ids, rowIdsOf(*rows));
                    // The same tickets as without a sort order of its own.
                    QCOMPARE(idsOf(*rows), idsOf(tickets.list(filter).value()));
                }
            }
        }
        // The order really is the sort order (received, then number; newest first).
        const auto rows = tickets.list({{}, {}, search}, {Key::ReceivedAt, true}).value();
        QVERIFY(!rows.isEmpty());
        for (qsizetype i = 1; i < rows.size(); ++i) {
            QVERIFY(rows[i - 1].receivedAt > rows[i].receivedAt ||
                    (rows[i - 1].receivedAt == rows[i].receivedAt &&
                     rows[i - 1].number > rows[i].number));
        }
    }

    void editedTicketIsFoundByItsNewText()
    {
        TicketRepository tickets(m_workspace->db());
        fb::Ticket ticket = tickets.find(u"T-001501"_s).value();
        QVERIFY(ticket.summary.contains(u"door seal"_s));
        ticket.summary = u"Hinge squeaks on quxwell unit"_s;
        QVERIFY(tickets.save(ticket).ok());
        QCOMPARE(tickets.list({{}, {}, u"quxwell"_s})->size(), 1);
        QCOMPARE(tickets.list({{}, {}, u"QUXW"_s})->first().number, u"T-001501"_s);
        QCOMPARE(tickets.list({{}, {}, u"door seal"_s})->size(), 0);
        QCOMPARE(tickets.list({{}, {}, u"50%"_s})->size(), 0);
        // A status change rewrites the row but not its text.
        QVERIFY(tickets
                    .changeStatus(u"T-001501"_s,
                                  {fb::TicketStatus::RemoteTroubleshooting, u"anna"_s, {}, {}})
                    .ok());
        QCOMPARE(tickets.list({u"remote_troubleshooting"_s, {}, u"quxwell"_s})->size(), 1);
        QCOMPARE(tickets.list({u"new"_s, {}, u"quxwell"_s})->size(), 0);
        QVERIFY(fb::test::ticketSearchIndexInStep(m_workspace->db()));
        checkFilter({{}, {}, u"door"_s}, documents());
    }

    void syncPulledTicketsAreFound()
    {
        fb::sync::LocalPeer peer(m_workspace->db());
        TicketRepository tickets(m_workspace->db());
        fb::sync::RemoteRevision remote;
        remote.id = u"ticket:from-hq"_s;
        remote.rev = u"1-aaa"_s;
        remote.history = {remote.rev};
        remote.body =
            fb::test::ticketBody(u"from-hq"_s, u"T-900001"_s, u"Glass pane cracked by forklift"_s);
        remote.body.insert("site_id"_L1, AssetRepository(m_workspace->db()).sites()->first().id);
        auto applied = peer.applyRemote(remote);
        QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));
        QCOMPARE(tickets.list({{}, {}, u"forklift"_s})->size(), 1);

        // HQ's next revision changes the text: found by the new, not the old.
        remote.rev = u"2-bbb"_s;
        remote.history = {remote.rev, u"1-aaa"_s};
        remote.body.insert("summary"_L1, u"Pane replaced, wobbly latch"_s);
        QVERIFY(peer.applyRemote(remote).ok());
        QCOMPARE(tickets.list({{}, {}, u"forklift"_s})->size(), 0);
        QCOMPARE(tickets.list({{}, {}, u"wobbly latch"_s})->first().number, u"T-900001"_s);

        // Deleted at HQ: gone from every filter.
        remote.rev = u"3-ccc"_s;
        remote.history = {remote.rev, u"2-bbb"_s, u"1-aaa"_s};
        remote.deleted = true;
        QVERIFY(peer.applyRemote(remote).ok());
        QCOMPARE(tickets.list({{}, {}, u"wobbly latch"_s})->size(), 0);
        QCOMPARE(tickets.list({{}, {}, u"t-900001"_s})->size(), 0);
        // Nothing of it is left in the index either.
        QCOMPARE(m_workspace->db()
                     .scalar("SELECT count(*) FROM ticket_search WHERE ticket_search MATCH "
                             "'\"wobbly\" OR \"t-900001\"'")
                     ->toInt(),
                 0);
        QVERIFY(fb::test::ticketSearchIndexInStep(m_workspace->db()));
    }

    void migrationBuildsTheIndexWithBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v7.fieldbench"_s);
        {
            auto db = Database::open(path, Database::Mode::ReadWrite, true);
            QVERIFY(db);
            QVERIFY(migrateTo(*db, 0, 7));
            DocumentStore store(*db);
            QVERIFY(
                store
                    .put({{"_id"_L1, u"site:s1"_s}, {"type"_L1, u"site"_s}, {"region"_L1, u"eu"_s}})
                    .ok());
            QVERIFY(
                store.put(fb::test::ticketBody(u"a"_s, u"T-000001"_s, u"Door gasket torn 50%"_s))
                    .ok());
            QVERIFY(
                store.put(fb::test::ticketBody(u"b"_s, u"T-000002"_s, u"Display blank"_s)).ok());
            QCOMPARE(db->scalar("SELECT count(*) FROM sqlite_master WHERE name = 'ticket_search'")
                         ->toInt(),
                     0);
        }
        auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting);
        QVERIFY2(workspace.ok(),
                 qPrintable(workspace.ok() ? QString() : workspace.error().message));
        QCOMPARE((*workspace)->schemaVersion(), kCurrentSchemaVersion);
        // The v7 file was kept, as it was, before the upgrade.
        const QString backup = (*workspace)->migrationBackupPath();
        QVERIFY(backup.endsWith(u".schema7.bak"_s));
        {
            auto old = Database::open(backup, Database::Mode::ReadOnly, false);
            QVERIFY(old);
            QCOMPARE(old->scalar("PRAGMA user_version")->toInt(), 7);
            QCOMPARE(old->scalar("SELECT count(*) FROM sqlite_master WHERE name = 'ticket_search'")
                         ->toInt(),
                     0);
            QCOMPARE(old->scalar("SELECT count(*) FROM ticket_rows")->toInt(), 2);
        }
        // Tickets written before the upgrade are in the new index.
        Database &db = (*workspace)->db();
        QCOMPARE(db.scalar("SELECT count(*) FROM ticket_search WHERE ticket_search MATCH "
                           "'\"gasket\"'")
                     ->toInt(),
                 1);
        QVERIFY(fb::test::ticketSearchIndexInStep(db));
        TicketRepository tickets(db);
        QCOMPARE(tickets.list({{}, {}, u"GASKET torn 5"_s})->first().number, u"T-000001"_s);
        QCOMPARE(tickets.list({{}, {}, u"blank"_s})->first().number, u"T-000002"_s);
        QCOMPARE(tickets.list({{}, {}, u"torn 50%"_s})->size(), 1);
        QCOMPARE(tickets.list({{}, {}, u"bl"_s})->size(), 1);
        // And later writes keep it in step.
        QVERIFY(DocumentStore(db)
                    .put(fb::test::ticketBody(u"c"_s, u"T-000003"_s, u"Gasket again"_s))
                    .ok());
        QCOMPARE(tickets.list({{}, {}, u"gasket"_s})->size(), 2);
        QVERIFY(fb::test::ticketSearchIndexInStep(db));
    }
};

QTEST_GUILESS_MAIN(TestTicketSearch)
#include "test_ticket_search.moc"
