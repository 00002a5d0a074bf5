#pragma once

// A thin RAII layer over the SQLite C API. Only prepared statements with bound
// parameters run user data; errors come back as values with SQLite's text.

#include "domain/result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <unordered_map>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace fb::storage {

class Statement;

class Statement
{
public:
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &value); // as text (UTF-8)
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement &bind(int index, double value);
    Statement &bindNull(int index);

    // true: a row is ready; false: done. Errors come back as values.
    Result<bool> step();
    Status run(); // step until done
    // Steps through every row, calling `onRow` while the statement is on it.
    Status forEachRow(const std::function<void()> &onRow);
    void reset();
    // Ends the current execution (releasing its read snapshot), keeps bindings.
    void release();

    QString text(int column) const;
    QByteArray bytes(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    int columnCount() const;

private:
    friend class Database;
    Statement(sqlite3_stmt *stmt, sqlite3 *db) : m_stmt(stmt), m_db(db) {}
    sqlite3_stmt *m_stmt = nullptr;
    sqlite3 *m_db = nullptr;
};

class CachedStatement
{
public:
    explicit CachedStatement(Statement *statement) : m_statement(statement) {}
    ~CachedStatement();
    CachedStatement(CachedStatement &&other) noexcept
        : m_statement(std::exchange(other.m_statement, nullptr))
    {}
    CachedStatement &operator=(CachedStatement &&other) noexcept;
    CachedStatement(const CachedStatement &) = delete;
    CachedStatement &operator=(const CachedStatement &) = delete;

    Statement *operator->() const { return m_statement; }
    Statement &operator*() const { return *m_statement; }

private:
    Statement *m_statement;
};

class Database
{
public:
    enum class Mode
    {
        ReadWrite,
        ReadOnly
    };

    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens an existing file (or creates it with `create`), never via URI tricks.
    static Result<Database> open(const QString &path, Mode mode, bool create);

    Status exec(const char *sql);
    Result<Statement> prepare(const char *sql);
    // A statement prepared once per connection and reused (reset, bindings
    // cleared) on every call; `sql` must be a string literal. The handle
    // resets the statement when it goes out of scope, so no half-read result
    // keeps a read transaction (and an old snapshot) open on the connection.
    Result<CachedStatement> cached(const char *sql);
    // Convenience for single-value queries such as PRAGMAs.
    Result<QVariant> scalar(const char *sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    QString lastErrorMessage() const;
    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }

private:
    Database(sqlite3 *db, QString path);
    void close();
    sqlite3 *m_db = nullptr;
    QString m_path;
    std::unique_ptr<std::unordered_map<const char *, Statement>> m_cache;
};

// Rolls back unless committed; nested use is not supported on purpose.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &began() const { return m_began; }
    Status commit();

private:
    Database &m_db;
    Status m_began;
    bool m_done = false;
};

} // namespace fb::storage
