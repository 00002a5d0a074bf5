// Quote and service report PDFs: generated through QPdfWriter, read back
// with pdftotext/pdfimages (poppler-utils) as a person's PDF viewer would.

#include "commercial_fixture.h"

#include "documents/document_inputs.h"
#include "documents/pdf_file.h"
#include "documents/pdf_output.h"
#include "documents/quote_document.h"
#include "documents/service_report_document.h"
#include "storage/document_store.h"
#include "storage/quote_repository.h"
#include "storage/ticket_repository.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fb;
using namespace fb::commercial;

namespace {

Decimal dec(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(u"pdftotext"_s, {path, u"-"_s});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    // Wrapped lines join with one space, as a reader sees them.
    // NFKC undoes the typographic ligatures ("ff" in a hash) the PDF text carries.
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

} // namespace

class DocumentsTest : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<test::CommercialFixture>();
        QVERIFY(m_fixture->setUp());
    }

    void approvedQuotePdf()
    {
        storage::QuoteRepository quotes(m_fixture->workspace->db());
        auto quote = quotes.create(m_fixture->usOldTicket);
        QVERIFY(quotes.addPart(quote->id, u"ANT-UHF-01"_s, Decimal::fromInt(2)));
        QVERIFY(quotes.addLabour(quote->id, dec("1.5")));
        QVERIFY(quotes.addTravel(quote->id, dec("37.3")));
        const QByteArray png = test::signaturePng();
        QVERIFY(quotes.approve(quote->id, u"Ann Smith"_s, png));

        auto input = documents::loadQuoteDocumentInput(m_fixture->workspace->db(), quote->number);
        QVERIFY(input);
        QCOMPARE(input->signaturePng, png);
        auto pdf = documents::renderQuotePdf(*input);
        QVERIFY(pdf);
        QVERIFY(pdf->startsWith("%PDF"));
        const QString path = m_fixture->dir.filePath(u"quote.pdf"_s);
        QVERIFY(documents::savePdf(*pdf, path));

        const QString text = pdfText(path);
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        for (const QString &expected : {
                 u"Quote Q-000001"_s,
                 u"ANT-UHF-01"_s,
                 u"UHF RFID antenna"_s,
                 u"Labour"_s,
                 u"Call-out fee"_s,
                 u"$298.00"_s,
                 u"$187.50"_s,
                 u"$41.03"_s,
                 u"$621.53"_s,
                 u"$51.28"_s,
                 u"$672.81"_s,
                 u"Ann Smith"_s,
                 u"Mercy Hospital"_s,
                 u"repair warranty of 90 days"_s,
             })
            QVERIFY2(text.contains(expected),
                     qPrintable(u"missing: "_s + expected + u"\n"_s + text));
        // The hash may wrap across lines.
        QVERIFY(QString(text).remove(u' ').contains(input->quote.approval->contentSha256));

        // The signature image is in the PDF, pixel for pixel.
        QProcess images;
        const QString prefix = m_fixture->dir.filePath(u"img"_s);
        images.start(u"pdfimages"_s, {u"-png"_s, path, prefix});
        QVERIFY(images.waitForFinished(30000));
        const QStringList extracted = QDir(m_fixture->dir.path()).entryList({u"img*.png"_s});
        QVERIFY(!extracted.isEmpty());
        const QImage original = QImage::fromData(png, "PNG").convertToFormat(QImage::Format_RGB32);
        const QImage fromPdf = QImage(m_fixture->dir.filePath(extracted.first()))
                                   .convertToFormat(QImage::Format_RGB32);
        QCOMPARE(fromPdf.size(), original.size());
        QCOMPARE(fromPdf, original);
    }

    void euroQuoteInGermanFormat()
    {
        storage::QuoteRepository quotes(m_fixture->workspace->db());
        auto quote = quotes.create(m_fixture->euOldTicket);
        QVERIFY(quotes.addPart(quote->id, u"ANT-UHF-01"_s, Decimal::fromInt(1)));
        QVERIFY(quotes.addLabour(quote->id, dec("2.25")));
        QVERIFY(quotes.addTravel(quote->id, dec("12.5")));
        auto input = documents::loadQuoteDocumentInput(m_fixture->workspace->db(), quote->id);
        auto pdf = documents::renderQuotePdf(*input);
        const QString path = m_fixture->dir.filePath(u"eu.pdf"_s);
        QVERIFY(documents::savePdf(*pdf, path));
        const QString text = pdfText(path);
        for (const QString &expected :
             {u"574,47"_s, u"482,75"_s, u"91,72"_s, u"€"_s, u"19 %"_s, u"Klinikum Süd"_s})
            QVERIFY2(text.contains(expected),
                     qPrintable(u"missing: "_s + expected + u"\n"_s + text));
        QVERIFY(!text.contains(u"Signed by"_s)); // a draft has no approval block
    }

    void hqTextIsPlainText()
    {
        storage::DocumentStore store(m_fixture->workspace->db());
        QJsonObject part = **store.get(u"part:DOR-SNS-01"_s);
        part.insert("description"_L1, u"<b>Reed</b> & <i>sensor</i>"_s);
        QVERIFY(store.put(part));
        storage::QuoteRepository quotes(m_fixture->workspace->db());
        auto quote = quotes.create(m_fixture->usOldTicket);
        QVERIFY(quotes.addPart(quote->id, u"DOR-SNS-01"_s, Decimal::fromInt(1)));
        auto input = documents::loadQuoteDocumentInput(m_fixture->workspace->db(), quote->id);
        auto document = documents::buildQuoteDocument(*input);
        QVERIFY(document->toPlainText().contains(u"<b>Reed</b> & <i>sensor</i>"_s));
    }

    void serviceReportPdf()
    {
        storage::Database &db = m_fixture->workspace->db();
        storage::TicketRepository tickets(db);
        auto ticket = tickets.find(m_fixture->usOldTicket);
        ticket->partsUsed.append({u"p1"_s, u"ANT-UHF-01"_s, 1, {}});
        const QDateTime start(QDate(2026, 11, 20), QTime(14, 0), Qt::UTC);
        ticket->timeEntries.append(
            {u"t1"_s, u"labour"_s, start, start.addSecs(90 * 60), u"tech"_s, {}});
        QVERIFY(tickets.save(*ticket));
        QVERIFY(tickets.addNote(ticket->id, u"Replaced the shelf antenna; reads back to normal."_s,
                                u"tech"_s, start.addSecs(3600)));
        storage::DocumentStore store(db);
        QVERIFY(store.put(QJsonObject{
            {"_id"_L1, u"report:r1"_s},
            {"type"_L1, u"report"_s},
            {"ticket_id"_L1, ticket->id},
            {"device_serial"_L1, u"FBC-OLD"_s},
            {"taken_at"_L1, u"2026-11-20T15:20:00Z"_s},
            {"readings"_L1, QJsonObject{{"temperature_c"_L1, 4.5}}},
            {"checks"_L1, QJsonArray{QJsonObject{{"name"_L1, u"antennas"_s},
                                                 {"passed"_L1, true},
                                                 {"detail"_L1, u"4 of 4 in range"_s}}}}}));
        storage::QuoteRepository quotes(db);
        auto quote = quotes.create(ticket->id);
        QVERIFY(quotes.addLabour(quote->id, dec("1.5")));
        QVERIFY(quotes.approve(quote->id, u"Ann Smith"_s, test::signaturePng()));

        auto input = documents::loadServiceReportInput(db, ticket->number);
        QVERIFY(input);
        auto pdf = documents::renderServiceReportPdf(*input);
        QVERIFY(pdf);
        const QString path = m_fixture->dir.filePath(u"report.pdf"_s);
        QVERIFY(documents::savePdf(*pdf, path));
        const QString text = pdfText(path);
        for (const QString &expected :
             {u"Service report"_s, ticket->number, u"Replaced the shelf antenna"_s, u"ANT-UHF-01"_s,
              u"1.5 h"_s, u"antennas"_s, u"4 of 4 in range"_s, u"temperature_c"_s, u"Ann Smith"_s})
            QVERIFY2(text.contains(expected),
                     qPrintable(u"missing: "_s + expected + u"\n"_s + text));
    }

    void unwritablePathIsReported()
    {
        const Status saved = documents::savePdf("%PDF-1.4", u"/nonexistent-dir/x.pdf"_s);
        QVERIFY(!saved);
        QVERIFY(saved.error().message.contains(u"/nonexistent-dir/x.pdf"_s));
    }

private:
    std::unique_ptr<test::CommercialFixture> m_fixture;
};

QTEST_MAIN(DocumentsTest)
#include "tst_documents.moc"
