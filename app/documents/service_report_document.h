#pragma once

// The service report the customer signs at the end of a visit: work done
// (notes and troubleshooting), parts fitted, time spent, diagnostics
// (`report` documents of the ticket) and the customer's signature.

#include "documents/service_report_input.h"
#include "domain/result.h"

#include <QByteArray>
#include <QTextDocument>

#include <memory>

namespace fb::documents {

std::unique_ptr<QTextDocument> buildServiceReportDocument(const ServiceReportInput &input);
Result<QByteArray> renderServiceReportPdf(const ServiceReportInput &input);

} // namespace fb::documents
