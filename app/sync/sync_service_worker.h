#pragma once

// Internal to SyncService (sync_service*.cpp): the state of its worker
// thread, which has its own connection to the workspace file.

#include "domain/result.h"
#include "storage/workspace.h"
#include "sync/sync_service.h"

#include <QCoreApplication>

#include <memory>

namespace fb::sync {

struct SyncService::Worker
{
    QString path;
    std::unique_ptr<storage::Workspace> workspace;

    // The workspace at `wanted`, opened once and kept while it stays the same.
    Result<storage::Workspace *> open(const QString &wanted)
    {
        if (wanted.isEmpty())
            return makeError(ErrorKind::Data, QCoreApplication::translate("fb::sync::SyncService",
                                                                          "No workspace is open."));
        if (!workspace || path != wanted) {
            workspace.reset();
            auto opened =
                storage::Workspace::open(wanted, storage::Workspace::OpenMode::OpenExisting);
            if (!opened)
                return opened.error();
            workspace = std::move(*opened);
            path = wanted;
        }
        return workspace.get();
    }
};

// A demo workspace (meta `demo_seed`) is never synced.
inline bool isDemoWorkspace(storage::Workspace &ws)
{
    auto seed = ws.metaValue(QStringLiteral("demo_seed"));
    return seed && !seed->isEmpty();
}

} // namespace fb::sync
