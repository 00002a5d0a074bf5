#include "cli/arguments.h"
#include "cli/commands/commands.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace fb::cli {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("fb::cli::Db", text); }

int runDb(CliContext &context, const QStringList &words)
{
    auto args = Arguments::parse(words, {});
    if (!args)
        return context.fail(args.error());
    if (args->positionals() != QStringList{u"check"_s})
        return context.fail(ErrorKind::Usage, tr("Usage: db check"));
    auto workspace = context.workspace();
    if (!workspace)
        return context.fail(workspace.error());
    auto report = (*workspace)->checkIntegrity();
    if (!report)
        return context.fail(report.error());
    if (context.json) {
        context.printJson(QJsonObject{{"ok"_L1, report->ok},
                                      {"integrity"_L1, report->integrity},
                                      {"schema_version"_L1, report->schemaVersion}});
    } else {
        context.out() << tr("Workspace %1: integrity %2, schema version %3")
                             .arg(context.workspacePath(), report->integrity)
                             .arg(report->schemaVersion)
                      << Qt::endl;
    }
    if (!report->ok) {
        context.err() << "fieldbench-cli: "
                      << tr("The workspace is damaged; restore a backup or re-sync from HQ.")
                      << Qt::endl;
        return ExitCheckFailed;
    }
    return ExitOk;
}

} // namespace

CommandGroup dbCommands()
{
    return {u"db"_s, tr("  db check                             check the workspace's integrity"),
            runDb};
}

} // namespace fb::cli
