#pragma once

// What every command gets: the global options, output streams and the
// workspace (opened on first use, so commands that need none stay fast).

#include "domain/result.h"
#include "storage/workspace.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace fb::cli {

enum ExitCode {
    ExitOk = 0,
    ExitCheckFailed = 1,
    ExitUsage = 2,
    ExitDevice = 3,
    ExitNetwork = 4,
    ExitData = 5,
};

int exitCodeFor(ErrorKind kind);

class CliContext
{
public:
    CliContext(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    QString dataDir;  // empty: platform default
    bool json = false;
    QString lang;

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    QString workspacePath() const;
    // Opens (and with `create`, creates) the workspace once per run.
    Result<storage::Workspace *> workspace(bool create = false);

    // Prints one JSON document on stdout.
    void printJson(const QJsonValue &value);
    // Prints the one clear stderr line and returns the matching exit code.
    int fail(const Error &error);
    int fail(ErrorKind kind, const QString &message) { return fail(Error{kind, message}); }

private:
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<storage::Workspace> m_workspace;
};

} // namespace fb::cli
