#pragma once

// The customer's quote: lines, coverage, totals, terms and (once approved)
// the signature, in the customer's language and currency. The same
// QTextDocument feeds the PDF, the preview and the approval screen.

#include "documents/document_language.h"
#include "domain/commercial/quote.h"
#include "domain/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTextDocument>

#include <memory>

namespace fb::documents {

struct QuoteDocumentInput
{
    commercial::Quote quote;
    QByteArray signaturePng; // empty until approved
    QString customerName;
    QString siteName;
    QString siteAddress;
    QString ticketNumber;
    QString deviceModel;   // wire name
    QString extendsNumber; // number of the quote a change order extends
    int repairDays = 90;
};

// The terms the customer approves with the quote, in the customer's language.
QStringList quoteTerms(const QuoteDocumentInput &input, const DocumentLanguage &language);

// `baseFontPoints` lets the approval screen show the same content in large type.
std::unique_ptr<QTextDocument> buildQuoteDocument(const QuoteDocumentInput &input,
                                                  qreal baseFontPoints = 10);
Result<QByteArray> renderQuotePdf(const QuoteDocumentInput &input);

} // namespace fb::documents
