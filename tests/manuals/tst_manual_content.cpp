// The real manuals in manuals/: they compile without warnings, every deep
// link resolves (every link in every chapter of every language, counted
// against the sources, and the links the app itself opens: the health checks
// and the anchors manual-format.md promises), realistic queries find the right
// chapter first, pages load nothing remote, and the package the build made
// verifies. There are no bundled troubleshooting wizards yet (`wizard`
// documents come only from HQ), so there are no wizard links to walk.

#include "manual_test_util.h"

#include "device/health_checks.h"
#include "manuals/manual_library.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fb::manuals;

class TestManualContent : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ManualLibrary> m_library;

    QList<SearchHit> find(const QString &text, const QString &language, const QString &model = {})
    {
        auto hits = m_library->search({text, model, language, 10});
        if (!hits)
            qWarning("%s", qPrintable(hits.error().message));
        return hits ? *hits : QList<SearchHit>{};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!QFileInfo::exists(fb::test::manualSources() + u"/en"_s))
            QSKIP("no manual content in manuals/ yet");
        auto report = compilePackage(fb::test::manualSources(), m_dir.path() + u"/package"_s);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QVERIFY(report->chapters > 0);
        // Broken links, missing images and unsupported links are content bugs.
        QVERIFY2(report->warnings.isEmpty(), qPrintable(report->warnings.join(u'\n')));
        auto library = ManualLibrary::open(m_dir.path() + u"/package"_s);
        QVERIFY2(library, qPrintable(library ? QString() : library.error().message));
        m_library = std::move(library).value();
    }

    void everyLinkResolves()
    {
        int checked = 0;
        QStringList broken;
        for (const ChapterEntry &entry : m_library->allChapters()) {
            for (const QString &link : entry.links) {
                auto target = m_library->resolve(link, entry.meta.language);
                ++checked;
                if (!target)
                    broken.append(u"%1/%2/%3: %4: %5"_s.arg(entry.meta.language, entry.meta.manual,
                                                            entry.meta.chapter, link,
                                                            target.error().message));
            }
        }
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u'\n')));
        qInfo("%d links checked", checked);

        // Counted again from the sources, so a link the compiler drops is noticed.
        static const QRegularExpression link(u"(?<!!)\\[[^\\]]*\\]\\((manual:|#)[^)\\s]*\\)"_s);
        int inSources = 0;
        QDirIterator files(fb::test::manualSources(), {u"*.md"_s}, QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString text = QString::fromUtf8(fb::test::readFile(files.next()));
            for (auto it = link.globalMatch(text); it.hasNext(); it.next())
                ++inSources;
        }
        QVERIFY(inSources > 0);
        QCOMPARE(checked, inSources);
    }

    // The deep links the app opens by itself resolve in every language.
    void appLinksResolve()
    {
        QStringList links;
        const QStringList models{u"cabinet"_s, u"refrigerator"_s, u"freezer"_s, u"locker"_s};
        // Health checks: every check failing and passing, for every model.
        for (const fb::DeviceModel model : {fb::DeviceModel::Cabinet, fb::DeviceModel::Refrigerator,
                                            fb::DeviceModel::Freezer, fb::DeviceModel::Locker}) {
            fb::device::Readings failing;
            failing.identity.model = model;
            failing.antennas.append(fb::device::Antenna{});
            fb::device::Readings passing = failing;
            passing.status.temperatureC = 4.0;
            passing.status.batteryPercent = 80;
            for (const auto *readings : {&failing, &passing}) {
                for (const fb::device::CheckResult &check :
                     fb::device::runChecks(*readings, u"9.9.9"_s))
                    links.append(check.link);
            }
        }
        // The health-check sections of manual-format.md.
        const QStringList anchors{u"power-supply#supply-voltage-check"_s,
                                  u"backup-battery#battery-replacement"_s,
                                  u"temperature-probe#temperature-out-of-range"_s,
                                  u"temperature-probe#sensor-fault"_s,
                                  u"network-setup#no-network-link"_s,
                                  u"network-setup#hq-not-reachable"_s,
                                  u"antenna#antenna-open-circuit"_s,
                                  u"door-lock#door-will-not-unlock"_s,
                                  u"door-lock#door-left-open"_s,
                                  u"door-lock#solenoid-replacement"_s,
                                  u"controller-board#firmware-update"_s};
        for (const QString &model : models) {
            for (const QString &anchor : anchors)
                links.append(u"manual:%1/%2"_s.arg(model, anchor));
        }
        links.removeDuplicates();
        QVERIFY(links.size() > models.size() * anchors.size());
        QStringList broken;
        for (const QString &url : std::as_const(links)) {
            for (const QString &language : supportedLanguages()) {
                auto target = m_library->resolve(url, language);
                if (!target)
                    broken.append(u"%1 (%2): %3"_s.arg(url, language, target.error().message));
            }
        }
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u'\n')));
        qInfo("%lld app links checked", static_cast<long long>(links.size()));
    }

    void everyChapterHasAnEnglishOriginal()
    {
        for (const ChapterEntry &entry : m_library->allChapters()) {
            QVERIFY2(
                m_library->chapter(entry.meta.manual, entry.meta.chapter, u"en"_s)->meta.language ==
                    "en"_L1,
                qPrintable(entry.link()));
        }
    }

    void pagesLoadNothingRemote()
    {
        static const QRegularExpression remote(
            u"(src|href)\\s*=\\s*\"(?!manual:|\\.\\./\\.\\./\\.\\./images/)"_s,
            QRegularExpression::CaseInsensitiveOption);
        for (const ChapterEntry &entry : m_library->allChapters()) {
            auto html = m_library->pageHtml(entry);
            QVERIFY(html);
            const auto match = remote.match(*html);
            QVERIFY2(!match.hasMatch(),
                     qPrintable(entry.file + u": "_s + html->mid(match.capturedStart(), 80)));
            QVERIFY(!html->contains(u"<link"_s, Qt::CaseInsensitive));
            QVERIFY(!html->contains(u"<script"_s, Qt::CaseInsensitive));
        }
    }

    void realisticQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("expected"); // lang/manual/chapter of the first hit
        QTest::newRow("door will not unlock")
            << u"door will not unlock"_s << u"en"_s << QString() << u"door-lock"_s;
        QTest::newRow("Temperaturalarm Gefrierschrank")
            << u"Temperaturalarm Gefrierschrank"_s << u"de"_s << QString()
            << u"de/freezer/temperature-probe"_s;
        QTest::newRow("unlocks") << u"lock solenoid unlocks"_s << u"en"_s << u"locker"_s
                                 << u"en/locker/door-lock"_s;
        QTest::newRow("Türschlosses")
            << u"Türschlosses"_s << u"de"_s << u"freezer"_s << u"de/freezer/door-lock"_s;
        QTest::newRow("backup battery") << u"replace backup battery"_s << u"en"_s << u"cabinet"_s
                                        << u"en/cabinet/backup-battery"_s;
        QTest::newRow("antenna return loss") << u"antenna return loss"_s << u"en"_s
                                             << u"refrigerator"_s << u"en/refrigerator/antenna"_s;
        QTest::newRow("compressor") << u"compressor does not start"_s << u"en"_s << u"freezer"_s
                                    << u"en/freezer/compressor"_s;
        QTest::newRow("escalation") << u"escalate to second level"_s << u"en"_s << QString()
                                    << u"en/service-support/escalation-path"_s;
    }

    void realisticQueries()
    {
        QFETCH(QString, query);
        QFETCH(QString, language);
        QFETCH(QString, model);
        QFETCH(QString, expected);
        const QList<SearchHit> hits = find(query, language, model);
        QVERIFY2(!hits.isEmpty(), qPrintable(query));
        const SearchHit &top = hits.first();
        const QString got = u"%1/%2/%3"_s.arg(top.language, top.manual, top.chapter);
        QString ranking;
        for (const SearchHit &hit : hits)
            ranking +=
                u"\n  %1/%2/%3#%4 %5"_s.arg(hit.language, hit.manual, hit.chapter, hit.anchor)
                    .arg(hit.score);
        QVERIFY2(got.endsWith(expected), qPrintable(query + u" ->"_s + ranking));
    }

    void buildTreePackageVerifies()
    {
        const QString package = QStringLiteral(FIELDBENCH_BINARY_DIR "/manuals-package");
        if (!QFileInfo::exists(package + u"/manifest.json"_s))
            QSKIP("the build's manual package is not built");
        auto library = ManualLibrary::open(package);
        QVERIFY2(library, qPrintable(library ? QString() : library.error().message));
        QCOMPARE((*library)->allChapters().size(), m_library->allChapters().size());
    }
};

QTEST_GUILESS_MAIN(TestManualContent)
#include "tst_manual_content.moc"
