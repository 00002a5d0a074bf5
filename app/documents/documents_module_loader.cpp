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

bool matchesThisBuild(const DocumentsModule &module)
{
    const DocumentsModule expected = expectedDocumentsModuleLayout();
    return module.apiVersion == expected.apiVersion &&
           module.quoteInputSize == expected.quoteInputSize &&
           module.reportInputSize == expected.reportInputSize &&
           qstrcmp(module.version, expected.version) == 0 && module.createApplication &&
           module.renderQuotePdf && module.renderServiceReportPdf && module.isReadablePng;
}

Result<const DocumentsModule *> load()
{
    auto table =
        modules::loadModuleTable(u"fieldbench-documents.so"_s, "fieldbench_documents_module");
    if (!table)
        return makeError(ErrorKind::Data,
                         tr("The documents module could not be loaded (%1). Reinstall "
                            "Fieldbench to print documents and read signatures.")
                             .arg(table.error().message));
    const auto *module = static_cast<const DocumentsModule *>(*table);
    if (!module || !matchesThisBuild(*module))
        return makeError(ErrorKind::Data,
                         tr("The documents module in %1 does not belong to this version of "
                            "Fieldbench. Reinstall Fieldbench to print documents and read "
                            "signatures.")
                             .arg(modules::moduleFolder()));
    qCDebug(lcDocuments) << "documents module loaded from" << modules::moduleFolder();
    return module;
}

} // namespace

DocumentsModule expectedDocumentsModuleLayout()
{
    return DocumentsModule{kDocumentsModuleApiVersion,
                           sizeof(QuoteDocumentInput),
                           sizeof(ServiceReportInput),
                           FIELDBENCH_VERSION,
                           nullptr,
                           nullptr,
                           nullptr,
                           nullptr};
}

Result<const DocumentsModule *> loadDocumentsModule()
{
    // Loaded once, by whichever thread asks first.
    static const Result<const DocumentsModule *> module = load();
    return module;
}

} // namespace fb::documents
