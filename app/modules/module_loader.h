#pragma once

// Parts of the app loaded on first use instead of at start-up: the Qt Gui
// side of customer documents (documents/documents_module.h) and the system
// keychain (sync/keychain_module.h). Each brings libraries of its own that
// would otherwise be loaded, and their symbols bound, at every start of the
// CLI, though few commands need them. Modules are installed in lib/fieldbench;
// the build tree mirrors that layout beside the programs.

#include "domain/result.h"

#include <QString>

namespace fb::modules {

// $FIELDBENCH_MODULE_DIR when set (tests, relocated installs), else the
// installed folder found from the program's own folder.
QString moduleFolder();

// Loads `fileName` from moduleFolder() (it stays loaded for the process's
// life) and returns what its entry point, a C function without arguments,
// returns: the module's table of functions. The error says why in the
// loader's words; callers put it into a message of their own.
Result<const void *> loadModuleTable(const QString &fileName, const char *entryPoint);

} // namespace fb::modules
