// Logging work on tickets (time entries, parts used) under the change-order
// rule of service-policy.md §6, in a real workspace: in-warranty work needs no
// quote, out-of-warranty work an approved quote, and work beyond the approved
// quotes an approved change order. Refusals leave the ticket untouched.

#include "commercial_fixture.h"

#include "domain/commercial/work_log.h"
#include "storage/document_store.h"
#include "storage/quote_repository.h"
#include "storage/ticket_repository.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fb;
using namespace fb::commercial;

namespace {

Decimal dec(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

} // namespace

class WorkLogTest : public QObject
{
    Q_OBJECT

private:
    // Work starts after the fixture's tickets were received and is logged a
    // day later, so no entry lies in the future.
    QDateTime m_base;
    QDateTime m_loggedAt;
    std::unique_ptr<test::CommercialFixture> m_fixture;

    WorkLogRequest time(const QString &kind, int fromMinute, int minutes)
    {
        WorkLogRequest request;
        TimeEntry entry;
        entry.kind = kind;
        entry.start = m_base.addSecs(fromMinute * 60);
        entry.end = entry.start.addSecs(minutes * 60);
        request.timeEntries.append(entry);
        request.by = u"tech"_s;
        request.at = m_loggedAt;
        return request;
    }

    WorkLogRequest part(const QString &number, int qty)
    {
        WorkLogRequest request;
        PartUsed used;
        used.partNumber = number;
        used.qty = qty;
        request.parts.append(used);
        request.by = u"tech"_s;
        request.at = m_loggedAt;
        return request;
    }

    storage::Database &db() { return m_fixture->workspace->db(); }

    // Refused with `expected` in the message, and nothing written.
    void expectRefused(const QString &ticket, const WorkLogRequest &request, ErrorKind kind,
                       const QString &expected)
    {
        storage::TicketRepository tickets(db());
        const auto before = tickets.find(ticket);
        QVERIFY(before);
        const auto logged = tickets.logWork(ticket, request);
        QVERIFY2(!logged, "the work was logged but should have been refused");
        QVERIFY2(logged.error().message.contains(expected), qPrintable(logged.error().message));
        QCOMPARE(int(logged.error().kind), int(kind));
        const auto after = tickets.find(ticket);
        QCOMPARE(after->rev, before->rev);
        QCOMPARE(after->timeEntries.size(), before->timeEntries.size());
        QCOMPARE(after->partsUsed.size(), before->partsUsed.size());
    }

    Quote
    approvedQuote(const std::function<void(storage::QuoteRepository &, const QString &)> &fill)
    {
        storage::QuoteRepository quotes(db());
        auto quote = quotes.create(m_fixture->usOldTicket);
        if (!quote)
            qFatal("%s", qPrintable(quote.error().message));
        fill(quotes, quote->id);
        auto approved = quotes.approve(quote->id, u"Ann Smith"_s, test::signaturePng());
        if (!approved)
            qFatal("%s", qPrintable(approved.error().message));
        return *approved;
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<test::CommercialFixture>();
        QVERIFY(m_fixture->setUp());
        auto ticket = storage::TicketRepository(db()).find(m_fixture->usOldTicket);
        QVERIFY(ticket);
        m_base = ticket->receivedAt.addSecs(60);
        m_loggedAt = m_base.addDays(1);
    }

