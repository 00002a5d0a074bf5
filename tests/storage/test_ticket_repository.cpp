// Tickets through the repository: create, list/filter/sort, status, notes,
// revisions, the outbox and atomic writes.

#include "storage/asset_repository.h"
#include "storage/document_store.h"
#include "storage/ticket_repository.h"
#include "support/test_support.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fb::storage;

class TestTicketRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;

    NewTicket newTicketAtFirstSite()
    {
        AssetRepository assets(m_workspace->db());
        const auto sites = assets.sites();
        NewTicket request;
        request.siteId = sites->first().id;
        request.deviceSerial = assets.deviceSerialsAtSite(request.siteId)->first();
        request.priority = fb::Priority::High;
        request.channel = fb::Channel::Phone;
        request.summary = u"Freezer alarm – door seal 50% torn_"_s;
        request.by = u"tech-test"_s;
        return request;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_workspace = fb::test::createWorkspace(m_dir, 400, 11);
        QVERIFY(m_workspace);
    }

    void demoDataIsNotQueuedForHq()
    {
        DocumentStore store(m_workspace->db());
        QCOMPARE(store.pendingChanges().value(), 0);
        QCOMPARE(store.countOfType(u"ticket"_s).value(), 400);
    }

    void createAssignsNumberAndHistory()
    {
        TicketRepository tickets(m_workspace->db());
        auto created = tickets.create(newTicketAtFirstSite());
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        QCOMPARE(created->number, u"T-000401"_s);
        QCOMPARE(fb::toString(created->status), u"new"_s);
        QCOMPARE(created->statusHistory.size(), 1);
        QCOMPARE(created->statusHistory.first().by, u"tech-test"_s);
        QVERIFY(created->rev.startsWith(u"1-"_s));
        QVERIFY(!created->customerId.isEmpty());
        auto found = tickets.find(u"T-000401"_s);
        QVERIFY(found.ok());
        QCOMPARE(found->id, created->id);
        QCOMPARE(tickets.find(created->id)->number, u"T-000401"_s);
        DocumentStore store(m_workspace->db());
        QCOMPARE(store.pendingChanges().value(), 1);
    }

    void createRefusesBadReferences()
    {
        TicketRepository tickets(m_workspace->db());
        NewTicket request = newTicketAtFirstSite();
        request.deviceSerial = u"NOPE"_s;
        QCOMPARE(tickets.create(request).error().kind, fb::ErrorKind::NotFound);
        request = newTicketAtFirstSite();
        request.siteId = u"site:missing"_s;
        QCOMPARE(tickets.create(request).error().kind, fb::ErrorKind::NotFound);
        request = newTicketAtFirstSite();
        request.summary = u"  "_s;
        QCOMPARE(tickets.create(request).error().kind, fb::ErrorKind::Usage);
        // A device from another site.
        AssetRepository assets(m_workspace->db());
        const auto sites = assets.sites().value();
        request = newTicketAtFirstSite();
        request.deviceSerial = assets.deviceSerialsAtSite(sites.last().id)->first();
        QCOMPARE(tickets.create(request).error().kind, fb::ErrorKind::Usage);
        QCOMPARE(tickets.count().value(), 401);
    }

    void filtersMatchTheDocuments()
    {
        TicketRepository tickets(m_workspace->db());
        DocumentStore store(m_workspace->db());
        const auto documents = store.allOfType(u"ticket"_s).value();
        auto expect = [&](const TicketFilter &filter) {
            int count = 0;
            for (const QJsonObject &document : documents) {
                const QString haystack = (document.value("number"_L1).toString() + u' '
                                          + document.value("summary"_L1).toString() + u' '
                                          + document.value("device_serial"_L1).toString()).toLower();
                if (!filter.status.isEmpty() && document.value("status"_L1).toString() != filter.status)
                    continue;
                if (!filter.priority.isEmpty() && document.value("priority"_L1).toString() != filter.priority)
                    continue;
                if (!filter.search.isEmpty() && !haystack.contains(filter.search.toLower()))
                    continue;
                ++count;
            }
            return count;
        };
        const QList<TicketFilter> filters{
            {}, {u"new"_s, {}, {}}, {u"closed"_s, u"high"_s, {}}, {{}, {}, u"DOOR"_s},
            {{}, u"normal"_s, u"antenna"_s}, {{}, {}, u"50%"_s}, {{}, {}, u"torn_"_s}, {{}, {}, u"%"_s}};
        for (const TicketFilter &filter : filters) {
            const auto rows = tickets.list(filter);
            QVERIFY(rows.ok());
            QCOMPARE(rows->size(), expect(filter));
            QCOMPARE(tickets.listRowIds(filter, {}).value().size(), rows->size());
        }
        // LIKE wildcards typed by the user are taken literally.
        QCOMPARE(tickets.list({{}, {}, u"50%"_s})->size(), 1);
    }

    void sortOrders()
    {
        TicketRepository tickets(m_workspace->db());
        const auto byNumber = tickets.list({}, {TicketSortKey::Number, false}).value();
        for (qsizetype i = 1; i < byNumber.size(); ++i)
            QVERIFY(byNumber[i - 1].number < byNumber[i].number);
        const auto byReceived = tickets.list({}, {TicketSortKey::ReceivedAt, true}).value();
        for (qsizetype i = 1; i < byReceived.size(); ++i)
            QVERIFY(byReceived[i - 1].receivedAt >= byReceived[i].receivedAt);
        // Row ids come back in the same order as full rows.
        const auto ids = tickets.listRowIds({}, {TicketSortKey::Summary, false}).value();
        const auto rows = tickets.rowsByRowId(ids.mid(0, 50)).value();
        const auto full = tickets.list({}, {TicketSortKey::Summary, false}, 50).value();
        QCOMPARE(rows.size(), 50);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(rows[i].id, full[i].id);
    }

    void statusChangeIsStoredWithReason()
    {
        TicketRepository tickets(m_workspace->db());
        auto ticket = tickets.changeStatus(u"T-000401"_s, {fb::TicketStatus::RemoteTroubleshooting, u"anna"_s, {}, {}});
        QVERIFY(ticket.ok());
        auto refused = tickets.changeStatus(u"T-000401"_s, {fb::TicketStatus::Closed, u"anna"_s, u"done"_s, {}});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, fb::ErrorKind::Rule);
        auto escalated = tickets.changeStatus(u"T-000401"_s, {fb::TicketStatus::EscalatedInternal, u"anna"_s, u"R&D needed"_s, {}});
        QVERIFY(escalated.ok());
        auto reread = tickets.find(u"T-000401"_s).value();
        QCOMPARE(fb::toString(reread.status), u"escalated_internal"_s);
        QCOMPARE(reread.statusHistory.size(), 3);
        QCOMPARE(reread.statusHistory.last().reason, u"R&D needed"_s);
        QVERIFY(reread.rev.startsWith(u"3-"_s));
        QCOMPARE(tickets.list({u"escalated_internal"_s, {}, u"T-000401"_s})->size(), 1);
        QCOMPARE(m_workspace->db().scalar("SELECT count(*) FROM revisions WHERE doc_id = (SELECT doc_id FROM ticket_rows WHERE number = 'T-000401')")->toInt(), 3);
    }

    void staleRevisionIsRefused()
    {
        TicketRepository tickets(m_workspace->db());
        fb::Ticket first = tickets.find(u"T-000401"_s).value();
        fb::Ticket second = first;
        first.summary = u"Edited here"_s;
        QVERIFY(tickets.save(first).ok());
        second.summary = u"Edited elsewhere"_s;
        auto saved = tickets.save(second);
        QVERIFY(!saved.ok());
        QVERIFY(saved.error().message.contains(u"changed elsewhere"_s));
        QCOMPARE(tickets.find(u"T-000401"_s)->summary, u"Edited here"_s);
    }

    void failedWriteLeavesNoTrace()
    {
        TicketRepository tickets(m_workspace->db());
        DocumentStore store(m_workspace->db());
        const int pending = store.pendingChanges().value();
        const int revisions = m_workspace->db().scalar("SELECT count(*) FROM revisions")->toInt();
        // A ticket with a duplicate number violates the unique index mid-transaction.
        fb::Ticket copy = tickets.find(u"T-000401"_s).value();
        copy.id = u"ticket:duplicate"_s;
        copy.rev.clear();
        QVERIFY(!tickets.save(copy).ok());
        QVERIFY(!tickets.find(u"ticket:duplicate"_s).ok());
        QCOMPARE(store.pendingChanges().value(), pending);
        QCOMPARE(m_workspace->db().scalar("SELECT count(*) FROM revisions")->toInt(), revisions);
    }

    void notes()
    {
        TicketRepository tickets(m_workspace->db());
        auto noted = tickets.addNote(u"T-000401"_s, u"<b>not html</b>"_s, u"anna"_s, {});
        QVERIFY(noted.ok());
        QCOMPARE(noted->notes.last().text, u"<b>not html</b>"_s);
        QCOMPARE(tickets.addNote(u"T-999999"_s, u"x"_s, u"anna"_s, {}).error().kind, fb::ErrorKind::NotFound);
    }

    void devicesAndHistory()
    {
        AssetRepository assets(m_workspace->db());
        const auto devices = assets.devices().value();
        QVERIFY(!devices.isEmpty());
        const auto filtered = assets.devices(devices.first().serial).value();
        QCOMPARE(filtered.size(), 1);
        QCOMPARE(filtered.first().siteId, devices.first().siteId);
        QVERIFY(!filtered.first().customerName.isEmpty());
        TicketRepository tickets(m_workspace->db());
        const fb::Ticket ticket = tickets.find(u"T-000001"_s).value();
        const auto forDevice = tickets.ticketsForDevice(ticket.deviceSerial).value();
        QVERIFY(std::any_of(forDevice.begin(), forDevice.end(),
                            [&](const fb::Ticket &t) { return t.id == ticket.id; }));
        QVERIFY(assets.device(u"missing"_s).error().kind == fb::ErrorKind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestTicketRepository)
#include "test_ticket_repository.moc"
