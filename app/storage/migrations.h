#pragma once

// Schema migrations, numbered by PRAGMA user_version. Each runs in its own
// transaction that also bumps user_version, so a crash leaves the old or the
// new schema, never half of one.

#include "domain/result.h"

namespace fb::storage {

class Database;

inline constexpr int kCurrentSchemaVersion = 8;
// 'FBWS': marks the file as a Fieldbench workspace.
inline constexpr int kApplicationId = 0x46425753;

// Migrates from `fromVersion` (0 = empty file) up to kCurrentSchemaVersion.
Status migrate(Database &db, int fromVersion);

// Migrates only up to `targetVersion`; tests use it to build older fixtures.
Status migrateTo(Database &db, int fromVersion, int targetVersion);

} // namespace fb::storage
