#include "cli/command_registry.h"
#include "cli/commands/commands.h"

namespace fb::cli {

QList<CommandGroup> allCommandGroups()
{
    return {
        demoCommands(),
        ticketCommands(),
        dbCommands(),
        warrantyCommands(),
        quoteCommands(),
        diagCommands(),
        syncCommands(),
        slaCommands(),
        manualsCommands(),
    };
}

} // namespace fb::cli
