#include "domain/commercial/quote.h"

#include "domain/json_fields.h"
#include "domain/time_format.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace fb::commercial {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::commercial::Quote", text);
}

Error invalid(const QString &id, const QString &what)
{
    return makeError(ErrorKind::Data, tr("Invalid quote %1: %2.").arg(id, what));
}

const std::array<std::pair<QuoteStatus, const char *>, 5> kStatusNames{{
    {QuoteStatus::Draft, "draft"},
    {QuoteStatus::Sent, "sent"},
    {QuoteStatus::Approved, "approved"},
    {QuoteStatus::Declined, "declined"},
    {QuoteStatus::Superseded, "superseded"},
}};

Result<Decimal> money(const QJsonObject &object, QLatin1StringView key, const QString &id)
{
    // Money is a decimal string on the wire, never a JSON number.
    const QJsonValue json = object.value(key);
    const auto value = json.isString() ? Decimal::parse(json.toString()) : std::nullopt;
    if (!value || !value->isCents())
        return invalid(
            id, tr("%1 must be a decimal string in cents like \"125.50\"").arg(QString(key)));
    return *value;
}

Result<QuoteLine> lineFromJson(const QJsonObject &object, const QString &quoteId)
{
    QuoteLine line;
    line.raw = object;
    line.id = object.value("id"_L1).toString();
    const auto kind = quoteLineKindFromString(object.value("kind"_L1).toString());
    if (line.id.isEmpty() || !kind)
        return invalid(quoteId, tr("every line needs an id and a kind (part, labour or travel)"));
    line.kind = *kind;
    line.partNumber = object.value("part_number"_L1).toString();
    line.description = object.value("description"_L1).toString();
    const auto qty = Decimal::fromJson(object.value("qty"_L1));
    if (!qty || qty->isNegative())
        return invalid(quoteId, tr("line %1 has an invalid qty").arg(line.id));
    line.qty = *qty;
    auto unit = money(object, "unit_price"_L1, quoteId);
    auto amount = money(object, "amount"_L1, quoteId);
    if (!unit)
        return unit.error();
    if (!amount)
        return amount.error();
    line.unitPrice = *unit;
    line.amount = *amount;
    if (object.contains("list_price"_L1)) {
        auto list = money(object, "list_price"_L1, quoteId);
        if (!list)
            return list.error();
        line.listPrice = *list;
    } else {
        line.listPrice = line.unitPrice;
    }
    const auto coverage = coverageBasisFromString(object.value("coverage"_L1).toString());
    if (!coverage)
        return invalid(quoteId, tr("line %1 has an unknown coverage").arg(line.id));
    line.coverage = *coverage;
    line.coverageEventId = object.value("coverage_event_id"_L1).toString();
    return line;
}

QJsonObject lineContent(const QuoteLine &line)
{
    return QJsonObject{{"id"_L1, line.id},
                       {"kind"_L1, toString(line.kind)},
                       {"part_number"_L1, line.partNumber},
                       {"description"_L1, line.description},
                       {"qty"_L1, line.qty.toString()},
                       {"unit_price"_L1, line.unitPrice.toMoneyString()},
                       {"list_price"_L1, line.listPrice.toMoneyString()},
                       {"coverage"_L1, toString(line.coverage)},
                       {"amount"_L1, line.amount.toMoneyString()}};
}

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

