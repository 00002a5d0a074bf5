#include "cli/cli_app.h"

#include "cli/cli_context.h"
#include "cli/command_registry.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace fb::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::cli::Main", text);
}

QString generalHelp(const QList<CommandGroup> &groups)
{
    QString help = tr("Usage: fieldbench-cli [--data-dir DIR] [--json] [--lang CODE] COMMAND …\n\n"
                      "Global options:\n"
                      "  --data-dir DIR  workspace folder (default: the platform's app-data "
                      "folder)\n"
                      "  --json          print exactly one JSON document on stdout\n"
                      "  --lang CODE     language of messages (en, de)\n"
                      "  --help          this help; COMMAND --help for a command's\n"
                      "  --version       print the version\n\nCommands:\n");
    for (const CommandGroup &group : groups)
        help += group.usage + u'\n';
    help += tr("\nExit codes: 0 success, 1 check failed, 2 usage error, 3 device or link "
               "error, 4 HQ or network error, 5 data error.\n");
    return help;
}

} // namespace

GlobalOptions splitGlobalOptions(const QStringList &arguments)
{
    GlobalOptions options;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &word = arguments.at(i);
        if (word == "--json"_L1) {
            options.json = true;
        } else if (word == "--help"_L1 || word == "-h"_L1) {
            options.help = true;
        } else if (word == "--version"_L1) {
            // As soon as it is seen: nothing after it matters.
            options.version = true;
            break;
        } else if (word == "--data-dir"_L1 || word == "--lang"_L1) {
            if (i + 1 >= arguments.size()) {
                options.missingValue = word;
                break;
            }
            (word == "--data-dir"_L1 ? options.dataDir : options.lang) = arguments.at(++i);
        } else if (word.startsWith("--data-dir="_L1)) {
            options.dataDir = word.mid(11);
        } else if (word.startsWith("--lang="_L1)) {
            options.lang = word.mid(7);
        } else {
            options.rest << word;
        }
    }
    return options;
}

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CliContext context(out, err);
    GlobalOptions options = splitGlobalOptions(arguments);
    context.json = options.json;
    context.dataDir = options.dataDir;
    context.lang = options.lang;
    if (options.version) {
        out << "fieldbench-cli " << FIELDBENCH_VERSION << Qt::endl;
        return ExitOk;
    }
    if (!options.missingValue.isEmpty())
        return context.fail(ErrorKind::Usage,
                            tr("Option %1 needs a value.").arg(options.missingValue));
    const bool help = options.help;
    QStringList &rest = options.rest;

    const QList<CommandGroup> groups = allCommandGroups();
    if (rest.isEmpty()) {
        if (help) {
            out << generalHelp(groups);
            return ExitOk;
        }
        err << generalHelp(groups);
        return context.fail(ErrorKind::Usage, tr("No command given; see --help."));
    }
    const QString name = rest.takeFirst();
    for (const CommandGroup &group : groups) {
        if (group.name != name)
            continue;
        if (help) {
            out << group.usage << Qt::endl;
            return ExitOk;
        }
        return group.run(context, rest);
    }
    return context.fail(ErrorKind::Usage, tr("Unknown command \"%1\"; see --help.").arg(name));
}

} // namespace fb::cli
