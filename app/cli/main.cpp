#include "cli/cli_app.h"
#include "documents/documents_module.h"
#include "i18n/translation_loader.h"
#include "sync/curl_on_demand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <optional>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QStringList rawArguments;
    for (int i = 1; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    const fb::cli::GlobalOptions options = fb::cli::splitGlobalOptions(rawArguments);
    const QString command = options.rest.value(0);
    const QString subcommand = options.rest.value(1);

    // A sync's first request waits for libcurl; loading it on a second thread
    // from here overlaps that with Qt's start-up and the opening of the
    // workspace (sync/curl_on_demand.h).
    std::optional<fb::sync::CurlPreparation> curlPreparation;
    if (command == "sync"_L1 && !options.help && !options.version)
        curlPreparation.emplace();

    // PDF output (fonts, images) needs a QGuiApplication, which the documents
    // module makes; other commands stay on QCoreApplication without Qt Gui,
    // which starts faster. Should the module be missing, the PDF command
    // itself reports that.
    std::unique_ptr<QCoreApplication> app;
    if (command == "quote"_L1 && (subcommand == "pdf"_L1 || subcommand == "report"_L1)) {
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
    // Everything the command wrote is written and closed by now, and the
    // application (with Qt's thread pool) is shut down next. What a normal
    // return would add is the libraries' own clean-up of memory the kernel
    // frees anyway (OpenSSL's and GnuTLS's tables after a sync, ICU's, ...):
    // 1-2 ms of a 50 ms re-sync. So the process ends here.
    curlPreparation.reset();
    app.reset();
    std::fflush(nullptr);
    _exit(code);
}
