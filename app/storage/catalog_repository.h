#pragma once

// The parts catalog and pricing: `part` documents searched by number or
// text (optionally only parts that fit a model), and a region's pricing from
// the policy file, overridden by HQ's `rate` document for the region.

#include "domain/commercial/catalog_part.h"
#include "domain/commercial/commercial_policy.h"
#include "domain/result.h"
#include "storage/document_store.h"

#include <QList>
#include <QString>

namespace fb::storage {

class CatalogRepository
{
public:
    explicit CatalogRepository(Database &db);

    // Free text over part number and description; `model` a wire name or empty.
    Result<QList<commercial::CatalogPart>> search(const QString &text, const QString &model = {},
                                                  int limit = 100);
    Result<commercial::CatalogPart> part(const QString &partNumber);
    Result<commercial::RegionPricing> pricing(Region region);

private:
    Database &m_db;
    DocumentStore m_store;
};

} // namespace fb::storage
