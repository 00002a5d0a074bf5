#include "storage/workspace.h"

#include "storage/migrations.h"
#include "storage/storage_log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace fb::storage {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::storage::Workspace", text);
}

// A SQLite file starts with this 16-byte header; anything else is not ours.
Status checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Data,
                         tr("Cannot read the workspace %1: %2").arg(path, file.errorString()));
    if (file.size() == 0)
        return {};
    const QByteArray header = file.read(16);
    if (header != QByteArrayLiteral("SQLite format 3\0"))
        return makeError(ErrorKind::Data,
                         tr("%1 is not a Fieldbench workspace or is damaged. It was left "
                            "untouched; open another workspace or restore a backup.")
                             .arg(path));
    return {};
}

Error damaged(const QString &path, const QString &detail)
{
    return makeError(ErrorKind::Data,
                     tr("The workspace %1 is damaged (%2). It was left untouched; restore a "
                        "backup or create a new workspace.")
                         .arg(path, detail));
}

} // namespace

QString Workspace::defaultPath()
{
    return pathInDirectory(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

QString Workspace::pathInDirectory(const QString &directory)
{
    return QDir(directory).filePath(u"workspace.fieldbench"_s);
}

Status Workspace::configure(Database &db)
{
    auto mode = db.scalar("PRAGMA journal_mode = WAL");
    if (!mode)
        return mode.error();
    if (Status s = db.exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;"); !s)
        return s;
    return {};
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, OpenMode mode)
{
    const bool exists = QFileInfo::exists(path);
    if (!exists && mode == OpenMode::OpenExisting)
        return makeError(ErrorKind::NotFound,
                         tr("No workspace at %1. Create one with \"demo init\" or start the "
                            "app to set one up.")
                             .arg(path));
    if (exists) {
        if (Status header = checkHeader(path); !header)
            return header.error();
    } else {
        QDir().mkpath(QFileInfo(path).absolutePath());
    }

    auto opened = Database::open(path, Database::Mode::ReadWrite, true);
    if (!opened)
        return opened.error();
    Database db = std::move(opened).value();

    // Read what the file is before writing anything to it.
    auto version = db.scalar("PRAGMA user_version");
    auto appId = db.scalar("PRAGMA application_id");
    auto tables = db.scalar("SELECT count(*) FROM sqlite_master");
    if (!version || !appId || !tables)
        return damaged(path, !version ? version.error().message
                             : !appId ? appId.error().message
                                      : tables.error().message);
    const int fileVersion = version->toInt();
    const int fileAppId = appId->toInt();
    if (fileAppId != 0 && fileAppId != kApplicationId)
        return makeError(ErrorKind::Data,
                         tr("%1 is an SQLite file of another program, not a Fieldbench "
                            "workspace. It was left untouched.")
                             .arg(path));
    if (fileVersion == 0 && tables->toInt() > 0)
        return makeError(ErrorKind::Data,
                         tr("%1 holds tables but is not a Fieldbench workspace. It was left "
                            "untouched.")
                             .arg(path));
    if (fileVersion > kCurrentSchemaVersion)
        return makeError(ErrorKind::Data,
                         tr("The workspace %1 was written by a newer Fieldbench (schema %2; this "
                            "version reads up to %3). Update Fieldbench to open it; the file was "
                            "left untouched.")
                             .arg(path)
                             .arg(fileVersion)
                             .arg(kCurrentSchemaVersion));

    std::unique_ptr<Workspace> workspace(new Workspace(std::move(db), path));
    if (fileVersion > 0 && fileVersion < kCurrentSchemaVersion) {
        // Keep a consistent copy of the old file in case the upgrade goes wrong.
        workspace->m_backupPath = u"%1.schema%2.bak"_s.arg(path).arg(fileVersion);
        QFile::remove(workspace->m_backupPath);
        auto vacuum = workspace->m_db.prepare("VACUUM INTO ?1");
        if (!vacuum)
            return vacuum.error();
        vacuum->bind(1, workspace->m_backupPath);
        if (Status copied = vacuum->run(); !copied)
            return makeError(ErrorKind::Data,
                             tr("Could not back up the workspace before upgrading it: %1")
                                 .arg(copied.error().message));
        qCInfo(lcStorage) << "backed up schema" << fileVersion << "workspace to"
                          << workspace->m_backupPath;
    }
    if (Status configured = configure(workspace->m_db); !configured)
        return damaged(path, configured.error().message);
    if (fileVersion < kCurrentSchemaVersion) {
        if (Status migrated = migrate(workspace->m_db, fileVersion); !migrated)
            return makeError(ErrorKind::Data,
                             tr("Upgrading the workspace failed: %1. The previous state is "
                                "unchanged.")
                                 .arg(migrated.error().message));
    }
    workspace->m_schemaVersion = kCurrentSchemaVersion;
    return workspace;
}

Result<Database> Workspace::openConnection() const
{
    auto opened = Database::open(m_path, Database::Mode::ReadWrite, false);
    if (!opened)
        return opened.error();
    if (Status configured = configure(*opened); !configured)
        return configured.error();
    return opened;
}

Result<IntegrityReport> Workspace::checkIntegrity()
{
    auto statement = m_db.prepare("PRAGMA integrity_check");
    if (!statement)
        return statement.error();
    QStringList findings;
    if (Status read = statement->forEachRow([&] { findings << statement->text(0); }); !read)
        return read.error();
    auto fk = m_db.prepare("PRAGMA foreign_key_check");
    if (!fk)
        return fk.error();
    if (Status read = fk->forEachRow([&] {
            findings
                << u"foreign key violation in %1 row %2"_s.arg(fk->text(0)).arg(fk->integer(1));
        });
        !read)
        return read.error();
    if (findings.size() > 1)
        findings.removeAll(u"ok"_s);
    IntegrityReport report;
    report.integrity = findings.join(u"; "_s);
    report.ok = report.integrity == "ok"_L1;
    report.schemaVersion = m_schemaVersion;
    return report;
}

Result<QString> Workspace::metaValue(const QString &key)
{
    auto statement = m_db.prepare("SELECT value FROM meta WHERE key = ?1");
    if (!statement)
        return statement.error();
    statement->bind(1, key);
    auto row = statement->step();
    if (!row)
        return row.error();
    return *row ? statement->text(0) : QString();
}

Status Workspace::setMetaValue(const QString &key, const QString &value)
{
    auto statement = m_db.prepare(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = ?2");
    if (!statement)
        return statement.error();
    statement->bind(1, key).bind(2, value);
    return statement->run();
}

} // namespace fb::storage
