// A documents module from another build of Fieldbench: the right entry point
// and layout, another version. The CLI must refuse it rather than call it.

#include "documents/documents_module.h"

extern "C" Q_DECL_EXPORT const fb::modules::ModuleHeader *fieldbench_documents_module()
{
    using namespace fb::documents;
    static const DocumentsModule module{
        {kDocumentsModuleHeader.apiVersion, "0.0.0-other-build", kDocumentsModuleHeader.layout},
        [](int &, char **) -> QCoreApplication * { return nullptr; },
        [](const QuoteDocumentInput &) -> fb::Result<QByteArray> { return QByteArray("%PDF"); },
        [](const ServiceReportInput &) -> fb::Result<QByteArray> { return QByteArray("%PDF"); },
        [](const QByteArray &) {
            return true;
        }};
    return &module.header;
}
