// The documents module (fieldbench-documents): the Qt Gui side of
// documents_module.h, loaded by the CLI only for the commands that need it.

#include "documents/documents_module.h"
#include "documents/quote_document.h"
#include "documents/service_report_document.h"

#include <QGuiApplication>
#include <QImage>
#include <QLoggingCategory>

namespace {

QCoreApplication *createOffscreenApplication(int &argc, char **argv)
{
    // No display is needed to print; a platform the caller chose still wins.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The platform's start-up notes (such as a missing XDG_RUNTIME_DIR) are
    // not errors of the command; stderr keeps its one line per failure.
    QLoggingCategory::setFilterRules(QStringLiteral("default.warning=false"));
    auto *app = new QGuiApplication(argc, argv);
    QLoggingCategory::setFilterRules(QString());
    return app;
}

bool isReadablePng(const QByteArray &bytes)
{
    return !QImage::fromData(bytes, "PNG").isNull();
}

} // namespace

extern "C" Q_DECL_EXPORT const fb::modules::ModuleHeader *fieldbench_documents_module()
{
    using namespace fb::documents;
    static const DocumentsModule module{kDocumentsModuleHeader, &createOffscreenApplication,
                                        &renderQuotePdf, &renderServiceReportPdf, &isReadablePng};
    return &module.header;
}
