#pragma once

// Keeps the indexed columns (ticket_rows, device_rows, …) in step with the
// documents they are read from. Called inside the writing transaction.

#include "domain/result.h"

#include <QJsonObject>

namespace fb::storage {

class Database;

Status updateIndex(Database &db, const QJsonObject &document);

} // namespace fb::storage
