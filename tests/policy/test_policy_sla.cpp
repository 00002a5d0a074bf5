// Ticket deadlines, SLA states over a controllable clock, and the escalation
// rules of service-policy.md §3–4.

#include "domain/policy/policy.h"
#include "domain/policy/sla.h"
#include "domain/ticket_workflow.h"
#include "domain/time_format.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fb;
using namespace fb::policy;

namespace {

QDateTime at(const QString &iso)
{
    return *parseIsoTime(iso);
}

Ticket newTicket(Priority priority, const QString &receivedAt)
{
    Ticket ticket;
    ticket.id = u"ticket:t1"_s;
    ticket.number = u"T-000001"_s;
    ticket.priority = priority;
    ticket.receivedAt = at(receivedAt);
    ticket.statusHistory.append({TicketStatus::New, ticket.receivedAt, u"hq"_s, u"Created"_s, {}});
    return ticket;
}

void move(Ticket &ticket, TicketStatus to, const QString &when, const QString &reason = u"why"_s)
{
    StatusChangeRequest request{to, u"tech"_s, reason, at(when)};
    const Status changed = changeStatus(ticket, request);
    if (!changed)
        qFatal("transition refused: %s", qPrintable(changed.error().message));
}

TicketDeadlines deadlinesOf(const Ticket &ticket, const QString &region = u"us"_s)
{
    auto deadlines = computeDeadlines(ticket, region, Policy::builtIn());
    if (!deadlines)
        qFatal("%s", qPrintable(deadlines.error().message));
    return *deadlines;
}

QString stateNow(const Ticket &ticket, const QString &now)
{
    const TicketDeadlines deadlines = deadlinesOf(ticket);
    const auto next = deadlines.next();
    if (!next)
        return deadlines.settledState() ? toString(*deadlines.settledState()) : QString();
    return toString(stateAt(Policy::builtIn(), u"us"_s, ticket.priority, *next, at(now)));
}

} // namespace

