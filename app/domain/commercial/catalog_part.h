#pragma once

// A `part` document of the HQ catalog (hq-sync.md §2).

#include "domain/commercial/decimal.h"
#include "domain/enums.h"
#include "domain/result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace fb::commercial {

struct CatalogPart
{
    QString id; // "part:<part number>"
    QString partNumber;
    QString description;
    QStringList models;            // wire names; empty = fits every model
    QMap<QString, Decimal> prices; // currency -> unit price
    QJsonObject raw;

    static Result<CatalogPart> fromJson(const QJsonObject &document);
    QJsonObject toJson() const;

    bool fits(DeviceModel model) const;
    Result<Decimal> price(const QString &currency) const;
};

} // namespace fb::commercial
