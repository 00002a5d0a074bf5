#include "documents/documents_module.h"

#include "documents/documents_log.h"
#include "modules/module_loader.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace fb::documents {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::documents::DocumentsModule", text);
}

Result<const DocumentsModule *> load()
{
    auto module = modules::loadModule<DocumentsModule>(
        u"fieldbench-documents.so"_s, "fieldbench_documents_module", kDocumentsModuleHeader);
    if (!module)
        return makeError(ErrorKind::Data,
                         tr("The documents module could not be loaded (%1). Reinstall "
                            "Fieldbench to print documents and read signatures.")
                             .arg(module.error().message));
    qCDebug(lcDocuments) << "documents module loaded from" << modules::moduleFolder();
    return *module;
}

} // namespace

Result<const DocumentsModule *> loadDocumentsModule()
{
    // Loaded once, by whichever thread asks first.
    static const Result<const DocumentsModule *> module = load();
    return module;
}

} // namespace fb::documents
