#include "cli/cli_app.h"
#include "i18n/translation_loader.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
