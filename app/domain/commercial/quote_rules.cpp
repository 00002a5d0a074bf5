#include "domain/commercial/quote_rules.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace fb::commercial {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::commercial::Rules", text);
}

} // namespace

Status checkEditable(const Quote &quote)
{
    if (quote.isEditable())
        return {};
    if (quote.status == QuoteStatus::Approved)
        return makeError(ErrorKind::Rule,
                         tr("Quote %1 is approved and can no longer change; create a change "
                            "order (a new quote for the ticket) for further costs.")
                             .arg(quote.number));
    return makeError(ErrorKind::Rule, tr("Quote %1 is %2 and can no longer change; create a new "
                                         "quote for the ticket.")
                                          .arg(quote.number, toString(quote.status)));
}

bool looksLikePng(const QByteArray &bytes)
{
    static const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    return bytes.size() > 33 && bytes.size() <= kMaxSignatureBytes && bytes.startsWith(signature) &&
           bytes.mid(12, 4) == "IHDR";
}

Status approveQuote(Quote &quote, const QString &signer, const QDateTime &at,
                    const QByteArray &signaturePng)
{
    if (Status editable = checkEditable(quote); !editable)
        return editable;
    if (quote.lines.isEmpty())
        return makeError(ErrorKind::Rule,
                         tr("Quote %1 has no lines; add parts, labour or travel before approval.")
                             .arg(quote.number));
    if (signer.trimmed().isEmpty())
        return makeError(ErrorKind::Usage, tr("The signer's name is required for an approval."));
    if (!looksLikePng(signaturePng))
        return makeError(ErrorKind::Usage,
                         tr("The signature must be a PNG image (at most 2 MiB)."));
    quote.status = QuoteStatus::Approved;
    quote.approval = QuoteApproval{signer.trimmed(), at.toUTC(), quote.contentSha256()};
    return {};
}

Status declineQuote(Quote &quote, const QString &reason, const QDateTime &at)
{
    if (Status editable = checkEditable(quote); !editable)
        return editable;
    if (reason.trimmed().isEmpty())
        return makeError(ErrorKind::Usage, tr("Declining a quote needs the customer's reason."));
    quote.status = QuoteStatus::Declined;
    quote.declineReason = reason.trimmed();
    quote.declinedAt = at.toUTC();
    return {};
}

const Quote *latestApproved(const QList<Quote> &ticketQuotes)
{
    const Quote *latest = nullptr;
    for (const Quote &quote : ticketQuotes) {
        if (quote.status != QuoteStatus::Approved)
            continue;
        const bool extended =
            std::any_of(ticketQuotes.begin(), ticketQuotes.end(), [&](const Quote &other) {
                return other.status == QuoteStatus::Approved && other.extends == quote.id;
            });
        if (extended)
            continue;
        if (!latest || quote.approval->signedAt > latest->approval->signedAt)
            latest = &quote;
    }
    return latest;
}

bool hasApprovedQuote(const QList<Quote> &ticketQuotes)
{
    return std::any_of(ticketQuotes.begin(), ticketQuotes.end(),
                       [](const Quote &quote) { return quote.status == QuoteStatus::Approved; });
}

Status checkDispatch(const WarrantyEngine &warranty, QDate date, const QList<Quote> &ticketQuotes)
{
    if (warranty.deviceCoverage(date).covered || hasApprovedQuote(ticketQuotes))
        return {};
    return makeError(
        ErrorKind::Rule,
        tr("Device %1 is out of warranty (it ended %2): an onsite visit needs a quote "
           "approved by the customer before it is scheduled. Create a quote and have "
           "it approved first.")
            .arg(warranty.device().serial, warranty.deviceWarrantyEnd().toString(Qt::ISODate)));
}

Status checkWorkAuthorized(const WarrantyEngine &warranty, QDate date,
                           const QList<Quote> &ticketQuotes, QuoteLineKind kind,
                           const QString &partNumber, Decimal alreadyLogged, Decimal adding)
{
    if (warranty.deviceCoverage(date).covered)
        return {};
    if (kind == QuoteLineKind::Part && warranty.partCoverage(date, partNumber).covered)
        return {};
    Decimal approved;
    for (const Quote &quote : ticketQuotes) {
        if (quote.status != QuoteStatus::Approved)
            continue;
        for (const QuoteLine &line : quote.lines) {
            if (line.kind == kind && (kind != QuoteLineKind::Part || line.partNumber == partNumber))
                approved += line.qty;
        }
    }
    // Travel is quoted as a call-out and a distance, not in hours: travel time
    // is authorised once approved quotes include travel at all.
    if (kind == QuoteLineKind::Travel) {
        if (approved > Decimal())
            return {};
        return makeError(ErrorKind::Rule,
                         tr("Travel for device %1 is not on an approved quote: add travel to a "
                            "quote or change order and have it approved before logging it.")
                             .arg(warranty.device().serial));
    }
    if (alreadyLogged + adding <= approved)
        return {};
    const QString what = kind == QuoteLineKind::Part ? partNumber : toString(kind);
    return makeError(
        ErrorKind::Rule,
        tr("Logging %1 × %2 goes beyond the approved quotes (approved %3, logged %4): "
           "create a change order and have it approved before the extra work.")
            .arg(adding.toString(), what, approved.toString(), alreadyLogged.toString()));
}

} // namespace fb::commercial
