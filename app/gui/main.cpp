// fieldbench: the technician's desktop app. Everything lives in
// fieldbench_gui; this only reads the options and opens the window.

#include "gui/gui_context.h"
#include "gui/main_window.h"
#include "gui/startup_probe.h"
#include "gui/workspace_setup.h"
#include "i18n/translation_loader.h"
#include "storage/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication::setOrganizationName(u"Fieldbench"_s);
    QApplication::setApplicationName(u"Fieldbench"_s);
    auto earlyWorkspace = fb::gui::WorkspaceSetup::startEarly(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationVersion(QStringLiteral(FIELDBENCH_VERSION));
    QApplication::setWindowIcon(QIcon(u":/icons/fieldbench.svg"_s));

    QStringList arguments = QApplication::arguments();
    const QString language = fb::languageFromArguments(arguments);
    fb::installTranslations(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Service workstation for RFID-enabled enclosures."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        u"data-dir"_s, QCoreApplication::translate("main", "Use the workspace in <dir>."),
        QCoreApplication::translate("main", "dir"));
    const QCommandLineOption lang(
        u"lang"_s, QCoreApplication::translate("main", "Language of the interface (en, de)."),
        QCoreApplication::translate("main", "code"));
    const QCommandLineOption demoDevice(
        u"demo-device"_s, QCoreApplication::translate(
                              "main", "Connect to a simulated enclosure instead of a real one."));
    parser.addOptions({dataDir, lang, demoDevice});
    parser.process(arguments);

    fb::gui::GuiOptions options;
    options.demoDevice = parser.isSet(demoDevice);
    fb::gui::GuiContext context(options);
    const QString path = parser.isSet(dataDir)
                             ? fb::storage::Workspace::pathInDirectory(parser.value(dataDir))
                             : fb::storage::Workspace::defaultPath();
    context.setWorkspacePath(path);

    auto workspace =
        fb::gui::WorkspaceSetup::openAtStartup(path, nullptr, std::move(earlyWorkspace));
    if (!workspace)
        return 1;
    context.setWorkspace(std::move(workspace));

    fb::gui::MainWindow window(context);
    fb::gui::installStartupProbe(&window);
    window.show();
    return QApplication::exec();
}
