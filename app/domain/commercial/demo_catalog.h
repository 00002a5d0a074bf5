#pragma once

// The demo parts catalog and HQ rate documents: deterministic, with USD and
// EUR prices, including the part numbers the demo service events use
// (ANT-UHF-01, LCK-SOL-24).

#include <QJsonObject>
#include <QList>

namespace fb::commercial {

QList<QJsonObject> demoCatalogDocuments();

} // namespace fb::commercial
