#pragma once

// Compact JSON, byte for byte what QJsonDocument::toJson(Compact) writes
// (revision ids are hashes of it), written into one growing buffer.
// QJsonDocument's writer makes two or three allocations for every string it
// writes; for the bodies a first pull stores that was a tenth of its CPU.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

namespace fb::json {

QByteArray compact(const QJsonObject &object);
QByteArray compact(const QJsonArray &array);

} // namespace fb::json
