// The search ranking stops reading postings as soon as its top N is certain
// (impact_index.h). These tests hold it to FTS5's own bm25 (title 10, body
// 1) on a generated corpus whose lists are far longer than N, so several
// rounds and the stop test run: same rows, same scores, same order, with and
// without a model filter. And a prefix that stands for thousands of tokens
// still finds the section it is about first, with a full page of results.

#include "manual_test_util.h"

#include "manuals/manual_library.h"
#include "storage/sqlite_database.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace fb::manuals;

namespace {

// Porter leaves these alone and no other token of the corpus starts with
// one, so a query word's prefix is exactly one token, as in FTS5's bm25.
const QStringList &vocabulary()
{
    static const QStringList words{u"quartz"_s, u"vortex"_s, u"magnet"_s, u"plasma"_s,
                                   u"helium"_s, u"kernel"_s, u"ribbon"_s, u"zephyr"_s};
    return words;
}

QString chapterSource(const QString &manual, int number, QRandomGenerator &random)
{
    QString text = u"---\nmanual: %1\nlanguage: en\nversion: 1.0.0\nchapter: part-%2\n"
                   "title: Part %2\n---\n\n# Part %2\n\nIntro text.\n"_s.arg(manual)
                       .arg(number);
    for (int section = 0; section < 8; ++section) {
        QString title = u"Step %1"_s.arg(section);
        if (random.bounded(10) == 0) // some titles carry a word: weight 10
            title += u' ' + vocabulary().at(random.bounded(vocabulary().size()));
        QStringList body;
        for (const QString &word : vocabulary()) {
            if (random.bounded(10) < 4) {
                for (int n = random.bounded(1, 7); n > 0; --n)
                    body.append(word);
            }
        }
        for (int n = random.bounded(5, 80); n > 0; --n)
            body.append(u"filler"_s);
        // Shuffle so snippets and lengths vary.
        for (qsizetype i = body.size() - 1; i > 0; --i)
            body.swapItemsAt(i, random.bounded(i + 1));
        text += u"\n## %1 {#s%2}\n\n%3.\n"_s.arg(title).arg(section).arg(body.join(u' '));
    }
    return text;
}

struct Expected
{
    QString key; // manual/chapter#anchor
    double score;
};

} // namespace

