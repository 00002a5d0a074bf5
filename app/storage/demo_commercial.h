#pragma once

// Demo data of the commercial side: the parts catalog, HQ rate documents for
// both regions and a few draft quotes for out-of-warranty tickets. Runs
// inside the demo's bulk transaction, after the tickets were added.

#include "domain/result.h"
#include "storage/document_store.h"

#include <QDateTime>

namespace fb::storage {

Status addCommercialDemo(Database &db, DocumentStore::BulkWriter &writer, const QDateTime &anchor);

} // namespace fb::storage
