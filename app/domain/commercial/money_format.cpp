#include "domain/commercial/money_format.h"

using namespace Qt::Literals::StringLiterals;

namespace fb::commercial {
namespace {

// The locale's digits for an exact decimal: grouped whole part, its decimal
// point, then `decimals` fraction digits (trailing zeros dropped when minimal).
QString localNumber(Decimal value, const QLocale &locale, int minDecimals)
{
    const qint64 micros = value.micros();
    const qint64 magnitude = micros < 0 ? -micros : micros;
    QString text = locale.toString(magnitude / Decimal::kUnit);
    QString fraction = u"%1"_s.arg(magnitude % Decimal::kUnit, Decimal::kScale, 10, QChar(u'0'));
    while (fraction.size() > minDecimals && fraction.endsWith(u'0'))
        fraction.chop(1);
    if (!fraction.isEmpty()) {
        for (QChar &c : fraction)
            c = QChar(
                static_cast<char16_t>(locale.zeroDigit().at(0).unicode() + (c.unicode() - u'0')));
        text += locale.decimalPoint() + fraction;
    }
    return micros < 0 ? locale.negativeSign() + text : text;
}

} // namespace

QString formatMoney(Decimal amount, const QString &currency, const QLocale &locale)
{
    const Decimal rounded = amount.roundedToCents();
    const QString number =
        localNumber(rounded.isNegative() ? Decimal() - rounded : rounded, locale, 2);
    // The locale's currency pattern, learnt from a zero amount, carries our digits.
    const QString symbol = currency == "EUR"_L1 ? u"€"_s : currency == "USD"_L1 ? u"$"_s : currency;
    QString pattern = locale.toCurrencyString(0.0, symbol, 2);
    const QString zero = localNumber(Decimal(), locale, 2);
    const qsizetype at = pattern.indexOf(zero);
    if (at < 0)
        pattern = number + u' ' + symbol;
    else
        pattern.replace(at, zero.size(), number);
    return rounded.isNegative() ? locale.negativeSign() + pattern : pattern;
}

QString formatQuantity(Decimal qty, const QLocale &locale)
{
    return localNumber(qty, locale, 0);
}

QString formatPercent(Decimal rate, const QLocale &locale)
{
    const Decimal percent = Decimal::fromMicros(rate.micros() * 100);
    return localNumber(percent, locale, 0) + u" %"_s;
}

} // namespace fb::commercial
