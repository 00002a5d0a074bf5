// The Markdown renderer, the German stemmer and deep-link parsing.

#include "manuals/chapter.h"
#include "manuals/german_stemmer.h"
#include "manuals/manual_link.h"
#include "manuals/search_index.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fb::manuals;

namespace {

QString source(const QString &body, const QString &front = {})
{
    const QString header = front.isEmpty() ? u"manual: cabinet\nlanguage: en\nversion: 1.2.3\n"
                                             "chapter: door-lock\ntitle: Door lock\n"_s
                                           : front;
    return u"---\n"_s + header + u"---\n\n# Door lock\n\n"_s + body;
}

} // namespace

class TestManualMarkdown : public QObject
{
    Q_OBJECT

private slots:
    void frontMatterAndSections()
    {
        auto chapter =
            compileChapter(source(u"Intro text.\n\n## Solenoid {#solenoid}\n\nCheck it.\n\n"
                                  "### Voltage check {#voltage}\n\n24 V.\n\n## No anchor here\n"_s),
                           u"t.md"_s);
        QVERIFY2(chapter, qPrintable(chapter ? QString() : chapter.error().message));
        QCOMPARE(chapter->meta.manual, u"cabinet"_s);
        QCOMPARE(chapter->meta.version, u"1.2.3"_s);
        QCOMPARE(chapter->anchors(),
                 (QStringList{u"solenoid"_s, u"voltage"_s, u"no-anchor-here"_s}));
        QCOMPARE(chapter->sections.first().text, u"Intro text."_s);
        QCOMPARE(chapter->sections.at(1).title, u"Solenoid"_s);
        QCOMPARE(chapter->sections.at(1).text, u"Check it."_s);
        QCOMPARE(chapter->sections.at(2).level, 3);
        QCOMPARE(chapter->summary, u"Intro text."_s);
        QVERIFY(chapter->bodyHtml.contains(u"<a name=\"solenoid\"></a>Solenoid"_s));
        QVERIFY(chapter->pageHtml().startsWith(u"<!DOCTYPE html>"_s));
    }

    void blocksRender()
    {
        auto chapter = compileChapter(
            source(u"| A | B |\n|:--|--:|\n| `x|y` | **bold** |\n\n```\nfieldbench-cli diag unlock "
                   u"<port>\n```\n\n"
                   "1. one\n2. two\n   - nested *it*\n3. three\n\n> **Warning:** mains!\n\n"
                   "Text with <script>alert(1)</script> & "
                   "[link](manual:freezer/door-lock#frozen-lock) "
                   "and [web](https://example.com/x) and ![Board](../../images/board.svg).\n"_s),
            u"t.md"_s);
        QVERIFY2(chapter, qPrintable(chapter ? QString() : chapter.error().message));
        const QString html = chapter->bodyHtml;
        QVERIFY(html.contains(u"<table border=\"1\""_s));
        QVERIFY(html.contains(u"<td align=\"left\"><code>x|y</code></td>"_s));
        QVERIFY(html.contains(u"<td align=\"right\"><b>bold</b></td>"_s));
        QVERIFY(html.contains(u"<pre>fieldbench-cli diag unlock &lt;port&gt;</pre>"_s));
        QVERIFY(html.contains(
            u"<ol>\n<li>one</li>\n<li>two<ul>\n<li>nested <i>it</i></li></ul>\n</li>\n<li>three"_s));
        QVERIFY(html.contains(u"class=\"warning\""_s));
        QVERIFY(html.contains(u"&lt;script&gt;"_s));
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY(html.contains(u"<a href=\"manual:freezer/door-lock#frozen-lock\">link</a>"_s));
        QVERIFY(html.contains(u"<img src=\"../../../images/board.svg\" alt=\"Board\"/>"_s));
        // External addresses stay readable text, never a link or a resource.
        QVERIFY(!html.contains(u"href=\"https"_s));
        QCOMPARE(chapter->images, QStringList{u"board.svg"_s});
        QCOMPARE(chapter->links.size(), 1);
        QCOMPARE(chapter->links.first().target, u"manual:freezer/door-lock#frozen-lock"_s);
        QVERIFY(chapter->sections.first().text.contains(u"fieldbench-cli diag unlock"_s));
    }

    void localAnchorLinksBecomeDeepLinks()
    {
        auto chapter = compileChapter(
            source(u"See [below](#solenoid).\n\n## Solenoid {#solenoid}\n"_s), u"t.md"_s);
        QVERIFY(chapter);
        QCOMPARE(chapter->links.first().target, u"manual:cabinet/door-lock#solenoid"_s);
    }

