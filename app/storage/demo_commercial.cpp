#include "storage/demo_commercial.h"

#include "domain/commercial/catalog_part.h"
#include "domain/commercial/demo_catalog.h"
#include "domain/commercial/quote_pricing.h"
#include "storage/asset_repository.h"
#include "storage/catalog_repository.h"
#include "storage/quote_repository.h"
#include "storage/ticket_repository.h"

using namespace Qt::Literals::StringLiterals;
using namespace fb::commercial;

namespace fb::storage {

Status addCommercialDemo(Database &db, DocumentStore::BulkWriter &writer, const QDateTime &anchor)
{
    const QList<QJsonObject> catalog = demoCatalogDocuments();
    for (const QJsonObject &document : catalog) {
        if (Status added = writer.add(document); !added)
            return added;
    }
    // A few open tickets on devices past their warranty get a draft quote.
    auto statement = db.prepare(
        "SELECT doc_id FROM ticket_rows WHERE status IN ('new', 'remote_troubleshooting', "
        "'escalated_internal') ORDER BY number LIMIT 40");
    if (!statement)
        return statement.error();
    QStringList ticketIds;
    if (Status read = statement->forEachRow([&] { ticketIds << statement->text(0); }); !read)
        return read.error();
    TicketRepository tickets(db);
    AssetRepository assets(db);
    CatalogRepository parts(db);
    int made = 0;
    for (const QString &ticketId : std::as_const(ticketIds)) {
        if (made >= 4)
            break;
        auto ticket = tickets.find(ticketId);
        auto warranty = ticket ? loadWarranty(db, ticket->deviceSerial)
                               : Result<WarrantyEngine>(ticket.error());
        if (!ticket || !warranty || warranty->deviceCoverage(anchor.date()).covered)
            continue;
        auto site = assets.site(ticket->siteId);
        if (!site)
            continue;
        auto pricing = parts.pricing(site->region);
        if (!pricing)
            return pricing.error();
        const QString partNumber =
            warranty->device().model == DeviceModel::Locker ? u"LCK-SOL-24"_s : u"ANT-UHF-01"_s;
        auto part = parts.part(partNumber);
        if (!part)
            return part.error();
        ++made;
        NewQuoteRequest request;
        request.number = u"Q-%1"_s.arg(made, 6, 10, QChar(u'0'));
        request.id = u"quote:"_s + request.number;
        request.ticket = &*ticket;
        request.pricing = *pricing;
        request.coverageDate = anchor.date();
        request.createdAt = anchor.toUTC();
        Quote quote = newQuote(request);
        for (const Status &step :
             {addPartLine(quote, *part, Decimal::fromInt(1), *warranty),
              addLabourLine(quote, Decimal::fromMicros(1'500'000), *pricing, *warranty),
              addTravelLines(quote, Decimal::fromInt(18 + 7 * made), *pricing, *warranty)}) {
            if (!step)
                return step;
        }
        if (Status added = writer.add(quote.toJson()); !added)
            return added;
    }
    return {};
}

} // namespace fb::storage
