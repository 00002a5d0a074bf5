#include "storage/sqlite_database.h"

#include "storage/sqlite_memory.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlite3.h>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace fb::storage {
namespace {

Error sqliteError(sqlite3 *db, const char *what)
{
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : u"out of memory"_s;
    return makeError(ErrorKind::Data,
                     QCoreApplication::translate("fb::storage", "Database error while %1: %2")
                         .arg(QLatin1StringView(what), detail));
}

} // namespace

Database::Database(sqlite3 *db, QString path)
    : m_db(db), m_path(std::move(path)),
      m_cache(std::make_unique<std::unordered_map<const char *, Statement>>())
{}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (m_cache)
        m_cache->clear(); // finalize before closing
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)),
      m_cache(std::move(other.m_cache))
{}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_cache = std::move(other.m_cache);
    }
    return *this;
}

CachedStatement::~CachedStatement()
{
    if (m_statement)
        m_statement->release();
}

CachedStatement &CachedStatement::operator=(CachedStatement &&other) noexcept
{
    if (this != &other) {
        if (m_statement)
            m_statement->release();
        m_statement = std::exchange(other.m_statement, nullptr);
    }
    return *this;
}

Result<CachedStatement> Database::cached(const char *sql)
{
    auto found = m_cache->find(sql);
    if (found == m_cache->end()) {
        auto prepared = prepare(sql);
        if (!prepared)
            return prepared.error();
        found = m_cache->emplace(sql, std::move(prepared).value()).first;
    }
    found->second.reset();
    return CachedStatement(&found->second);
}

Result<Database> Database::open(const QString &path, Mode mode, bool create)
{
    // SQLite's memory statistics take one process-wide mutex on every
    // allocation, which a sync's writer and its search index builder contend
    // on; nothing here reads them. Only possible before SQLite initialises.
    static const bool statisticsOff = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    Q_UNUSED(statisticsOff);
    static const bool arena = useSqliteMemory();
    Q_UNUSED(arena);
    int flags = SQLITE_OPEN_NOMUTEX;
    flags |= mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (create && mode == Mode::ReadWrite)
        flags |= SQLITE_OPEN_CREATE;
    if (!create && !QFile::exists(path))
        return makeError(
            ErrorKind::NotFound,
            QCoreApplication::translate("fb::storage", "No workspace file at %1.").arg(path));
    sqlite3 *db = nullptr;
    const QByteArray encoded = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(encoded.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error error = sqliteError(db, "opening the workspace");
        sqlite3_close_v2(db);
        return error;
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 5000);
    return Database(db, path);
}

Status Database::exec(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString detail = message ? QString::fromUtf8(message) : QString();
        sqlite3_free(message);
        return makeError(
            ErrorKind::Data,
            QCoreApplication::translate("fb::storage", "Database error: %1").arg(detail));
    }
    return {};
}

Result<Statement> Database::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return sqliteError(m_db, "preparing a query");
    }
    return Statement(stmt, m_db);
}

Result<QVariant> Database::scalar(const char *sql)
{
    auto statement = prepare(sql);
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row || statement->isNull(0))
        return QVariant();
    const int type = sqlite3_column_type(statement->m_stmt, 0);
    if (type == SQLITE_INTEGER)
        return QVariant(statement->integer(0));
    if (type == SQLITE_FLOAT)
        return QVariant(statement->real(0));
    return QVariant(statement->text(0));
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}
int Database::changes() const
{
    return sqlite3_changes(m_db);
}
QString Database::lastErrorMessage() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_db(other.m_db)
{}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = other.m_db;
    }
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    return bind(index, value.toUtf8());
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    sqlite3_bind_text64(m_stmt, index, value.constData(), static_cast<sqlite3_uint64>(value.size()),
                        SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return sqliteError(m_db, "running a query");
}

Status Statement::run()
{
    for (;;) {
        auto row = step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
    }
}

Status Statement::forEachRow(const std::function<void()> &onRow)
{
    for (;;) {
        auto row = step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        onRow();
    }
}

void Statement::release()
{
    sqlite3_reset(m_stmt);
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QString::fromUtf8(data, size) : QString();
}

QByteArray Statement::bytes(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArray(data, size) : QByteArray();
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}
double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}
bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}
int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

Transaction::Transaction(Database &db) : m_db(db), m_began(db.exec("BEGIN IMMEDIATE")) {}

Transaction::~Transaction()
{
    if (!m_done && m_began.ok())
        (void)m_db.exec("ROLLBACK"); // nothing more to do if even this fails
}

Status Transaction::commit()
{
    if (!m_began.ok())
        return m_began;
    m_done = true;
    return m_db.exec("COMMIT");
}

} // namespace fb::storage
