#include "storage/catalog_repository.h"

#include "storage/search_text.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace fb::storage {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::storage::Catalog", text);
}

QString likePattern(const QString &text)
{
    QString pattern = foldForSearch(text.trimmed());
    pattern.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u'%' + pattern + u'%';
}

} // namespace

CatalogRepository::CatalogRepository(Database &db) : m_db(db), m_store(db) {}

Result<QList<commercial::CatalogPart>> CatalogRepository::search(const QString &text,
                                                                 const QString &model, int limit)
{
    // Parts without models fit every model; models is a space separated list.
    auto statement = m_db.prepare(
        "SELECT doc_id FROM part_rows WHERE search LIKE ?1 ESCAPE '\\' "
        "AND (?2 = '' OR models = '' OR (' ' || models || ' ') LIKE '% ' || ?2 || ' %') "
        "ORDER BY part_number LIMIT ?3");
    if (!statement)
        return statement.error();
    statement->bind(1, likePattern(text)).bind(2, model.trimmed()).bind(3, limit);
    QStringList ids;
    if (Status read = statement->forEachRow([&] { ids << statement->text(0); }); !read)
        return read.error();
    QList<commercial::CatalogPart> parts;
    for (const QString &id : std::as_const(ids)) {
        auto document = m_store.get(id);
        if (!document)
            return document.error();
        if (!document->has_value())
            continue;
        auto part = commercial::CatalogPart::fromJson(**document);
        if (!part)
            return part.error();
        parts.append(std::move(part).value());
    }
    return parts;
}

Result<commercial::CatalogPart> CatalogRepository::part(const QString &partNumber)
{
    auto statement = m_db.cached("SELECT doc_id FROM part_rows WHERE part_number = ?1");
    if (!statement)
        return statement.error();
    (*statement)->reset();
    (*statement)->bind(1, partNumber.trimmed());
    auto row = (*statement)->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorKind::NotFound,
                         tr("Part %1 is not in the catalog; check the number or sync the catalog.")
                             .arg(partNumber));
    const QString id = (*statement)->text(0);
    (*statement)->reset();
    auto document = m_store.get(id);
    if (!document)
        return document.error();
    if (!document->has_value())
        return makeError(ErrorKind::NotFound, tr("Part %1 is not in the catalog.").arg(partNumber));
    return commercial::CatalogPart::fromJson(**document);
}

Result<commercial::RegionPricing> CatalogRepository::pricing(Region region)
{
    const auto &policy = commercial::CommercialPolicy::defaults();
    if (!policy)
        return policy.error();
    auto pricing = policy->pricing(region);
    if (!pricing)
        return pricing.error();
    auto statement = m_db.prepare("SELECT body FROM docs WHERE type = 'rate' AND deleted = 0 "
                                  "AND json_extract(body, '$.region') = ?1 ORDER BY id LIMIT 1");
    if (!statement)
        return statement.error();
    statement->bind(1, toString(region));
    auto row = statement->step();
    if (!row)
        return row.error();
    if (*row) {
        const QJsonDocument document = QJsonDocument::fromJson(statement->bytes(0));
        if (Status applied = pricing->applyRateDocument(document.object()); !applied)
            return applied.error();
    }
    return pricing;
}

} // namespace fb::storage
