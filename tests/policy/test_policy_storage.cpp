// Deadlines in the workspace: computed when tickets are indexed, live states
// at read time with a controllable clock, recomputed on status, priority,
// site-region and policy changes, and filled in by the v3 migration.

#include "domain/policy/policy.h"
#include "domain/time_format.h"
#include "storage/document_store.h"
#include "storage/migrations.h"
#include "storage/sla_index.h"
#include "storage/ticket_repository.h"
#include "support/test_support.h"

#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fb;
using namespace fb::storage;

namespace {

QDateTime at(const QString &iso)
{
    return *parseIsoTime(iso);
}

QJsonObject site(const QString &region)
{
    return {{"_id"_L1, u"site:s1"_s},
            {"type"_L1, u"site"_s},
            {"customer_id"_L1, u"customer:c1"_s},
            {"name"_L1, u"Lab"_s},
            {"address"_L1, u"1 Main St"_s},
            {"region"_L1, region}};
}

void seed(DocumentStore &store)
{
    QVERIFY(store.put({{"_id"_L1, u"customer:c1"_s},
                       {"type"_L1, u"customer"_s},
                       {"name"_L1, u"Acme"_s},
                       {"region"_L1, u"us"_s}}));
    QVERIFY(store.put(site(u"us"_s)));
    QVERIFY(store.put({{"_id"_L1, u"device:SN1"_s},
                       {"type"_L1, u"device"_s},
                       {"serial"_L1, u"SN1"_s},
                       {"model"_L1, u"freezer"_s},
                       {"site_id"_L1, u"site:s1"_s},
                       {"install_date"_L1, u"2026-01-01"_s},
                       {"firmware"_L1, u"1.4.2"_s}}));
}

TicketRow rowOf(TicketRepository &tickets, const QString &number)
{
    auto rows = tickets.list({});
    if (!rows)
        qFatal("%s", qPrintable(rows.error().message));
    for (const TicketRow &row : *rows) {
        if (row.number == number)
            return row;
    }
    qFatal("no row %s", qPrintable(number));
}

} // namespace

