#pragma once

// One function per command group; each lives in its own file here.

#include "cli/command_registry.h"

namespace fb::cli {

CommandGroup demoCommands();
CommandGroup ticketCommands();
CommandGroup dbCommands();
CommandGroup warrantyCommands();
CommandGroup quoteCommands();
CommandGroup diagCommands();
CommandGroup syncCommands();
CommandGroup slaCommands();
CommandGroup manualsCommands();

} // namespace fb::cli
