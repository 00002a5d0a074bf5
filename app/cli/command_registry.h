#pragma once

#include "cli/cli_context.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace fb::cli {

struct CommandGroup
{
    QString name;     // first word: "tickets"
    QString usage;    // translated usage lines for --help
    // `args` are the words after the group name, global options removed.
    std::function<int(CliContext &, const QStringList &args)> run;
};

// Every command group, in help order. Defined in commands/command_list.cpp.
QList<CommandGroup> allCommandGroups();

} // namespace fb::cli
