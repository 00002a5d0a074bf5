#include "storage/sla_index.h"

#include "domain/policy/sla.h"
#include "domain/ticket.h"
#include "domain/time_format.h"
#include "storage/sqlite_database.h"
#include "storage/storage_log.h"

#include <QCryptographicHash>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace fb::storage {
namespace {

Result<QString> regionOf(Database &db, const QJsonObject &ticket)
{
    auto statement = db.cached("SELECT json_extract(body, '$.region') FROM docs "
                               "WHERE id = ?1 AND deleted = 0");
    if (!statement)
        return statement.error();
    for (QLatin1StringView key : {"site_id"_L1, "customer_id"_L1}) {
        const QString id = ticket.value(key).toString();
        if (id.isEmpty())
            continue;
        (*statement)->reset();
        (*statement)->bind(1, id);
        auto row = (*statement)->step();
        if (!row)
            return row.error();
        if (*row && !(*statement)->text(0).isEmpty()) {
            const QString region = (*statement)->text(0);
            (*statement)->reset();
            return region;
        }
    }
    (*statement)->reset();
    return QString();
}

} // namespace

Result<DeadlineColumns> deadlineColumns(Database &db, const QJsonObject &document,
                                        const policy::Policy &policy)
{
    auto region = regionOf(db, document);
    if (!region)
        return region.error();
    DeadlineColumns columns;
    columns.region = *region;
    if (region->isEmpty())
        return columns;
    auto ticket = Ticket::fromJson(document);
    // A malformed ticket (e.g. from HQ) still gets its row; it just has no
    // deadlines, and the reason goes to the log rather than failing the write.
    if (!ticket) {
        qCWarning(lcStorage).noquote()
            << "No SLA deadlines for" << document.value("_id"_L1).toString() << ":"
            << ticket.error().message;
    } else if (auto deadlines = policy::computeDeadlines(*ticket, *region, policy); !deadlines) {
        qCWarning(lcStorage).noquote()
            << "No SLA deadlines for" << ticket->id << ":" << deadlines.error().message;
    } else {
        if (const auto response = deadlines->response())
            columns.responseDue = toIsoUtc(response->due);
        if (const auto next = deadlines->next()) {
            columns.nextDue = toIsoUtc(next->due);
            columns.kind = policy::toString(next->kind);
            columns.start = toIsoUtc(next->start);
            columns.state = policy::toString(
                policy::stateAt(policy, *region, ticket->priority, *next, policy::currentTime()));
        } else if (const auto settled = deadlines->settledState()) {
            columns.state = policy::toString(*settled);
        }
    }
    return columns;
}

void bindDeadlineColumns(Statement &statement, int first, const DeadlineColumns &columns)
{
    const QString *values[] = {&columns.responseDue, &columns.nextDue, &columns.state,
                               &columns.kind,        &columns.start,   &columns.region};
    for (const QString *value : values) {
        if (value->isEmpty())
            statement.bindNull(first++);
        else
            statement.bind(first++, *value);
    }
}

namespace {

// Recomputes one ticket's deadline columns in its existing row.
Status indexTicketDeadlines(Database &db, const QJsonObject &document, const policy::Policy &policy)
{
    auto columns = deadlineColumns(db, document, policy);
    if (!columns)
        return columns.error();
    auto statement = db.cached(
        "UPDATE ticket_rows SET response_due = ?2, next_due = ?3, sla_state = ?4, sla_kind = ?5, "
        "sla_start = ?6, sla_region = ?7 WHERE doc_id = ?1");
    if (!statement)
        return statement.error();
    (*statement)->bind(1, document.value("_id"_L1).toString());
    bindDeadlineColumns(**statement, 2, *columns);
    return (*statement)->run();
}

Status recomputeWhere(Database &db, const char *sql, const QString &argument,
                      const policy::Policy &policy)
{
    auto statement = db.prepare(sql);
    if (!statement)
        return statement.error();
    if (!argument.isEmpty())
        statement->bind(1, argument);
    QList<QByteArray> bodies;
    if (Status read = statement->forEachRow([&] { bodies.append(statement->bytes(0)); }); !read)
        return read.error();
    for (const QByteArray &body : bodies) {
        const QJsonObject document = QJsonDocument::fromJson(body).object();
        if (Status indexed = indexTicketDeadlines(db, document, policy); !indexed)
            return indexed;
    }
    return {};
}

} // namespace

