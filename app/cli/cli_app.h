#pragma once

#include <QStringList>
#include <QTextStream>

namespace fb::cli {

// Runs fieldbench-cli with `arguments` (argv without the program name) and
// returns the exit code of cli.md.
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace fb::cli
