#include "cli/arguments.h"
#include "cli/commands/commands.h"

#include "domain/policy/policy.h"
#include "domain/policy/sla.h"
#include "domain/time_format.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace fb::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::cli::Sla", text);
}

QString usageText()
{
    return tr(
        "  sla due --region us|eu --from TIME [--hours H]\n"
        "                                       deadline H business hours (default 9) after TIME");
}

int runSla(CliContext &context, const QStringList &words)
{
    auto args = Arguments::parse(words, {{u"region"_s}, {u"from"_s}, {u"hours"_s}});
    if (!args)
        return context.fail(args.error());
    if (args->positionals() != QStringList{u"due"_s})
        return context.fail(ErrorKind::Usage, tr("Usage:\n%1").arg(usageText()));
    const auto policy = policy::activePolicy();
    const QString region = args->value(u"region"_s);
    if (region.isEmpty() || !policy->region(region))
        return context.fail(ErrorKind::Usage,
                            tr("--region must be one of: %1.")
                                .arg(QStringList(policy->regions.keys()).join(u", "_s)));
    const auto from = parseIsoTime(args->value(u"from"_s));
    if (!from)
        return context.fail(ErrorKind::Usage,
                            tr("--from must be an ISO-8601 time with a zone, like "
                               "2026-11-30T10:00:00-06:00 or 2026-11-30T16:00:00Z."));
    policy::SlaTarget target;
    target.clock = policy::SlaClock::Business;
    target.hours = policy->businessDayHours;
    if (args->has(u"hours"_s)) {
        bool numeric = false;
        target.hours = args->value(u"hours"_s).toDouble(&numeric);
        // A year of business hours is far beyond any service target.
        if (!numeric || !(target.hours > 0) || target.hours > 24 * 366)
            return context.fail(
                ErrorKind::Usage,
                tr("--hours must be a positive number of business hours, like 9 or 4.5."));
    }
    auto due = policy::dueAfter(*policy, region, target, *from);
    if (!due)
        return context.fail(due.error());
    if (context.json) {
        context.printJson(
            QJsonObject{{"due"_L1, toIsoWithOffset(*due)}, {"due_utc"_L1, toIsoUtc(*due)}});
    } else {
        context.out() << tr("Due %1 (%2)").arg(toIsoWithOffset(*due), toIsoUtc(*due)) << Qt::endl;
    }
    return ExitOk;
}

} // namespace

CommandGroup slaCommands()
{
    return {u"sla"_s, usageText(), runSla};
}

} // namespace fb::cli
