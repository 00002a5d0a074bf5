#include "sync/replicator.h"

#include "domain/customer.h"
#include "domain/device.h"
#include "domain/ticket.h"
#include "domain/time_format.h"
#include "sync/http_client.h"
#include "sync/local_peer.h"
#include "sync/replication_session.h"
#include "sync/sync_log.h"
#include "sync/sync_settings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace fb::sync {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::sync::Replicator", text);
}

} // namespace

Status validateRemoteDocument(const QJsonObject &document)
{
    const QString type = document.value("type"_L1).toString();
    const QString id = document.value("_id"_L1).toString();
    if (type.isEmpty() || !id.startsWith(type + u':') || id.size() <= type.size() + 1)
        return makeError(ErrorKind::Data,
                         tr("it needs a type and an _id of the form <type>:<key>"));
    auto check = [](const auto &parsed) -> Status {
        if (!parsed)
            return parsed.error();
        return {};
    };
    if (type == "ticket"_L1)
        return check(Ticket::fromJson(document));
    if (type == "device"_L1)
        return check(Device::fromJson(document));
    if (type == "service_event"_L1)
        return check(ServiceEvent::fromJson(document));
    if (type == "customer"_L1)
        return check(Customer::fromJson(document));
    if (type == "site"_L1)
        return check(Site::fromJson(document));
    return {};
}

Replicator::Replicator(storage::Database &db, SyncConfig config)
    : m_db(db), m_config(std::move(config))
{}

Result<SyncReport> Replicator::run()
{
    QElapsedTimer timer;
    timer.start();
    const QString startedAt = toIsoUtc(QDateTime::currentDateTimeUtc());
    SyncReport report;
    LocalPeer peer(m_db);
    // Batches of a thousand documents with their index rows: a larger page
    // cache for this connection keeps SQLite from spilling mid-transaction.
    if (Status s = m_db.exec("PRAGMA cache_size = -65536"); !s)
        qCWarning(lcSync) << "could not enlarge the page cache:" << s.error().message;
    // Each document is stored under a savepoint; SQLite spills a savepoint's
    // journal of a large transaction to a temporary file (half a million
    // small writes for 10,000 documents) unless temporary data stays in memory.
    if (Status s = m_db.exec("PRAGMA temp_store = MEMORY"); !s)
        qCWarning(lcSync) << "could not keep temporary data in memory:" << s.error().message;

    Status status;
    if (!isValidTechId(m_config.techId)) {
        status = makeError(ErrorKind::Usage,
                           tr("The technician id \"%1\" is not valid; use lower-case letters, "
                              "digits, - and _ as HQ assigned it.")
                               .arg(m_config.techId));
    } else {
        HttpOptions options;
        options.baseUrl = m_config.url;
        options.user = m_config.user;
        options.password = m_config.password;
        options.caFile = m_config.caFile;
        options.proxy = m_config.proxy;
        options.timeoutMs = m_config.timeoutMs;
        options.retries = m_config.retries;
        options.backoffMs = m_config.backoffMs;
        options.cancel = m_cancel;
        auto http = HttpClient::create(options);
        if (!http) {
            status = http.error();
        } else {
            Session session(peer, m_db, **http, m_config, m_progress, report);
            const QString tech = u"tech-"_s + m_config.techId;
            // The technician database's first requests travel with the
            // catalog's: one round trip for a sync with nothing new.
            status = session.startPull(tech);
            if (status && m_config.pullCatalog)
                status = session.pull(u"catalog"_s);
            if (status)
                status = session.pull(tech);
            if (status)
                status = session.push(tech);
        }
    }
    report.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const QJsonObject details{{"rejected"_L1, report.rejected}, {"conflicts"_L1, report.conflicts}};
    const QString message = status ? QString() : status.error().message;
    if (Status logged = peer.appendLog(startedAt, bool(status), report.pulled, report.pushed,
                                       report.conflictsResolved, message, details);
        !logged)
        qCWarning(lcSync) << "could not write the sync log:" << logged.error().message;
    if (!status)
        return status.error();
    return report;
}

} // namespace fb::sync