    void badSourcesAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("no front matter") << u"# Title\n"_s << u"front matter"_s;
        QTest::newRow("unclosed front matter")
            << u"---\nmanual: x\ntitle: y\n"_s << u"not closed"_s;
        QTest::newRow("missing title")
            << u"---\nmanual: cabinet\nlanguage: en\nversion: 1.0.0\nchapter: a\n---\n# T\n"_s
            << u"lacks \"title\""_s;
        QTest::newRow("bad version")
            << u"---\nmanual: cabinet\nlanguage: en\nversion: 1.0\nchapter: a\ntitle: T\n---\n# T\n"_s
            << u"must look like 1.0.0"_s;
        QTest::newRow("bad language")
            << u"---\nmanual: cabinet\nlanguage: fr\nversion: 1.0.0\nchapter: a\ntitle: T\n---\n# T\n"_s
            << u"not one of"_s;
        QTest::newRow("no title heading")
            << source(QString()).replace(u"# Door lock"_s, u"text"_s) << u"no \"# Title\""_s;
        QTest::newRow("two titles") << source(u"# Again\n"_s) << u"exactly one"_s;
        QTest::newRow("duplicate anchor")
            << source(u"## A {#x}\n\n## B {#x}\n"_s) << u"used twice"_s;
        QTest::newRow("remote image")
            << source(u"![x](https://example.com/a.svg)\n"_s) << u"remote images are not allowed"_s;
        QTest::newRow("garbage") << QString::fromLatin1(QByteArray(64, '\x01'))
                                 << u"front matter"_s;
    }

    void badSourcesAreRefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        auto chapter = compileChapter(text, u"bad.md"_s);
        QVERIFY(!chapter);
        QVERIFY2(chapter.error().message.contains(message), qPrintable(chapter.error().message));
        QVERIFY(chapter.error().message.startsWith(u"bad.md"_s));
    }

    void germanStemmer_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("stem");
        // From the Snowball German vocabulary (umlauts folded at the end).
        QTest::newRow("aufeinanderfolgenden") << u"aufeinanderfolgenden"_s << u"aufeinanderfolg"_s;
        QTest::newRow("kategorischen") << u"kategorischen"_s << u"kategor"_s;
        QTest::newRow("häuser") << u"häuser"_s << u"haus"_s;
        QTest::newRow("ergebnisse") << u"ergebnisse"_s << u"ergebnis"_s;
        QTest::newRow("türschloss") << u"türschloss"_s << u"turschloss"_s;
        QTest::newRow("türschlosses") << u"türschlosses"_s << u"turschloss"_s;
        QTest::newRow("gefrierschrank") << u"gefrierschranks"_s << u"gefrierschrank"_s;
        QTest::newRow("straße") << u"straße"_s << u"strass"_s;
        QTest::newRow("freundlichkeit") << u"freundlichkeit"_s << u"freundlich"_s;
    }

    void germanStemmer()
    {
        QFETCH(QString, word);
        QFETCH(QString, stem);
        QCOMPARE(germanStem(word), stem);
    }

    void manualLinks()
    {
        auto link = parseManualLink(u"manual:freezer/temperature-probe#alarm"_s);
        QVERIFY(link);
        QCOMPARE(link->manual, u"freezer"_s);
        QCOMPARE(link->chapter, u"temperature-probe"_s);
        QCOMPARE(link->anchor, u"alarm"_s);
        QCOMPARE(link->toString(), u"manual:freezer/temperature-probe#alarm"_s);
        QVERIFY(parseManualLink(u"manual:freezer"_s));
        QVERIFY(!parseManualLink(u"https://example.com"_s));
        QVERIFY(!parseManualLink(u"manual:../etc/passwd"_s));
        QVERIFY(!parseManualLink(u"manual:"_s));
    }

    void matchExpressions()
    {
        QCOMPARE(matchExpression(u"door will not unlock"_s, u"en"_s),
                 u"\"door\"* OR \"unlock\"*"_s);
        QCOMPARE(matchExpression(u"Tür \"lässt\" sich nicht öffnen) OR"_s, u"de"_s),
                 u"\"tür\"* OR \"öffnen\"*"_s);
        QCOMPARE(matchExpression(u"the"_s, u"en"_s), u"\"the\"*"_s);
        QVERIFY(matchExpression(u"  ** () "_s, u"en"_s).isEmpty());
        QCOMPARE(snippetToHtml(u"<b>a</b> \uE000x\uE001"_s), u"&lt;b&gt;a&lt;/b&gt; <b>x</b>"_s);
        QCOMPARE(snippetToMarkdown(u"\uE000x\uE001 y"_s), u"**x** y"_s);
    }
};

QTEST_GUILESS_MAIN(TestManualMarkdown)
#include "tst_manual_markdown.moc"
