#include "cli/cli_app.h"
#include "i18n/translation_loader.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // PDF output (fonts, images) needs a QGuiApplication, offscreen so no display
    // is needed; other commands stay on QCoreApplication, which starts faster
    // and keeps stderr free of platform messages.
    bool needsGui = false;
    for (int i = 1; i + 1 < argc; ++i)
        needsGui = needsGui || (qstrcmp(argv[i], "quote") == 0
                                && (qstrcmp(argv[i + 1], "pdf") == 0 || qstrcmp(argv[i + 1], "report") == 0));
    std::unique_ptr<QCoreApplication> app;
    if (needsGui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // The platform's start-up notes (such as a missing XDG_RUNTIME_DIR) are
        // not errors of the command; stderr keeps its one line per failure.
        QLoggingCategory::setFilterRules(QStringLiteral("default.warning=false"));
        app = std::make_unique<QGuiApplication>(argc, argv);
        QLoggingCategory::setFilterRules(QString());
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
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