    void inWarrantyWorkNeedsNoQuote()
    {
        storage::TicketRepository tickets(db());
        auto logged = tickets.logWork(m_fixture->usNewTicket, time(u"labour"_s, 0, 150));
        QVERIFY2(logged, qPrintable(logged ? QString() : logged.error().message));
        logged = tickets.logWork(m_fixture->usNewTicket, time(u"travel"_s, 200, 45));
        QVERIFY(logged);
        logged = tickets.logWork(m_fixture->usNewTicket, part(u"PSU-24V-150"_s, 2));
        QVERIFY(logged);

        // Stored as hq-sync.md describes, with the merge clock of each list.
        auto stored = storage::DocumentStore(db()).get(m_fixture->usNewTicket);
        QVERIFY(stored && stored->has_value());
        const QJsonObject document = **stored;
        const QJsonArray entries = document.value("time_entries"_L1).toArray();
        QCOMPARE(entries.size(), 2);
        const QJsonObject first = entries.at(0).toObject();
        QCOMPARE(first.value("kind"_L1).toString(), u"labour"_s);
        QCOMPARE(first.value("by"_L1).toString(), u"tech"_s);
        QVERIFY(!first.value("id"_L1).toString().isEmpty());
        QVERIFY(first.value("start"_L1).toString().endsWith(u'Z'));
        QVERIFY(first.value("id"_L1) != entries.at(1).toObject().value("id"_L1));
        const QJsonArray parts = document.value("parts_used"_L1).toArray();
        QCOMPARE(parts.size(), 1);
        QCOMPARE(parts.at(0).toObject().value("part_number"_L1).toString(), u"PSU-24V-150"_s);
        QCOMPARE(parts.at(0).toObject().value("qty"_L1).toInt(), 2);
        const QJsonObject changed = document.value("changed"_L1).toObject();
        QVERIFY(changed.contains("time_entries"_L1));
        QVERIFY(changed.contains("parts_used"_L1));
        QCOMPARE(loggedHours(*logged, u"labour"_s), dec("2.5"));
        QCOMPARE(loggedHours(*logged, u"travel"_s), dec("0.75"));
    }

    void outOfWarrantyNeedsAnApprovedQuote()
    {
        expectRefused(m_fixture->usOldTicket, time(u"labour"_s, 0, 60), ErrorKind::Rule,
                      u"approved quotes"_s);
        // A quote that is not approved yet authorises nothing.
        storage::QuoteRepository quotes(db());
        auto draft = quotes.create(m_fixture->usOldTicket);
        QVERIFY(quotes.addLabour(draft->id, dec("2")));
        expectRefused(m_fixture->usOldTicket, time(u"labour"_s, 0, 60), ErrorKind::Rule,
                      u"change order"_s);
        QVERIFY(quotes.approve(draft->id, u"Ann Smith"_s, test::signaturePng()));

        storage::TicketRepository tickets(db());
        QVERIFY(tickets.logWork(m_fixture->usOldTicket, time(u"labour"_s, 0, 80)));
        QVERIFY(tickets.logWork(m_fixture->usOldTicket, time(u"labour"_s, 90, 40)));
        // 2 h approved, 2 h logged: one more minute is beyond the quote.
        expectRefused(m_fixture->usOldTicket, time(u"labour"_s, 140, 30), ErrorKind::Rule,
                      u"approved 2"_s);
        // Travel and parts were not quoted at all.
        expectRefused(m_fixture->usOldTicket, time(u"travel"_s, 140, 30), ErrorKind::Rule,
                      u"Travel for device FBC-OLD"_s);
        expectRefused(m_fixture->usOldTicket, part(u"PSU-24V-150"_s, 1), ErrorKind::Rule,
                      u"PSU-24V-150"_s);
    }

    void extraCostsNeedAnApprovedChangeOrder()
    {
        const Quote original =
            approvedQuote([](storage::QuoteRepository &quotes, const QString &id) {
                QVERIFY(quotes.addLabour(id, dec("1")));
                QVERIFY(quotes.addPart(id, u"PSU-24V-150"_s, Decimal::fromInt(1)));
                QVERIFY(quotes.addTravel(id, dec("30")));
            });
        storage::TicketRepository tickets(db());
        QVERIFY(tickets.logWork(m_fixture->usOldTicket, time(u"travel"_s, 0, 50)));
        QVERIFY(tickets.logWork(m_fixture->usOldTicket, time(u"labour"_s, 60, 60)));
        QVERIFY(tickets.logWork(m_fixture->usOldTicket, part(u"PSU-24V-150"_s, 1)));

        // The extra work: half an hour and a second power supply.
        WorkLogRequest extra = time(u"labour"_s, 130, 30);
        extra.parts = part(u"PSU-24V-150"_s, 1).parts;
        expectRefused(m_fixture->usOldTicket, extra, ErrorKind::Rule, u"change order"_s);

        storage::QuoteRepository quotes(db());
        auto change = quotes.create(m_fixture->usOldTicket);
        QVERIFY(change);
        QCOMPARE(change->extends, original.id);
        QVERIFY(quotes.addLabour(change->id, dec("0.5")));
        QVERIFY(quotes.addPart(change->id, u"PSU-24V-150"_s, Decimal::fromInt(1)));
        // Not approved yet: still refused, nothing written.
        expectRefused(m_fixture->usOldTicket, extra, ErrorKind::Rule, u"change order"_s);
        QVERIFY(quotes.approve(change->id, u"Ann Smith"_s, test::signaturePng()));
        auto logged = tickets.logWork(m_fixture->usOldTicket, extra);
        QVERIFY2(logged, qPrintable(logged ? QString() : logged.error().message));
        QCOMPARE(logged->timeEntries.size(), 3);
        QCOMPARE(loggedParts(*logged, u"PSU-24V-150"_s), 2);
        // And nothing beyond the change order either.
        expectRefused(m_fixture->usOldTicket, part(u"PSU-24V-150"_s, 1), ErrorKind::Rule,
                      u"approved 2"_s);
    }

