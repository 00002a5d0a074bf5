#pragma once

// The `quote` document of hq-sync.md §2 as a value type. Unknown fields are
// kept in `raw` and written back unchanged.
//
// Canonical content (what an approval signs, service-policy.md §6): a compact
// JSON object, keys sorted, UTF-8, holding `_id`, `type`, `number`,
// `ticket_id`, `device_serial`, `region`, `currency`, `coverage_date`,
// `extends` (null when none), `tax_rate`, `subtotal`, `tax`, `total` and
// `lines` (each: `id`, `kind`, `part_number`, `description`, `qty`,
// `unit_price`, `list_price`, `coverage`, `amount`). Every number in it is a
// decimal string, so the bytes do not depend on floating-point formatting.
// Status, approval, revision and attachments are not content.

#include "domain/commercial/decimal.h"
#include "domain/commercial/warranty.h"
#include "domain/enums.h"
#include "domain/result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace fb::commercial {

enum class QuoteStatus
{
    Draft,
    Sent,
    Approved,
    Declined,
    Superseded
};
enum class QuoteLineKind
{
    Part,
    Labour,
    Travel
};

QString toString(QuoteStatus status);
std::optional<QuoteStatus> quoteStatusFromString(const QString &text);
QString displayName(QuoteStatus status);
QString toString(QuoteLineKind kind);
std::optional<QuoteLineKind> quoteLineKindFromString(const QString &text);

struct QuoteLine
{
    QString id; // "L1", "L2", … unique within the quote
    QuoteLineKind kind = QuoteLineKind::Part;
    QString partNumber; // parts only
    QString description;
    Decimal qty;       // pieces, hours or km
    Decimal unitPrice; // what the customer pays per unit: 0 when covered
    Decimal listPrice; // the catalog or rate price per unit, shown as what warranty saved
    CoverageBasis coverage = CoverageBasis::None;
    QString coverageEventId;
    Decimal amount; // qty × unit_price, rounded half away from zero to the cent
    QJsonObject raw;

    // qty × list_price rounded: what the line would cost without warranty.
    Decimal listAmount() const;
};

struct QuoteApproval
{
    QString signer;
    QDateTime signedAt;
    QString contentSha256;
};

struct Quote
{
    QString id; // "quote:<key>"
    QString rev;
    QString number; // "Q-000001"
    QString ticketId;
    QString deviceSerial;
    Region region = Region::Us;
    QString currency;
    QString locale;     // the customer's formatting, e.g. "de_DE"
    QDate coverageDate; // the date warranty coverage was judged on
    QDateTime createdAt;
    QList<QuoteLine> lines;
    Decimal taxRate;
    Decimal subtotal;
    Decimal tax;
    Decimal total;
    QuoteStatus status = QuoteStatus::Draft;
    QString extends; // the approved quote a change order extends
    std::optional<QuoteApproval> approval;
    QString declineReason;
    QDateTime declinedAt;
    QJsonObject raw;

    static Result<Quote> fromJson(const QJsonObject &document);
    QJsonObject toJson() const;

    QByteArray canonicalContent() const;
    QString contentSha256() const; // lowercase hex
    // True when approved and the recorded hash matches the content.
    bool approvalMatchesContent() const;
    bool isEditable() const { return status == QuoteStatus::Draft || status == QuoteStatus::Sent; }
    bool isChangeOrder() const { return !extends.isEmpty(); }
    // What warranty saved on this quote (list amounts of covered lines).
    Decimal warrantySavings() const;
};

} // namespace fb::commercial
