#include "documents/quote_document.h"

#include "documents/pdf_output.h"
#include "domain/commercial/money_format.h"

#include <QImage>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using namespace fb::commercial;

namespace fb::documents {
namespace {

constexpr const char *kContext = "fb::documents::Quote";

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString lineDescription(const QuoteLine &line, const DocumentLanguage &language)
{
    // Labour and travel descriptions are English sources the customer reads translated.
    if (line.kind != QuoteLineKind::Part)
        return language.text("fb::commercial::Lines", line.description.toUtf8().constData());
    return line.description;
}

QString coverageText(CoverageBasis basis, const DocumentLanguage &language)
{
    switch (basis) {
    case CoverageBasis::DeviceWarranty:
        return language.text(kContext,
                             QT_TRANSLATE_NOOP("fb::documents::Quote", "Device warranty"));
    case CoverageBasis::RepairWarranty:
        return language.text(kContext,
                             QT_TRANSLATE_NOOP("fb::documents::Quote", "Repair warranty"));
    case CoverageBasis::None:
        break;
    }
    return {};
}

} // namespace

QStringList quoteTerms(const QuoteDocumentInput &input, const DocumentLanguage &language)
{
    const Quote &quote = input.quote;
    const QLocale &locale = language.locale();
    QStringList terms;
    terms << language
                 .text(kContext, QT_TRANSLATE_NOOP("fb::documents::Quote",
                                                   "Amounts are in %1; tax is charged at %2."))
                 .arg(quote.currency, formatPercent(quote.taxRate, locale));
    terms << language.text(kContext,
                           QT_TRANSLATE_NOOP("fb::documents::Quote",
                                             "Lines covered by warranty are listed at a price of 0 "
                                             "with the warranty that covers them."));
    terms << language
                 .text(kContext,
                       QT_TRANSLATE_NOOP("fb::documents::Quote",
                                         "Parts fitted and work done outside the device "
                                         "warranty carry a repair warranty of %1 days from the "
                                         "service date; a part that fails again within it is "
                                         "replaced free of charge."))
                 .arg(input.repairDays);
    terms << language.text(kContext,
                           QT_TRANSLATE_NOOP("fb::documents::Quote",
                                             "Work beyond this quote is quoted as a change order "
                                             "and done only after its own approval."));
    terms << language
                 .text(kContext, QT_TRANSLATE_NOOP("fb::documents::Quote",
                                                   "By signing, the customer approves this "
                                                   "quote (content SHA-256 %1)."))
                 .arg(quote.approval ? quote.approval->contentSha256 : quote.contentSha256());
    return terms;
}

std::unique_ptr<QTextDocument> buildQuoteDocument(const QuoteDocumentInput &input,
                                                  qreal baseFontPoints)
{
    const Quote &quote = input.quote;
    const DocumentLanguage language(quote.locale);
    const QLocale &locale = language.locale();
    auto t = [&](const char *source) {
        return language.text(kContext, source);
    };
    auto money = [&](Decimal amount) {
        return esc(formatMoney(amount, quote.currency, locale));
    };

    auto document = std::make_unique<QTextDocument>();
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(baseFontPoints);
    document->setDefaultFont(font);

    QString html;
    html += u"<h1>%1 %2</h1>"_s.arg(
        esc(quote.isChangeOrder() ? t(QT_TRANSLATE_NOOP("fb::documents::Quote", "Change order"))
                                  : t(QT_TRANSLATE_NOOP("fb::documents::Quote", "Quote"))),
        esc(quote.number));
    html += u"<table cellspacing='0' cellpadding='2'>"_s;
    auto field = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(esc(label), esc(value));
    };
    field(t(QT_TRANSLATE_NOOP("fb::documents::Quote", "Customer")), input.customerName);
    field(t(QT_TRANSLATE_NOOP("fb::documents::Quote", "Site")),
          input.siteAddress.isEmpty() ? input.siteName
                                      : input.siteName + u", "_s + input.siteAddress);
    field(t(QT_TRANSLATE_NOOP("fb::documents::Quote", "Ticket")), input.ticketNumber);
    field(t(QT_TRANSLATE_NOOP("fb::documents::Quote", "Device")),
          input.deviceModel.isEmpty() ? quote.deviceSerial
                                      : quote.deviceSerial + u" (" + input.deviceModel + u')');
    field(t(QT_TRANSLATE_NOOP("fb::documents::Quote", "Date")),
          locale.toString(quote.createdAt.isValid() ? quote.createdAt.date() : quote.coverageDate,
                          QLocale::LongFormat));
    field(t(QT_TRANSLATE_NOOP("fb::documents::Quote", "Extends")), input.extendsNumber);
    html += u"</table><p></p>"_s;

