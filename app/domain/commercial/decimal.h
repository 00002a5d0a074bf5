#pragma once

// Exact decimal numbers for money, rates and quantities: a signed 64-bit
// count of millionths. Money never passes through binary floating point;
// products are computed exactly (128-bit) and rounded half away from zero to
// the cent, as service-policy.md §6 requires.

#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace fb::commercial {

class Decimal
{
public:
    static constexpr int kScale = 6;
    static constexpr qint64 kUnit = 1'000'000;
    static constexpr qint64 kMicrosPerCent = 10'000;

    constexpr Decimal() = default;

    static constexpr Decimal fromMicros(qint64 micros) { return Decimal(micros); }
    static constexpr Decimal fromCents(qint64 cents) { return Decimal(cents * kMicrosPerCent); }
    static constexpr Decimal fromInt(qint64 whole) { return Decimal(whole * kUnit); }

    // "125.50", "-0.0825", "3": at most 6 decimals, no exponent, no grouping.
    static std::optional<Decimal> parse(QStringView text);
    // A JSON string as parse(), or a JSON number (quantities) rounded to 6 decimals.
    static std::optional<Decimal> fromJson(const QJsonValue &value);

    constexpr qint64 micros() const { return m_micros; }
    bool isZero() const { return m_micros == 0; }
    bool isNegative() const { return m_micros < 0; }
    bool isWhole() const { return m_micros % kUnit == 0; }
    bool isCents() const { return m_micros % kMicrosPerCent == 0; }

    // Shortest exact text: "1.5", "42", "0.0825".
    QString toString() const;
    // Money text with exactly two decimals; the value must be in whole cents.
    QString toMoneyString() const;
    // A JSON number for quantities (exact for the values quotes use).
    QJsonValue toJsonNumber() const;
    double toDouble() const { return static_cast<double>(m_micros) / kUnit; }

    Decimal roundedToCents() const;
    // this × other, exactly, rounded half away from zero to the cent;
    // nullopt when the result does not fit.
    std::optional<Decimal> timesRoundedToCents(Decimal other) const;

    friend constexpr Decimal operator+(Decimal a, Decimal b)
    {
        return Decimal(a.m_micros + b.m_micros);
    }
    friend constexpr Decimal operator-(Decimal a, Decimal b)
    {
        return Decimal(a.m_micros - b.m_micros);
    }
    Decimal &operator+=(Decimal other)
    {
        m_micros += other.m_micros;
        return *this;
    }
    friend constexpr auto operator<=>(Decimal, Decimal) = default;

private:
    constexpr explicit Decimal(qint64 micros) : m_micros(micros) {}
    qint64 m_micros = 0;
};

} // namespace fb::commercial
