// The quote builder, the customer approval screen with its signature pad and
// the coverage timeline, driven as a person would (offscreen).

#include "commercial_fixture.h"

#include "documents/document_inputs.h"
#include "gui/dialog_seam.h"
#include "gui/gui_context.h"
#include "gui/quotes/approval_window.h"
#include "gui/quotes/quotes_page.h"
#include "gui/quotes/signature_pad.h"
#include "gui/warranty/coverage_timeline.h"
#include "storage/asset_repository.h"
#include "storage/quote_repository.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fb;
using namespace fb::commercial;

class QuotesGuiTest : public QObject
{
    Q_OBJECT

private:
    void sign(gui::SignaturePad *pad)
    {
        QTest::mousePress(pad, Qt::LeftButton, {}, QPoint(30, 60));
        for (int x = 40; x < 200; x += 20)
            QTest::mouseMove(pad, QPoint(x, 60 + (x % 40)));
        QTest::mouseRelease(pad, Qt::LeftButton, {}, QPoint(210, 50));
    }

private slots:
    void initTestCase() { gui::DialogSeam::setAutoAnswer(true); }

    void init()
    {
        m_fixture = std::make_unique<test::CommercialFixture>();
        QVERIFY(m_fixture->setUp());
        m_context = std::make_unique<gui::GuiContext>();
        m_context->setWorkspace(std::move(m_fixture->workspace));
    }

    void cleanup() { m_context.reset(); }

    void signaturePadCapturesStrokes()
    {
        gui::SignaturePad pad;
        pad.resize(400, 160);
        pad.show();
        QVERIFY(pad.isEmpty());
        sign(&pad);
        QVERIFY(!pad.isEmpty());
        const QImage image = QImage::fromData(pad.png(), "PNG");
        QCOMPARE(image.size(), QSize(400, 160));
        int dark = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                dark += qGray(image.pixel(x, y)) < 100;
        QVERIFY(dark > 100);
        pad.clear();
        QVERIFY(pad.isEmpty());
    }

    void approvalScreenApproves()
    {
        storage::QuoteRepository quotes(m_context->workspace()->db());
        auto quote = quotes.create(m_fixture->usOldTicket);
        QVERIFY(quotes.addLabour(quote->id, Decimal::fromInt(2)));
        auto input = documents::loadQuoteDocumentInput(m_context->workspace()->db(), quote->id);
        gui::ApprovalWindow window(*m_context, *input);
        window.show();
        QVERIFY(window.isModal());
        QVERIFY(!window.approveButton()->isEnabled());
        QTest::keyClicks(window.signerEdit(), u"Ann Smith"_s);
        QVERIFY(!window.approveButton()->isEnabled()); // no signature yet
        sign(window.signaturePad());
        QVERIFY(window.approveButton()->isEnabled());
        QTest::mouseClick(window.approveButton(), Qt::LeftButton);
        QCOMPARE(window.result(), int(QDialog::Accepted));
        auto approved = quotes.find(quote->id);
        QCOMPARE(toString(approved->status), u"approved"_s);
        QCOMPARE(approved->approval->signer, u"Ann Smith"_s);
        QVERIFY(approved->approvalMatchesContent());
        QCOMPARE(*quotes.signature(quote->id), window.signaturePad()->png());
    }

    void approvalScreenDeclinesWithReason()
    {
        storage::QuoteRepository quotes(m_context->workspace()->db());
        auto quote = quotes.create(m_fixture->euOldTicket);
        QVERIFY(quotes.addLabour(quote->id, Decimal::fromInt(1)));
        auto input = documents::loadQuoteDocumentInput(m_context->workspace()->db(), quote->id);
        gui::ApprovalWindow window(*m_context, *input);
        window.show();
        QVERIFY(!window.declineButton()->isEnabled());
        QTest::keyClicks(window.reasonEdit(), u"Budget next quarter"_s);
        QTest::mouseClick(window.declineButton(), Qt::LeftButton);
        QCOMPARE(quotes.find(quote->id)->declineReason, u"Budget next quarter"_s);
    }

    void builderPage()
    {
        gui::QuotesPage page(*m_context);
        page.show();
        page.showTicket(u"T-000001"_s);
        QCOMPARE(page.currentTicket(), m_fixture->usOldTicket);
        page.newQuote();
        QVERIFY(!page.currentQuote().isEmpty());
        auto *search = page.findChild<QLineEdit *>(u"quotesPartSearch"_s);
        auto *parts = page.findChild<QListWidget *>(u"quotesParts"_s);
        QTest::keyClicks(search, u"ANT-UHF"_s);
        QCOMPARE(parts->count(), 1);
        parts->setCurrentRow(0);
        page.addPart();
        page.addLabour();
        auto quote =
            storage::QuoteRepository(m_context->workspace()->db()).find(page.currentQuote());
        QCOMPARE(quote->lines.size(), 2);
        QCOMPARE(quote->total.toMoneyString(), u"296.61"_s); // (149 + 125) × 1.0825
        // A locker part is filtered out for a cabinet.
        search->clear();
        QTest::keyClicks(search, u"solenoid"_s);
        QCOMPARE(parts->count(), 1);
        QCOMPARE(parts->item(0)->data(Qt::UserRole).toString(), u"LCK-SOL-12"_s);
    }

    void coverageTimeline()
    {
        gui::CoverageTimeline timeline(*m_context);
        timeline.resize(700, 120);
        timeline.show();
        auto device = storage::AssetRepository(m_context->workspace()->db()).device(u"FBC-OLD"_s);
        timeline.showDevice(*device);
        QCOMPARE(timeline.rowCount(), 1);
        QVERIFY(timeline.summary().contains(u"ended"_s));
        QVERIFY(!timeline.grab().isNull());
        timeline.clear();
        QCOMPARE(timeline.rowCount(), 0);
    }

private:
    std::unique_ptr<test::CommercialFixture> m_fixture;
    std::unique_ptr<gui::GuiContext> m_context;
};

QTEST_MAIN(QuotesGuiTest)
#include "tst_quotes_gui.moc"
