#pragma once

// Money and quantities for people, in the customer's locale, without going
// through binary floating point: "$1,234.50" (en_US), "1.234,50 €" (de_DE).

#include "domain/commercial/decimal.h"

#include <QLocale>
#include <QString>

namespace fb::commercial {

QString formatMoney(Decimal amount, const QString &currency, const QLocale &locale);
QString formatQuantity(Decimal qty, const QLocale &locale);
// "8.25 %" / "19 %"
QString formatPercent(Decimal rate, const QLocale &locale);

} // namespace fb::commercial
