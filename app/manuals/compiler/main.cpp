// fieldbench-manualc --source DIR --out DIR [--strict]
//
// Compiles the manual sources into the package the app installs. Warnings
// (broken links, missing images) are printed; --strict turns them into a failure.

#include "manuals/package_compiler.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fieldbench-manualc"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(FIELDBENCH_VERSION));
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "fieldbench-manualc", "Compiles the service manuals into a package."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption source(
        u"source"_s, QCoreApplication::translate("fieldbench-manualc", "The manuals/ folder."),
        u"DIR"_s);
    const QCommandLineOption out(
        u"out"_s, QCoreApplication::translate("fieldbench-manualc", "The package folder to write."),
        u"DIR"_s);
    const QCommandLineOption strict(
        u"strict"_s, QCoreApplication::translate("fieldbench-manualc", "Fail on warnings."));
    parser.addOptions({source, out, strict});
    parser.process(app);
    if (!parser.isSet(source) || !parser.isSet(out)) {
        err << "fieldbench-manualc: "
            << QCoreApplication::translate("fieldbench-manualc", "--source and --out are required.")
            << Qt::endl;
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    auto report = fb::manuals::compilePackage(parser.value(source), parser.value(out));
    if (!report) {
        err << "fieldbench-manualc: " << report.error().message << Qt::endl;
        return 5;
    }
    for (const QString &warning : std::as_const(report->warnings))
        err << "fieldbench-manualc: warning: " << warning << Qt::endl;
    err << "fieldbench-manualc: "
        << QCoreApplication::translate("fieldbench-manualc",
                                       "%1 chapters, %2 sections in %3 ms -> %4")
               .arg(report->chapters)
               .arg(report->sections)
               .arg(timer.elapsed())
               .arg(parser.value(out))
        << Qt::endl;
    return parser.isSet(strict) && !report->warnings.isEmpty() ? 1 : 0;
}
