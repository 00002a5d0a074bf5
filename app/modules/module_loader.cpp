#include "modules/module_loader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

using namespace Qt::Literals::StringLiterals;

namespace fb::modules {
namespace {

QString programFolder()
{
    // A module may be loaded before the application object exists (the
    // documents module makes that object), when applicationDirPath() cannot
    // answer yet.
    if (QCoreApplication::instance())
        return QCoreApplication::applicationDirPath();
    return QFileInfo(QFileInfo(u"/proc/self/exe"_s).symLinkTarget()).absolutePath();
}

} // namespace

QString moduleFolder()
{
    const QString configured = qEnvironmentVariable("FIELDBENCH_MODULE_DIR");
    if (!configured.isEmpty())
        return configured;
    return QDir::cleanPath(programFolder() + u'/' + QStringLiteral(FIELDBENCH_MODULE_RELATIVE_DIR));
}

bool operator==(const ModuleHeader &a, const ModuleHeader &b)
{
    return a.apiVersion == b.apiVersion && qstrcmp(a.version, b.version) == 0 &&
           a.layout == b.layout;
}

Result<const ModuleHeader *> loadModuleTable(const QString &fileName, const char *entryPoint,
                                             const ModuleHeader &expected)
{
    // Never unloaded: the module's functions and objects (an application
    // object, say) may be in use until the process ends.
    auto *library = new QLibrary(moduleFolder() + u'/' + fileName);
    if (!library->load())
        return makeError(ErrorKind::Data, library->errorString());
    using Entry = const ModuleHeader *(*)();
    const auto entry = reinterpret_cast<Entry>(library->resolve(entryPoint));
    if (!entry)
        return makeError(
            ErrorKind::Data,
            QCoreApplication::translate("fb::modules::ModuleLoader", "%1 has no entry point %2.")
                .arg(library->fileName(), QString::fromLatin1(entryPoint)));
    const ModuleHeader *header = entry();
    if (!header || !(*header == expected))
        return makeError(ErrorKind::Data,
                         QCoreApplication::translate("fb::modules::ModuleLoader",
                                                     "%1 belongs to another build of Fieldbench.")
                             .arg(library->fileName()));
    return header;
}

} // namespace fb::modules
