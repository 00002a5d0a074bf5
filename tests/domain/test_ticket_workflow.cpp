// The escalation path of service-policy.md §4, transition by transition.

#include "domain/ticket_workflow.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using fb::TicketStatus;

class TestTicketWorkflow : public QObject
{
    Q_OBJECT

private:
    static fb::Ticket ticketIn(TicketStatus status)
    {
        fb::Ticket ticket;
        ticket.id = u"ticket:T-1"_s;
        ticket.number = u"T-000001"_s;
        ticket.status = status;
        ticket.receivedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
        return ticket;
    }
    static fb::StatusChangeRequest to(TicketStatus status, const QString &reason = u"because"_s)
    {
        return {status, u"tech-anna"_s, reason, QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC)};
    }

private slots:
    void transitionTable_data()
    {
        QTest::addColumn<TicketStatus>("from");
        QTest::addColumn<TicketStatus>("target");
        QTest::addColumn<bool>("allowed");
        using S = TicketStatus;
        const QList<S> all{S::New, S::RemoteTroubleshooting, S::EscalatedInternal,
                           S::OnsiteScheduled, S::Onsite, S::Resolved, S::Closed};
        // The full allowed set; everything else must be refused.
        const QList<QPair<S, S>> allowed{
            {S::New, S::RemoteTroubleshooting},
            {S::RemoteTroubleshooting, S::EscalatedInternal},
            {S::RemoteTroubleshooting, S::OnsiteScheduled},
            {S::EscalatedInternal, S::OnsiteScheduled},
            {S::OnsiteScheduled, S::Onsite},
            {S::Onsite, S::Resolved},
            {S::Resolved, S::Closed},
            {S::Resolved, S::RemoteTroubleshooting},
            {S::New, S::Resolved},
            {S::RemoteTroubleshooting, S::Resolved},
            {S::EscalatedInternal, S::Resolved},
            {S::OnsiteScheduled, S::Resolved},
        };
        for (S from : all) {
            for (S target : all) {
                const QByteArray name = (fb::toString(from) + u" -> "_s + fb::toString(target)).toUtf8();
                QTest::newRow(name.constData()) << from << target << allowed.contains({from, target});
            }
        }
    }

    void transitionTable()
    {
        QFETCH(TicketStatus, from);
        QFETCH(TicketStatus, target);
        QFETCH(bool, allowed);
        QCOMPARE(fb::isTransitionAllowed(from, target), allowed);
        fb::Ticket ticket = ticketIn(from);
        const fb::Status result = fb::changeStatus(ticket, to(target));
        QCOMPARE(result.ok(), allowed);
        if (allowed) {
            QCOMPARE(fb::toString(ticket.status), fb::toString(target));
            QCOMPARE(ticket.statusHistory.size(), 1);
            QCOMPARE(ticket.statusHistory.last().by, u"tech-anna"_s);
            QCOMPARE(ticket.changed.value(u"status"_s), to(target).at);
        } else {
            QCOMPARE(fb::toString(ticket.status), fb::toString(from));
            QVERIFY(ticket.statusHistory.isEmpty());
            QCOMPARE(result.error().kind, fb::ErrorKind::Rule);
            QVERIFY2(!result.error().message.isEmpty(), "a refusal says why");
        }
    }

    void refusalNamesTheAllowedNextSteps()
    {
        fb::Ticket ticket = ticketIn(TicketStatus::New);
        const fb::Status result = fb::changeStatus(ticket, to(TicketStatus::Onsite));
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(u"remote_troubleshooting"_s));
        QVERIFY(result.error().message.contains(u"onsite"_s));
    }

    void escalationNeedsReason()
    {
        fb::Ticket ticket = ticketIn(TicketStatus::RemoteTroubleshooting);
        fb::Status result = fb::changeStatus(ticket, to(TicketStatus::EscalatedInternal, u"  "_s));
        QVERIFY(!result.ok());
        QCOMPARE(fb::toString(ticket.status), fb::toString(TicketStatus::RemoteTroubleshooting));
        result = fb::changeStatus(ticket, to(TicketStatus::EscalatedInternal, u"needs R&D"_s));
        QVERIFY(result.ok());
        QCOMPARE(ticket.statusHistory.last().reason, u"needs R&D"_s);
    }

    void reopenNeedsReasonAndGoesToRemote()
    {
        fb::Ticket ticket = ticketIn(TicketStatus::Resolved);
        QVERIFY(!fb::changeStatus(ticket, to(TicketStatus::RemoteTroubleshooting, {})).ok());
        QVERIFY(fb::changeStatus(ticket, to(TicketStatus::RemoteTroubleshooting, u"came back"_s)).ok());
        QCOMPARE(fb::toString(ticket.status), fb::toString(TicketStatus::RemoteTroubleshooting));
    }

    void startingRemoteWorkNeedsNoReason()
    {
        fb::Ticket ticket = ticketIn(TicketStatus::New);
        QVERIFY(fb::changeStatus(ticket, to(TicketStatus::RemoteTroubleshooting, {})).ok());
    }

    void sameStatusIsRefused()
    {
        fb::Ticket ticket = ticketIn(TicketStatus::Onsite);
        QVERIFY(!fb::changeStatus(ticket, to(TicketStatus::Onsite)).ok());
    }

    void changeNeedsWhoAndWhen()
    {
        fb::Ticket ticket = ticketIn(TicketStatus::New);
        fb::StatusChangeRequest request = to(TicketStatus::RemoteTroubleshooting);
        request.by = u" "_s;
        QCOMPARE(fb::changeStatus(ticket, request).error().kind, fb::ErrorKind::Usage);
        request = to(TicketStatus::RemoteTroubleshooting);
        request.at = QDateTime();
        QCOMPARE(fb::changeStatus(ticket, request).error().kind, fb::ErrorKind::Usage);
        QCOMPARE(fb::toString(ticket.status), fb::toString(TicketStatus::New));
    }

    void notes()
    {
        fb::Ticket ticket = ticketIn(TicketStatus::RemoteTroubleshooting);
        const QDateTime at(QDate(2026, 11, 3), QTime(8, 0), Qt::UTC);
        QVERIFY(!fb::addNote(ticket, u"n1"_s, u"   "_s, u"tech"_s, at).ok());
        QVERIFY(fb::addNote(ticket, u"n1"_s, u"  Gasket replaced. "_s, u"tech"_s, at).ok());
        QCOMPARE(ticket.notes.size(), 1);
        QCOMPARE(ticket.notes.first().text, u"Gasket replaced."_s);
        QCOMPARE(ticket.changed.value(u"notes"_s), at);
        QCOMPARE(ticket.updatedAt, at);
        fb::Ticket closed = ticketIn(TicketStatus::Closed);
        QCOMPARE(fb::addNote(closed, u"n2"_s, u"late"_s, u"tech"_s, at).error().kind, fb::ErrorKind::Rule);
    }
};

QTEST_GUILESS_MAIN(TestTicketWorkflow)
#include "test_ticket_workflow.moc"
