#pragma once

// A handful of `bulletin` documents for the demo workspace's notices page:
// planned outages ahead and past, discontinuations with enough and with too
// little notice, and an advisory. Times are relative to `now`.

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace fb::policy {

QList<QJsonObject> demoBulletins(const QDateTime &now);

} // namespace fb::policy
