#pragma once

// Parts of the app loaded on first use instead of at start-up: the Qt Gui
// side of customer documents (documents/documents_module.h) and the system
// keychain (sync/keychain_module.h). Each brings libraries of its own that
// would otherwise be loaded, and their symbols bound, at every start of the
// CLI, though few commands need them. Modules are installed in lib/fieldbench;
// the build tree mirrors that layout beside the programs.

#include "domain/result.h"

#include <QString>

#include <cstddef>

namespace fb::modules {

// The first member of every module's table of functions. The module and the
// program are built together from one source tree; a module whose header
// differs (another build) is refused, never called.
struct ModuleHeader
{
    int apiVersion;
    const char *version; // FIELDBENCH_VERSION
    std::size_t layout;  // a size the table's layout depends on, e.g. sizeof(table)

    friend bool operator==(const ModuleHeader &a, const ModuleHeader &b);
};

// $FIELDBENCH_MODULE_DIR when set (tests, relocated installs), else the
// installed folder found from the program's own folder.
QString moduleFolder();

// Loads `fileName` from moduleFolder() (it stays loaded for the process's
// life) and returns what its entry point, a C function without arguments,
// returns: the module's table, which starts with a header equal to
// `expected`. The error says why in the loader's words; callers put it into
// a message of their own.
Result<const ModuleHeader *> loadModuleTable(const QString &fileName, const char *entryPoint,
                                             const ModuleHeader &expected);

// The same for a table type whose first member is its ModuleHeader `header`.
template<class Table>
Result<const Table *> loadModule(const QString &fileName, const char *entryPoint,
                                 const ModuleHeader &expected)
{
    auto header = loadModuleTable(fileName, entryPoint, expected);
    if (!header)
        return header.error();
    return reinterpret_cast<const Table *>(*header);
}

} // namespace fb::modules
