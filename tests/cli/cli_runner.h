#pragma once

// Runs the real fieldbench-cli binary and captures what it prints.

#include <QByteArray>
#include <QJsonDocument>
#include <QStringList>

namespace fb::test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

CliRun runCli(const QStringList &arguments, const QByteArray &stdinData = {});

} // namespace fb::test