QString toString(QuoteStatus status)
{
    for (const auto &[value, name] : kStatusNames) {
        if (value == status)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<QuoteStatus> quoteStatusFromString(const QString &text)
{
    for (const auto &[value, name] : kStatusNames) {
        if (text == QLatin1StringView(name))
            return value;
    }
    return std::nullopt;
}

QString displayName(QuoteStatus status)
{
    switch (status) {
    case QuoteStatus::Draft:
        return tr("Draft");
    case QuoteStatus::Sent:
        return tr("Sent");
    case QuoteStatus::Approved:
        return tr("Approved");
    case QuoteStatus::Declined:
        return tr("Declined");
    case QuoteStatus::Superseded:
        return tr("Superseded");
    }
    return {};
}

QString toString(QuoteLineKind kind)
{
    switch (kind) {
    case QuoteLineKind::Part:
        return u"part"_s;
    case QuoteLineKind::Labour:
        return u"labour"_s;
    case QuoteLineKind::Travel:
        return u"travel"_s;
    }
    return {};
}

std::optional<QuoteLineKind> quoteLineKindFromString(const QString &text)
{
    if (text == "part"_L1)
        return QuoteLineKind::Part;
    if (text == "labour"_L1)
        return QuoteLineKind::Labour;
    if (text == "travel"_L1)
        return QuoteLineKind::Travel;
    return std::nullopt;
}

Decimal QuoteLine::listAmount() const
{
    return qty.timesRoundedToCents(listPrice).value_or(Decimal());
}

Result<Quote> Quote::fromJson(const QJsonObject &document)
{
    Quote quote;
    quote.raw = document;
    quote.id = document.value("_id"_L1).toString();
    if (!quote.id.startsWith("quote:"_L1))
        return invalid(quote.id, tr("_id must start with \"quote:\""));
    quote.rev = document.value("_rev"_L1).toString();
    quote.number = document.value("number"_L1).toString();
    quote.ticketId = document.value("ticket_id"_L1).toString();
    if (quote.ticketId.isEmpty())
        return invalid(quote.id, tr("ticket_id is missing"));
    quote.deviceSerial = document.value("device_serial"_L1).toString();
    const auto region = regionFromString(document.value("region"_L1).toString());
    if (!region)
        return invalid(quote.id, tr("region must be us or eu"));
    quote.region = *region;
    quote.currency = document.value("currency"_L1).toString();
    if (quote.currency.size() != 3)
        return invalid(quote.id, tr("currency must be a code like USD"));
    quote.locale = document.value("locale"_L1).toString();
    quote.coverageDate =
        parseIsoDate(document.value("coverage_date"_L1).toString()).value_or(QDate());
    auto created = json::optionalTime(document, "created_at"_L1);
    if (!created)
        return created.error();
    quote.createdAt = *created;
    for (const QJsonValue &value : document.value("lines"_L1).toArray()) {
        auto line = lineFromJson(value.toObject(), quote.id);
        if (!line)
            return line.error();
        quote.lines.append(std::move(line).value());
    }
    const auto taxRate = Decimal::fromJson(document.value("tax_rate"_L1));
    if (!taxRate || taxRate->isNegative())
        return invalid(quote.id, tr("tax_rate must be a decimal string like \"0.19\""));
    quote.taxRate = *taxRate;
    const std::pair<QLatin1StringView, Decimal *> totals[] = {
        {"subtotal"_L1, &quote.subtotal}, {"tax"_L1, &quote.tax}, {"total"_L1, &quote.total}};
    for (const auto &[key, target] : totals) {
        auto value = money(document, key, quote.id);
        if (!value)
            return value.error();
        *target = *value;
    }
    const auto status = quoteStatusFromString(document.value("status"_L1).toString());
    if (!status)
        return invalid(quote.id,
                       tr("status must be draft, sent, approved, declined or superseded"));
    quote.status = *status;
    quote.extends = document.value("extends"_L1).toString();
    const QJsonObject approval = document.value("approval"_L1).toObject();
    if (!approval.isEmpty()) {
        QuoteApproval record;
        record.signer = approval.value("signer"_L1).toString();
        auto signedAt = json::optionalTime(approval, "signed_at"_L1);
        if (!signedAt)
            return signedAt.error();
        record.signedAt = *signedAt;
        record.contentSha256 = approval.value("content_sha256"_L1).toString();
        quote.approval = record;
    }
    if (quote.status == QuoteStatus::Approved && !quote.approval)
        return invalid(quote.id, tr("an approved quote needs its approval record"));
    quote.declineReason = document.value("declined_reason"_L1).toString();
    auto declinedAt = json::optionalTime(document, "declined_at"_L1);
    if (!declinedAt)
        return declinedAt.error();
    quote.declinedAt = *declinedAt;
    return quote;
}

QJsonObject Quote::toJson() const
{
    QJsonObject document = raw;
    document.insert("_id"_L1, id);
    document.insert("type"_L1, u"quote"_s);
    if (rev.isEmpty())
        document.remove("_rev"_L1);
    else
        document.insert("_rev"_L1, rev);
    document.insert("number"_L1, number);
    document.insert("ticket_id"_L1, ticketId);
    document.insert("device_serial"_L1, deviceSerial);
    document.insert("region"_L1, fb::toString(region));
    document.insert("currency"_L1, currency);
    document.insert("locale"_L1, locale);
    document.insert("coverage_date"_L1, nullable(toIsoDate(coverageDate)));
    json::putTime(document, "created_at"_L1, createdAt);
    QJsonArray lineArray;
    for (const QuoteLine &line : lines) {
        QJsonObject object = line.raw;
        object.insert("id"_L1, line.id);
        object.insert("kind"_L1, toString(line.kind));
        if (line.kind == QuoteLineKind::Part)
            object.insert("part_number"_L1, line.partNumber);
        else
            object.remove("part_number"_L1);
        object.insert("description"_L1, line.description);
        object.insert("qty"_L1, line.qty.toJsonNumber());
        object.insert("unit_price"_L1, line.unitPrice.toMoneyString());
        object.insert("list_price"_L1, line.listPrice.toMoneyString());
        object.insert("coverage"_L1, toString(line.coverage));
        if (line.coverageEventId.isEmpty())
            object.remove("coverage_event_id"_L1);
        else
            object.insert("coverage_event_id"_L1, line.coverageEventId);
        object.insert("amount"_L1, line.amount.toMoneyString());
        lineArray.append(object);
    }
    document.insert("lines"_L1, lineArray);
    document.insert("tax_rate"_L1, taxRate.toString());
    document.insert("subtotal"_L1, subtotal.toMoneyString());
    document.insert("tax"_L1, tax.toMoneyString());
    document.insert("total"_L1, total.toMoneyString());
    document.insert("status"_L1, toString(status));
    document.insert("extends"_L1, nullable(extends));
    if (approval) {
        QJsonObject record{{"signer"_L1, approval->signer},
                           {"content_sha256"_L1, approval->contentSha256}};
        json::putTime(record, "signed_at"_L1, approval->signedAt);
        document.insert("approval"_L1, record);
    } else {
        document.remove("approval"_L1);
    }
    if (declineReason.isEmpty())
        document.remove("declined_reason"_L1);
    else
        document.insert("declined_reason"_L1, declineReason);
    json::putTime(document, "declined_at"_L1, declinedAt);
    return document;
}

QByteArray Quote::canonicalContent() const
{
    QJsonArray lineArray;
    for (const QuoteLine &line : lines)
        lineArray.append(lineContent(line));
    const QJsonObject content{{"_id"_L1, id},
                              {"type"_L1, u"quote"_s},
                              {"number"_L1, number},
                              {"ticket_id"_L1, ticketId},
                              {"device_serial"_L1, deviceSerial},
                              {"region"_L1, fb::toString(region)},
                              {"currency"_L1, currency},
                              {"coverage_date"_L1, toIsoDate(coverageDate)},
                              {"extends"_L1, nullable(extends)},
                              {"tax_rate"_L1, taxRate.toString()},
                              {"subtotal"_L1, subtotal.toMoneyString()},
                              {"tax"_L1, tax.toMoneyString()},
                              {"total"_L1, total.toMoneyString()},
                              {"lines"_L1, lineArray}};
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    return QJsonDocument(content).toJson(QJsonDocument::Compact);
}

QString Quote::contentSha256() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalContent(), QCryptographicHash::Sha256).toHex());
}

bool Quote::approvalMatchesContent() const
{
    return status == QuoteStatus::Approved && approval &&
           approval->contentSha256 == contentSha256();
}

Decimal Quote::warrantySavings() const
{
    Decimal saved;
    for (const QuoteLine &line : lines) {
        if (line.coverage != CoverageBasis::None)
            saved += line.listAmount();
    }
    return saved;
}

} // namespace fb::commercial
