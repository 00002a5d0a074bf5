#include "domain/commercial/decimal.h"

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace fb::commercial {
namespace {

__extension__ typedef __int128 Wide;

// Divides rounding half away from zero (the rule of service-policy.md §6).
Wide divideRounded(Wide value, Wide divisor)
{
    Wide quotient = value / divisor;
    const Wide remainder = value % divisor;
    const Wide twice = (remainder < 0 ? -remainder : remainder) * 2;
    if (twice >= divisor)
        quotient += value < 0 ? -1 : 1;
    return quotient;
}

} // namespace

std::optional<Decimal> Decimal::parse(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (text.front() == u'-' || text.front() == u'+') {
        negative = text.front() == u'-';
        text = text.mid(1);
    }
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : text.mid(dot + 1);
    if (whole.isEmpty() || whole.size() > 12 || fraction.size() > kScale ||
        (dot >= 0 && fraction.isEmpty()))
        return std::nullopt;
    qint64 micros = 0;
    for (QChar c : whole) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        micros = micros * 10 + (c.unicode() - u'0');
    }
    micros *= kUnit;
    qint64 scale = kUnit / 10;
    for (QChar c : fraction) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        micros += (c.unicode() - u'0') * scale;
        scale /= 10;
    }
    return Decimal(negative ? -micros : micros);
}

std::optional<Decimal> Decimal::fromJson(const QJsonValue &value)
{
    if (value.isString())
        return parse(value.toString());
    if (value.isDouble()) {
        // Quantities arrive as JSON numbers; six decimals are plenty for hours and km.
        const double scaled = value.toDouble() * kUnit;
        if (!std::isfinite(scaled) || std::fabs(scaled) > 1e15)
            return std::nullopt;
        return Decimal(std::llround(scaled));
    }
    return std::nullopt;
}

QString Decimal::toString() const
{
    const qint64 magnitude = m_micros < 0 ? -m_micros : m_micros;
    QString text = QString::number(magnitude / kUnit);
    qint64 fraction = magnitude % kUnit;
    if (fraction != 0) {
        QString digits = u"%1"_s.arg(fraction, kScale, 10, QChar(u'0'));
        while (digits.endsWith(u'0'))
            digits.chop(1);
        text += u'.' + digits;
    }
    return m_micros < 0 ? u'-' + text : text;
}

QString Decimal::toMoneyString() const
{
    const qint64 cents = roundedToCents().m_micros / kMicrosPerCent;
    const qint64 magnitude = cents < 0 ? -cents : cents;
    const QString text = u"%1.%2"_s.arg(magnitude / 100).arg(magnitude % 100, 2, 10, QChar(u'0'));
    return cents < 0 ? u'-' + text : text;
}

QJsonValue Decimal::toJsonNumber() const
{
    if (isWhole())
        return QJsonValue(m_micros / kUnit);
    return QJsonValue(toDouble());
}

Decimal Decimal::roundedToCents() const
{
    return Decimal(static_cast<qint64>(divideRounded(m_micros, kMicrosPerCent)) * kMicrosPerCent);
}

std::optional<Decimal> Decimal::timesRoundedToCents(Decimal other) const
{
    // micros × micros is at scale 1e12; a cent is 1e10 of those.
    const Wide product = static_cast<Wide>(m_micros) * static_cast<Wide>(other.m_micros);
    const Wide cents = divideRounded(product, static_cast<Wide>(kUnit) * kUnit / 100);
    const Wide micros = cents * kMicrosPerCent;
    if (micros > std::numeric_limits<qint64>::max() || micros < std::numeric_limits<qint64>::min())
        return std::nullopt;
    return Decimal(static_cast<qint64>(micros));
}

} // namespace fb::commercial
