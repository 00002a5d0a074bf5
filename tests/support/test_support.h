#pragma once

// Shared helpers for the Qt Test suite: real temporary workspaces on disk.

#include "storage/workspace.h"

#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace fb::test {

// Creates a fresh workspace file in `dir`; fails the calling test on error.
std::unique_ptr<storage::Workspace> createWorkspace(const QTemporaryDir &dir, int demoTickets = 0,
                                                    quint64 seed = 7);

// A minimal valid ticket document "ticket:<key>" (site "site:s1").
QJsonObject ticketBody(const QString &key, const QString &number, const QString &summary);

// The ticket search index (schema v8) is consistent, holds one entry per
// ticket, and finds every ticket by its whole current text (FTS5's
// integrity-check alone does not compare with external content).
bool ticketSearchIndexInStep(storage::Database &db);

// Path to a file under tests/data.
QString dataPath(const QString &relative);

// SHA-256 of a file's bytes, to prove a file was left untouched.
QByteArray fileDigest(const QString &path);

} // namespace fb::test
