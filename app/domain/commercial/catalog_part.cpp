#include "domain/commercial/catalog_part.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace fb::commercial {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::commercial::Catalog", text);
}

} // namespace

Result<CatalogPart> CatalogPart::fromJson(const QJsonObject &document)
{
    CatalogPart part;
    part.raw = document;
    part.id = document.value("_id"_L1).toString();
    part.partNumber = document.value("part_number"_L1).toString().trimmed();
    if (!part.id.startsWith("part:"_L1) || part.partNumber.isEmpty())
        return makeError(
            ErrorKind::Data,
            tr("Invalid part %1: it needs an _id \"part:…\" and a part_number.").arg(part.id));
    part.description = document.value("description"_L1).toString();
    for (const QJsonValue &model : document.value("models"_L1).toArray())
        part.models << model.toString();
    const QJsonObject prices = document.value("price"_L1).toObject();
    for (auto it = prices.begin(); it != prices.end(); ++it) {
        const auto price = Decimal::fromJson(it.value());
        if (!price || price->isNegative() || !price->isCents())
            return makeError(ErrorKind::Data, tr("Invalid part %1: price.%2 must be a decimal "
                                                 "string in cents like \"49.90\".")
                                                  .arg(part.partNumber, it.key()));
        part.prices.insert(it.key(), *price);
    }
    return part;
}

QJsonObject CatalogPart::toJson() const
{
    QJsonObject document = raw;
    document.insert("_id"_L1, id);
    document.insert("type"_L1, u"part"_s);
    document.insert("part_number"_L1, partNumber);
    document.insert("description"_L1, description);
    document.insert("models"_L1, QJsonArray::fromStringList(models));
    QJsonObject priceObject;
    for (auto it = prices.begin(); it != prices.end(); ++it)
        priceObject.insert(it.key(), it.value().toMoneyString());
    document.insert("price"_L1, priceObject);
    return document;
}

bool CatalogPart::fits(DeviceModel model) const
{
    return models.isEmpty() || models.contains(toString(model));
}

Result<Decimal> CatalogPart::price(const QString &currency) const
{
    if (!prices.contains(currency))
        return makeError(ErrorKind::Data,
                         tr("Part %1 has no %2 price in the catalog; sync the catalog or ask HQ.")
                             .arg(partNumber, currency));
    return prices.value(currency);
}

} // namespace fb::commercial
