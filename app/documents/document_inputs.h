#pragma once

// Gathers what a customer document shows from the workspace.

#include "documents/quote_document_input.h"
#include "documents/service_report_input.h"
#include "domain/result.h"

namespace fb::storage {
class Database;
}

namespace fb::documents {

Result<QuoteDocumentInput> loadQuoteDocumentInput(storage::Database &db,
                                                  const QString &quoteIdOrNumber);
// The signature is the newest approved quote's, when the ticket has one.
Result<ServiceReportInput> loadServiceReportInput(storage::Database &db,
                                                  const QString &ticketIdOrNumber);

// Attaches a service report PDF to its ticket (service-report.pdf) for sync.
Status attachServiceReport(storage::Database &db, const QString &ticketId, const QByteArray &pdf);

} // namespace fb::documents
