#pragma once

// Small readers for document fields that report what is wrong, by name.

#include "domain/result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace fb::json {

// A required non-empty string field.
Result<QString> requireString(const QJsonObject &object, QLatin1StringView key);
// A required UTC time field.
Result<QDateTime> requireTime(const QJsonObject &object, QLatin1StringView key);
// An optional time field: invalid QDateTime when absent, an error when malformed.
Result<QDateTime> optionalTime(const QJsonObject &object, QLatin1StringView key);

QString string(const QJsonObject &object, QLatin1StringView key);

// Writes a time as ISO UTC, or removes the key when the time is invalid.
void putTime(QJsonObject &object, QLatin1StringView key, const QDateTime &time);

} // namespace fb::json
