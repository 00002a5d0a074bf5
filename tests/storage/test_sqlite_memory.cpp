// SQLite's memory (storage/sqlite_memory.h): cache pages from the arena, its
// start on small pages and the rest advised huge, reused once freed, and every
// block keeping its bytes however it is resized between the arena and malloc.

#include "storage/document_store.h"
#include "storage/sqlite_memory.h"
#include "storage/workspace.h"
#include "support/test_support.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <cstring>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using fb::storage::Workspace;

namespace {

bool hasPattern(const void *memory, int size, unsigned char seed)
{
    const auto *bytes = static_cast<const unsigned char *>(memory);
    for (int i = 0; i < size; ++i) {
        if (bytes[i] != static_cast<unsigned char>(seed + i))
            return false;
    }
    return true;
}

void fillPattern(void *memory, int size, unsigned char seed)
{
    auto *bytes = static_cast<unsigned char *>(memory);
    for (int i = 0; i < size; ++i)
        bytes[i] = static_cast<unsigned char>(seed + i);
}

// The mapping of this process that holds `address`, as /proc/self/smaps lists
// it: its range and its VmFlags ("hg": huge pages advised, "nh": advised off).
struct Mapping
{
    quintptr start = 0;
    quintptr end = 0;
    QString flags;
};

std::optional<Mapping> mappingHolding(quintptr address)
{
    QFile smaps(u"/proc/self/smaps"_s);
    if (!smaps.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    std::optional<Mapping> found;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        const int dash = line.indexOf('-');
        const int space = line.indexOf(' ');
        if (dash > 0 && space > dash && !line.left(space).endsWith(':')) {
            if (found)
                return found; // its VmFlags were read already
            const quintptr start = line.left(dash).toULongLong(nullptr, 16);
            const quintptr end = line.mid(dash + 1, space - dash - 1).toULongLong(nullptr, 16);
            if (address >= start && address < end)
                found = Mapping{start, end, {}};
        } else if (found && line.startsWith("VmFlags:")) {
            found->flags = QString::fromLatin1(line.mid(8)).simplified();
        }
    }
    return found;
}

} // namespace

class TestSqliteMemory : public QObject
{
    Q_OBJECT

private slots:
    // Opening a database is what sets SQLite's memory up.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(fb::storage::Database::open(m_dir.filePath(u"first.db"_s),
                                            fb::storage::Database::Mode::ReadWrite, true)
                    .ok());
    }

    void cachePagesComeFromTheArena()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::open(Workspace::pathInDirectory(dir.path()),
                                         Workspace::OpenMode::CreateIfMissing);
        QVERIFY(workspace.ok());
        const std::size_t before = fb::storage::sqliteArenaBytesUsed();
        fb::storage::DocumentStore store((*workspace)->db());
        for (int i = 0; i < 200; ++i)
            QVERIFY(store
                        .put(fb::test::ticketBody(u"a%1"_s.arg(i), u"T-A%1"_s.arg(i),
                                                  u"Paged? "_s.repeated(60)))
                        .ok());
        // 200 tickets of ~0.5 KB with their index rows fill dozens of pages.
        const std::size_t grown = fb::storage::sqliteArenaBytesUsed() - before;
        QVERIFY2(grown >= 40 * 4096, qPrintable(u"arena grew by %1 bytes"_s.arg(grown)));
        auto report = (*workspace)->checkIntegrity();
        QVERIFY(report.ok());
        QCOMPARE(report->integrity, u"ok"_s);
    }

    // A short session touches only the arena's start, which stays on 4 KB
    // pages (a huge page's first touch clears 2 MB); huge pages are advised
    // right after it.
    void arenaStartsOnSmallPages()
    {
        void *page = sqlite3_malloc(4400);
        QVERIFY(page);
        const auto small = mappingHolding(reinterpret_cast<quintptr>(page));
        QVERIFY(small);
        const QStringList smallFlags = small->flags.split(u' ');
        QVERIFY2(smallFlags.contains(u"nh"_s) && !smallFlags.contains(u"hg"_s),
                 qPrintable(small->flags));
        QCOMPARE(small->end - small->start, quintptr(4) << 20);
        const auto huge = mappingHolding(small->end);
        QVERIFY(huge);
        QVERIFY2(huge->flags.split(u' ').contains(u"hg"_s), qPrintable(huge->flags));
        sqlite3_free(page);
    }

    void freedPagesAreReused()
    {
        void *first = sqlite3_malloc(4400);
        QVERIFY(first);
        const std::size_t used = fb::storage::sqliteArenaBytesUsed();
        sqlite3_free(first);
        void *second = sqlite3_malloc(4300);
        QCOMPARE(second, first);
        QCOMPARE(fb::storage::sqliteArenaBytesUsed(), used);
        sqlite3_free(second);
    }

    void blocksKeepTheirBytesWhenResized()
    {
        void *page = sqlite3_malloc(4400);
        QVERIFY(page);
        QVERIFY(sqlite3_msize(page) >= 4400);
        fillPattern(page, 4400, 7);
        // Out of the arena into malloc, back into the arena, and within malloc.
        void *large = sqlite3_realloc(page, 100000);
        QVERIFY(large);
        QVERIFY(sqlite3_msize(large) >= 100000);
        QVERIFY(hasPattern(large, 4400, 7));
        void *again = sqlite3_realloc(large, 4200);
        QVERIFY(again);
        QVERIFY(hasPattern(again, 4200, 7));
        void *small = sqlite3_realloc(again, 24);
        QVERIFY(small);
        QVERIFY(hasPattern(small, 24, 7));
        void *grown = sqlite3_realloc(small, 3000);
        QVERIFY(grown);
        QVERIFY(hasPattern(grown, 24, 7));
        QVERIFY(sqlite3_msize(grown) >= 3000);
        sqlite3_free(grown);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSqliteMemory)
#include "test_sqlite_memory.moc"
