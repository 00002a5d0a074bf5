// bench_manual_search [SOURCE_DIR] [--copies N] [--work DIR [--rebuild]] [--per-query]
//                     [--no-old] [--only-copies] [--rounds N]
//
// Index build time and search latency (p50/p95/p99/max over realistic
// queries, each with snippets) for the bundled manuals and for the corpus
// replicated N times (default 100). Prints one line per measurement, the
// slowest queries (all of them, with their median, with --per-query), and for
// comparison the previous way of ranking (FTS5 `ORDER BY rank` with
// bm25(10.0, 1.0), which scores every matching row) on the same index.
// --work DIR keeps the packages in DIR/bundled and DIR/x<N> and reuses an
// existing one (building the 100x index takes minutes on a small machine);
// --rebuild builds them again. The load average is printed before and after.
// Target (issue 5): p99 under 5 ms on the 100x corpus.

#include "manuals/manual_library.h"
#include "manuals/package_compiler.h"
#include "manuals/search_index.h"
#include "storage/sqlite_database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
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

struct Options
{
    int copies = 100;
    int rounds = 200; // bundled; the replicated corpus runs rounds / 10
    QString workDir;  // empty: a temporary folder
    bool rebuild = false;
    bool perQuery = false;
    bool oldRanking = true;
    bool bundled = true; // --only-copies: just the replicated corpus (for a profiler)
};

Options &options()
{
    static Options value;
    return value;
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"unknown"_s;
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
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
        // As typed, word by word: prefixes.
        {u"antenn"_s, {}, u"en"_s, 20},
        {u"ant"_s, u"freezer"_s, u"en"_s, 20},
        {u"Temperatural"_s, {}, u"de"_s, 20},
        {u"do"_s, {}, u"en"_s, 20},
        // Model filters, and the page's 50 rows.
        {u"Temperaturalarm Gefrierschrank"_s, u"freezer"_s, u"de"_s, 20},
        {u"door will not unlock"_s, u"locker"_s, u"en"_s, 50},
        {u"reader"_s, u"cabinet"_s, u"en"_s, 50},
        {u"compressor condenser cleaning"_s, u"refrigerator"_s, u"de"_s, 20},
        {u"Netzwerk DHCP"_s, {}, u"de"_s, 50},
        {u"error code 17 battery low"_s, {}, u"en"_s, 20},
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
    return u"p50 %1 ms, p95 %2 ms, p99 %3 ms, max %4 ms"_s.arg(at(0.5), 0, 'f', 3)
        .arg(at(0.95), 0, 'f', 3)
        .arg(at(0.99), 0, 'f', 3)
        .arg(samples.last(), 0, 'f', 3);
}

QString describe(const SearchQuery &query)
{
    return u"\"%1\" (%2%3, %4 rows)"_s
        .arg(query.text, query.language, query.model.isEmpty() ? QString() : u", "_s + query.model)
        .arg(query.limit);
}

// Times `search` over every query `rounds` times; prints the percentiles and
// the three slowest queries (by their worst time).
template<class Search> void measure(const QString &label, int rounds, Search search)
{
    QList<double> samples;
    QList<double> cpu;
    QList<double> worst(queries().size(), 0.0);
    QList<QList<double>> each(queries().size());
    QList<qsizetype> found(queries().size(), 0);
    for (const SearchQuery &query : queries()) // warm up the page cache
        (void)search(query);
    for (int round = 0; round < rounds; ++round) {
        for (qsizetype i = 0; i < queries().size(); ++i) {
            QElapsedTimer timer;
            const double cpuStart = threadCpuMs();
            timer.start();
            const qsizetype hits = search(queries().at(i));
            const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
            samples.append(ms);
            cpu.append(threadCpuMs() - cpuStart);
            worst[i] = std::max(worst[i], ms);
            each[i].append(ms);
            found[i] = hits;
            if (hits < 0) {
                out() << "search failed" << Qt::endl;
                return;
            }
        }
    }
    out() << label << ": search latency over " << samples.size() << " queries: wall "
          << percentiles(samples) << "; CPU " << percentiles(cpu) << Qt::endl;
    QList<qsizetype> order;
    for (qsizetype i = 0; i < worst.size(); ++i)
        order.append(i);
    std::sort(order.begin(), order.end(),
              [&](qsizetype a, qsizetype b) { return worst[a] > worst[b]; });
    const qsizetype shown = options().perQuery ? order.size() : 3;
    for (qsizetype i = 0; i < shown && i < order.size(); ++i) {
        QList<double> times = each[order[i]];
        std::sort(times.begin(), times.end());
        out() << "    slowest: " << describe(queries().at(order[i])) << " max "
              << QString::number(worst[order[i]], 'f', 3) << " ms, median "
              << QString::number(times.at(times.size() / 2), 'f', 3) << " ms, " << found[order[i]]
              << " hits" << Qt::endl;
    }
}

void measureSearch(const QString &label, ManualLibrary &library, int rounds)
{
    measure(label, rounds, [&](const SearchQuery &query) -> qsizetype {
        auto hits = library.search(query);
        if (!hits)
            out() << "search failed: " << hits.error().message << Qt::endl;
        return hits ? hits->size() : -1;
    });
}

