#include "domain/commercial/commercial_policy.h"

#include "domain/commercial/commercial_log.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace fb::commercial {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::commercial::Policy", text);
}

Error bad(const QString &what)
{
    return makeError(ErrorKind::Data, tr("The policy file is invalid: %1.").arg(what));
}

Result<Decimal> readAmount(const QJsonObject &object, QLatin1StringView key, const QString &where)
{
    const auto value = Decimal::fromJson(object.value(key));
    if (!value || value->isNegative())
        return bad(tr("%1.%2 must be a non-negative decimal string like \"125.00\"")
                       .arg(where, QString(key)));
    return *value;
}

} // namespace

int WarrantyTerms::monthsFor(const Device &device) const
{
    if (device.warrantyMonths)
        return *device.warrantyMonths;
    return deviceMonths.value(device.model, defaultMonths);
}

Status RegionPricing::applyRateDocument(const QJsonObject &rate)
{
    const QString where = rate.value("_id"_L1).toString();
    const QString currencyText = rate.value("currency"_L1).toString();
    if (!currencyText.isEmpty() && currencyText != currency)
        return makeError(ErrorKind::Data,
                         tr("Rate document %1 is in %2 but region %3 bills in %4.")
                             .arg(where, currencyText, toString(region), currency));
    RegionPricing updated = *this;
    const std::pair<QLatin1StringView, Decimal *> fields[] = {
        {"labour_hourly"_L1, &updated.labourHourly},
        {"travel_callout"_L1, &updated.travelCallout},
        {"travel_per_km"_L1, &updated.travelPerKm},
        {"tax_rate"_L1, &updated.taxRate},
    };
    for (const auto &[key, target] : fields) {
        if (!rate.contains(key))
            continue;
        const auto value = Decimal::fromJson(rate.value(key));
        if (!value || value->isNegative())
            return makeError(ErrorKind::Data,
                             tr("Rate document %1 has an invalid %2.").arg(where, QString(key)));
        *target = *value;
    }
    updated.source = where;
    *this = updated;
    return {};
}

Result<CommercialPolicy> CommercialPolicy::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return bad(error.errorString());
    const QJsonObject root = document.object();
    CommercialPolicy policy;

    const QJsonObject warranty = root.value("warranty"_L1).toObject();
    const QJsonObject months = warranty.value("device_months"_L1).toObject();
    for (auto it = months.begin(); it != months.end(); ++it) {
        const auto model = deviceModelFromString(it.key());
        const int value = it.value().toInt(-1);
        if (!model || value < 0)
            return bad(tr("warranty.device_months.%1").arg(it.key()));
        policy.m_warranty.deviceMonths.insert(*model, value);
    }
    const int repairDays = warranty.value("repair_days"_L1).toInt(-1);
    if (repairDays < 0)
        return bad(tr("warranty.repair_days must be a whole number of days"));
    policy.m_warranty.repairDays = repairDays;

    const QJsonObject regions = root.value("regions"_L1).toObject();
    for (auto it = regions.begin(); it != regions.end(); ++it) {
        const auto region = regionFromString(it.key());
        if (!region)
            continue; // a region this build does not know yet
        const QJsonObject object = it.value().toObject();
        const QJsonObject pricing = object.value("pricing"_L1).toObject();
        const QString where = u"regions.%1.pricing"_s.arg(it.key());
        RegionPricing entry;
        entry.region = *region;
        entry.currency = object.value("currency"_L1).toString();
        entry.locale = object.value("locale"_L1).toString();
        if (entry.currency.size() != 3)
            return bad(tr("regions.%1.currency must be a currency code like USD").arg(it.key()));
        auto labour = readAmount(pricing, "labour_hourly"_L1, where);
        auto callout = readAmount(pricing, "travel_callout"_L1, where);
        auto perKm = readAmount(pricing, "travel_per_km"_L1, where);
        auto tax = readAmount(pricing, "tax_rate"_L1, where);
        for (const auto *value : {&labour, &callout, &perKm, &tax}) {
            if (!*value)
                return value->error();
        }
        entry.labourHourly = *labour;
        entry.travelCallout = *callout;
        entry.travelPerKm = *perKm;
        entry.taxRate = *tax;
        entry.source = u"policy"_s;
        policy.m_regions.insert(*region, entry);
    }
    return policy;
}

const Result<CommercialPolicy> &CommercialPolicy::defaults()
{
    static const Result<CommercialPolicy> policy = [] {
        QFile file(u":/fieldbench/commercial/default-policy.json"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcCommercial) << "embedded policy missing";
            return Result<CommercialPolicy>(
                makeError(ErrorKind::Data, tr("The built-in policy file is missing.")));
        }
        return fromJson(file.readAll());
    }();
    return policy;
}

Result<RegionPricing> CommercialPolicy::pricing(Region region) const
{
    if (!m_regions.contains(region))
        return makeError(ErrorKind::Data,
                         tr("The policy has no pricing for region %1.").arg(toString(region)));
    return m_regions.value(region);
}

} // namespace fb::commercial
