#include "domain/commercial/quote_pricing.h"

#include "domain/commercial/quote_rules.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace fb::commercial {

const char *const kLabourDescription = QT_TRANSLATE_NOOP("fb::commercial::Lines", "Labour");
const char *const kCalloutDescription = QT_TRANSLATE_NOOP("fb::commercial::Lines", "Call-out fee");
const char *const kDistanceDescription =
    QT_TRANSLATE_NOOP("fb::commercial::Lines", "Travel distance (km)");

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::commercial::Pricing", text);
}

const Decimal kMaxQuantity = Decimal::fromInt(100000);

QString nextLineId(const Quote &quote)
{
    int highest = 0;
    for (const QuoteLine &line : quote.lines)
        highest = std::max(highest, line.id.mid(1).toInt());
    return u"L%1"_s.arg(highest + 1);
}

Status checkQuantity(Decimal qty, const QString &what)
{
    if (qty <= Decimal() || qty > kMaxQuantity)
        return makeError(ErrorKind::Usage,
                         tr("The %1 must be a positive number up to 100000.").arg(what));
    return {};
}

Status appendLine(Quote &quote, QuoteLine line, const WarrantyEngine &warranty)
{
    if (Status editable = checkEditable(quote); !editable)
        return editable;
    line.id = nextLineId(quote);
    quote.lines.append(line);
    return reprice(quote, warranty);
}

} // namespace

Quote newQuote(const NewQuoteRequest &request)
{
    Quote quote;
    quote.id = request.id;
    quote.number = request.number;
    if (request.ticket) {
        quote.ticketId = request.ticket->id;
        quote.deviceSerial = request.ticket->deviceSerial;
    }
    quote.region = request.pricing.region;
    quote.currency = request.pricing.currency;
    quote.locale = request.pricing.locale;
    quote.taxRate = request.pricing.taxRate;
    quote.coverageDate = request.coverageDate;
    quote.createdAt = request.createdAt;
    quote.extends = request.extends;
    quote.status = QuoteStatus::Draft;
    return quote;
}

Status addPartLine(Quote &quote, const CatalogPart &part, Decimal qty,
                   const WarrantyEngine &warranty)
{
    if (Status ok = checkQuantity(qty, tr("part quantity")); !ok)
        return ok;
    if (!qty.isWhole())
        return makeError(ErrorKind::Usage, tr("Parts are counted in whole pieces."));
    if (!part.fits(warranty.device().model))
        return makeError(ErrorKind::Rule,
                         tr("Part %1 does not fit a %2 (it fits: %3).")
                             .arg(part.partNumber, toString(warranty.device().model),
                                  part.models.join(u", "_s)));
    auto price = part.price(quote.currency);
    if (!price)
        return price.error();
    QuoteLine line;
    line.kind = QuoteLineKind::Part;
    line.partNumber = part.partNumber;
    line.description = part.description;
    line.qty = qty;
    line.listPrice = *price;
    return appendLine(quote, line, warranty);
}

Status addLabourLine(Quote &quote, Decimal hours, const RegionPricing &pricing,
                     const WarrantyEngine &warranty)
{
    if (Status ok = checkQuantity(hours, tr("number of hours")); !ok)
        return ok;
    QuoteLine line;
    line.kind = QuoteLineKind::Labour;
    line.description = QString::fromLatin1(kLabourDescription);
    line.qty = hours;
    line.listPrice = pricing.labourHourly;
    return appendLine(quote, line, warranty);
}

Status addTravelLines(Quote &quote, Decimal km, const RegionPricing &pricing,
                      const WarrantyEngine &warranty)
{
    if (km.isNegative() || km > kMaxQuantity)
        return makeError(ErrorKind::Usage, tr("The distance must be between 0 and 100000 km."));
    if (Status editable = checkEditable(quote); !editable)
        return editable;
    QuoteLine callout;
    callout.kind = QuoteLineKind::Travel;
    callout.description = QString::fromLatin1(kCalloutDescription);
    callout.qty = Decimal::fromInt(1);
    callout.listPrice = pricing.travelCallout;
    if (Status added = appendLine(quote, callout, warranty); !added)
        return added;
    if (km.isZero())
        return {};
    QuoteLine distance;
    distance.kind = QuoteLineKind::Travel;
    distance.description = QString::fromLatin1(kDistanceDescription);
    distance.qty = km;
    distance.listPrice = pricing.travelPerKm;
    return appendLine(quote, distance, warranty);
}

Status removeLine(Quote &quote, const QString &lineId, const WarrantyEngine &warranty)
{
    if (Status editable = checkEditable(quote); !editable)
        return editable;
    const auto removed =
        quote.lines.removeIf([&](const QuoteLine &line) { return line.id == lineId; });
    if (removed == 0)
        return makeError(ErrorKind::NotFound,
                         tr("Quote %1 has no line %2.").arg(quote.number, lineId));
    return reprice(quote, warranty);
}

Status reprice(Quote &quote, const WarrantyEngine &warranty)
{
    const QDate date = quote.coverageDate;
    // Work is free under repair warranty only when every part is a covered repeat failure.
    bool anyPart = false;
    bool allPartsRepairCovered = true;
    QString repairEvent;
    for (QuoteLine &line : quote.lines) {
        if (line.kind != QuoteLineKind::Part)
            continue;
        anyPart = true;
        const Coverage coverage = warranty.partCoverage(date, line.partNumber);
        line.coverage = coverage.basis;
        line.coverageEventId = coverage.eventId;
        if (coverage.basis == CoverageBasis::RepairWarranty) {
            if (repairEvent.isEmpty())
                repairEvent = coverage.eventId;
        } else {
            allPartsRepairCovered = false;
        }
    }
    const Coverage device = warranty.deviceCoverage(date);
    for (QuoteLine &line : quote.lines) {
        if (line.kind == QuoteLineKind::Part)
            continue;
        if (device.covered) {
            line.coverage = CoverageBasis::DeviceWarranty;
            line.coverageEventId.clear();
        } else if (anyPart && allPartsRepairCovered) {
            line.coverage = CoverageBasis::RepairWarranty;
            line.coverageEventId = repairEvent;
        } else {
            line.coverage = CoverageBasis::None;
            line.coverageEventId.clear();
        }
    }
    Decimal subtotal;
    for (QuoteLine &line : quote.lines) {
        line.unitPrice = line.coverage == CoverageBasis::None ? line.listPrice : Decimal();
        const auto amount = line.qty.timesRoundedToCents(line.unitPrice);
        if (!amount)
            return makeError(ErrorKind::Usage, tr("Line %1 is too large to price.").arg(line.id));
        line.amount = *amount;
        subtotal += line.amount;
    }
    const auto tax = subtotal.timesRoundedToCents(quote.taxRate);
    if (!tax)
        return makeError(ErrorKind::Usage, tr("The quote is too large to price."));
    quote.subtotal = subtotal;
    quote.tax = *tax;
    quote.total = subtotal + *tax;
    return {};
}

} // namespace fb::commercial
