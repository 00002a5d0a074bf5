#pragma once

// Times on the wire are UTC ISO-8601 with a trailing Z; dates are YYYY-MM-DD.

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace fb {

QString toIsoUtc(const QDateTime &time);
// Accepts "…Z" and "…±hh:mm"; anything else is nullopt.
std::optional<QDateTime> parseIsoTime(const QString &text);

QString toIsoDate(QDate date);
std::optional<QDate> parseIsoDate(const QString &text);

// Local wall time with its UTC offset, e.g. "2026-11-30T10:00:00-06:00".
QString toIsoWithOffset(const QDateTime &time);

} // namespace fb
