// The package: compiled from the fixture corpus, verified when opened,
// searched, deep links resolved, HQ updates applied, damage refused.

#include "manual_test_util.h"
#include "support/test_support.h"

#include "manuals/manual_library.h"
#include "storage/document_store.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fb;
using namespace fb::manuals;

namespace {

QList<SearchHit> find(ManualLibrary &library, const QString &text,
                      const QString &language = u"en"_s, const QString &model = {})
{
    auto hits = library.search({text, model, language, 20});
    if (!hits) {
        qWarning("search: %s", qPrintable(hits.error().message));
        return {};
    }
    return *hits;
}

QString updateSource(const QString &version, const QString &extra)
{
    return u"---\nmanual: cabinet\nlanguage: en\nversion: %1\nchapter: door-lock\ntitle: Door lock "
           "(revised)\n---\n\n# Door lock (revised)\n\n## Door will not unlock "
           "{#door-will-not-unlock}\n\n"
           "%2\n\n## Solenoid check {#solenoid-check}\n\nRun the check.\n"_s.arg(version, extra);
}

QJsonObject manualDocument(const QString &id, const QString &source)
{
    return QJsonObject{{"_id"_L1, id}, {"type"_L1, u"manual"_s}, {"source"_L1, source}};
}

} // namespace

class TestManualPackage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_package;
    std::unique_ptr<ManualLibrary> m_library;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto report = compilePackage(test::manualFixtureSources(), m_dir.path() + u"/package"_s);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->chapters, 5);
        QVERIFY2(report->warnings.isEmpty(), qPrintable(report->warnings.join(u'\n')));
        m_package = m_dir.path() + u"/package"_s;
        QVERIFY(!QFileInfo::exists(m_package + u".tmp"_s));
        auto library = ManualLibrary::open(m_package);
        QVERIFY2(library, qPrintable(library ? QString() : library.error().message));
        m_library = std::move(library).value();
    }

    void layout()
    {
        for (const QString &file :
             {u"manifest.json"_s, u"index.sqlite"_s, u"images/board.svg"_s,
              u"html/en/cabinet/door-lock.html"_s, u"html/de/freezer/temperature-probe.html"_s})
            QVERIFY2(QFileInfo::exists(m_package + u'/' + file), qPrintable(file));
        QCOMPARE(m_library->manuals(), (QStringList{u"cabinet"_s, u"freezer"_s}));
        QCOMPARE(m_library->languages(), (QStringList{u"en"_s, u"de"_s}));
    }

    void tableOfContentsFallsBackToEnglish()
    {
        const QList<ChapterEntry> toc = m_library->tableOfContents(u"freezer"_s, u"de"_s);
        QCOMPARE(toc.size(), 2);
        QCOMPARE(toc.at(0).meta.chapter, u"temperature-probe"_s);
        QCOMPARE(toc.at(0).meta.language, u"de"_s);
        QCOMPARE(toc.at(0).meta.title, u"Temperaturfühler"_s);
        QCOMPARE(toc.at(1).meta.chapter, u"door-lock"_s);
        QCOMPARE(toc.at(1).meta.language, u"en"_s);
        QCOMPARE(m_library->tableOfContents(u"cabinet"_s, u"de"_s).size(), 2);
    }

    void rankedSearch()
    {
        QList<SearchHit> hits = find(*m_library, u"door will not unlock"_s);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().link(), u"manual:cabinet/door-lock#door-will-not-unlock"_s);
        QVERIFY(hits.first().score > 0);
        for (qsizetype i = 1; i < hits.size(); ++i)
            QVERIFY(hits.at(i - 1).score >= hits.at(i).score);
        QVERIFY2(hits.first().snippet.contains(u"\uE000unlock\uE001"_s),
                 qPrintable(hits.first().snippet));
    }

    void englishStemming()
    {
        // "unlocks" is not in the text, "unlock" is.
        QList<SearchHit> hits = find(*m_library, u"unlocks"_s);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().chapter, u"door-lock"_s);
    }

    void germanStemming()
    {
        // "Türschlosses" is not in the text, "Türschloss" is.
        QList<SearchHit> hits = find(*m_library, u"Türschlosses"_s, u"de"_s);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().link(), u"manual:freezer/temperature-probe#temperature-alarm"_s);
        QCOMPARE(hits.first().language, u"de"_s);
        // Typed without umlaut.
        QCOMPARE(find(*m_library, u"Turschloss"_s, u"de"_s).value(0).chapter,
                 u"temperature-probe"_s);
        hits = find(*m_library, u"Temperaturalarm Gefrierschrank"_s, u"de"_s);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().link(), u"manual:freezer/temperature-probe#temperature-alarm"_s);
    }

    void prefixMatching()
    {
        const QList<SearchHit> hits = find(*m_library, u"solen"_s);
        QVERIFY(!hits.isEmpty());
        QVERIFY(hits.first().snippet.contains(u"\uE000solenoid"_s) ||
                hits.first().sectionTitle.contains(u"Solenoid"_s));
    }

    void modelFilterAndFallbackSearch()
    {
        const QList<SearchHit> freezer = find(*m_library, u"door"_s, u"en"_s, u"freezer"_s);
        QVERIFY(!freezer.isEmpty());
        for (const SearchHit &hit : freezer)
            QCOMPARE(hit.manual, u"freezer"_s);
        // German search covers English chapters the German manual lacks...
        const QList<SearchHit> german = find(*m_library, u"solenoid"_s, u"de"_s);
        QVERIFY(!german.isEmpty());
        QCOMPARE(german.first().language, u"en"_s);
        // ...but not English chapters that have a German version.
        for (const SearchHit &hit : find(*m_library, u"alarm probe"_s, u"de"_s))
            QVERIFY(!(hit.language == "en"_L1 && hit.chapter == "temperature-probe"_L1));
        QVERIFY(find(*m_library, u"   "_s).isEmpty());
        QVERIFY(find(*m_library, u"\"unbalanced OR ( NEAR"_s).size() >= 0); // no syntax error
        auto odd = m_library->search({u"\" OR ) * ^"_s, {}, u"en"_s, 5});
        QVERIFY(odd);
    }

    void deepLinks()
    {
        auto resolved = m_library->resolve(u"manual:cabinet/door-lock#solenoid-check"_s, u"en"_s);
        QVERIFY(resolved);
        QCOMPARE(resolved->chapter.meta.title, u"Door lock and solenoid"_s);
        QCOMPARE(resolved->anchor, u"solenoid-check"_s);
        resolved = m_library->resolve(u"manual:cabinet"_s, u"en"_s);
        QVERIFY(resolved);
        QCOMPARE(resolved->chapter.meta.chapter, u"overview"_s);
        resolved = m_library->resolve(u"manual:freezer/door-lock#frozen-lock"_s, u"de"_s);
        QVERIFY(resolved);
        QCOMPARE(resolved->chapter.meta.language, u"en"_s); // fallback
        auto missing = m_library->resolve(u"manual:cabinet/door-lock#nope"_s, u"en"_s);
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(u"no section \"nope\""_s));
        missing = m_library->resolve(u"manual:cabinet/nope"_s, u"en"_s);
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(u"no chapter"_s));
        QVERIFY(!m_library->resolve(u"http://example.com"_s, u"en"_s));
        // Every link in every chapter resolves.
        for (const ChapterEntry &entry : m_library->allChapters()) {
            for (const QString &link : entry.links) {
                auto target = m_library->resolve(link, entry.meta.language);
                QVERIFY2(target, qPrintable(link + u": "_s +
                                            (target ? QString() : target.error().message)));
            }
        }
    }

    void pagesHaveNoRemoteResources()
    {
        static const QRegularExpression remote(u"(src|href)\\s*=\\s*\"(https?:|//|file:)"_s,
                                               QRegularExpression::CaseInsensitiveOption);
        for (const ChapterEntry &entry : m_library->allChapters()) {
            auto html = m_library->pageHtml(entry);
            QVERIFY(html);
            QVERIFY2(!remote.match(*html).hasMatch(), qPrintable(entry.file));
            QVERIFY(!html->contains(u"<link"_s));
            QVERIFY(!html->contains(u"<script"_s));
        }
        auto overview = m_library->chapter(u"cabinet"_s, u"overview"_s, u"en"_s);
        QVERIFY(overview);
        const QString html = *m_library->pageHtml(*overview);
        QVERIFY(html.contains(u"src=\"../../../images/board.svg\""_s));
        QVERIFY(html.contains(u"&lt;b&gt;raw html&lt;/b&gt;"_s));
    }

    void damagedPackagesAreRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("message");
        QTest::newRow("page changed") << u"page"_s << u"does not match its checksum"_s;
        QTest::newRow("index missing") << u"index-missing"_s << u"index.sqlite is missing"_s;
        QTest::newRow("index truncated")
            << u"index-truncated"_s << u"does not match its checksum"_s;
        QTest::newRow("index garbage, manifest rehashed") << u"index-garbage"_s << u"damaged"_s;
        QTest::newRow("manifest garbage") << u"manifest"_s << u"not valid JSON"_s;
        QTest::newRow("manifest empty") << u"manifest-empty"_s << u"not valid JSON"_s;
        QTest::newRow("wrong format") << u"format"_s << u"package format 99"_s;
        QTest::newRow("no package") << u"nothing"_s << u"No manual package"_s;
    }

    void damagedPackagesAreRefused()
    {
        QFETCH(QString, damage);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString package = test::compileFixturePackage(dir.path());
        QVERIFY(!package.isEmpty());
        const QString manifestPath = package + u"/manifest.json"_s;
        QJsonObject manifest = QJsonDocument::fromJson(test::readFile(manifestPath)).object();
        if (damage == "page"_L1) {
            QByteArray page = test::readFile(package + u"/html/en/cabinet/door-lock.html"_s);
            page[page.size() / 2] = 'X';
            QVERIFY(test::rewriteFile(package + u"/html/en/cabinet/door-lock.html"_s, page));
        } else if (damage == "index-missing"_L1) {
            QVERIFY(QFile::remove(package + u"/index.sqlite"_s));
        } else if (damage == "index-truncated"_L1) {
            QVERIFY(test::rewriteFile(package + u"/index.sqlite"_s,
                                      test::readFile(package + u"/index.sqlite"_s).left(1000)));
        } else if (damage == "index-garbage"_L1) {
            const QByteArray garbage(8192, 'g');
            QVERIFY(test::rewriteFile(package + u"/index.sqlite"_s, garbage));
            QJsonObject files = manifest.value("files"_L1).toObject();
            files.insert(
                u"index.sqlite"_s,
                QString::fromLatin1(
                    QCryptographicHash::hash(garbage, QCryptographicHash::Sha256).toHex()));
            manifest.insert(u"files"_s, files);
            QVERIFY(test::rewriteFile(manifestPath, QJsonDocument(manifest).toJson()));
        } else if (damage == "manifest"_L1) {
            QVERIFY(test::rewriteFile(manifestPath, test::readFile(manifestPath).left(200)));
        } else if (damage == "manifest-empty"_L1) {
            QVERIFY(test::rewriteFile(manifestPath, {}));
        } else if (damage == "format"_L1) {
            manifest.insert(u"format"_s, 99);
            QVERIFY(test::rewriteFile(manifestPath, QJsonDocument(manifest).toJson()));
        } else {
            QVERIFY(QDir(package).removeRecursively());
        }
        auto library = ManualLibrary::open(package);
        QVERIFY(!library);
        QVERIFY2(library.error().message.contains(message), qPrintable(library.error().message));
        QVERIFY(library.error().message.contains(u"the rest of the app works"_s));
    }

    void pageDamagedAfterOpeningIsRefused()
    {
        QTemporaryDir dir;
        const QString package = test::compileFixturePackage(dir.path());
        auto library = ManualLibrary::open(package);
        QVERIFY(library);
        QVERIFY(
            test::rewriteFile(package + u"/html/en/freezer/door-lock.html"_s, "<html>evil</html>"));
        auto entry = (*library)->chapter(u"freezer"_s, u"door-lock"_s, u"en"_s);
        QVERIFY(entry);
        auto html = (*library)->pageHtml(*entry);
        QVERIFY(!html);
        QVERIFY(html.error().message.contains(u"checksum"_s));
    }

    void locateHonoursEnvironment()
    {
        qputenv("FIELDBENCH_MANUALS_DIR", m_package.toUtf8());
        QCOMPARE(ManualLibrary::candidateDirectories(), QStringList{m_package});
        auto located = ManualLibrary::locate();
        QVERIFY(located);
        QCOMPARE(*located, m_package);
        qputenv("FIELDBENCH_MANUALS_DIR", QByteArray(m_dir.path().toUtf8() + "/nowhere"));
        located = ManualLibrary::locate();
        QVERIFY(!located);
        QVERIFY(located.error().message.contains(u"FIELDBENCH_MANUALS_DIR"_s));
        qunsetenv("FIELDBENCH_MANUALS_DIR");
        QVERIFY(ManualLibrary::candidateDirectories().size() >= 2);
    }

    void hqUpdatesReplaceChaptersByVersion()
    {
        QTemporaryDir dir;
        const QString package = test::compileFixturePackage(dir.path());
        const QByteArray before = test::fileDigest(package + u"/index.sqlite"_s);
        auto opened = ManualLibrary::open(package);
        QVERIFY(opened);
        ManualLibrary &library = **opened;
        const QStringList problems = library.applyUpdates(
            {manualDocument(u"manual:older"_s, updateSource(u"0.9.0"_s, u"Outdated zebra text."_s)),
             manualDocument(u"manual:newer"_s,
                            updateSource(u"1.1.0"_s, u"Check the quagga relay."_s)),
             manualDocument(u"manual:broken"_s, u"---\nmanual: cabinet\n---\n"_s),
             manualDocument(u"manual:empty"_s, QString()),
             manualDocument(u"manual:new-chapter"_s,
                            u"---\nmanual: locker\nlanguage: en\nversion: 1.0.0\nchapter: hinges\n"
                            "title: Hinges\n---\n\n# Hinges\n\nOil the okapi hinge.\n"_s)});
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.at(0).contains(u"manual:broken"_s));
        QVERIFY(problems.at(1).contains(u"manual:empty"_s));

        auto entry = library.chapter(u"cabinet"_s, u"door-lock"_s, u"en"_s);
        QVERIFY(entry);
        QCOMPARE(entry->meta.version, u"1.1.0"_s);
        QCOMPARE(entry->meta.order, 2); // keeps its place in the table of contents
        QVERIFY(library.pageHtml(*entry)->contains(u"quagga"_s));
        QCOMPARE(find(library, u"quagga"_s).value(0).link(),
                 u"manual:cabinet/door-lock#door-will-not-unlock"_s);
        QVERIFY(find(library, u"zebra"_s).isEmpty());
        QVERIFY(find(library, u"M4"_s).isEmpty()); // only in the replaced version
        QCOMPARE(find(library, u"okapi"_s).value(0).link(), u"manual:locker/hinges"_s);
        QVERIFY(library.manuals().contains(u"locker"_s));
        QVERIFY(!library.resolve(u"manual:cabinet/door-lock#solenoid-replacement"_s, u"en"_s));
        // An update never writes into the installed package.
        QCOMPARE(test::fileDigest(package + u"/index.sqlite"_s), before);
        QVERIFY(ManualLibrary::open(package));
    }

    void hqUpdatesFromTheWorkspace()
    {
        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir);
        QVERIFY(workspace);
        storage::DocumentStore store(workspace->db());
        QJsonObject document = manualDocument(u"manual:cabinet/en/door-lock"_s,
                                              updateSource(u"2.0.0"_s, u"Ask the wombat."_s));
        auto stored = store.put(document);
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
        auto opened = ManualLibrary::open(m_package);
        QVERIFY(opened);
        auto problems = (*opened)->applyUpdatesFrom(workspace->db());
        QVERIFY(problems);
        QVERIFY(problems->isEmpty());
        QCOMPARE(find(**opened, u"wombat"_s).value(0).chapter, u"door-lock"_s);
    }
};

QTEST_GUILESS_MAIN(TestManualPackage)
#include "tst_manual_package.moc"
