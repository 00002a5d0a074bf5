#include "domain/policy/sla.h"

#include "domain/policy/business_calendar.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fb::policy {
namespace {

bool isSettled(TicketStatus status)
{
    return status == TicketStatus::Resolved || status == TicketStatus::Closed;
}

} // namespace

QString toString(DeadlineKind kind)
{
    switch (kind) {
    case DeadlineKind::Response:
        return u"response"_s;
    case DeadlineKind::Onsite:
        return u"onsite"_s;
    case DeadlineKind::NextSteps:
        return u"next_steps"_s;
    }
    return {};
}

QString toString(SlaState state)
{
    switch (state) {
    case SlaState::OnTrack:
        return u"on_track"_s;
    case SlaState::AtRisk:
        return u"at_risk"_s;
    case SlaState::Breached:
        return u"breached"_s;
    case SlaState::Met:
        return u"met"_s;
    }
    return {};
}

std::optional<DeadlineKind> deadlineKindFromString(const QString &text)
{
    for (DeadlineKind kind :
         {DeadlineKind::Response, DeadlineKind::Onsite, DeadlineKind::NextSteps}) {
        if (toString(kind) == text)
            return kind;
    }
    return std::nullopt;
}

std::optional<SlaState> slaStateFromString(const QString &text)
{
    for (SlaState state :
         {SlaState::OnTrack, SlaState::AtRisk, SlaState::Breached, SlaState::Met}) {
        if (toString(state) == text)
            return state;
    }
    return std::nullopt;
}

QString displayName(DeadlineKind kind)
{
    switch (kind) {
    case DeadlineKind::Response:
        return QCoreApplication::translate("fb::policy::Sla", "First response");
    case DeadlineKind::Onsite:
        return QCoreApplication::translate("fb::policy::Sla", "Onsite response");
    case DeadlineKind::NextSteps:
        return QCoreApplication::translate("fb::policy::Sla", "Next-steps update");
    }
    return {};
}

QString displayName(SlaState state)
{
    switch (state) {
    case SlaState::OnTrack:
        return QCoreApplication::translate("fb::policy::Sla", "On track");
    case SlaState::AtRisk:
        return QCoreApplication::translate("fb::policy::Sla", "At risk");
    case SlaState::Breached:
        return QCoreApplication::translate("fb::policy::Sla", "Breached");
    case SlaState::Met:
        return QCoreApplication::translate("fb::policy::Sla", "Met");
    }
    return {};
}

std::optional<Deadline> TicketDeadlines::response() const
{
    for (const Deadline &deadline : all) {
        if (deadline.kind == DeadlineKind::Response)
            return deadline;
    }
    return std::nullopt;
}

std::optional<Deadline> TicketDeadlines::next() const
{
    std::optional<Deadline> best;
    for (const Deadline &deadline : all) {
        if (deadline.pending() && (!best || deadline.due < best->due))
            best = deadline;
    }
    return best;
}

std::optional<SlaState> TicketDeadlines::settledState() const
{
    if (all.isEmpty())
        return std::nullopt;
    for (const Deadline &deadline : all) {
        if (!deadline.pending() && deadline.metAt > deadline.due)
            return SlaState::Breached;
    }
    return SlaState::Met;
}

const SlaTarget &targetFor(const Policy &policy, DeadlineKind kind, Priority priority)
{
    switch (kind) {
    case DeadlineKind::Response:
        return priority == Priority::High ? policy.responseHigh : policy.responseNormal;
    case DeadlineKind::Onsite:
        return policy.onsiteAfterEscalation;
    case DeadlineKind::NextSteps:
        return policy.nextStepsInternal;
    }
    return policy.responseNormal;
}

Result<QDateTime> dueAfter(const Policy &policy, const QString &region, const SlaTarget &target,
                           const QDateTime &from)
{
    const auto calendar = policy.calendar(region);
    if (!calendar)
        return makeError(ErrorKind::Data,
                         QCoreApplication::translate("fb::policy::Sla",
                                                     "The service policy has no region \"%1\"; "
                                                     "known regions: %2.")
                             .arg(region, QStringList(policy.regions.keys()).join(u", "_s)));
    if (target.clock == SlaClock::Calendar)
        return from.toUTC().addSecs(target.seconds()).toTimeZone(calendar->timeZone());
    return calendar->addBusinessSeconds(from, target.seconds());
}

