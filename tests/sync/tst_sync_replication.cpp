// Replication against a real pouchdb-server: first and incremental sync,
// concurrent edits on both sides, a server killed mid-push, wrong
// credentials, 10,000 documents, unknown fields, invalid HQ documents.

#include "storage/document_store.h"
#include "support/test_support.h"
#include "sync/local_peer.h"
#include "sync/replicator.h"
#include "sync_fixtures.h"
#include "test_hq.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

#include <atomic>
#include <csignal>

using namespace Qt::Literals::StringLiterals;
using namespace fb;

class TestSyncReplication : public QObject
{
    Q_OBJECT

private:
    test::TestHq m_hq;
    QString newTech() { return m_hq.newTechnician(u"t"_s); }
    QString techDb(const QString &tech) { return u"tech-"_s + tech; }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        FB_START_TEST_HQ(m_hq);
        QVERIFY(
            !m_hq.put(u"catalog"_s, QJsonObject{{u"_id"_s, u"part:LM-200"_s},
                                                {u"type"_s, u"part"_s},
                                                {u"part_number"_s, u"LM-200"_s},
                                                {u"description"_s, u"Lock motor"_s},
                                                {u"price"_s, QJsonObject{{u"USD"_s, u"120.00"_s}}}})
                 .isEmpty());
    }

    void firstSyncIntoEmptyWorkspaceThenNothingMoves()
    {
        const QString tech = newTech();
        QList<QJsonObject> tickets;
        for (int i = 0; i < 250; ++i)
            tickets.append(test::makeTicket(u"a%1"_s.arg(i), u"T-A%1"_s.arg(i)));
        QVERIFY(m_hq.bulkInsert(techDb(tech), tickets));
        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir);

        auto report = test::syncOnce(workspace->db(), m_hq.url(), tech, 100);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->pulled, 251); // 250 tickets + the catalog part
        QCOMPARE(report->pushed, 0);
        QCOMPARE(test::localCount(workspace->db(), "SELECT count(*) FROM ticket_rows"), 250);
        QCOMPARE(test::localDocument(workspace->db(), u"part:LM-200"_s)
                     .value("part_number"_L1)
                     .toString(),
                 u"LM-200"_s);
        QCOMPARE(test::localCount(workspace->db(), "SELECT count(*) FROM outbox"), 0);

        auto again = test::syncOnce(workspace->db(), m_hq.url(), tech, 100);
        QVERIFY(again);
        QCOMPARE(again->pulled, 0);
        QCOMPARE(again->pushed, 0);
        QCOMPARE(test::localCount(workspace->db(), "SELECT count(*) FROM sync_log WHERE ok = 1"),
                 2);
    }

    // The changes since the local checkpoint are asked for while HQ's copy
    // of the checkpoint is read; they count only when that copy exists. A
    // database HQ recreated (shorter history, no copy) is pulled from its start.
    void recreatedHqDatabaseIsPulledFromItsStart()
    {
        const QString tech = newTech();
        QList<QJsonObject> tickets;
        for (int i = 0; i < 30; ++i)
            tickets.append(test::makeTicket(u"r%1"_s.arg(i), u"T-R%1"_s.arg(i)));
        QVERIFY(m_hq.bulkInsert(techDb(tech), tickets));
        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir);
        auto first = test::syncOnce(workspace->db(), m_hq.url(), tech, 100);
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QVERIFY(first->pulled >= 30);

        QCOMPARE(m_hq.request("DELETE", techDb(tech), {}).status, 200);
        QVERIFY(m_hq.createDatabase(techDb(tech)));
        QVERIFY(m_hq.bulkInsert(techDb(tech), {test::makeTicket(u"n1"_s, u"T-N1"_s),
                                               test::makeTicket(u"n2"_s, u"T-N2"_s)}));
        auto again = test::syncOnce(workspace->db(), m_hq.url(), tech, 100);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        QCOMPARE(again->pulled, 2);
        QCOMPARE(test::localCount(workspace->db(), "SELECT count(*) FROM ticket_rows"), 32);
        // The pulled tickets are pushed back only if edited here: nothing moves now.
        auto third = test::syncOnce(workspace->db(), m_hq.url(), tech, 100);
        QVERIFY(third);
        QCOMPARE(third->pulled, 0);
    }

    void incrementalSyncBothWays()
    {
        const QString tech = newTech();
        QVERIFY(!m_hq.put(techDb(tech), test::makeTicket(u"b1"_s, u"T-B1"_s)).isEmpty());
        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir);
        QVERIFY(test::syncOnce(workspace->db(), m_hq.url(), tech));

        // A local edit travels to HQ with the same revision id.
        storage::DocumentStore store(workspace->db());
        QJsonObject ticket = test::localDocument(workspace->db(), u"ticket:b1"_s);
        ticket.insert("summary"_L1, u"Edited on the laptop"_s);
        auto stored = store.put(ticket);
        QVERIFY(stored);
        auto created = store.put(test::makeTicket(u"b2"_s, u"T-B2"_s));
        QVERIFY(created);
        QCOMPARE(*store.pendingChanges(), 2);
        // A first revision is sent without `_revisions` (its `_rev` is all of
        // its history); a later one names its ancestors.
        sync::LocalPeer peer(workspace->db());
        auto fresh = peer.documentToPushJson(u"ticket:b2"_s, created->value("_rev"_L1).toString());
        QVERIFY(fresh && *fresh);
        QVERIFY2(!(*fresh)->contains("_revisions"), (*fresh)->constData());
        QCOMPARE(QJsonDocument::fromJson(**fresh)["_rev"_L1], created->value("_rev"_L1));
        auto edited = peer.documentToPushJson(u"ticket:b1"_s, stored->value("_rev"_L1).toString());
        QVERIFY(edited && *edited);
        QCOMPARE(QJsonDocument::fromJson(**edited)["_revisions"_L1]["ids"_L1].toArray().size(), 2);

        auto report = test::syncOnce(workspace->db(), m_hq.url(), tech);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->pushed, 2);
        QCOMPARE(*store.pendingChanges(), 0);
        const QJsonObject atHq = m_hq.get(techDb(tech), u"ticket:b1"_s, u"revs=true"_s);
        QCOMPARE(atHq.value("_rev"_L1).toString(), stored->value("_rev"_L1).toString());
        QCOMPARE(atHq.value("summary"_L1).toString(), u"Edited on the laptop"_s);
        QCOMPARE(atHq["_revisions"_L1]["start"_L1].toInt(), 2);
        QCOMPARE(atHq["_revisions"_L1]["ids"_L1].toArray().size(), 2);
        const QJsonObject newAtHq = m_hq.get(techDb(tech), u"ticket:b2"_s, u"revs=true"_s);
        QCOMPARE(newAtHq.value("_rev"_L1), created->value("_rev"_L1));
        QCOMPARE(newAtHq["_revisions"_L1]["start"_L1].toInt(), 1);
        QCOMPARE(newAtHq["_revisions"_L1]["ids"_L1].toArray().size(), 1);

        // An HQ edit comes back; what we pushed does not come back as new.
        QJsonObject hqEdit = m_hq.get(techDb(tech), u"ticket:b2"_s);
        hqEdit.insert("summary"_L1, u"Edited at HQ"_s);
        QVERIFY(!m_hq.put(techDb(tech), hqEdit).isEmpty());
        report = test::syncOnce(workspace->db(), m_hq.url(), tech);
        QVERIFY(report);
        QCOMPARE(report->pulled, 1);
        QCOMPARE(report->pushed, 0);
        QCOMPARE(
            test::localDocument(workspace->db(), u"ticket:b2"_s).value("summary"_L1).toString(),
            u"Edited at HQ"_s);
    }

    void sameTicketEditedOnBothSides()
    {
        const QString tech = newTech();
        QVERIFY(!m_hq.put(techDb(tech), test::makeTicket(u"c1"_s, u"T-C1"_s)).isEmpty());
        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir);
        QVERIFY(test::syncOnce(workspace->db(), m_hq.url(), tech));

        // Here: a note and a status change.
        storage::DocumentStore store(workspace->db());
        QJsonObject local = test::localDocument(workspace->db(), u"ticket:c1"_s);
        local.insert("status"_L1, u"remote_troubleshooting"_s);
        QJsonArray history = local.value("status_history"_L1).toArray();
        history.append(QJsonObject{{u"status"_s, u"remote_troubleshooting"_s},
                                   {u"at"_s, u"2026-11-02T10:00:00Z"_s},
                                   {u"by"_s, u"tech"_s},
                                   {u"reason"_s, u""_s}});
        local.insert("status_history"_L1, history);
        local.insert("notes"_L1, QJsonArray{QJsonObject{{u"id"_s, u"n-laptop"_s},
                                                        {u"at"_s, u"2026-11-02T10:05:00Z"_s},
                                                        {u"by"_s, u"tech"_s},
                                                        {u"text"_s, u"Called the site"_s}}});
        local.insert("changed"_L1, QJsonObject{{u"status"_s, u"2026-11-02T10:00:00Z"_s},
                                               {u"notes"_s, u"2026-11-02T10:05:00Z"_s}});
        QVERIFY(store.put(local));

        // HQ: another note and a priority change, twice (a longer branch).
        QJsonObject remote = m_hq.get(techDb(tech), u"ticket:c1"_s);
        remote.insert("priority"_L1, u"high"_s);
        remote.insert("notes"_L1, QJsonArray{QJsonObject{{u"id"_s, u"n-hq"_s},
                                                         {u"at"_s, u"2026-11-02T10:07:00Z"_s},
                                                         {u"by"_s, u"dispatch"_s},
                                                         {u"text"_s, u"Customer called back"_s}}});
        remote.insert("changed"_L1, QJsonObject{{u"priority"_s, u"2026-11-02T10:06:00Z"_s},
                                                {u"notes"_s, u"2026-11-02T10:07:00Z"_s}});
        remote.insert("hq_only_field"_L1, u"kept"_s);
        const QString rev2 = m_hq.put(techDb(tech), remote);
        QVERIFY(!rev2.isEmpty());
        remote.insert("_rev"_L1, rev2);
        QVERIFY(!m_hq.put(techDb(tech), remote).isEmpty());

        auto report = test::syncOnce(workspace->db(), m_hq.url(), tech);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->conflictsResolved, 1);

        for (const QJsonObject &merged :
             {test::localDocument(workspace->db(), u"ticket:c1"_s),
              m_hq.get(techDb(tech), u"ticket:c1"_s, u"conflicts=true"_s)}) {
            QCOMPARE(merged.value("status"_L1).toString(), u"remote_troubleshooting"_s);
            QCOMPARE(merged.value("priority"_L1).toString(), u"high"_s);
            QCOMPARE(merged.value("notes"_L1).toArray().size(), 2);
            QCOMPARE(merged.value("status_history"_L1).toArray().size(), 2);
            QCOMPARE(merged.value("hq_only_field"_L1).toString(), u"kept"_s);
            QVERIFY(!merged.contains("_conflicts"_L1));
        }
        QCOMPARE(test::localDocument(workspace->db(), u"ticket:c1"_s).value("_rev"_L1),
                 m_hq.get(techDb(tech), u"ticket:c1"_s).value("_rev"_L1));
        QCOMPARE(test::localCount(workspace->db(), "SELECT priority = 'high' FROM ticket_rows "
                                                   "WHERE doc_id = 'ticket:c1'"),
                 1);

        // Settled for good: the next sync moves nothing.
        auto again = test::syncOnce(workspace->db(), m_hq.url(), tech);
        QVERIFY(again);
        QCOMPARE(again->conflictsResolved, 0);
        QCOMPARE(again->pushed, 0);
    }

    void approvedQuoteWinsOverConcurrentEdit()
    {
        const QString tech = newTech();
        QVERIFY(!m_hq.put(techDb(tech), test::makeQuote(u"q1"_s, u"ticket:x"_s)).isEmpty());
        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir);
        QVERIFY(test::syncOnce(workspace->db(), m_hq.url(), tech));

        // Here: another line added. At HQ: the customer approved the sent quote.
        storage::DocumentStore store(workspace->db());
        QJsonObject local = test::localDocument(workspace->db(), u"quote:q1"_s);
        QJsonArray lines = local.value("lines"_L1).toArray();
        lines.append(QJsonObject{{u"id"_s, u"l2"_s},
                                 {u"kind"_s, u"labour"_s},
                                 {u"qty"_s, 2},
                                 {u"unit_price"_s, u"80.00"_s},
                                 {u"amount"_s, u"160.00"_s}});
        local.insert("lines"_L1, lines);
        local.insert("total"_L1, u"302.40"_s);
        QVERIFY(store.put(local));
        QJsonObject remote = m_hq.get(techDb(tech), u"quote:q1"_s);
        remote.insert("status"_L1, u"approved"_s);
        remote.insert("approval"_L1, QJsonObject{{u"signer"_s, u"J. Doe"_s},
                                                 {u"signed_at"_s, u"2026-11-03T08:00:00Z"_s},
                                                 {u"content_sha256"_s, u"abc"_s}});
        QVERIFY(!m_hq.put(techDb(tech), remote).isEmpty());

        auto report = test::syncOnce(workspace->db(), m_hq.url(), tech);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->conflictsResolved, 1);
        const QJsonObject merged = test::localDocument(workspace->db(), u"quote:q1"_s);
        QCOMPARE(merged.value("status"_L1).toString(), u"approved"_s);
        QCOMPARE(merged.value("lines"_L1).toArray().size(), 1);
        // The losing edit lives on as a draft change order, here and at HQ.
        auto orders = storage::DocumentStore(workspace->db()).allOfType(u"quote"_s);
        QVERIFY(orders);
        QCOMPARE(orders->size(), 2);
        QJsonObject order;
        for (const QJsonObject &quote : *orders)
            if (quote.value("_id"_L1).toString() != "quote:q1"_L1)
                order = quote;
        QCOMPARE(order.value("extends"_L1).toString(), u"quote:q1"_s);
        QCOMPARE(order.value("status"_L1).toString(), u"draft"_s);
        QCOMPARE(order.value("lines"_L1).toArray().size(), 2);
        QCOMPARE(
            m_hq.get(techDb(tech), order.value("_id"_L1).toString()).value("extends"_L1).toString(),
            u"quote:q1"_s);
        QCOMPARE(m_hq.get(techDb(tech), u"quote:q1"_s).value("status"_L1).toString(),
                 u"approved"_s);
    }

    void unknownFieldsSurviveARoundTrip()
    {
        const QString tech = newTech();
        QJsonObject ticket = test::makeTicket(u"d1"_s, u"T-D1"_s);
        ticket.insert("hq_future"_L1, QJsonObject{{u"sla_tier"_s, u"gold"_s}, {u"n"_s, 3}});
        ticket.insert("notes"_L1, QJsonArray{QJsonObject{{u"id"_s, u"n1"_s},
                                                         {u"at"_s, u"2026-11-02T09:30:00Z"_s},
                                                         {u"by"_s, u"hq"_s},
                                                         {u"text"_s, u"x"_s},
                                                         {u"visibility"_s, u"internal"_s}}});
        QVERIFY(!m_hq.put(techDb(tech), ticket).isEmpty());
        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir);
        QVERIFY(test::syncOnce(workspace->db(), m_hq.url(), tech));
        QJsonObject local = test::localDocument(workspace->db(), u"ticket:d1"_s);
        local.insert("summary"_L1, u"Changed here"_s);
        QVERIFY(storage::DocumentStore(workspace->db()).put(local));
        auto report = test::syncOnce(workspace->db(), m_hq.url(), tech);
        QVERIFY(report);
        QCOMPARE(report->pushed, 1);
        const QJsonObject atHq = m_hq.get(techDb(tech), u"ticket:d1"_s);
        QCOMPARE(atHq.value("summary"_L1).toString(), u"Changed here"_s);
        QCOMPARE(atHq.value("hq_future"_L1).toObject().value("sla_tier"_L1).toString(), u"gold"_s);
        QCOMPARE(
            atHq.value("notes"_L1).toArray().first().toObject().value("visibility"_L1).toString(),
            u"internal"_s);
    }

    void invalidHqDocumentIsReportedNotImported()
    {
        const QString tech = newTech();
        QJsonObject bad = test::makeTicket(u"e-bad"_s, u"T-EBAD"_s);
        bad.insert("priority"_L1, u"urgent"_s);
        QJsonObject noType{{u"_id"_s, u"mystery:1"_s}};
        QVERIFY(m_hq.bulkInsert(techDb(tech), {test::makeTicket(u"e1"_s, u"T-E1"_s), bad, noType,
                                               test::makeTicket(u"e2"_s, u"T-E2"_s)}));
        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir);
        auto report = test::syncOnce(workspace->db(), m_hq.url(), tech);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->rejected.size(), 2);
        QStringList rejectedIds;
        for (const QJsonValue &entry : std::as_const(report->rejected)) {
            rejectedIds.append(entry.toObject().value("id"_L1).toString());
            QVERIFY(!entry.toObject().value("reason"_L1).toString().isEmpty());
        }
        QVERIFY(rejectedIds.contains(u"ticket:e-bad"_s));
        QVERIFY(rejectedIds.contains(u"mystery:1"_s));
        QVERIFY(test::localDocument(workspace->db(), u"ticket:e-bad"_s).isEmpty());
        QVERIFY(!test::localDocument(workspace->db(), u"ticket:e1"_s).isEmpty());
        QVERIFY(!test::localDocument(workspace->db(), u"ticket:e2"_s).isEmpty());
        // The log tells the user what was not imported.
        QVERIFY(test::localCount(
                    workspace->db(),
                    "SELECT count(*) FROM sync_log WHERE details LIKE '%ticket:e-bad%'") == 1);
    }

    void serverKilledMidPushThenSyncCompletes()
    {
        const QString tech = newTech();
        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir);
        {
            storage::DocumentStore store(workspace->db());
            storage::DocumentStore::BulkWriter writer(store, true);
            for (int i = 0; i < 2000; ++i)
                QVERIFY(writer.add(test::makeTicket(u"f%1"_s.arg(i), u"T-F%1"_s.arg(i))));
            QVERIFY(writer.commit());
        }
        sync::SyncConfig config;
        config.url = QUrl(m_hq.url());
        config.techId = tech;
        config.batchSize = 100;
        config.retries = 0;
        sync::Replicator replicator(workspace->db(), config);
        std::atomic<bool> killed = false;
        qint64 pushedBeforeKill = 0;
        replicator.setProgressHandler([&](const sync::SyncProgress &progress) {
            if (progress.database == techDb(tech) && progress.done >= 500 && !killed) {
                killed = true;
                pushedBeforeKill = progress.done;
                ::kill(static_cast<pid_t>(m_hqPid), SIGKILL);
            }
        });
        m_hqPid = hqPid();
        auto failed = replicator.run();
        QVERIFY(killed);
        QVERIFY(!failed);
        QCOMPARE(failed.error().kind, ErrorKind::Network);
        QVERIFY2(failed.error().message.contains(u"refused"_s) ||
                     failed.error().message.contains(u"failed"_s),
                 qPrintable(failed.error().message));
        QVERIFY(*storage::DocumentStore(workspace->db()).pendingChanges() > 0);
        QCOMPARE(test::localCount(workspace->db(), "SELECT count(*) FROM ticket_rows"), 2000);

        QVERIFY(m_hq.restart());
        auto report = test::syncOnce(workspace->db(), m_hq.url(), tech, 100);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(*storage::DocumentStore(workspace->db()).pendingChanges(), 0);
        QCOMPARE(m_hq.docCount(techDb(tech)), 2000);
        // Everything HQ had not confirmed before it died is sent again.
        QVERIFY2(report->pushed + pushedBeforeKill >= 2000,
                 qPrintable(u"%1 + %2"_s.arg(report->pushed).arg(pushedBeforeKill)));
        // Nothing doubled: one leaf per document at HQ.
        const QJsonObject sample = m_hq.get(techDb(tech), u"ticket:f1999"_s, u"conflicts=true"_s);
        QVERIFY(!sample.contains("_conflicts"_L1));
        auto again = test::syncOnce(workspace->db(), m_hq.url(), tech, 100);
        QVERIFY(again);
        QCOMPARE(again->pushed, 0);
        QCOMPARE(again->pulled, 0);
    }

    void tenThousandDocuments()
    {
        const QString tech = newTech();
        for (int chunk = 0; chunk < 10; ++chunk) {
            QList<QJsonObject> tickets;
            for (int i = 0; i < 1000; ++i) {
                const int n = chunk * 1000 + i;
                tickets.append(test::makeTicket(u"g%1"_s.arg(n), u"T-G%1"_s.arg(n)));
            }
            QVERIFY(m_hq.bulkInsert(techDb(tech), tickets));
        }
        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir);
        auto report = test::syncOnce(workspace->db(), m_hq.url(), tech);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->pulled, 10001);
        QCOMPARE(test::localCount(workspace->db(), "SELECT count(*) FROM ticket_rows"), 10000);
        auto again = test::syncOnce(workspace->db(), m_hq.url(), tech);
        QVERIFY(again);
        QCOMPARE(again->pulled, 0);
    }

    void wrongCredentialsAreAClearAuthError()
    {
        // Its own server: once an admin exists, every request must authenticate.
        test::TestHq secured;
        QVERIFY(secured.start());
        QVERIFY(secured.createDatabase(u"catalog"_s));
        QVERIFY(secured.createDatabase(u"tech-sec"_s));
        QVERIFY(secured.addAdmin(u"hq"_s, u"right-password"_s));
        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir);
        auto report = test::syncOnce(workspace->db(), secured.url(), u"sec"_s, 1000, u"hq"_s,
                                     u"wrong-password"_s);
        QVERIFY(!report);
        QCOMPARE(report.error().kind, ErrorKind::Auth);
        QVERIFY2(report.error().message.contains(u"user name or password"_s),
                 qPrintable(report.error().message));
        auto good = test::syncOnce(workspace->db(), secured.url(), u"sec"_s, 1000, u"hq"_s,
                                   u"right-password"_s);
        QVERIFY2(good, good ? "" : qPrintable(good.error().message));

        // The CLI: exit 4 and one clear line; the password never on the command line.
        const QString cli = QStringLiteral(FIELDBENCH_BINARY_DIR) + u"/app/cli/fieldbench-cli"_s;
        if (!QFileInfo::exists(cli))
            QSKIP("fieldbench-cli is not built");
        QProcess process;
        process.start(cli, {u"--data-dir"_s, dir.path(), u"--json"_s, u"sync"_s, u"--url"_s,
                            secured.url(), u"--tech"_s, u"sec"_s, u"--user"_s, u"hq"_s,
                            u"--password-stdin"_s});
        QVERIFY(process.waitForStarted());
        process.write("wrong-password\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 4);
        const QString err = QString::fromUtf8(process.readAllStandardError()).trimmed();
        QVERIFY2(err.contains(u"user name or password"_s), qPrintable(err));
        QVERIFY(!err.contains(u"wrong-password"_s));
        QVERIFY(process.readAllStandardOutput().isEmpty());

        process.start(cli, {u"--data-dir"_s, dir.path(), u"--json"_s, u"sync"_s, u"--user"_s,
                            u"hq"_s, u"--password-stdin"_s});
        QVERIFY(process.waitForStarted());
        process.write("right-password\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonObject out = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(out.keys(),
                 (QStringList{u"conflicts_resolved"_s, u"pulled"_s, u"pushed"_s, u"seconds"_s}));
    }

    void cancelMidPullKeepsWhatArrivedAndResumes()
    {
        const QString tech = newTech();
        QVERIFY(m_hq.bulkInsert(techDb(tech), {test::makeTicket(u"k0"_s, u"T-K0"_s)}));
        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir);
        QVERIFY(test::syncOnce(workspace->db(), m_hq.url(), tech, 10));
        // New at HQ: 60 tickets; here: one edit waiting to be pushed.
        QList<QJsonObject> tickets;
        for (int i = 1; i <= 60; ++i)
            tickets.append(test::makeTicket(u"k%1"_s.arg(i), u"T-K%1"_s.arg(i)));
        QVERIFY(m_hq.bulkInsert(techDb(tech), tickets));
        QVERIFY(
            storage::DocumentStore(workspace->db()).put(test::makeTicket(u"mine"_s, u"T-M1"_s)));

        // Cancelled (as SyncService::cancel does) once the first batch is stored.
        std::atomic<bool> cancel = false;
        sync::SyncConfig config;
        config.url = QUrl(m_hq.url());
        config.techId = tech;
        config.batchSize = 10;
        config.retries = 1;
        config.backoffMs = 50;
        sync::Replicator replicator(workspace->db(), config);
        replicator.setCancelFlag(&cancel);
        replicator.setProgressHandler([&](const sync::SyncProgress &progress) {
            if (progress.database == techDb(tech) && progress.done > 0)
                cancel = true;
        });
        auto cancelled = replicator.run();
        QVERIFY(!cancelled);
        QVERIFY2(cancelled.error().message.contains(u"cancelled"_s),
                 qPrintable(cancelled.error().message));
        const int arrived =
            test::localCount(workspace->db(), "SELECT count(*) FROM ticket_rows") - 2; // k0, mine
        QVERIFY2(arrived >= 10 && arrived < 60, qPrintable(QString::number(arrived)));
        // Nothing lost: the local edit still waits, the run is logged as cancelled.
        QCOMPARE(test::localCount(workspace->db(),
                                  "SELECT count(*) FROM outbox WHERE doc_id = 'ticket:mine'"),
                 1);
        QCOMPARE(test::localCount(workspace->db(), "SELECT count(*) FROM sync_log WHERE ok = 0 "
                                                   "AND message LIKE '%cancelled%'"),
                 1);
        QCOMPARE(m_hq.docCount(techDb(tech)), 61);

        // The next sync goes on from there: the rest, once, and the edit.
        auto resumed = test::syncOnce(workspace->db(), m_hq.url(), tech, 10);
        QVERIFY2(resumed, resumed ? "" : qPrintable(resumed.error().message));
        QCOMPARE(resumed->pulled, 60 - arrived);
        QCOMPARE(resumed->pushed, 1);
        QCOMPARE(test::localCount(workspace->db(), "SELECT count(*) FROM ticket_rows"), 62);
        QCOMPARE(
            test::localCount(workspace->db(), "SELECT count(DISTINCT number) FROM ticket_rows"),
            62);
        QCOMPARE(m_hq.docCount(techDb(tech)), 62);
        QCOMPARE(test::localCount(workspace->db(), "SELECT count(*) FROM outbox"), 0);
        auto again = test::syncOnce(workspace->db(), m_hq.url(), tech, 10);
        QVERIFY(again);
        QCOMPARE(again->pulled, 0);
        QCOMPARE(again->pushed, 0);
    }

private:
    qint64 hqPid() { return m_hq.processId(); }
    qint64 m_hqPid = 0;
};

QTEST_GUILESS_MAIN(TestSyncReplication)
#include "tst_sync_replication.moc"
