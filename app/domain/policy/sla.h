#pragma once

// Ticket deadlines of service-policy.md §3 and their states. Deadlines are a
// function of the ticket document, its region and the policy only, so they
// can be stored and recomputed at will; the state (on track / at risk /
// breached) also depends on "now" and is computed when it is shown.
//
// What meets each deadline (the terms name the event, the app names the data):
// - first response: the first status change out of `new`;
// - onsite: reaching `onsite` (or `resolved`/`closed`) after the latest move
//   to `onsite_scheduled`;
// - next-steps update: a note added after the internal escalation (or after
//   the previous update); each update starts the next business day's clock,
//   until the ticket is resolved.

#include "domain/policy/policy.h"
#include "domain/result.h"
#include "domain/ticket.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fb::policy {

enum class DeadlineKind
{
    Response,
    Onsite,
    NextSteps
};
enum class SlaState
{
    OnTrack,
    AtRisk,
    Breached,
    Met
};

QString toString(DeadlineKind kind); // "response", "onsite", "next_steps"
QString toString(SlaState state);    // "on_track", "at_risk", "breached", "met"
std::optional<DeadlineKind> deadlineKindFromString(const QString &text);
std::optional<SlaState> slaStateFromString(const QString &text);
QString displayName(DeadlineKind kind);
QString displayName(SlaState state);

struct Deadline
{
    DeadlineKind kind = DeadlineKind::Response;
    QDateTime start; // the event that started the clock (UTC)
    QDateTime due;   // UTC
    QDateTime metAt; // invalid while pending

    bool pending() const { return !metAt.isValid(); }
};

struct TicketDeadlines
{
    QString region;
    QList<Deadline> all; // response first, then onsite and next-steps periods in time order

    std::optional<Deadline> response() const;
    // The pending deadline due first, if any.
    std::optional<Deadline> next() const;
    // The state once nothing is pending: breached if any deadline was missed,
    // met if all were kept, nullopt when there were none.
    std::optional<SlaState> settledState() const;
};

// The target that governs a deadline kind for a ticket of `priority`.
const SlaTarget &targetFor(const Policy &policy, DeadlineKind kind, Priority priority);

// `from` plus the target's span, on its clock (business hours of the region or
// calendar time). Fails for an unknown region.
Result<QDateTime> dueAfter(const Policy &policy, const QString &region, const SlaTarget &target,
                           const QDateTime &from);

Result<TicketDeadlines> computeDeadlines(const Ticket &ticket, const QString &region,
                                         const Policy &policy);

// A pending deadline's state at `now`: breached once `now` is past `due`; at
// risk when less than the policy's fraction (25 %) of its span is left,
// measured on the deadline's own clock (business time for business deadlines).
SlaState pendingState(const Policy &policy, const QString &region, const SlaTarget &target,
                      const QDateTime &start, const QDateTime &due, const QDateTime &now);

// The state of any deadline at `now` (kept deadlines are met or, when late, breached).
SlaState stateAt(const Policy &policy, const QString &region, Priority priority,
                 const Deadline &deadline, const QDateTime &now);

} // namespace fb::policy
