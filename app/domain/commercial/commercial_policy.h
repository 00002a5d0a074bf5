#pragma once

// The warranty and pricing parts of the policy file
// (resources/policy/default-policy.json: `warranty`, `regions.*.pricing`),
// read by a small reader of this module's own. HQ `rate` documents override
// a region's pricing when the workspace has them.

#include "domain/commercial/decimal.h"
#include "domain/device.h"
#include "domain/enums.h"
#include "domain/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace fb::commercial {

struct WarrantyTerms
{
    QMap<DeviceModel, int> deviceMonths; // per model
    int defaultMonths = 12;              // a model the file does not name
    int repairDays = 90;

    // The device's own `warranty_months` wins over the model's term.
    int monthsFor(const Device &device) const;
};

struct RegionPricing
{
    Region region = Region::Us;
    QString currency; // "USD"
    QString locale;   // "en_US"
    Decimal labourHourly;
    Decimal travelCallout;
    Decimal travelPerKm;
    Decimal taxRate; // 0.0825
    QString source;  // "policy" or the `rate` document's _id

    // Takes the figures of an HQ `rate` document (hq-sync.md §2).
    Status applyRateDocument(const QJsonObject &rate);
};

class CommercialPolicy
{
public:
    static Result<CommercialPolicy> fromJson(const QByteArray &json);
    // The embedded default policy, read once.
    static const Result<CommercialPolicy> &defaults();

    const WarrantyTerms &warranty() const { return m_warranty; }
    Result<RegionPricing> pricing(Region region) const;

private:
    WarrantyTerms m_warranty;
    QMap<Region, RegionPricing> m_regions;
};

} // namespace fb::commercial
