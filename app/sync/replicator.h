#pragma once

// One sync run with HQ (hq-sync.md §3): pull `catalog`, pull and push
// `tech-<id>`, with the CouchDB replication protocol. Blocking; run it in a
// worker thread with the worker's own SQLite connection.

#include "domain/result.h"
#include "storage/sqlite_database.h"

#include <QJsonArray>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>

namespace fb::sync {

struct SyncConfig
{
    QUrl url;
    QString techId;
    QString user;
    QString password;
    QString caFile;
    QString proxy;
    int batchSize = 1000;
    int timeoutMs = 60000;
    int retries = 3;
    int backoffMs = 250;
    bool pullCatalog = true;
    // A first pull of a technician's database with at least this many
    // documents, more than the workspace has tickets, fills the ticket
    // search index once at the end instead of row by row.
    int searchIndexRebuildFrom = 1000;
};

struct SyncProgress
{
    QString database;
    qint64 done = 0;
    qint64 total = 0; // 0 when not known yet
};

struct SyncReport
{
    int pulled = 0;
    int pushed = 0;
    int conflictsResolved = 0;
    int needsAttention = 0;
    double seconds = 0;
    QJsonArray rejected;  // [{"id", "rev", "reason"}] documents not imported or refused by HQ
    QJsonArray conflicts; // [{"id", "rule"}]
};

class Replicator
{
public:
    Replicator(storage::Database &db, SyncConfig config);

    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    void setProgressHandler(std::function<void(const SyncProgress &)> handler)
    {
        m_progress = std::move(handler);
    }

    // Runs the whole sync and records it in the sync log, good or bad.
    Result<SyncReport> run();

private:
    storage::Database &m_db;
    SyncConfig m_config;
    const std::atomic<bool> *m_cancel = nullptr;
    std::function<void(const SyncProgress &)> m_progress;
};

// Validates an HQ document with the domain's readers before it is imported.
Status validateRemoteDocument(const QJsonObject &document);

} // namespace fb::sync
