#pragma once

// Indexed columns of `quote` and `part` documents (schema version 5), kept in
// step by updateIndex inside the writing transaction.

#include "domain/result.h"

#include <QJsonObject>

namespace fb::storage {

class Database;

Status indexQuote(Database &db, const QJsonObject &quote);
Status indexPart(Database &db, const QJsonObject &part);

} // namespace fb::storage