class TestPolicyStorage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup()
    {
        policy::setClock({});
        policy::setActivePolicy(nullptr);
    }

    void deadlinesAreStoredAndStatesLive()
    {
        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir);
        QVERIFY(workspace);
        DocumentStore store(workspace->db());
        seed(store);
        TicketRepository tickets(workspace->db());
        // Monday 7 Dec 2026, 10:00 CST.
        auto ticket =
            tickets.create({u"site:s1"_s, u"SN1"_s, Priority::Normal, Channel::Email,
                            u"Door will not lock"_s, at(u"2026-12-07T16:00:00Z"_s), u"tech"_s});
        QVERIFY2(ticket, qPrintable(ticket ? QString() : ticket.error().message));

        policy::setClock([] { return at(u"2026-12-07T17:00:00Z"_s); });
        TicketRow row = rowOf(tickets, ticket->number);
        QCOMPARE(row.responseDue, u"2026-12-08T16:00:00Z"_s);
        QCOMPARE(row.nextDue, u"2026-12-08T16:00:00Z"_s);
        QCOMPARE(row.slaState, u"on_track"_s);
        // The same stored row reads differently as time passes.
        policy::setClock([] { return at(u"2026-12-08T05:00:00Z"_s); });
        QCOMPARE(rowOf(tickets, ticket->number).slaState, u"at_risk"_s);
        policy::setClock([] { return at(u"2026-12-08T16:00:01Z"_s); });
        QCOMPARE(rowOf(tickets, ticket->number).slaState, u"breached"_s);
        auto ids = tickets.listRowIds({}, {});
        QVERIFY(ids);
        auto byId = tickets.rowsByRowId(*ids);
        QVERIFY(byId);
        QCOMPARE(byId->first().slaState, u"breached"_s);

        // Responding in time: nothing pending, met.
        policy::setClock([] { return at(u"2026-12-08T12:00:00Z"_s); });
        auto changed =
            tickets.changeStatus(ticket->number, {TicketStatus::RemoteTroubleshooting, u"tech"_s,
                                                  QString(), at(u"2026-12-08T15:00:00Z"_s)});
        QVERIFY(changed);
        row = rowOf(tickets, ticket->number);
        QCOMPARE(row.responseDue, u"2026-12-08T16:00:00Z"_s);
        QVERIFY(row.nextDue.isEmpty());
        QCOMPARE(row.slaState, u"met"_s);

        // Escalating onsite starts the onsite clock (Tue 09:00 CST → Wed 09:00 CST).
        changed =
            tickets.changeStatus(ticket->number, {TicketStatus::OnsiteScheduled, u"tech"_s,
                                                  u"Lock motor"_s, at(u"2026-12-08T15:00:01Z"_s)});
        QVERIFY(changed);
        row = rowOf(tickets, ticket->number);
        QCOMPARE(row.nextDue, u"2026-12-09T15:00:01Z"_s);
        QCOMPARE(row.slaState, u"on_track"_s);
    }

    void priorityAndRegionAndPolicyChangesRecompute()
    {
        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir);
        QVERIFY(workspace);
        DocumentStore store(workspace->db());
        seed(store);
        TicketRepository tickets(workspace->db());
        // Monday 08:00 CST = 15:00 CET.
        auto ticket =
            tickets.create({u"site:s1"_s, u"SN1"_s, Priority::Normal, Channel::Email,
                            u"Reader offline"_s, at(u"2026-12-07T14:00:00Z"_s), u"tech"_s});
        QVERIFY(ticket);
        QCOMPARE(rowOf(tickets, ticket->number).responseDue, u"2026-12-07T23:00:00Z"_s);

        ticket->priority = Priority::High;
        auto saved = tickets.save(*ticket);
        QVERIFY(saved);
        QCOMPARE(rowOf(tickets, ticket->number).responseDue, u"2026-12-07T18:00:00Z"_s);
        saved->priority = Priority::Normal;
        QVERIFY(tickets.save(*saved));

        // The site moves to the eu region: its tickets follow.
        auto stored = store.get(u"site:s1"_s);
        QVERIFY(stored && stored->has_value());
        QJsonObject eu = **stored;
        eu.insert("region"_L1, u"eu"_s);
        QVERIFY(store.put(eu));
        QCOMPARE(rowOf(tickets, ticket->number).responseDue, u"2026-12-08T14:00:00Z"_s);

        // A new policy (two business days for normal tickets) recomputes all.
        QFile file(u":/policy/default-policy.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
        QJsonObject sla = document.value("sla"_L1).toObject();
        sla.insert("response_normal"_L1,
                   QJsonObject{{"clock"_L1, u"business"_s}, {"hours"_L1, 18}});
        document.insert("sla"_L1, sla);
        auto changedPolicy = policy::Policy::fromJson(document);
        QVERIFY(changedPolicy);
        QVERIFY(recomputeAllDeadlines(workspace->db(), *changedPolicy));
        QCOMPARE(rowOf(tickets, ticket->number).responseDue, u"2026-12-09T14:00:00Z"_s);
    }

    void ticketBeforeItsSiteGetsDeadlinesWhenTheSiteArrives()
    {
        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir);
        QVERIFY(workspace);
        DocumentStore store(workspace->db());
        // As sync may deliver it: the ticket first, its site later.
        QJsonObject ticket{{"_id"_L1, u"ticket:x"_s},
                           {"type"_L1, u"ticket"_s},
                           {"number"_L1, u"T-000900"_s},
                           {"customer_id"_L1, u"customer:c9"_s},
                           {"site_id"_L1, u"site:s1"_s},
                           {"device_serial"_L1, u"SN1"_s},
                           {"priority"_L1, u"normal"_s},
                           {"channel"_L1, u"monitoring"_s},
                           {"summary"_L1, u"Power lost"_s},
                           {"status"_L1, u"new"_s},
                           {"received_at"_L1, u"2026-12-07T14:00:00Z"_s}};
        QVERIFY(store.put(ticket));
        TicketRepository tickets(workspace->db());
        QVERIFY(rowOf(tickets, u"T-000900"_s).responseDue.isEmpty());
        QVERIFY(rowOf(tickets, u"T-000900"_s).slaState.isEmpty());
        QVERIFY(store.put(site(u"us"_s)));
        QCOMPARE(rowOf(tickets, u"T-000900"_s).responseDue, u"2026-12-07T23:00:00Z"_s);
        // A site with a region the policy does not know: no deadlines, no failure.
        QJsonObject mars = site(u"mars"_s);
        auto current = store.get(u"site:s1"_s);
        mars.insert("_rev"_L1, (**current).value("_rev"_L1));
        QVERIFY(store.put(mars));
        QVERIFY(rowOf(tickets, u"T-000900"_s).responseDue.isEmpty());
    }

    void sortsByNextDeadline()
    {
        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir);
        QVERIFY(workspace);
        DocumentStore store(workspace->db());
        seed(store);
        TicketRepository tickets(workspace->db());
        auto late = tickets.create({u"site:s1"_s, u"SN1"_s, Priority::Normal, Channel::Email,
                                    u"late"_s, at(u"2026-12-07T16:00:00Z"_s), u"tech"_s});
        auto soon = tickets.create({u"site:s1"_s, u"SN1"_s, Priority::High, Channel::Phone,
                                    u"soon"_s, at(u"2026-12-07T16:00:00Z"_s), u"tech"_s});
        auto done = tickets.create({u"site:s1"_s, u"SN1"_s, Priority::Normal, Channel::Email,
                                    u"done"_s, at(u"2026-12-01T16:00:00Z"_s), u"tech"_s});
        QVERIFY(late && soon && done);
        QVERIFY(tickets.changeStatus(done->number, {TicketStatus::Resolved, u"tech"_s, u"fixed"_s,
                                                    at(u"2026-12-01T17:00:00Z"_s)}));
        auto rows = tickets.list({}, {TicketSortKey::NextDue, false});
        QVERIFY(rows);
        QCOMPARE(rows->size(), 3);
        QCOMPARE(rows->at(0).summary, u"soon"_s);
        QCOMPARE(rows->at(1).summary, u"late"_s);
        QCOMPARE(rows->at(2).summary, u"done"_s);
        QCOMPARE(rows->at(2).slaState, u"met"_s);
    }

    void migrationToV3FillsDeadlines()
    {
        QTemporaryDir dir;
        auto db =
            Database::open(dir.filePath(u"old.fieldbench"_s), Database::Mode::ReadWrite, true);
        QVERIFY(db);
        QVERIFY(migrateTo(*db, 0, 1));
        const auto insert = [&](const QString &id, const QString &type, const QJsonObject &body,
                                int seq) {
            auto statement = db->prepare("INSERT INTO docs (id, type, rev, deleted, body, seq) "
                                         "VALUES (?1, ?2, '1-a', 0, ?3, ?4)");
            QVERIFY(statement);
            statement->bind(1, id)
                .bind(2, type)
                .bind(3, QJsonDocument(body).toJson(QJsonDocument::Compact))
                .bind(4, seq);
            QVERIFY(statement->run());
        };
        insert(u"site:s1"_s, u"site"_s, site(u"eu"_s), 1);
        insert(u"ticket:old"_s, u"ticket"_s,
               {{"_id"_L1, u"ticket:old"_s},
                {"type"_L1, u"ticket"_s},
                {"number"_L1, u"T-000001"_s},
                {"site_id"_L1, u"site:s1"_s},
                {"device_serial"_L1, u"SN1"_s},
                {"priority"_L1, u"normal"_s},
                {"channel"_L1, u"email"_s},
                {"summary"_L1, u"old"_s},
                {"status"_L1, u"new"_s},
                {"received_at"_L1, u"2026-12-07T14:00:00Z"_s}},
               2);
        QVERIFY(migrateTo(*db, 1, kCurrentSchemaVersion));
        auto due = db->scalar("SELECT response_due FROM ticket_rows WHERE doc_id = 'ticket:old'");
        QVERIFY(due);
        QCOMPARE(due->toString(), u"2026-12-08T14:00:00Z"_s);
        auto region = db->scalar("SELECT sla_region FROM ticket_rows WHERE doc_id = 'ticket:old'");
        QCOMPARE(region->toString(), u"eu"_s);
    }

    void liveStateIgnoresDamagedColumns()
    {
        const policy::Policy &policy = policy::Policy::builtIn();
        const QDateTime now = at(u"2026-12-08T00:00:00Z"_s);
        QCOMPARE(liveSlaState(policy, u"normal"_s, u"garbage"_s, u"response"_s,
                              u"2026-12-07T16:00:00Z"_s, u"us"_s, u"on_track"_s, now),
                 u"on_track"_s);
        QCOMPARE(liveSlaState(policy, u"normal"_s, u"2026-12-08T16:00:00Z"_s, u"nonsense"_s,
                              u"2026-12-07T16:00:00Z"_s, u"us"_s, QString(), now),
                 QString());
        QCOMPARE(liveSlaState(policy, u"normal"_s, QString(), QString(), QString(), u"us"_s,
                              u"breached"_s, now),
                 u"breached"_s);
    }
};

QTEST_GUILESS_MAIN(TestPolicyStorage)
#include "test_policy_storage.moc"
