#pragma once

// The CLI's way to Qt Gui. Printing a quote or a service report (fonts,
// QTextDocument, QPdfWriter) and reading a signature PNG need Qt Gui, and
// Qt Gui brings some 25 libraries whose loading costs every start of the CLI
// about 11 ms, though only three commands need them. So for the CLI that
// code is a module (documents_module.cpp, built as fieldbench-documents),
// loaded when one of those commands runs. The GUI links fieldbench_documents
// and calls the same functions directly.

#include "documents/quote_document_input.h"
#include "documents/service_report_input.h"
#include "domain/result.h"
#include "modules/module_loader.h"

#include <QByteArray>

class QCoreApplication;

namespace fb::documents {

struct DocumentsModule
{
    modules::ModuleHeader header; // kDocumentsModuleHeader
    // A QGuiApplication on the offscreen platform: laying out text needs one.
    QCoreApplication *(*createApplication)(int &argc, char **argv);
    Result<QByteArray> (*renderQuotePdf)(const QuoteDocumentInput &input);
    Result<QByteArray> (*renderServiceReportPdf)(const ServiceReportInput &input);
    bool (*isReadablePng)(const QByteArray &bytes);
};

// What this build's module reports about itself. The layout covers the
// inputs, which the program fills and the module reads.
inline constexpr modules::ModuleHeader kDocumentsModuleHeader{
    1, FIELDBENCH_VERSION,
    sizeof(DocumentsModule) + (sizeof(QuoteDocumentInput) << 16) +
        (sizeof(ServiceReportInput) << 32)};

// Loads the module on first call; later calls give the same answer. Looks in
// $FIELDBENCH_MODULE_DIR when that is set, else where the package installs
// it relative to the program (../lib/fieldbench; the build tree mirrors it).
Result<const DocumentsModule *> loadDocumentsModule();

} // namespace fb::documents