Status recomputeDeadlinesForSite(Database &db, const QString &siteId, const policy::Policy &policy)
{
    return recomputeWhere(db,
                          "SELECT d.body FROM ticket_rows t JOIN docs d ON d.id = t.doc_id "
                          "WHERE t.site_id = ?1 AND d.deleted = 0",
                          siteId, policy);
}

Status recomputeAllDeadlinesInTransaction(Database &db, const policy::Policy &policy)
{
    return recomputeWhere(db,
                          "SELECT d.body FROM ticket_rows t JOIN docs d ON d.id = t.doc_id "
                          "WHERE d.deleted = 0",
                          {}, policy);
}

Status recomputeAllDeadlines(Database &db, const policy::Policy &policy)
{
    Transaction transaction(db);
    if (!transaction.began())
        return transaction.began();
    if (Status done = recomputeAllDeadlinesInTransaction(db, policy); !done)
        return done;
    return transaction.commit();
}

QString policyDigest(const policy::Policy &policy)
{
    // QJsonObject keeps its keys sorted, so compact JSON is canonical.
    const QByteArray canonical = QJsonDocument(policy.raw).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

namespace {

Result<QString> storedPolicyDigest(Database &db)
{
    auto statement = db.cached("SELECT value FROM meta WHERE key = ?1");
    if (!statement)
        return statement.error();
    (*statement)->bind(1, QString::fromLatin1(kPolicyDigestKey));
    auto row = (*statement)->step();
    if (!row)
        return row.error();
    return *row ? (*statement)->text(0) : QString();
}

} // namespace

Result<bool> recomputeDeadlinesIfPolicyChanged(Database &db, const policy::Policy &policy)
{
    const QString digest = policyDigest(policy);
    // Read outside a transaction first: the usual case (no change) writes nothing.
    auto stored = storedPolicyDigest(db);
    if (!stored)
        return stored.error();
    if (*stored == digest)
        return false;
    Transaction transaction(db);
    if (!transaction.began())
        return transaction.began().error();
    // Another process may have caught up in between.
    stored = storedPolicyDigest(db);
    if (!stored)
        return stored.error();
    if (*stored == digest)
        return false;
    qCDebug(lcStorage).noquote() << "service policy changed (" << policy.source
                                 << "): recomputing all SLA deadlines";
    if (Status done = recomputeAllDeadlinesInTransaction(db, policy); !done)
        return done.error();
    auto write = db.cached("INSERT INTO meta (key, value) VALUES (?1, ?2) "
                           "ON CONFLICT(key) DO UPDATE SET value = ?2");
    if (!write)
        return write.error();
    (*write)->bind(1, QString::fromLatin1(kPolicyDigestKey)).bind(2, digest);
    if (Status written = (*write)->run(); !written)
        return written.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return true;
}

QString liveSlaState(const policy::Policy &policy, const QString &priority, const QString &nextDue,
                     const QString &kind, const QString &start, const QString &region,
                     const QString &storedState, const QDateTime &now)
{
    if (nextDue.isEmpty())
        return storedState;
    const auto due = parseIsoTime(nextDue);
    const auto from = parseIsoTime(start);
    const auto deadlineKind = policy::deadlineKindFromString(kind);
    if (!due || !from || !deadlineKind)
        return storedState;
    const Priority level = priorityFromString(priority).value_or(Priority::Normal);
    return policy::toString(policy::pendingState(
        policy, region, policy::targetFor(policy, *deadlineKind, level), *from, *due, now));
}

} // namespace fb::storage
