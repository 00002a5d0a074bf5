#include "domain/json_fields.h"

#include "domain/time_format.h"

#include <QCoreApplication>

namespace fb::json {

Result<QString> requireString(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isString() || value.toString().isEmpty())
        return makeError(ErrorKind::Data,
                         QCoreApplication::translate("fb::json", "Field \"%1\" is missing or not text.")
                             .arg(key));
    return value.toString();
}

Result<QDateTime> requireTime(const QJsonObject &object, QLatin1StringView key)
{
    const auto parsed = parseIsoTime(object.value(key).toString());
    if (!parsed)
        return makeError(ErrorKind::Data,
                         QCoreApplication::translate(
                             "fb::json", "Field \"%1\" must be a UTC time like 2026-11-29T14:03:00Z.")
                             .arg(key));
    return *parsed;
}

Result<QDateTime> optionalTime(const QJsonObject &object, QLatin1StringView key)
{
    if (!object.contains(key) || object.value(key).isNull())
        return QDateTime();
    return requireTime(object, key);
}

QString string(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toString();
}

void putTime(QJsonObject &object, QLatin1StringView key, const QDateTime &time)
{
    if (time.isValid())
        object.insert(key, toIsoUtc(time));
    else
        object.remove(key);
}

} // namespace fb::json
