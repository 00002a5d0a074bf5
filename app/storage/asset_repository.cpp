#include "storage/asset_repository.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace fb::storage {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::storage::Assets", text);
}

template<class T> Result<T> load(DocumentStore &store, const QString &id, const QString &notFound)
{
    auto document = store.get(id);
    if (!document)
        return document.error();
    if (!document->has_value())
        return makeError(ErrorKind::NotFound, notFound);
    return T::fromJson(**document);
}

} // namespace

AssetRepository::AssetRepository(Database &db) : m_db(db), m_store(db) {}

Result<QList<DeviceRow>> AssetRepository::devices(const QString &search)
{
    auto statement = m_db.prepare(
        "SELECT d.serial, d.model, d.site_id, json_extract(s.body, '$.name'), "
        "json_extract(c.body, '$.name'), json_extract(s.body, '$.region'), d.install_date, "
        "d.firmware, (SELECT count(*) FROM ticket_rows t WHERE t.device_serial = d.serial "
        "AND t.status NOT IN ('resolved', 'closed')) "
        "FROM device_rows d LEFT JOIN docs s ON s.id = d.site_id "
        "LEFT JOIN docs c ON c.id = json_extract(s.body, '$.customer_id') "
        "WHERE ?1 = '' OR lower(d.serial || ' ' || coalesce(json_extract(s.body, '$.name'), '') "
        "|| ' ' || coalesce(json_extract(c.body, '$.name'), '')) LIKE '%' || lower(?1) || '%' "
        "ORDER BY d.serial");
    if (!statement)
        return statement.error();
    statement->bind(1, search.trimmed());
    QList<DeviceRow> rows;
    if (Status read = statement->forEachRow([&] {
            rows.append({statement->text(0), statement->text(1), statement->text(2),
                         statement->text(3), statement->text(4), statement->text(5),
                         statement->text(6), statement->text(7),
                         static_cast<int>(statement->integer(8))});
        });
        !read)
        return read.error();
    return rows;
}

Result<QList<SiteRow>> AssetRepository::sites()
{
    auto statement =
        m_db.prepare("SELECT s.id, json_extract(s.body, '$.name'), json_extract(c.body, '$.name'), "
                     "json_extract(s.body, '$.region') FROM docs s "
                     "LEFT JOIN docs c ON c.id = json_extract(s.body, '$.customer_id') "
                     "WHERE s.type = 'site' AND s.deleted = 0 ORDER BY 3, 2, 1");
    if (!statement)
        return statement.error();
    QList<SiteRow> rows;
    if (Status read = statement->forEachRow([&] {
            rows.append(
                {statement->text(0), statement->text(1), statement->text(2), statement->text(3)});
        });
        !read)
        return read.error();
    return rows;
}

Result<QStringList> AssetRepository::deviceSerialsAtSite(const QString &siteId)
{
    auto statement =
        m_db.prepare("SELECT serial FROM device_rows WHERE site_id = ?1 ORDER BY serial");
    if (!statement)
        return statement.error();
    statement->bind(1, siteId);
    QStringList serials;
    if (Status read = statement->forEachRow([&] { serials << statement->text(0); }); !read)
        return read.error();
    return serials;
}

Result<Device> AssetRepository::device(const QString &serial)
{
    return load<Device>(m_store, u"device:"_s + serial,
                        tr("No device with serial %1 in this workspace.").arg(serial));
}

Result<Site> AssetRepository::site(const QString &id)
{
    return load<Site>(m_store, id, tr("No site %1 in this workspace.").arg(id));
}

Result<Customer> AssetRepository::customer(const QString &id)
{
    return load<Customer>(m_store, id, tr("No customer %1 in this workspace.").arg(id));
}

Result<QList<ServiceEvent>> AssetRepository::serviceEvents(const QString &serial)
{
    auto statement = m_db.prepare(
        "SELECT doc_id FROM service_event_rows WHERE device_serial = ?1 ORDER BY date, doc_id");
    if (!statement)
        return statement.error();
    statement->bind(1, serial);
    QStringList ids;
    if (Status read = statement->forEachRow([&] { ids << statement->text(0); }); !read)
        return read.error();
    QList<ServiceEvent> events;
    for (const QString &id : ids) {
        auto event = load<ServiceEvent>(m_store, id, tr("Service event %1 vanished.").arg(id));
        if (!event)
            return event.error();
        events.append(std::move(event).value());
    }
    return events;
}

} // namespace fb::storage
