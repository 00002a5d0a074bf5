#include "cli/arguments.h"
#include "cli/commands/commands.h"

#include "sync/credential_store.h"
#include "sync/replicator.h"
#include "sync/sync_settings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>
#include <iostream>
#include <string>

using namespace Qt::Literals::StringLiterals;

namespace fb::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::cli::Sync", text);
}

// One line from stdin, without its line ending (the password is never echoed
// or logged).
QString readPasswordLine()
{
    std::string line;
    std::getline(std::cin, line);
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
        line.pop_back();
    return QString::fromStdString(line);
}

int runSync(CliContext &context, const QStringList &words)
{
    auto args = Arguments::parse(
        words, {{u"url"_s}, {u"tech"_s}, {u"user"_s}, {u"password-stdin"_s, false}});
    if (!args)
        return context.fail(args.error());
    if (Status s = args->expectPositionals(
            0, 0, tr("Usage: sync [--url URL] [--tech ID] [--user U] [--password-stdin]"));
        !s)
        return context.fail(s.error());
    auto workspace = context.workspace(true);
    if (!workspace)
        return context.fail(workspace.error());
    storage::Database &db = (*workspace)->db();
    auto settings = sync::loadSyncSettings(db);
    if (!settings)
        return context.fail(settings.error());
    const bool changed = args->has(u"url"_s) || args->has(u"tech"_s) || args->has(u"user"_s);
    settings->url = args->value(u"url"_s, settings->url);
    settings->techId = args->value(u"tech"_s, settings->techId);
    settings->user = args->value(u"user"_s, settings->user);
    if (settings->url.isEmpty() || settings->techId.isEmpty())
        return context.fail(ErrorKind::Usage,
                            tr("No HQ server or technician id is set; pass --url and --tech "
                               "once (they are remembered)."));

    // Remembered even when this sync fails: the user meant these settings.
    if (changed) {
        if (Status saved = sync::saveSyncSettings(db, *settings); !saved)
            return context.fail(saved.error());
    }

    sync::SyncConfig config;
    config.url = QUrl(settings->url);
    config.techId = settings->techId;
    config.user = settings->user;
    config.caFile = settings->caFile;
    config.proxy = settings->proxy;
    if (args->has(u"password-stdin"_s)) {
        config.password = readPasswordLine();
    } else if (!config.user.isEmpty()) {
        auto stored = sync::readStoredPassword(settings->url, config.user);
        if (!stored)
            return context.fail(ErrorKind::Usage, stored.error().message);
        config.password = *stored;
    }

    sync::Replicator replicator(db, config);
    auto report = replicator.run();
    if (!report)
        return context.fail(report.error());
    for (const QJsonValue &rejected : std::as_const(report->rejected)) {
        const QJsonObject entry = rejected.toObject();
        context.err() << tr("Not imported: %1 (%2)")
                             .arg(entry.value("id"_L1).toString(),
                                  entry.value("reason"_L1).toString().simplified())
                      << Qt::endl;
    }
    if (context.json) {
        context.printJson(QJsonObject{{"pulled"_L1, report->pulled},
                                      {"pushed"_L1, report->pushed},
                                      {"conflicts_resolved"_L1, report->conflictsResolved},
                                      {"seconds"_L1, report->seconds}});
    } else {
        context.out() << tr("Pulled %1, pushed %2, conflicts settled %3 in %4 s")
                             .arg(report->pulled)
                             .arg(report->pushed)
                             .arg(report->conflictsResolved)
                             .arg(QLocale().toString(report->seconds, 'f', 2))
                      << Qt::endl;
    }
    return ExitOk;
}

} // namespace

CommandGroup syncCommands()
{
    return {u"sync"_s,
            tr("  sync [--url URL] [--tech ID] [--user U] [--password-stdin]\n"
               "                                       sync with HQ"),
            runSync};
}

} // namespace fb::cli
