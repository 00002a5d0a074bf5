// The Manuals page on the fixture package: contents, deep links with anchors,
// language fallback, back/forward, find in page, search, bookmarks, PDF
// export and printing through the real buttons (files checked with pdftotext),
// images from the package only, and a damaged package.

#include "manual_test_util.h"

#include "gui/dialog_seam.h"
#include "gui/gui_context.h"
#include "gui/manuals/manual_browser.h"
#include "gui/manuals/manuals_page.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace fb::gui;

class TestManualsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_package;

    std::unique_ptr<ManualsPage> makePage(GuiContext &context)
    {
        auto page = std::make_unique<ManualsPage>(context);
        QSignalSpy loaded(page.get(), &ManualsPage::libraryLoaded);
        QSignalSpy shown(page.get(), &ManualsPage::pageShown);
        if (!loaded.wait(10000))
            qWarning("the manual package did not load");
        if (loaded.value(0).value(0).toBool())
            shown.wait(10000); // the first model's first chapter
        return page;
    }

    static bool open(ManualsPage &page, const QString &link)
    {
        QSignalSpy shown(&page, &ManualsPage::pageShown);
        page.openLink(link);
        return shown.wait(10000);
    }

    // The text of a PDF as pdftotext (poppler-utils) reads it, on one line.
    static QString pdfText(const QString &pdf)
    {
        const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (tool.isEmpty()) {
            qWarning("pdftotext is missing: install poppler-utils");
            return {};
        }
        QProcess process;
        process.start(tool, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
        if (!process.waitForFinished(30000) || process.exitCode() != 0) {
            qWarning("pdftotext failed: %s", process.readAllStandardError().constData());
            return {};
        }
        return QString::fromUtf8(process.readAllStandardOutput()).simplified();
    }

    // Clicks a tool button of the page and waits for the print/export to end.
    // Returns the error ("" on success, "no signal" when none came).
    static QString clickAndWait(ManualsPage &page, const QString &button)
    {
        QSignalSpy finished(&page, &ManualsPage::exportFinished);
        auto *tool = page.findChild<QToolButton *>(button);
        if (!tool)
            return u"no button "_s + button;
        QElapsedTimer timer;
        timer.start();
        tool->click();
        const qint64 blocked = timer.elapsed();
        if (!finished.wait(30000))
            return u"no signal"_s;
        qInfo("%s: GUI thread busy %lld ms, done after %lld ms", qPrintable(button),
              static_cast<long long>(blocked), static_cast<long long>(timer.elapsed()));
        return finished.first().at(1).toString();
    }

    // What a PDF must not carry: links or actions that open something
    // (the page's manual: links and its https address shown as text included).
    static QByteArray remoteReference(const QByteArray &pdf)
    {
        for (const char *key : {"/URI", "/Launch", "/GoToR", "/GoToE", "/JavaScript", "/JS",
                                "/SubmitForm", "/ImportData", "/EmbeddedFile"}) {
            if (pdf.contains(key))
                return key;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_package = fb::test::compileFixturePackage(m_dir.path());
        QVERIFY(!m_package.isEmpty());
        qputenv("FIELDBENCH_MANUALS_DIR", m_package.toUtf8());
    }

    void showsContentsAndFirstChapter()
    {
        GuiContext context;
        auto page = makePage(context);
        page->setLanguage(u"en"_s);
        QCOMPARE(page->modelBox()->count(), 2);
        QCOMPARE(page->modelBox()->currentData().toString(), u"cabinet"_s);
        QTRY_COMPARE(page->tableOfContents()->topLevelItemCount(), 2);
        QCOMPARE(page->tableOfContents()->topLevelItem(0)->text(0), u"Cabinet overview"_s);
        QVERIFY(page->tableOfContents()->topLevelItem(0)->childCount() >= 2);
        QCOMPARE(page->currentLink(), u"manual:cabinet/overview"_s);
        const QString text = page->browser()->toPlainText();
        QVERIFY(text.contains(u"dry-goods enclosure"_s));
        QVERIFY(text.contains(u"Lock solenoid"_s));   // the table
        QVERIFY(text.contains(u"<b>raw html</b>"_s)); // escaped, shown as text
        // The image came from the package.
        const QVariant image = page->browser()->document()->resource(
            QTextDocument::ImageResource, QUrl(u"../../../images/board.svg"_s));
        QVERIFY(image.value<QImage>().width() > 0);
    }

    void browserLoadsNothingElse()
    {
        GuiContext context;
        auto page = makePage(context);
        ManualBrowser *browser = page->browser();
        QVERIFY(
            !browser
                 ->loadResource(QTextDocument::ImageResource, QUrl(u"https://example.com/x.svg"_s))
                 .isValid());
        QVERIFY(
            !browser->loadResource(QTextDocument::ImageResource, QUrl(u"../../../manifest.json"_s))
                 .isValid());
        QVERIFY(!browser
                     ->loadResource(QTextDocument::StyleSheetResource,
                                    QUrl(u"../../../images/board.svg"_s))
                     .isValid());
        QVERIFY(
            browser
                ->loadResource(QTextDocument::ImageResource, QUrl(u"../../../images/board.svg"_s))
                .isValid());
    }

    void deepLinksHistoryAndFallback()
    {
        GuiContext context;
        auto page = makePage(context);
        page->setLanguage(u"en"_s);
        QVERIFY(open(*page, u"manual:cabinet/door-lock#solenoid-replacement"_s));
        QCOMPARE(page->currentLink(), u"manual:cabinet/door-lock#solenoid-replacement"_s);
        QVERIFY(page->browser()->toPlainText().contains(u"M4"_s));
        QVERIFY(page->locationLabel()->text().contains(u"Door lock and solenoid"_s));
        // Through GuiContext, as other pages do (the main window calls openLink).
        QVERIFY(open(*page, u"manual:freezer/temperature-probe#probe-replacement"_s));
        QCOMPARE(page->modelBox()->currentData().toString(), u"freezer"_s);
        QVERIFY(page->canGoBack());
        page->back();
        QTRY_COMPARE(page->currentLink(), u"manual:cabinet/door-lock#solenoid-replacement"_s);
        QVERIFY(page->canGoForward());
        page->forward();
        QTRY_COMPARE(page->currentLink(), u"manual:freezer/temperature-probe#probe-replacement"_s);

        // German: the chapter exists in German; door-lock falls back to English.
        QSignalSpy shown(page.get(), &ManualsPage::pageShown);
        page->setLanguage(u"de"_s);
        QVERIFY(shown.wait(10000));
        QVERIFY(page->browser()->toPlainText().contains(u"Temperaturfühler"_s));
        QVERIFY(open(*page, u"manual:freezer/door-lock#frozen-lock"_s));
        QVERIFY(page->locationLabel()->text().contains(u"English"_s));

        QSignalSpy failed(page.get(), &ManualsPage::linkFailed);
        page->openLink(u"manual:freezer/door-lock#no-such-section"_s);
        QVERIFY(failed.wait(10000));
        QVERIFY(page->locationLabel()->text().contains(u"no-such-section"_s));
        QCOMPARE(page->currentLink(), u"manual:freezer/door-lock#frozen-lock"_s);
    }

    void findSearchBookmarksPdf()
    {
        GuiContext context;
        auto page = makePage(context);
        page->setLanguage(u"en"_s);
        QVERIFY(open(*page, u"manual:cabinet/door-lock"_s));
        QVERIFY(page->findInPage(u"solenoid"_s));
        QVERIFY(page->browser()->textCursor().hasSelection());
        QVERIFY(!page->findInPage(u"xylophone"_s));

        QSignalSpy searched(page.get(), &ManualsPage::searchFinished);
        page->search(u"door will not unlock"_s);
        QVERIFY(searched.wait(10000));
        QVERIFY(searched.first().first().toInt() > 0);
        QListWidgetItem *first = page->searchResults()->item(0);
        QCOMPARE(first->data(Qt::UserRole + 1).toString(),
                 u"manual:cabinet/door-lock#door-will-not-unlock"_s);
        auto *label = qobject_cast<QLabel *>(page->searchResults()->itemWidget(first));
        QVERIFY(label);
        QVERIFY2(label->text().contains(u"<b>unlock</b>"_s), qPrintable(label->text()));

        page->addBookmark();
        QCOMPARE(page->bookmarkList()->count(), 1);
        QCOMPARE(page->bookmarkList()->item(0)->data(Qt::UserRole + 1).toString(),
                 u"manual:cabinet/door-lock"_s);
        {
            GuiContext other; // bookmarks persist
            auto again = makePage(other);
            QCOMPARE(again->bookmarkList()->count(), 1);
        }
        page->removeBookmark(u"manual:cabinet/door-lock"_s);
        QCOMPARE(page->bookmarkList()->count(), 0);

        const QString pdf = m_dir.path() + u"/chapter.pdf"_s;
        QSignalSpy exported(page.get(), &ManualsPage::exportFinished);
        QVERIFY(page->exportPdf(pdf));
        QVERIFY(exported.wait(30000));
        QCOMPARE(exported.first().at(1).toString(), QString());
        QVERIFY(fb::test::readFile(pdf).startsWith("%PDF"));
    }

    void exportPdfThroughTheButton()
    {
        DialogSeam::reset();
        GuiContext context;
        auto page = makePage(context);
        page->setLanguage(u"en"_s);
        QVERIFY(open(*page, u"manual:cabinet/overview"_s));
        const QString pdf = m_dir.path() + u"/Cabinet overview.pdf"_s;
        DialogSeam::setNextFileName(pdf); // the save dialog's answer
        QCOMPARE(clickAndWait(*page, u"manualPdf"_s), QString());
        const QByteArray bytes = fb::test::readFile(pdf);
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY2(remoteReference(bytes).isEmpty(), remoteReference(bytes).constData());
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(u"Cabinet overview"_s), qPrintable(text)); // the title
        QVERIFY2(text.contains(u"Lock solenoid"_s), qPrintable(text));    // a table cell
        QVERIFY2(text.contains(u"door frame"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Disconnect mains before opening the service cover"_s),
                 qPrintable(text));
        QVERIFY(text.contains(u"<b>raw html</b>"_s)); // still text, as on screen

        // Cancelled: nothing is written, nothing reported.
        QSignalSpy finished(page.get(), &ManualsPage::exportFinished);
        DialogSeam::setNextFileName(QString());
        page->findChild<QToolButton *>(u"manualPdf"_s)->click();
        QVERIFY(!finished.wait(300));

        // A folder that does not exist: a clear message, no file.
        const QString bad = m_dir.path() + u"/no-such-folder/chapter.pdf"_s;
        DialogSeam::setNextFileName(bad);
        DialogSeam::setNextAnswer(QMessageBox::Ok); // the warning box
        const QString error = clickAndWait(*page, u"manualPdf"_s);
        QVERIFY2(error.contains(u"Could not write"_s) && error.contains(u"chapter.pdf"_s),
                 qPrintable(error));
        QVERIFY(DialogSeam::takeMessages().contains(error));
        QVERIFY(!QFileInfo::exists(bad));

        // A successful export replaces an existing file.
        QVERIFY(fb::test::rewriteFile(pdf, "old"));
        DialogSeam::setNextFileName(pdf);
        QCOMPARE(clickAndWait(*page, u"manualPdf"_s), QString());
        QVERIFY(fb::test::readFile(pdf).startsWith("%PDF"));
        DialogSeam::reset();
    }

    void printThroughTheDialogSeam()
    {
        DialogSeam::reset();
        GuiContext context;
        auto page = makePage(context);
        page->setLanguage(u"en"_s);
        QVERIFY(open(*page, u"manual:cabinet/door-lock"_s));
        const QString pdf = m_dir.path() + u"/printed.pdf"_s;
        DialogSeam::setNextPrintFile(pdf); // the print dialog: print to this PDF
        QCOMPARE(clickAndWait(*page, u"manualPrint"_s), QString());
        const QByteArray bytes = fb::test::readFile(pdf);
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY2(remoteReference(bytes).isEmpty(), remoteReference(bytes).constData());
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(u"Door lock and solenoid"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Listen for the solenoid click."_s), qPrintable(text)); // a step
        QVERIFY2(text.contains(u"22 to 26 V: the solenoid is faulty."_s), qPrintable(text));
        QVERIFY(text.contains(u"fieldbench-cli diag unlock"_s)); // the code block

        // The German page: the page shown is printed.
        page->setLanguage(u"de"_s);
        QVERIFY(open(*page, u"manual:freezer/temperature-probe"_s));
        DialogSeam::setNextPrintFile(pdf);
        QCOMPARE(clickAndWait(*page, u"manualPrint"_s), QString());
        QVERIFY(pdfText(pdf).contains(u"Temperaturfühler"_s));

        // Cancelled print dialog: nothing happens.
        QSignalSpy finished(page.get(), &ManualsPage::exportFinished);
        DialogSeam::setNextPrintFile(QString());
        QVERIFY(!page->print());
        QVERIFY(!finished.wait(300));
        DialogSeam::reset();
    }

    void damagedPackageShowsAMessage()
    {
        QTemporaryDir dir;
        const QString package = fb::test::compileFixturePackage(dir.path());
        QVERIFY(fb::test::rewriteFile(package + u"/manifest.json"_s, "{garbage"));
        qputenv("FIELDBENCH_MANUALS_DIR", package.toUtf8());
        GuiContext context;
        auto page = std::make_unique<ManualsPage>(context);
        QSignalSpy loaded(page.get(), &ManualsPage::libraryLoaded);
        QVERIFY(loaded.wait(10000));
        qputenv("FIELDBENCH_MANUALS_DIR", m_package.toUtf8());
        QCOMPARE(loaded.first().first().toBool(), false);
        const QString text = page->browser()->toPlainText();
        QVERIFY2(text.contains(u"damaged"_s), qPrintable(text));
        QVERIFY(text.contains(u"the rest of the app works"_s));
        page->openLink(u"manual:cabinet/door-lock"_s); // harmless
        page->search(u"door"_s);
        QCOMPARE(page->searchResults()->count(), 0);
    }
};

QTEST_MAIN(TestManualsPage)
#include "tst_manuals_page.moc"
