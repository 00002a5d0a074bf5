#include "cli/cli_app.h"
#include "documents/documents_module.h"
#include "i18n/translation_loader.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // PDF output (fonts, images) needs a QGuiApplication, which the documents
    // module makes; other commands stay on QCoreApplication without Qt Gui,
    // which starts faster. Should the module be missing, the PDF command
    // itself reports that.
    bool needsGui = false;
    for (int i = 1; i + 1 < argc; ++i)
        needsGui =
            needsGui || (qstrcmp(argv[i], "quote") == 0 &&
                         (qstrcmp(argv[i + 1], "pdf") == 0 || qstrcmp(argv[i + 1], "report") == 0));
    std::unique_ptr<QCoreApplication> app;
    if (needsGui) {
        if (auto module = fb::documents::loadDocumentsModule())
            app.reset((*module)->createApplication(argc, argv));
    }
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Fieldbench"));
    QCoreApplication::setApplicationName(QStringLiteral("Fieldbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FIELDBENCH_VERSION));

    QStringList arguments = QCoreApplication::arguments().mid(1);
    fb::installTranslations(fb::languageFromArguments(arguments));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = fb::cli::runCli(arguments, out, err);
    out.flush();
    err.flush();
    return code;
}
