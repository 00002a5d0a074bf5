#pragma once

// SLA deadlines in the ticket index (service-policy.md §3). Deadlines are
// stored when a ticket is indexed (ticket_rows.response_due, next_due, and
// the v3 columns sla_kind, sla_start, sla_region); the state of a pending
// deadline depends on "now" and is computed when rows are read, so lists stay
// live without rewriting rows.

#include "domain/policy/policy.h"
#include "domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace fb::storage {

class Database;
class Statement;

// A ticket's deadline columns in ticket_rows; empty strings are stored as NULL.
struct DeadlineColumns
{
    QString responseDue, nextDue, state, kind, start, region;
};

// Computes one ticket's deadline columns; the ticket's region comes from its
// site (or, failing that, its customer). A ticket whose region is not known yet
// (its site has not arrived) gets no deadlines until the site is indexed.
Result<DeadlineColumns> deadlineColumns(Database &db, const QJsonObject &ticket,
                                        const policy::Policy &policy);
// Binds response_due, next_due, sla_state, sla_kind, sla_start, sla_region to
// six parameters from `first` on.
void bindDeadlineColumns(Statement &statement, int first, const DeadlineColumns &columns);
// After a site is written: its tickets' region may have changed.
Status recomputeDeadlinesForSite(Database &db, const QString &siteId, const policy::Policy &policy);
// After a policy change: every ticket, in one transaction.
Status recomputeAllDeadlines(Database &db, const policy::Policy &policy);
// The same inside a transaction the caller holds (the schema migration to v3).
Status recomputeAllDeadlinesInTransaction(Database &db, const policy::Policy &policy);

// The workspace remembers which policy its stored deadlines were computed
// with: the SHA-256 (hex) of the policy's canonical JSON (compact, keys
// sorted), in the meta table under kPolicyDigestKey.
inline constexpr char kPolicyDigestKey[] = "sla_policy_sha256";
QString policyDigest(const policy::Policy &policy);
// Run when a workspace is opened (and after anything that replaces the
// policy): when the stored digest is missing or differs from `policy`'s,
// recomputes every ticket's deadlines and stores the new digest in one
// transaction. Returns true when it recomputed; an unchanged policy writes
// nothing.
Result<bool> recomputeDeadlinesIfPolicyChanged(Database &db, const policy::Policy &policy);

// The state to show for a row: the live state of its pending deadline at
// `now`, or the stored settled state ("met"/"breached") when nothing is pending.
QString liveSlaState(const policy::Policy &policy, const QString &priority, const QString &nextDue,
                     const QString &kind, const QString &start, const QString &region,
                     const QString &storedState, const QDateTime &now);

} // namespace fb::storage
