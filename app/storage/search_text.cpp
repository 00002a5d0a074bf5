#include "storage/search_text.h"

#include <algorithm>

namespace fb::storage {

QString foldForSearch(const QString &text)
{
    const QChar *begin = text.constData();
    const QChar *end = begin + text.size();
    if (std::any_of(begin, end, [](QChar c) { return c.unicode() >= 0x80; }))
        return text.toLower();
    QString folded(text.size(), Qt::Uninitialized);
    std::transform(begin, end, folded.data(), [](QChar c) {
        const char16_t unit = c.unicode();
        return QChar(unit >= u'A' && unit <= u'Z' ? char16_t(unit + (u'a' - u'A')) : unit);
    });
    return folded;
}

} // namespace fb::storage