Result<TicketDeadlines> computeDeadlines(const Ticket &ticket, const QString &region,
                                         const Policy &policy)
{
    TicketDeadlines result;
    result.region = region;
    const auto add = [&](DeadlineKind kind, const QDateTime &start) -> Result<Deadline> {
        auto due = dueAfter(policy, region, targetFor(policy, kind, ticket.priority), start);
        if (!due)
            return due.error();
        return Deadline{kind, start.toUTC(), due->toUTC(), {}};
    };

    // History in time order; stored order is append order, but sync merges
    // may interleave, so sort a copy.
    QList<StatusChange> history = ticket.statusHistory;
    std::stable_sort(history.begin(), history.end(),
                     [](const StatusChange &a, const StatusChange &b) { return a.at < b.at; });

    // First response.
    auto response = add(DeadlineKind::Response, ticket.receivedAt);
    if (!response)
        return response.error();
    for (const StatusChange &change : history) {
        if (change.status != TicketStatus::New) {
            response->metAt = qMax(change.at, ticket.receivedAt).toUTC();
            break;
        }
    }
    if (!response->metAt.isValid() && isSettled(ticket.status))
        response->metAt = ticket.updatedAt.isValid() ? ticket.updatedAt.toUTC() : ticket.receivedAt;
    result.all.append(*response);

    // Onsite: the latest dispatch decides.
    for (qsizetype i = history.size() - 1; i >= 0; --i) {
        if (history.at(i).status != TicketStatus::OnsiteScheduled)
            continue;
        auto onsite = add(DeadlineKind::Onsite, history.at(i).at);
        if (!onsite)
            return onsite.error();
        for (qsizetype j = i + 1; j < history.size(); ++j) {
            const TicketStatus status = history.at(j).status;
            if (status == TicketStatus::Onsite || isSettled(status)) {
                onsite->metAt = history.at(j).at.toUTC();
                break;
            }
        }
        result.all.append(*onsite);
        break;
    }

    // Next-steps updates after the latest internal escalation, until resolved.
    for (qsizetype i = history.size() - 1; i >= 0; --i) {
        if (history.at(i).status != TicketStatus::EscalatedInternal)
            continue;
        const QDateTime escalatedAt = history.at(i).at.toUTC();
        QDateTime settledAt;
        for (qsizetype j = i + 1; j < history.size(); ++j) {
            if (isSettled(history.at(j).status)) {
                settledAt = history.at(j).at.toUTC();
                break;
            }
        }
        QList<QDateTime> updates;
        for (const TicketNote &note : ticket.notes) {
            if (note.at > escalatedAt && (!settledAt.isValid() || note.at <= settledAt))
                updates.append(note.at.toUTC());
        }
        std::sort(updates.begin(), updates.end());
        const SlaTarget &target = policy.nextStepsInternal;
        auto period = add(DeadlineKind::NextSteps, escalatedAt);
        if (!period)
            return period.error();
        for (const QDateTime &update : updates) {
            if (!target.repeat)
                break;
            period->metAt = update;
            result.all.append(*period);
            auto following = add(DeadlineKind::NextSteps, update);
            if (!following)
                return following.error();
            period = std::move(following);
        }
        if (!target.repeat && !updates.isEmpty())
            period->metAt = updates.constFirst();
        else if (settledAt.isValid())
            period->metAt = settledAt; // resolving ends the duty to report
        result.all.append(*period);
        break;
    }
    return result;
}

SlaState pendingState(const Policy &policy, const QString &region, const SlaTarget &target,
                      const QDateTime &start, const QDateTime &due, const QDateTime &now)
{
    if (now > due)
        return SlaState::Breached;
    qint64 span = start.secsTo(due);
    qint64 left = now.secsTo(due);
    if (target.clock == SlaClock::Business) {
        if (const auto calendar = policy.calendar(region)) {
            span = calendar->businessSecondsBetween(start, due);
            left = calendar->businessSecondsBetween(qMax(now, start), due);
        }
    }
    if (span > 0 && double(left) < policy.atRiskFraction * double(span))
        return SlaState::AtRisk;
    return SlaState::OnTrack;
}

SlaState stateAt(const Policy &policy, const QString &region, Priority priority,
                 const Deadline &deadline, const QDateTime &now)
{
    if (!deadline.pending())
        return deadline.metAt <= deadline.due ? SlaState::Met : SlaState::Breached;
    return pendingState(policy, region, targetFor(policy, deadline.kind, priority), deadline.start,
                        deadline.due, now);
}

} // namespace fb::policy