    html += u"<table width='100%' border='1' cellspacing='0' cellpadding='4'><tr>"_s;
    for (const char *header : {QT_TRANSLATE_NOOP("fb::documents::Quote", "Item"),
                               QT_TRANSLATE_NOOP("fb::documents::Quote", "Qty"),
                               QT_TRANSLATE_NOOP("fb::documents::Quote", "Unit price"),
                               QT_TRANSLATE_NOOP("fb::documents::Quote", "Coverage"),
                               QT_TRANSLATE_NOOP("fb::documents::Quote", "Amount")})
        html += u"<th>%1</th>"_s.arg(esc(t(header)));
    html += u"</tr>"_s;
    for (const QuoteLine &line : quote.lines) {
        QString item = esc(lineDescription(line, language));
        if (line.kind == QuoteLineKind::Part)
            item = esc(line.partNumber) + u" – "_s + item;
        QString unit = money(line.unitPrice);
        if (line.coverage != CoverageBasis::None)
            unit += u"<br/><small>(%1 %2)</small>"_s.arg(
                esc(t(QT_TRANSLATE_NOOP("fb::documents::Quote", "list"))), money(line.listPrice));
        html += u"<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td>%4</td>"
                "<td align='right'>%5</td></tr>"_s.arg(
                    item, esc(formatQuantity(line.qty, locale)), unit,
                    esc(coverageText(line.coverage, language)), money(line.amount));
    }
    html += u"</table><p></p><table align='right' cellpadding='3'>"_s;
    auto total = [&](const QString &label, const QString &value, bool bold) {
        html += bold ? u"<tr><td><b>%1</b></td><td align='right'><b>%2</b></td></tr>"_s.arg(
                           esc(label), value)
                     : u"<tr><td>%1</td><td align='right'>%2</td></tr>"_s.arg(esc(label), value);
    };
    total(t(QT_TRANSLATE_NOOP("fb::documents::Quote", "Subtotal")), money(quote.subtotal), false);
    total(t(QT_TRANSLATE_NOOP("fb::documents::Quote", "Tax")) + u" (" +
              formatPercent(quote.taxRate, locale) + u')',
          money(quote.tax), false);
    total(t(QT_TRANSLATE_NOOP("fb::documents::Quote", "Total")), money(quote.total), true);
    if (!quote.warrantySavings().isZero())
        total(t(QT_TRANSLATE_NOOP("fb::documents::Quote", "Saved by warranty")),
              money(quote.warrantySavings()), false);
    html += u"</table><br clear='all'/>"_s;

    html += u"<h3>%1</h3><ol>"_s.arg(esc(t(QT_TRANSLATE_NOOP("fb::documents::Quote", "Terms"))));
    for (const QString &term : quoteTerms(input, language))
        html += u"<li>%1</li>"_s.arg(esc(term));
    html += u"</ol>"_s;

    if (quote.status == QuoteStatus::Approved && quote.approval) {
        html += u"<h3>%1</h3>"_s.arg(esc(t(QT_TRANSLATE_NOOP("fb::documents::Quote", "Approval"))));
        html += u"<p>%1: %2<br/>%3: %4 UTC</p>"_s.arg(
            esc(t(QT_TRANSLATE_NOOP("fb::documents::Quote", "Signed by"))),
            esc(quote.approval->signer),
            esc(t(QT_TRANSLATE_NOOP("fb::documents::Quote", "Signed at"))),
            esc(locale.toString(quote.approval->signedAt.toUTC(), QLocale::ShortFormat)));
        const QImage signature = QImage::fromData(input.signaturePng, "PNG");
        if (!signature.isNull()) {
            const QUrl url(u"fieldbench:signature.png"_s);
            document->addResource(QTextDocument::ImageResource, url, signature);
            const int width = std::min(signature.width(), 360);
            html += u"<p><img src='%1' width='%2'/></p>"_s.arg(url.toString()).arg(width);
        }
    } else if (quote.status == QuoteStatus::Declined) {
        html += u"<p><b>%1</b>: %2</p>"_s.arg(
            esc(t(QT_TRANSLATE_NOOP("fb::documents::Quote", "Declined"))),
            esc(quote.declineReason));
    }
    document->setHtml(html);
    return document;
}

Result<QByteArray> renderQuotePdf(const QuoteDocumentInput &input)
{
    auto document = buildQuoteDocument(input);
    return printToPdf(*document, input.quote.number);
}

} // namespace fb::documents
