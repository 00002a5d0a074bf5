// No-change re-syncs inside one process, as the GUI's SyncService makes them
// on its timer and when the network returns: the workspace stays open and
// libcurl stays loaded. A benchmark helper for run.sh, not a test.
// Usage: bench_resync WORKSPACE_DIR COUNT
// Prints JSON: the first sync (which loads libcurl) and the later ones.

#include "storage/workspace.h"
#include "sync/sync_run.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: bench_resync WORKSPACE_DIR COUNT\n");
        return 2;
    }
    auto workspace =
        fb::storage::Workspace::open(fb::storage::Workspace::pathInDirectory(arguments.at(1)),
                                     fb::storage::Workspace::OpenMode::OpenExisting);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(workspace.error().message));
        return 1;
    }
    const int count = std::max(2, arguments.at(2).toInt());
    std::vector<double> milliseconds;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer timer;
        timer.start();
        const fb::sync::SyncRunResult result = fb::sync::runSync(**workspace, {}, nullptr, {});
        milliseconds.push_back(timer.nsecsElapsed() / 1e6);
        if (!result.summary.ok || result.summary.pulled != 0 || result.summary.pushed != 0) {
            std::fprintf(stderr, "not a no-change sync: %s (pulled %d, pushed %d)\n",
                         qPrintable(result.summary.message), int(result.summary.pulled),
                         int(result.summary.pushed));
            return 1;
        }
    }
    std::vector<double> later(milliseconds.begin() + 1, milliseconds.end());
    std::sort(later.begin(), later.end());
    std::printf("{\"first_ms\": %.1f, \"later_median_ms\": %.1f, \"later_min_ms\": %.1f, "
                "\"later_max_ms\": %.1f, \"later_count\": %zu}\n",
                milliseconds.front(), later[later.size() / 2], later.front(), later.back(),
                later.size());
    return 0;
}
