#pragma once

// Documents (hq-sync.md §2) stored as JSON, one row each, with their revision
// history, an outbox of local changes for sync, and the indexed columns that
// lists query. Every write is one transaction covering all of these.

#include "domain/result.h"
#include "storage/sqlite_database.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace fb::storage {

class DocumentStore
{
public:
    explicit DocumentStore(Database &db);

    // The current revision, or nullopt when there is no such (live) document.
    Result<std::optional<QJsonObject>> get(const QString &id);

    // Writes a local edit. A document carrying `_rev` must match the stored
    // revision (someone else may have changed it since it was read); a new one
    // must not exist yet. Returns the stored document with its new `_rev`.
    Result<QJsonObject> put(const QJsonObject &document);

    // Writes many local documents in one transaction (the demo generator):
    // call add() for each, then commit(); destroying it uncommitted rolls back.
    class BulkWriter
    {
    public:
        // `queueForSync` false: documents that must never reach HQ (demo data).
        BulkWriter(DocumentStore &store, bool queueForSync)
            : m_store(store), m_transaction(store.m_db), m_queueForSync(queueForSync)
        {
        }
        Status add(const QJsonObject &document);
        Status commit();

    private:
        DocumentStore &m_store;
        Transaction m_transaction;
        bool m_queueForSync;
    };

    Result<QList<QJsonObject>> allOfType(const QString &type);
    Result<int> countOfType(const QString &type);
    Result<int> pendingChanges();

private:
    Status writeOne(const QJsonObject &document, bool checkRevision, bool queueForSync,
                    QJsonObject *stored);

    Database &m_db;
};

// The next revision id, CouchDB style: "<generation>-<md5 of the body>".
QString nextRevision(const QString &previousRevision, const QByteArray &body);

} // namespace fb::storage
