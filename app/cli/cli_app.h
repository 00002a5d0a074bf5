#pragma once

#include <QStringList>
#include <QTextStream>

namespace fb::cli {

// The command line with the global options (cli.md) taken out; they may
// stand anywhere, before or after the command.
struct GlobalOptions
{
    bool json = false;
    bool help = false;    // --help or -h
    bool version = false; // --version
    QString dataDir;
    QString lang;
    QString missingValue; // an option that needs a value, given without one
    QStringList rest;     // the command and its own arguments
};
GlobalOptions splitGlobalOptions(const QStringList &arguments);

// Runs fieldbench-cli with `arguments` (argv without the program name) and
// returns the exit code of cli.md.
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace fb::cli