    void badInputIsRefusedClearly()
    {
        const QString ticket = m_fixture->usNewTicket;
        WorkLogRequest request = time(u"labour"_s, 0, 60);
        request.timeEntries[0].kind = u"coffee"_s;
        expectRefused(ticket, request, ErrorKind::Usage, u"labour or travel, not \"coffee\""_s);
        request = time(u"labour"_s, 60, 0);
        expectRefused(ticket, request, ErrorKind::Usage, u"end after it starts"_s);
        request = time(u"labour"_s, 60, 30);
        std::swap(request.timeEntries[0].start, request.timeEntries[0].end);
        expectRefused(ticket, request, ErrorKind::Usage, u"end after it starts"_s);
        expectRefused(ticket, time(u"labour"_s, 0, 25 * 60), ErrorKind::Usage, u"24 hours"_s);
        expectRefused(ticket, time(u"labour"_s, 24 * 60, 60), ErrorKind::Usage, u"future"_s);
        expectRefused(ticket, time(u"labour"_s, -120, 60), ErrorKind::Usage,
                      u"before ticket T-000002 was received"_s);
        expectRefused(ticket, part(u"NOPE-000"_s, 1), ErrorKind::NotFound, u"NOPE-000"_s);
        expectRefused(ticket, part(u"PSU-24V-150"_s, 0), ErrorKind::Usage, u"between 1 and 999"_s);
        expectRefused(ticket, part(QString(), 1), ErrorKind::Usage, u"part number"_s);
        WorkLogRequest nothing;
        nothing.at = m_loggedAt;
        expectRefused(ticket, nothing, ErrorKind::Usage, u"Nothing to log"_s);
        auto missing =
            storage::TicketRepository(db()).logWork(u"T-999999"_s, time(u"labour"_s, 0, 5));
        QVERIFY(!missing);
        QCOMPARE(int(missing.error().kind), int(ErrorKind::NotFound));
    }

    void closedTicketTakesNoWork()
    {
        storage::TicketRepository tickets(db());
        const QDateTime at = m_base.addSecs(3600);
        QVERIFY(tickets.changeStatus(m_fixture->usNewTicket,
                                     {TicketStatus::Resolved, u"tech"_s, u"fixed"_s, at}));
        QVERIFY(tickets.changeStatus(m_fixture->usNewTicket,
                                     {TicketStatus::Closed, u"tech"_s, u"done"_s, at.addSecs(60)}));
        expectRefused(m_fixture->usNewTicket, time(u"labour"_s, 0, 30), ErrorKind::Rule,
                      u"closed"_s);
    }

    void hoursAreRoundedOnceNotPerEntry()
    {
        Ticket ticket;
        for (int i = 0; i < 3; ++i) {
            TimeEntry entry;
            entry.kind = u"labour"_s;
            entry.start = m_base.addSecs(i * 3600);
            entry.end = entry.start.addSecs(40 * 60);
            ticket.timeEntries.append(entry);
        }
        // 3 × 40 min is exactly 2 h, although 40 min alone is 0.67 h.
        QCOMPARE(loggedHours(ticket, u"labour"_s), dec("2"));
        QCOMPARE(loggedHours(Ticket(), u"labour"_s, 40 * 60), dec("0.67"));
        QCOMPARE(loggedHours(ticket, u"travel"_s), Decimal());
    }
};

QTEST_MAIN(WorkLogTest)
#include "tst_work_log.moc"
