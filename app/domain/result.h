#pragma once

// Errors at library boundaries are values: every operation that can fail
// returns a Result carrying either its value or an Error a user can act on.

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace fb {

enum class ErrorKind {
    Usage,      // bad arguments or input from the caller
    Rule,       // refused by a business rule (workflow, approval, ...)
    NotFound,   // the named thing does not exist
    Data,       // bad file, corrupt workspace, malformed document
    Device,     // device or link error
    Network,    // HQ or network error
    Auth,       // a server refused the credentials or the access (HTTP 401/403)
    Check,      // a check or verification failed
};

struct Error
{
    ErrorKind kind = ErrorKind::Data;
    QString message;
};

inline Error makeError(ErrorKind kind, QString message)
{
    return Error{kind, std::move(message)};
}

template<class T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace fb
