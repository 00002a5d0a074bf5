// SQLite's memory (storage/sqlite_memory.h): cache pages from the huge-page
// arena, reused once freed, and every block keeping its bytes however it is
// resized between the arena and malloc.

#include "storage/document_store.h"
#include "storage/sqlite_memory.h"
#include "storage/workspace.h"
#include "support/test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <cstring>

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
