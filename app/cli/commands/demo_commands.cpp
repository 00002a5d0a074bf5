#include "cli/arguments.h"
#include "cli/commands/commands.h"

#include "storage/demo_workspace.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace fb::cli {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("fb::cli::Demo", text); }

int runDemo(CliContext &context, const QStringList &words)
{
    const QString usage = u"demo init [--tickets N] [--seed S]"_s;
    auto args = Arguments::parse(words, {{u"tickets"_s}, {u"seed"_s}});
    if (!args)
        return context.fail(args.error());
    if (args->positionals() != QStringList{u"init"_s})
        return context.fail(ErrorKind::Usage, tr("Usage: %1").arg(usage));
    auto tickets = args->integer(u"tickets"_s, 200, 0, 1000000);
    if (!tickets)
        return context.fail(tickets.error());
    auto seed = args->integer(u"seed"_s, 1, 0, std::numeric_limits<qint64>::max());
    if (!seed)
        return context.fail(seed.error());

    auto workspace = context.workspace(true);
    if (!workspace)
        return context.fail(workspace.error());
    DemoOptions options;
    options.tickets = static_cast<int>(*tickets);
    options.seed = static_cast<std::uint64_t>(*seed);
    // Anchored to today so deadlines in the demo are current, and still the
    // same documents for everyone who creates it on the same day.
    options.anchor = QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(12, 0), Qt::UTC);
    auto counts = storage::createDemoWorkspace(**workspace, options);
    if (!counts)
        return context.fail(counts.error());
    if (context.json) {
        context.printJson(QJsonObject{{"customers"_L1, counts->customers},
                                      {"devices"_L1, counts->devices},
                                      {"tickets"_L1, counts->tickets}});
    } else {
        context.out() << tr("Demo workspace created at %1: %2 customers, %3 devices, %4 tickets.")
                             .arg(context.workspacePath())
                             .arg(counts->customers)
                             .arg(counts->devices)
                             .arg(counts->tickets)
                      << Qt::endl;
    }
    return ExitOk;
}

} // namespace

CommandGroup demoCommands()
{
    return {u"demo"_s, tr("  demo init [--tickets N] [--seed S]   create the demo workspace"), runDemo};
}

} // namespace fb::cli