class TestPolicySla : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { setClock({}); }

    void normalResponseIsOneBusinessDay()
    {
        // Monday 7 Dec 2026, 10:00 CST.
        const Ticket ticket = newTicket(Priority::Normal, u"2026-12-07T16:00:00Z"_s);
        const auto response = deadlinesOf(ticket).response();
        QVERIFY(response);
        QCOMPARE(toIsoUtc(response->due), u"2026-12-08T16:00:00Z"_s);
        QVERIFY(response->pending());
        QCOMPARE(deadlinesOf(ticket, u"eu"_s).response()->due, at(u"2026-12-08T16:00:00Z"_s));
    }

    void highResponseIsFourCalendarHours()
    {
        // Saturday night: the 24/7 line does not wait for business hours.
        const Ticket ticket = newTicket(Priority::High, u"2026-12-12T23:00:00Z"_s);
        QCOMPARE(toIsoUtc(deadlinesOf(ticket).response()->due), u"2026-12-13T03:00:00Z"_s);
    }

    void stateTransitionsWithTheClock()
    {
        const Ticket ticket = newTicket(Priority::Normal, u"2026-12-07T16:00:00Z"_s);
        // Due Tue 10:00 CST; 25 % of 9 business hours is 2 h 15 min.
        QCOMPARE(stateNow(ticket, u"2026-12-07T17:00:00Z"_s), u"on_track"_s);
        // Mon 16:00 CST: 3 business hours left (33 %).
        QCOMPARE(stateNow(ticket, u"2026-12-07T22:00:00Z"_s), u"on_track"_s);
        // Mon 23:00 CST, overnight: still 2 business hours left (22 %) → at risk.
        QCOMPARE(stateNow(ticket, u"2026-12-08T05:00:00Z"_s), u"at_risk"_s);
        // Mon 16:59 CST: 2 h 1 min… (2 h + 1 min) left: 22.4 % → at risk.
        QCOMPARE(stateNow(ticket, u"2026-12-07T22:59:00Z"_s), u"at_risk"_s);
        // Mon 16:45 CST: exactly 2 h 15 min left is not less than 25 %.
        QCOMPARE(stateNow(ticket, u"2026-12-07T22:45:00Z"_s), u"on_track"_s);
        QCOMPARE(stateNow(ticket, u"2026-12-08T16:00:00Z"_s), u"at_risk"_s); // due now
        QCOMPARE(stateNow(ticket, u"2026-12-08T16:00:01Z"_s), u"breached"_s);
    }

    void highPriorityAtRiskOnCalendarTime()
    {
        const Ticket ticket = newTicket(Priority::High, u"2026-12-07T16:00:00Z"_s);
        QCOMPARE(stateNow(ticket, u"2026-12-07T19:00:00Z"_s), u"on_track"_s); // 60 of 240 min left
        QCOMPARE(stateNow(ticket, u"2026-12-07T19:01:00Z"_s), u"at_risk"_s);
        QCOMPARE(stateNow(ticket, u"2026-12-07T20:30:00Z"_s), u"breached"_s);
    }

    void respondingMeetsTheDeadline()
    {
        Ticket ticket = newTicket(Priority::Normal, u"2026-12-07T16:00:00Z"_s);
        move(ticket, TicketStatus::RemoteTroubleshooting, u"2026-12-08T15:00:00Z"_s);
        const TicketDeadlines deadlines = deadlinesOf(ticket);
        QCOMPARE(deadlines.response()->metAt, at(u"2026-12-08T15:00:00Z"_s));
        QVERIFY(!deadlines.next());
        QCOMPARE(stateNow(ticket, u"2026-12-20T00:00:00Z"_s), u"met"_s);
    }

    void respondingLateStaysBreached()
    {
        Ticket ticket = newTicket(Priority::Normal, u"2026-12-07T16:00:00Z"_s);
        move(ticket, TicketStatus::RemoteTroubleshooting, u"2026-12-08T17:00:00Z"_s);
        QCOMPARE(stateNow(ticket, u"2026-12-20T00:00:00Z"_s), u"breached"_s);
    }

    void priorityChangeRecomputes()
    {
        Ticket ticket = newTicket(Priority::Normal, u"2026-12-07T16:00:00Z"_s);
        QCOMPARE(toIsoUtc(deadlinesOf(ticket).response()->due), u"2026-12-08T16:00:00Z"_s);
        ticket.priority = Priority::High;
        QCOMPARE(toIsoUtc(deadlinesOf(ticket).response()->due), u"2026-12-07T20:00:00Z"_s);
    }

    void internalEscalationAsksForDailyUpdates()
    {
        Ticket ticket = newTicket(Priority::Normal, u"2026-12-07T16:00:00Z"_s);
        move(ticket, TicketStatus::RemoteTroubleshooting, u"2026-12-07T18:00:00Z"_s);
        // Escalated Mon 13:00 CST → first update due Tue 13:00 CST.
        move(ticket, TicketStatus::EscalatedInternal, u"2026-12-07T19:00:00Z"_s,
             u"Needs engineering"_s);
        auto next = deadlinesOf(ticket).next();
        QVERIFY(next);
        QVERIFY(next->kind == DeadlineKind::NextSteps);
        QCOMPARE(toIsoUtc(next->due), u"2026-12-08T19:00:00Z"_s);
        // An update Tue 10:00 CST meets it and starts the next business day.
        QVERIFY(addNote(ticket, u"n1"_s, u"Engineering reproduces it"_s, u"tech"_s,
                        at(u"2026-12-08T16:00:00Z"_s)));
        next = deadlinesOf(ticket).next();
        QCOMPARE(toIsoUtc(next->due), u"2026-12-09T16:00:00Z"_s);
        QCOMPARE(next->start, at(u"2026-12-08T16:00:00Z"_s));
        // No update by Wed 10:00 CST → breached.
        QCOMPARE(stateNow(ticket, u"2026-12-09T16:30:00Z"_s), u"breached"_s);
    }

    void onsiteEscalationComputesTheOnsiteDeadline()
    {
        Ticket ticket = newTicket(Priority::Normal, u"2026-12-07T16:00:00Z"_s);
        move(ticket, TicketStatus::RemoteTroubleshooting, u"2026-12-07T18:00:00Z"_s);
        move(ticket, TicketStatus::EscalatedInternal, u"2026-12-07T19:00:00Z"_s);
        // Dispatched Tue 08:30 CST → onsite due Wed 08:30 CST, before the
        // next-steps update (Tue 13:00) → the update comes first.
        move(ticket, TicketStatus::OnsiteScheduled, u"2026-12-08T14:30:00Z"_s, u"Replace reader"_s);
        TicketDeadlines deadlines = deadlinesOf(ticket);
        QVERIFY(deadlines.next()->kind == DeadlineKind::NextSteps);
        QVERIFY(addNote(ticket, u"n1"_s, u"Visit booked for tomorrow"_s, u"tech"_s,
                        at(u"2026-12-08T15:00:00Z"_s)));
        deadlines = deadlinesOf(ticket);
        QVERIFY(deadlines.next()->kind == DeadlineKind::Onsite);
        QCOMPARE(toIsoUtc(deadlines.next()->due), u"2026-12-09T14:30:00Z"_s);
        // Arriving meets the onsite deadline; resolving ends the updates.
        move(ticket, TicketStatus::Onsite, u"2026-12-09T14:00:00Z"_s);
        move(ticket, TicketStatus::Resolved, u"2026-12-09T15:00:00Z"_s, u"Reader replaced"_s);
        deadlines = deadlinesOf(ticket);
        QVERIFY(!deadlines.next());
        QVERIFY(deadlines.settledState() == SlaState::Met);
        // Reopen: a fresh cycle has no escalation deadlines until escalated again.
        move(ticket, TicketStatus::RemoteTroubleshooting, u"2026-12-10T15:00:00Z"_s,
             u"Fault is back"_s);
        QVERIFY(!deadlinesOf(ticket).next());
    }

    void escalationRules()
    {
        Ticket ticket = newTicket(Priority::Normal, u"2026-12-07T16:00:00Z"_s);
        // Escalating needs a reason; skipping steps is refused with the allowed ones.
        Status refused = changeStatus(
            ticket, {TicketStatus::Onsite, u"tech"_s, u"x"_s, at(u"2026-12-07T17:00:00Z"_s)});
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"remote_troubleshooting"_s));
        move(ticket, TicketStatus::RemoteTroubleshooting, u"2026-12-07T17:00:00Z"_s, QString());
        refused = changeStatus(ticket, {TicketStatus::EscalatedInternal, u"tech"_s, u"  "_s,
                                        at(u"2026-12-07T18:00:00Z"_s)});
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"reason"_s));
        QVERIFY(ticket.status == TicketStatus::RemoteTroubleshooting);
        // Closed only after resolved; resolve from anywhere before it.
        QVERIFY(!changeStatus(
            ticket, {TicketStatus::Closed, u"tech"_s, u"done"_s, at(u"2026-12-07T18:00:00Z"_s)}));
        move(ticket, TicketStatus::Resolved, u"2026-12-07T18:00:00Z"_s, u"Fixed remotely"_s);
        move(ticket, TicketStatus::Closed, u"2026-12-07T19:00:00Z"_s, u"Confirmed"_s);
        QCOMPARE(ticket.statusHistory.last().by, u"tech"_s);
        QCOMPARE(ticket.statusHistory.last().reason, u"Confirmed"_s);
    }

    void clockIsControllable()
    {
        setClock([] { return at(u"2030-01-01T00:00:00Z"_s); });
        QCOMPARE(currentTime(), at(u"2030-01-01T00:00:00Z"_s));
        setClock({});
        QVERIFY(qAbs(currentTime().secsTo(QDateTime::currentDateTimeUtc())) < 3600);
    }

    void wireNames()
    {
        for (SlaState state :
             {SlaState::OnTrack, SlaState::AtRisk, SlaState::Breached, SlaState::Met})
            QVERIFY(slaStateFromString(toString(state)) == state);
        QCOMPARE(toString(SlaState::AtRisk), u"at_risk"_s);
        QVERIFY(!slaStateFromString(u"late"_s));
        QVERIFY(deadlineKindFromString(u"next_steps"_s) == DeadlineKind::NextSteps);
    }
};

QTEST_GUILESS_MAIN(TestPolicySla)
#include "test_policy_sla.moc"