// The ranking before issue 5: FTS5 sorts every match by bm25 (same index).
#define FB_OLD_SQL(table)                                                                          \
    "SELECT s.id, s.language, s.manual, s.chapter, s.anchor, s.chapter_title, s.title, "           \
    "rank, snippet(" table ", 1, ?5, ?6, '…', 16) FROM " table " CROSS JOIN sections s "           \
    "ON s.id = " table ".rowid WHERE " table " MATCH ?1 AND rank MATCH 'bm25(10.0, 1.0)' "         \
    "AND (?2 = '' OR s.manual = ?2) AND NOT EXISTS (SELECT 1 FROM chapters c WHERE "               \
    "c.language = ?3 AND c.manual = s.manual AND c.chapter = s.chapter) ORDER BY rank LIMIT ?4"

void measureOldRanking(const QString &label, const QString &indexPath, int rounds)
{
    auto db = fb::storage::Database::open(indexPath, fb::storage::Database::Mode::ReadOnly, false);
    if (!db || !registerTokenizers(db->handle())) {
        out() << "cannot open " << indexPath << Qt::endl;
        return;
    }
    auto table = [&](const SearchQuery &query, bool german, bool fallback) -> qsizetype {
        auto statement =
            german ? db->cached(FB_OLD_SQL("fts_de")) : db->cached(FB_OLD_SQL("fts_en"));
        if (!statement)
            return -1;
        (*statement)->bind(1, matchExpression(query.text, german ? u"de"_s : u"en"_s));
        (*statement)->bind(2, query.model).bind(3, fallback ? query.language : QString());
        (*statement)->bind(4, query.limit).bind(5, u"\uE000"_s).bind(6, u"\uE001"_s);
        qsizetype rows = 0;
        QString keep;
        if (!(*statement)->forEachRow([&] {
                keep = (*statement)->text(8) + (*statement)->text(6);
                ++rows;
            }))
            return -1;
        return rows;
    };
    measure(label + u" (before: FTS5 ORDER BY rank)"_s, rounds,
            [&](const SearchQuery &query) -> qsizetype {
                const bool german = query.language == "de"_L1;
                const qsizetype own = table(query, german, false);
                return german ? own + table(query, false, true) : own;
            });
}

bool run(const QString &label, const QList<Chapter> &chapters, const QString &images, int rounds)
{
    QTemporaryDir temporary;
    const QString package = options().workDir.isEmpty() ? QString(temporary.path() + u"/package"_s)
                                                        : QString(options().workDir + u'/' + label);
    QElapsedTimer timer;
    if (!options().rebuild && !options().workDir.isEmpty() &&
        QFileInfo::exists(package + u"/manifest.json"_s)) {
        out() << label << ": reusing " << package << " (--rebuild to build it again)" << Qt::endl;
    } else {
        QDir(package).removeRecursively();
        timer.start();
        auto report = writePackage(chapters, images, package);
        const qint64 buildMs = timer.elapsed();
        if (!report) {
            out() << "build failed: " << report.error().message << Qt::endl;
            return false;
        }
        out() << label << ": " << report->chapters << " chapters, " << report->sections
              << " sections; package build " << buildMs << " ms (load " << loadAverage() << ")"
              << Qt::endl;
    }
    out() << label << ": index " << QFileInfo(package + u"/index.sqlite"_s).size() / 1024 << " KiB"
          << Qt::endl;
    timer.start();
    auto library = ManualLibrary::open(package);
    if (!library) {
        out() << "open failed: " << library.error().message << Qt::endl;
        return false;
    }
    out() << label << ": open and verify " << timer.elapsed() << " ms" << Qt::endl;
    measureSearch(label, **library, rounds);
    if (options().oldRanking)
        measureOldRanking(label, package + u"/index.sqlite"_s, std::max(1, rounds / 4));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    auto value = [&](const QString &name) -> QString {
        const qsizetype at = args.indexOf(name);
        if (at < 0 || at + 1 >= args.size())
            return {};
        const QString found = args.at(at + 1);
        args.remove(at, 2);
        return found;
    };
    auto flag = [&](const QString &name) {
        return args.removeAll(name) > 0;
    };
    Options &opts = options();
    if (const QString copies = value(u"--copies"_s); !copies.isEmpty())
        opts.copies = copies.toInt();
    if (const QString rounds = value(u"--rounds"_s); !rounds.isEmpty())
        opts.rounds = std::max(10, rounds.toInt());
    opts.workDir = value(u"--work"_s);
    opts.rebuild = flag(u"--rebuild"_s);
    opts.perQuery = flag(u"--per-query"_s);
    opts.oldRanking = !flag(u"--no-old"_s);
    opts.bundled = !flag(u"--only-copies"_s);
    const int copies = opts.copies;
    out() << "load average before: " << loadAverage() << Qt::endl;
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
    if (opts.bundled && !run(u"bundled"_s, *chapters, images, opts.rounds))
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
    const bool ok = run(u"x%1"_s.arg(copies), replicated, images, opts.rounds / 10);
    out() << "load average after: " << loadAverage() << Qt::endl;
    return ok ? 0 : 1;
}
