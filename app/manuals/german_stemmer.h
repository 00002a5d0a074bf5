#pragma once

// The Snowball German stemmer (the classic algorithm of snowballstem.org),
// so "Türschlosses" and "Türschloss" index to the same term. Umlauts are
// folded at the end (ä → a), so a query typed without them matches too.

#include <QString>

namespace fb::manuals {

// `word` must already be lower case (the FTS tokenizer folds case first).
QString germanStem(const QString &word);

} // namespace fb::manuals
