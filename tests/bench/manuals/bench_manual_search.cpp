// bench_manual_search [SOURCE_DIR] [--copies N]
//
// Index build time and search latency (p50/p99 over realistic queries, each
// with snippets) for the bundled manuals and for the corpus replicated N times
// (default 100). Prints one line per measurement.

#include "manuals/manual_library.h"
#include "manuals/package_compiler.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

#include <time.h>

using namespace Qt::Literals::StringLiterals;
using namespace fb::manuals;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

const QList<SearchQuery> &queries()
{
    static const QList<SearchQuery> list{
        {u"door will not unlock"_s, {}, u"en"_s, 20},
        {u"Temperaturalarm Gefrierschrank"_s, {}, u"de"_s, 20},
        {u"replace backup battery"_s, {}, u"en"_s, 20},
        {u"antenna return loss"_s, u"refrigerator"_s, u"en"_s, 20},
        {u"compressor does not start"_s, {}, u"en"_s, 20},
        {u"Türschlosses"_s, {}, u"de"_s, 20},
        {u"network link down dhcp"_s, {}, u"en"_s, 20},
        {u"firmware update recovery"_s, {}, u"en"_s, 20},
        {u"sol"_s, {}, u"en"_s, 20},
        {u"temperature"_s, {}, u"en"_s, 20},
        {u"door"_s, {}, u"en"_s, 20},
        {u"Pufferbatterie tauschen"_s, {}, u"de"_s, 20},
        {u"escalate to second level"_s, {}, u"en"_s, 20},
        {u"supply voltage 24 V"_s, u"locker"_s, u"en"_s, 20},
        {u"event code"_s, {}, u"en"_s, 20},
        {u"warranty"_s, {}, u"de"_s, 20},
    };
    return list;
}

// CPU time of this thread: on a loaded machine wall time mostly measures the
// other processes; both are reported.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

QString percentiles(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    auto at = [&](double p) {
        return samples.at(
            std::min<qsizetype>(samples.size() - 1, static_cast<qsizetype>(p * samples.size())));
    };
    return u"p50 %1 ms, p99 %2 ms, max %3 ms"_s.arg(at(0.5), 0, 'f', 3)
        .arg(at(0.99), 0, 'f', 3)
        .arg(samples.last(), 0, 'f', 3);
}

void measureSearch(const QString &label, ManualLibrary &library, int rounds)
{
    QList<double> samples;
    QList<double> cpu;
    for (const SearchQuery &query : queries()) // warm up the page cache
        (void)library.search(query);
    for (int round = 0; round < rounds; ++round) {
        for (const SearchQuery &query : queries()) {
            QElapsedTimer timer;
            const double cpuStart = threadCpuMs();
            timer.start();
            auto hits = library.search(query);
            samples.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            cpu.append(threadCpuMs() - cpuStart);
            if (!hits) {
                out() << "search failed: " << hits.error().message << Qt::endl;
                return;
            }
        }
    }
    out() << label << ": search latency over " << samples.size() << " queries: wall "
          << percentiles(samples) << "; CPU " << percentiles(cpu) << Qt::endl;
}

bool run(const QString &label, const QList<Chapter> &chapters, const QString &images, int rounds)
{
    QTemporaryDir dir;
    QElapsedTimer timer;
    timer.start();
    auto report = writePackage(chapters, images, dir.path() + u"/package"_s);
    const qint64 buildMs = timer.elapsed();
    if (!report) {
        out() << "build failed: " << report.error().message << Qt::endl;
        return false;
    }
    const qint64 indexBytes = QFileInfo(dir.path() + u"/package/index.sqlite"_s).size();
    out() << label << ": " << report->chapters << " chapters, " << report->sections
          << " sections; package build " << buildMs << " ms; index " << indexBytes / 1024 << " KiB"
          << Qt::endl;
    timer.restart();
    auto library = ManualLibrary::open(dir.path() + u"/package"_s);
    if (!library) {
        out() << "open failed: " << library.error().message << Qt::endl;
        return false;
    }
    out() << label << ": open and verify " << timer.elapsed() << " ms" << Qt::endl;
    measureSearch(label, **library, rounds);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int copies = 100;
    if (const qsizetype at = args.indexOf(u"--copies"_s); at >= 0 && at + 1 < args.size()) {
        copies = args.at(at + 1).toInt();
        args.remove(at, 2);
    }
    const QString sourceDir = args.value(0, QStringLiteral(FIELDBENCH_SOURCE_DIR "/manuals"));
    QElapsedTimer timer;
    timer.start();
    auto chapters = readSources(sourceDir);
    if (!chapters) {
        out() << chapters.error().message << Qt::endl;
        return 1;
    }
    out() << "sources: " << chapters->size() << " chapters parsed and rendered in "
          << timer.elapsed() << " ms" << Qt::endl;
    const QString images = sourceDir + u"/images"_s;
    if (!run(u"bundled"_s, *chapters, images, 200))
        return 1;

    QList<Chapter> replicated;
    replicated.reserve(chapters->size() * copies);
    for (int copy = 0; copy < copies; ++copy) {
        for (Chapter chapter : std::as_const(*chapters)) {
            if (copy > 0)
                chapter.meta.chapter += u"-r%1"_s.arg(copy);
            replicated.append(std::move(chapter));
        }
    }
    return run(u"x%1"_s.arg(copies), replicated, images, 20) ? 0 : 1;
}
