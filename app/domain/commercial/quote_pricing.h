#pragma once

// Quote lines and totals (service-policy.md §6): parts at catalog prices,
// labour at the region's hourly rate, travel as call-out fee plus distance.
// Each line's amount is qty × unit price rounded half away from zero to the
// cent; subtotal is the sum of the rounded lines; tax is subtotal × the
// region's rate rounded the same way; total = subtotal + tax.
//
// Coverage: a part line is judged by the warranty engine for its part number
// on the quote's coverage date. Labour and travel are covered by the device
// warranty, or by repair warranty when every part on the quote is a covered
// repeat failure (the free replacement includes its work). Covered lines stay
// on the quote at unit price 0 with their basis; `list_price` keeps what they
// would have cost.

#include "domain/commercial/catalog_part.h"
#include "domain/commercial/commercial_policy.h"
#include "domain/commercial/quote.h"
#include "domain/commercial/warranty.h"
#include "domain/ticket.h"

namespace fb::commercial {

// The English line descriptions stored for labour and travel; documents
// translate them for the customer (they are QT_TRANSLATE_NOOP sources in
// context "fb::commercial::Lines").
extern const char *const kLabourDescription;
extern const char *const kCalloutDescription;
extern const char *const kDistanceDescription;

struct NewQuoteRequest
{
    QString id;
    QString number;
    const Ticket *ticket = nullptr;
    RegionPricing pricing;
    QDate coverageDate;
    QDateTime createdAt;
    QString extends; // the approved quote a change order extends
};

Quote newQuote(const NewQuoteRequest &request);

Status addPartLine(Quote &quote, const CatalogPart &part, Decimal qty,
                   const WarrantyEngine &warranty);
Status addLabourLine(Quote &quote, Decimal hours, const RegionPricing &pricing,
                     const WarrantyEngine &warranty);
// Adds the call-out fee and the distance as two travel lines.
Status addTravelLines(Quote &quote, Decimal km, const RegionPricing &pricing,
                      const WarrantyEngine &warranty);
Status removeLine(Quote &quote, const QString &lineId, const WarrantyEngine &warranty);

// Re-judges coverage of every line and recomputes amounts and totals.
Status reprice(Quote &quote, const WarrantyEngine &warranty);

} // namespace fb::commercial