class TestManualRanking : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ManualLibrary> m_library;
    std::optional<fb::storage::Database> m_fts;

    // FTS5 scoring every match: the reference.
    QList<Expected> reference(const QString &text, const QString &model, int limit)
    {
        auto statement = m_fts->prepare(
            "SELECT s.manual, s.chapter, s.anchor, -bm25(fts_en, 10.0, 1.0) AS score "
            "FROM fts_en JOIN sections s ON s.id = fts_en.rowid WHERE fts_en MATCH ?1 "
            "AND (?2 = '' OR s.manual = ?2) ORDER BY bm25(fts_en, 10.0, 1.0), s.id LIMIT ?3");
        if (!statement)
            return {};
        statement->bind(1, matchExpression(text, u"en"_s)).bind(2, model).bind(3, limit);
        QList<Expected> rows;
        (void)statement->forEachRow([&] {
            rows.append({statement->text(0) + u'/' + statement->text(1) + u'#' + statement->text(2),
                         statement->real(3)});
        });
        return rows;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QRandomGenerator random(20261130);
        QList<Chapter> chapters;
        for (int number = 0; number < 40; ++number) {
            const QString manual = number % 3 == 0 ? u"locker"_s : u"cabinet"_s;
            auto chapter =
                compileChapter(chapterSource(manual, number, random), u"part-%1"_s.arg(number));
            QVERIFY2(chapter, qPrintable(chapter ? QString() : chapter.error().message));
            chapters.append(*chapter);
        }
        // Thousands of tokens behind one prefix: zz0000..zz2999, 100 a section
        // (spread, so its 64 most frequent tokens cover many sections);
        // "zzlock" in six sections, and the section about it in its title.
        QString many = u"---\nmanual: cabinet\nlanguage: en\nversion: 1.0.0\nchapter: many\n"
                       "title: Many\n---\n\n# Many\n\nIntro.\n"_s;
        for (int section = 0; section < 30; ++section) {
            QStringList body;
            for (int n = 0; n < 100; ++n)
                body.append(u"zz%1"_s.arg(n * 30 + section, 4, 10, QChar(u'0')));
            if (section < 5)
                body.append(u"zzlock"_s);
            many += u"\n## Block %1 {#b%1}\n\n%2.\n"_s.arg(section).arg(body.join(u' '));
        }
        many += u"\n## Zzlock release {#zzlock}\n\nThe zzlock opens when the zzlock coil "
                "is powered.\n"_s;
        auto chapter = compileChapter(many, u"many"_s);
        QVERIFY2(chapter, qPrintable(chapter ? QString() : chapter.error().message));
        chapters.append(*chapter);

        const QString package = m_dir.path() + u"/package"_s;
        auto report =
            writePackage(chapters, fb::test::manualFixtureSources() + u"/images"_s, package);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        auto library = ManualLibrary::open(package);
        QVERIFY2(library, qPrintable(library ? QString() : library.error().message));
        m_library = std::move(library).value();
        auto fts = fb::storage::Database::open(package + u"/index.sqlite"_s,
                                               fb::storage::Database::Mode::ReadOnly, false);
        QVERIFY(fts);
        m_fts.emplace(std::move(fts).value());
    }

    void sameRankingAsBm25_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("limit");
        const QStringList &words = vocabulary();
        for (qsizetype a = 0; a < words.size(); ++a) {
            QTest::addRow("%s", qPrintable(words.at(a))) << words.at(a) << QString() << 3;
            for (qsizetype b = a + 1; b < words.size(); ++b) {
                const QString two = words.at(a) + u' ' + words.at(b);
                QTest::addRow("%s", qPrintable(two)) << two << QString() << 5;
                QTest::addRow("%s locker", qPrintable(two)) << two << u"locker"_s << 20;
                const QString three = two + u' ' + words.at((b + 1) % words.size());
                if (!two.contains(words.at((b + 1) % words.size())))
                    QTest::addRow("%s", qPrintable(three)) << three << QString() << 10;
            }
        }
        QTest::addRow("every word") << words.join(u' ') << QString() << 20;
        QTest::addRow("more than match") << u"zephyr quartz"_s << QString() << 1000;
    }

    void sameRankingAsBm25()
    {
        QFETCH(QString, text);
        QFETCH(QString, model);
        QFETCH(int, limit);
        const QList<Expected> expected = reference(text, model, limit);
        QVERIFY(!expected.isEmpty());
        auto hits = m_library->search({text, model, u"en"_s, limit});
        QVERIFY2(hits, qPrintable(hits ? QString() : hits.error().message));
        QCOMPARE(hits->size(), expected.size());
        for (qsizetype i = 0; i < hits->size(); ++i) {
            const SearchHit &hit = hits->at(i);
            const QString key = hit.manual + u'/' + hit.chapter + u'#' + hit.anchor;
            // Equal scores may come in either order; the score at each place may not.
            QVERIFY2(std::abs(hit.score - expected.at(i).score) < 1e-6,
                     qPrintable(u"#%1 %2 %3, FTS5 %4 %5"_s.arg(i)
                                    .arg(key)
                                    .arg(hit.score)
                                    .arg(expected.at(i).key)
                                    .arg(expected.at(i).score)));
            if (!model.isEmpty())
                QCOMPARE(hit.manual, model);
        }
    }

    void prefixOfThousandsOfTokens()
    {
        auto hits = m_library->search({u"zz"_s, {}, u"en"_s, 20});
        QVERIFY2(hits, qPrintable(hits ? QString() : hits.error().message));
        QCOMPARE(hits->size(), 20); // a full page, not nothing and not everything
        QCOMPARE(hits->first().link(), u"manual:cabinet/many#zzlock"_s);
        QVERIFY2(hits->first().snippet.contains(u"\uE000zzlock\uE001"_s),
                 qPrintable(hits->first().snippet));
        for (qsizetype i = 1; i < hits->size(); ++i)
            QVERIFY(hits->at(i - 1).score >= hits->at(i).score);
        // A longer prefix narrows it to one token.
        hits = m_library->search({u"zzloc"_s, {}, u"en"_s, 50});
        QVERIFY(hits);
        QCOMPARE(hits->size(), 6);
        QCOMPARE(hits->first().anchor, u"zzlock"_s);
        // An unknown model finds nothing rather than everything.
        hits = m_library->search({u"quartz"_s, u"no-such-model"_s, u"en"_s, 20});
        QVERIFY(hits);
        QVERIFY(hits->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestManualRanking)
#include "tst_manual_ranking.moc"
