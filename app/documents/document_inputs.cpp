#include "documents/document_inputs.h"

#include "domain/commercial/commercial_policy.h"
#include "domain/commercial/quote_rules.h"
#include "storage/asset_repository.h"
#include "storage/attachment_store.h"
#include "storage/catalog_repository.h"
#include "storage/document_store.h"
#include "storage/quote_repository.h"
#include "storage/ticket_repository.h"

using namespace Qt::Literals::StringLiterals;

namespace fb::documents {

Result<QuoteDocumentInput> loadQuoteDocumentInput(storage::Database &db,
                                                  const QString &quoteIdOrNumber)
{
    storage::QuoteRepository quotes(db);
    auto quote = quotes.find(quoteIdOrNumber);
    if (!quote)
        return quote.error();
    QuoteDocumentInput input;
    input.quote = *quote;
    auto signature = quotes.signature(quote->id);
    if (!signature)
        return signature.error();
    input.signaturePng = *signature;
    if (const auto &policy = commercial::CommercialPolicy::defaults(); policy)
        input.repairDays = policy->warranty().repairDays;
    if (quote->isChangeOrder()) {
        if (auto extended = quotes.find(quote->extends); extended)
            input.extendsNumber = extended->number;
    }
    // Names are a courtesy on the document: a missing ticket or site leaves them blank.
    storage::AssetRepository assets(db);
    if (auto ticket = storage::TicketRepository(db).find(quote->ticketId); ticket) {
        input.ticketNumber = ticket->number;
        if (auto site = assets.site(ticket->siteId); site) {
            input.siteName = site->name;
            input.siteAddress = site->address;
            if (auto customer = assets.customer(site->customerId); customer)
                input.customerName = customer->name;
        }
    }
    if (auto device = assets.device(quote->deviceSerial); device)
        input.deviceModel = toString(device->model);
    return input;
}

Result<ServiceReportInput> loadServiceReportInput(storage::Database &db,
                                                  const QString &ticketIdOrNumber)
{
    auto ticket = storage::TicketRepository(db).find(ticketIdOrNumber);
    if (!ticket)
        return ticket.error();
    ServiceReportInput input;
    input.ticket = *ticket;
    storage::AssetRepository assets(db);
    auto device = assets.device(ticket->deviceSerial);
    if (!device)
        return device.error();
    input.device = *device;
    auto site = assets.site(ticket->siteId);
    if (!site)
        return site.error();
    input.siteName = site->name;
    if (auto customer = assets.customer(site->customerId); customer)
        input.customerName = customer->name;
    if (const auto &policy = commercial::CommercialPolicy::defaults(); policy) {
        if (auto pricing = policy->pricing(site->region); pricing)
            input.locale = pricing->locale;
    }
    storage::CatalogRepository catalog(db);
    for (const PartUsed &part : ticket->partsUsed) {
        if (auto found = catalog.part(part.partNumber); found)
            input.partNames.insert(part.partNumber, found->description);
    }
    storage::DocumentStore store(db);
    auto reports = store.allOfType(u"report"_s);
    if (!reports)
        return reports.error();
    for (const QJsonObject &report : std::as_const(*reports)) {
        if (report.value("ticket_id"_L1).toString() == ticket->id)
            input.diagnostics.append(report);
    }
    storage::QuoteRepository quotes(db);
    auto ticketQuotes = quotes.forTicket(ticket->id);
    if (!ticketQuotes)
        return ticketQuotes.error();
    if (const commercial::Quote *approved = commercial::latestApproved(*ticketQuotes)) {
        auto signature = quotes.signature(approved->id);
        if (!signature)
            return signature.error();
        input.signer = approved->approval->signer;
        input.signedAt = approved->approval->signedAt;
        input.signaturePng = *signature;
    }
    return input;
}

Status attachServiceReport(storage::Database &db, const QString &ticketId, const QByteArray &pdf)
{
    auto ticket = storage::TicketRepository(db).find(ticketId);
    if (!ticket)
        return ticket.error();
    auto stored = storage::AttachmentStore(db).putWithAttachments(
        ticket->toJson(), {{u"service-report.pdf"_s, u"application/pdf"_s, pdf}});
    if (!stored)
        return stored.error();
    return {};
}

} // namespace fb::documents
