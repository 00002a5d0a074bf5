#pragma once

// The technician's workspace: one SQLite file (WAL, foreign keys on) holding
// every document. Opening refuses files that are not workspaces, are damaged
// or were written by a newer Fieldbench, and leaves them untouched.

#include "domain/result.h"
#include "storage/sqlite_database.h"

#include <QString>

#include <memory>

namespace fb::storage {

struct IntegrityReport
{
    bool ok = false;
    QString integrity; // "ok" or SQLite's findings
    int schemaVersion = 0;
};

class Workspace
{
public:
    enum class OpenMode {
        OpenExisting,  // refuse when no file is there
        CreateIfMissing,
    };

    static Result<std::unique_ptr<Workspace>> open(const QString &path, OpenMode mode);

    // <app-data>/workspace.fieldbench, or <dir>/workspace.fieldbench for --data-dir.
    static QString defaultPath();
    static QString pathInDirectory(const QString &directory);

    // A further connection for a worker thread; SQLite connections are per thread.
    Result<Database> openConnection() const;

    Database &db() { return m_db; }
    const QString &path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    // The backup taken before the last migration, if one ran.
    const QString &migrationBackupPath() const { return m_backupPath; }

    Result<IntegrityReport> checkIntegrity();

    Result<QString> metaValue(const QString &key);
    Status setMetaValue(const QString &key, const QString &value);

private:
    Workspace(Database db, QString path) : m_db(std::move(db)), m_path(std::move(path)) {}
    static Status configure(Database &db);

    Database m_db;
    QString m_path;
    int m_schemaVersion = 0;
    QString m_backupPath;
};

} // namespace fb::storage
