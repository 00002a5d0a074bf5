// The quote builder (reads, edits and PDFs in its worker), the customer
// approval screen with its signature pad, the coverage timeline and the work
// log dialog with its quote rules, driven as a person would (offscreen).

#include "commercial_fixture.h"

#include "documents/document_inputs.h"
#include "gui/dialog_seam.h"
#include "gui/gui_context.h"
#include "gui/quotes/approval_window.h"
#include "gui/quotes/pdf_preview_dialog.h"
#include "gui/quotes/quotes_page.h"
#include "gui/quotes/signature_pad.h"
#include "gui/tickets/log_work_dialog.h"
#include "gui/tickets/ticket_detail_view.h"
#include "gui/warranty/coverage_timeline.h"
#include "storage/asset_repository.h"
#include "storage/attachment_store.h"
#include "storage/quote_repository.h"
#include "storage/ticket_repository.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::Literals::StringLiterals;
using namespace fb;
using namespace fb::commercial;

class QuotesGuiTest : public QObject
{
    Q_OBJECT

private:
    static void waitIdle(const gui::QuotesPage &page)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 30000);
    }

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
        // The page reads in its worker: nothing is known until it is idle.
        QVERIFY(page.isBusy());
        waitIdle(page);
        QCOMPARE(page.currentTicket(), m_fixture->usOldTicket);
        // A chosen ticket without quotes says so, and how to start one.
        auto *view = page.findChild<QTextBrowser *>(u"quotesView"_s);
        QVERIFY(view);
        QVERIFY2(view->toPlainText().contains(u"T-000001 has no quotes yet"_s),
                 qPrintable(view->toPlainText()));
        page.newQuote();
        waitIdle(page);
        QVERIFY(!page.currentQuote().isEmpty());
        auto *search = page.findChild<QLineEdit *>(u"quotesPartSearch"_s);
        auto *parts = page.findChild<QListWidget *>(u"quotesParts"_s);
        QTest::keyClicks(search, u"ANT-UHF"_s);
        waitIdle(page);
        QCOMPARE(parts->count(), 1);
        parts->setCurrentRow(0);
        page.addPart();
        page.addLabour();
        waitIdle(page);
        auto quote =
            storage::QuoteRepository(m_context->workspace()->db()).find(page.currentQuote());
        QCOMPARE(quote->lines.size(), 2);
        QCOMPARE(quote->total.toMoneyString(), u"296.61"_s); // (149 + 125) × 1.0825
        // A locker part is filtered out for a cabinet.
        search->clear();
        QTest::keyClicks(search, u"solenoid"_s);
        waitIdle(page);
        QCOMPARE(parts->count(), 1);
        QCOMPARE(parts->item(0)->data(Qt::UserRole).toString(), u"LCK-SOL-12"_s);
        // An unknown ticket is reported, not shown.
        page.showTicket(u"T-999999"_s);
        waitIdle(page);
        QVERIFY(page.currentTicket().isEmpty());
        QVERIFY(gui::DialogSeam::takeMessages().join(u'\n').contains(u"T-999999"_s));
        QVERIFY(!view->toPlainText().contains(u"no quotes yet"_s));
    }

    void pdfPreviewsRenderInTheWorkerAndAttach()
    {
        gui::QuotesPage page(*m_context);
        page.show();
        page.showTicket(m_fixture->usOldTicket);
        waitIdle(page);
        page.newQuote();
        waitIdle(page);
        page.addLabour();
        waitIdle(page);
        const QString quoteId = page.currentQuote();
        QVERIFY(!quoteId.isEmpty());

        QTemporaryDir out;
        const auto previewAndSave = [&](auto preview, const QString &file) {
            (page.*preview)();
            gui::PdfPreviewDialog *dialog = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT(
                (dialog = page.findChild<gui::PdfPreviewDialog *>()) && dialog->isVisible(), 30000);
            gui::DialogSeam::setNextFileName(out.filePath(file));
            dialog->save();
            QCOMPARE(dialog->savedPath(), out.filePath(file));
            waitIdle(page);
            QTRY_VERIFY(!page.findChild<gui::PdfPreviewDialog *>());
            QFile saved(out.filePath(file));
            QVERIFY(saved.open(QIODevice::ReadOnly));
            QVERIFY(saved.read(5) == "%PDF-");
        };
        QSignalSpy changed(m_context.get(), &gui::GuiContext::documentsChanged);
        previewAndSave(&gui::QuotesPage::previewQuotePdf, u"quote.pdf"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toStringList(), QStringList{quoteId});
        storage::AttachmentStore attachments(m_context->workspace()->db());
        auto quotePdf = attachments.get(quoteId, u"quote.pdf"_s);
        QVERIFY(quotePdf && quotePdf->has_value());
        QVERIFY((*quotePdf)->data.startsWith("%PDF-"));

        previewAndSave(&gui::QuotesPage::previewServiceReport, u"report.pdf"_s);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(1).at(0).toStringList(), QStringList{m_fixture->usOldTicket});
        auto reportPdf = attachments.get(m_fixture->usOldTicket, u"service-report.pdf"_s);
        QVERIFY(reportPdf && reportPdf->has_value());
        QVERIFY((*reportPdf)->data.startsWith("%PDF-"));
    }

    void logWorkDialogFollowsTheQuoteRules()
    {
        storage::Database &db = m_context->workspace()->db();
        storage::TicketRepository tickets(db);
        // Received three hours ago, so an hour of work ends in the past.
        auto ticket = tickets.find(m_fixture->usOldTicket);
        ticket->receivedAt = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600);
        ticket = tickets.save(*ticket);
        QVERIFY(ticket);

        // The detail view offers "Log work…" once a page handles it.
        gui::TicketDetailView unwired;
        unwired.showTicket(*ticket);
        QVERIFY(unwired.logWorkButton()->isHidden());
        gui::TicketDetailView detail;
        QSignalSpy requested(&detail, &gui::TicketDetailView::logWorkRequested);
        detail.show();
        detail.showTicket(*ticket);
        QVERIFY(!detail.logWorkButton()->isHidden());
        QCOMPARE(detail.workTable()->rowCount(), 0);
        QTest::mouseClick(detail.logWorkButton(), Qt::LeftButton);
        QCOMPARE(requested.size(), 1);

        // Out of warranty, no approved quote: refused, the dialog stays open.
        gui::LogWorkDialog dialog(*m_context, *ticket);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.partCombo()->isEnabled(), 30000);
        QVERIFY(dialog.partCombo()->findData(u"PSU-24V-150"_s) >= 0);
        QVERIFY(dialog.partCombo()->findData(u"LCK-SOL-24"_s) < 0); // a locker part
        const QDateTime start = ticket->receivedAt.addSecs(15 * 60);
        dialog.startEdit()->setDateTime(start.toLocalTime());
        dialog.endEdit()->setDateTime(start.addSecs(3600).toLocalTime());
        QSignalSpy refused(&dialog, &gui::LogWorkDialog::refused);
        QTest::mouseClick(dialog.logButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 30000);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.lastError().contains(u"change order"_s), qPrintable(dialog.lastError()));
        QVERIFY(dialog.findChild<QLabel *>(u"logWorkError"_s)->isVisible());
        QVERIFY(tickets.find(ticket->id)->timeEntries.isEmpty());

        // A bad range cannot even be submitted.
        dialog.endEdit()->setDateTime(start.addSecs(-60).toLocalTime());
        QVERIFY(!dialog.logButton()->isEnabled());
        dialog.endEdit()->setDateTime(start.addSecs(3600).toLocalTime());
        QVERIFY(dialog.logButton()->isEnabled());

        // After the customer approved two hours, the hour is logged.
        storage::QuoteRepository quotes(db);
        auto quote = quotes.create(ticket->id);
        QVERIFY(quotes.addLabour(quote->id, Decimal::fromInt(2)));
        QVERIFY(quotes.approve(quote->id, u"Ann Smith"_s, test::signaturePng()));
        QSignalSpy changed(m_context.get(), &gui::GuiContext::documentsChanged);
        QTest::mouseClick(dialog.logButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 30000);
        QCOMPARE(changed.size(), 1);
        auto logged = tickets.find(ticket->id);
        QCOMPARE(logged->timeEntries.size(), 1);
        QCOMPARE(logged->timeEntries.first().kind, u"labour"_s);
        const QDateTime minute(start.date(), QTime(start.time().hour(), start.time().minute()),
                               Qt::UTC);
        QCOMPARE(logged->timeEntries.first().start, minute);
        QCOMPARE(logged->timeEntries.first().by, m_context->userName());

        // A part beyond the approved quote needs a change order.
        gui::LogWorkDialog partDialog(*m_context, *logged);
        partDialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(partDialog.partCombo()->isEnabled(), 30000);
        partDialog.timeGroup()->setChecked(false);
        partDialog.partGroup()->setChecked(true);
        partDialog.partCombo()->setCurrentIndex(partDialog.partCombo()->findData(u"PSU-24V-150"_s));
        partDialog.quantitySpin()->setValue(2);
        QSignalSpy partRefused(&partDialog, &gui::LogWorkDialog::refused);
        QTest::mouseClick(partDialog.logButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(partRefused.size(), 1, 30000);
        QVERIFY(partDialog.lastError().contains(u"PSU-24V-150"_s));
        QVERIFY(tickets.find(ticket->id)->partsUsed.isEmpty());

        // The detail view lists the logged work.
        detail.showTicket(*logged);
        QCOMPARE(detail.workTable()->rowCount(), 1);
        QCOMPARE(detail.workTable()->item(0, 0)->text(), u"Labour"_s);
        QCOMPARE(detail.workTable()->item(0, 2)->text(), u"1.00 h"_s);
    }

    void logWorkInWarrantyNeedsNoQuote()
    {
        storage::TicketRepository tickets(m_context->workspace()->db());
        auto ticket = tickets.find(m_fixture->usNewTicket);
        QVERIFY(ticket);
        gui::LogWorkDialog dialog(*m_context, *ticket);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.partCombo()->isEnabled(), 30000);
        dialog.timeGroup()->setChecked(false);
        QVERIFY(!dialog.logButton()->isEnabled()); // nothing to log
        dialog.partGroup()->setChecked(true);
        dialog.partCombo()->setCurrentIndex(dialog.partCombo()->findData(u"ANT-UHF-01"_s));
        dialog.quantitySpin()->setValue(2);
        QTest::mouseClick(dialog.logButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 30000);
        auto logged = tickets.find(ticket->id);
        QCOMPARE(logged->partsUsed.size(), 1);
        QCOMPARE(logged->partsUsed.first().partNumber, u"ANT-UHF-01"_s);
        QCOMPARE(logged->partsUsed.first().qty, 2);
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
