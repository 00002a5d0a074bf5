// Ticket list filter latency: time from TicketListModel::setFilter() to the
// model having the new row count (queryFinished), over a fixed set of
// filters on the workspace given with --data-dir. Prints median and p95.

#include "gui/gui_context.h"
#include "gui/tickets/ticket_list_model.h"
#include "storage/demo_workspace.h"
#include "storage/workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using fb::storage::TicketFilter;

namespace {

double waitForQuery(fb::gui::TicketListModel &model, const TicketFilter &filter, int &rows)
{
    QEventLoop loop;
    QObject::connect(&model, &fb::gui::TicketListModel::queryFinished, &loop, &QEventLoop::quit);
    QObject::connect(&model, &fb::gui::TicketListModel::queryFailed, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    model.setFilter(filter);
    loop.exec();
    const double ms = timer.nsecsElapsed() / 1e6;
    rows = model.rowCount();
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    const qsizetype at = args.indexOf(u"--data-dir"_s);
    if (at < 0 || at + 1 >= args.size()) {
        std::fprintf(stderr, "usage: bench_ticket_filter --data-dir DIR [--create N]\n");
        return 2;
    }
    // --create N: make the N-ticket demo workspace first (where fieldbench-cli
    // is not at hand); normally run-gui-bench.sh makes it with the CLI.
    const qsizetype create = args.indexOf(u"--create"_s);
    if (create >= 0 && create + 1 < args.size()) {
        auto made =
            fb::storage::Workspace::open(fb::storage::Workspace::pathInDirectory(args.at(at + 1)),
                                         fb::storage::Workspace::OpenMode::CreateIfMissing);
        if (!made) {
            std::fprintf(stderr, "bench_ticket_filter: %s\n", qPrintable(made.error().message));
            return 1;
        }
        fb::DemoOptions options;
        options.tickets = args.at(create + 1).toInt();
        options.anchor = QDateTime::currentDateTimeUtc();
        auto counts = fb::storage::createDemoWorkspace(**made, options);
        if (!counts) {
            std::fprintf(stderr, "bench_ticket_filter: %s\n", qPrintable(counts.error().message));
            return 1;
        }
        std::printf("created %d tickets\n", counts->tickets);
        return 0;
    }
    auto workspace =
        fb::storage::Workspace::open(fb::storage::Workspace::pathInDirectory(args.at(at + 1)),
                                     fb::storage::Workspace::OpenMode::OpenExisting);
    if (!workspace) {
        std::fprintf(stderr, "bench_ticket_filter: %s\n", qPrintable(workspace.error().message));
        return 1;
    }
    fb::gui::GuiContext context;
    context.setWorkspace(std::move(workspace).value());
    fb::gui::TicketListModel model(context);
    {
        QEventLoop loop;
        QObject::connect(&model, &fb::gui::TicketListModel::queryFinished, &loop,
                         &QEventLoop::quit);
        loop.exec();
    }
    std::printf("tickets: %d\n", model.rowCount());

    // A user's session: statuses, priorities, combinations and typed text,
    // each followed by "all" so every step changes the result.
    const QList<TicketFilter> filters{
        {u"new"_s, {}, {}},
        {u"remote_troubleshooting"_s, {}, {}},
        {u"onsite"_s, u"high"_s, {}},
        {{}, u"high"_s, {}},
        {u"closed"_s, {}, {}},
        {u"resolved"_s, u"normal"_s, {}},
        {{}, {}, u"T-0500"_s},
        {{}, {}, u"door"_s},
        {{}, {}, u"sensor"_s},
        {u"new"_s, {}, u"temp"_s},
        {{}, {}, u"CAB"_s},
        {u"escalated_internal"_s, {}, {}},
        {u"onsite_scheduled"_s, u"high"_s, {}},
        {{}, u"normal"_s, u"fan"_s},
        {{}, {}, u"zzz-no-match"_s},
        {{}, {}, u"T-09"_s},
        {u"closed"_s, u"high"_s, {}},
        {{}, {}, u"reader"_s},
        {u"remote_troubleshooting"_s, u"normal"_s, u"a"_s},
        {{}, {}, {}},
    };
    QList<double> times;
    for (const TicketFilter &filter : filters) {
        int rows = 0;
        const double ms = waitForQuery(model, filter, rows);
        times.append(ms);
        std::printf("  filter status=%-24s priority=%-7s search=%-14s rows=%6d  %7.1f ms\n",
                    qPrintable(filter.status), qPrintable(filter.priority),
                    qPrintable(filter.search), rows, ms);
        int back = 0;
        if (!(filter.status.isEmpty() && filter.priority.isEmpty() && filter.search.isEmpty()))
            waitForQuery(model, {}, back); // reset, not counted
    }
    std::sort(times.begin(), times.end());
    const double median = times.at(times.size() / 2);
    const double p95 =
        times.at(std::min<qsizetype>(times.size() - 1, (times.size() * 95 + 99) / 100 - 1));
    std::printf("filter latency over %lld filters: median %.1f ms, p95 %.1f ms, max %.1f ms\n",
                static_cast<long long>(times.size()), median, p95, times.last());
    return 0;
}
