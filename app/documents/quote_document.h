#pragma once

// The customer's quote: lines, coverage, totals, terms and (once approved)
// the signature, in the customer's language and currency. The same
// QTextDocument feeds the PDF, the preview and the approval screen.

#include "documents/document_language.h"
#include "documents/quote_document_input.h"
#include "domain/result.h"

#include <QByteArray>
#include <QStringList>
#include <QTextDocument>

#include <memory>

namespace fb::documents {

// The terms the customer approves with the quote, in the customer's language.
QStringList quoteTerms(const QuoteDocumentInput &input, const DocumentLanguage &language);

// `baseFontPoints` lets the approval screen show the same content in large type.
std::unique_ptr<QTextDocument> buildQuoteDocument(const QuoteDocumentInput &input,
                                                  qreal baseFontPoints = 10);
Result<QByteArray> renderQuotePdf(const QuoteDocumentInput &input);

} // namespace fb::documents
