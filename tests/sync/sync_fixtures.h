#pragma once

// Documents and helpers shared by the sync tests.

#include "storage/workspace.h"
#include "sync/replicator.h"

#include <QJsonObject>
#include <QString>

namespace fb::test {

QJsonObject makeTicket(const QString &key, const QString &number);
QJsonObject makeQuote(const QString &key, const QString &ticketId);
// `quote` approved by `signer` with `total`: two of these with different
// signers are the conflict a person settles (hq-sync.md §4).
QJsonObject approved(QJsonObject quote, const QString &signer, const QString &total);

// Runs one sync of `workspace` against `url` for technician `tech`.
Result<sync::SyncReport> syncOnce(storage::Database &db, const QString &url, const QString &tech,
                                  int batchSize = 1000, const QString &user = {},
                                  const QString &password = {});

// The stored (current) document, or an empty object.
QJsonObject localDocument(storage::Database &db, const QString &id);
int localCount(storage::Database &db, const char *sqlCount);

} // namespace fb::test
