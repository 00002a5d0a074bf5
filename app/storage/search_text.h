#pragma once

#include <QString>

namespace fb::storage {

// Text as the `search` columns hold it and filters compare it: lower-cased
// like QString::toLower(). ASCII text, nearly all of it, takes a fast path:
// Qt 6.4's toLower costs ~12 ns a character, ~45 ms of a first pull of
// 10,000 tickets.
QString foldForSearch(const QString &text);

} // namespace fb::storage
