#include "manuals/manual_link.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace fb::manuals {

QString ManualLink::toString() const
{
    QString text = u"manual:"_s + manual;
    if (!chapter.isEmpty())
        text += u'/' + chapter;
    if (!anchor.isEmpty())
        text += u'#' + anchor;
    return text;
}

std::optional<ManualLink> parseManualLink(const QString &url)
{
    static const QRegularExpression pattern(
        u"^manual:([a-z0-9]+(?:-[a-z0-9]+)*)(?:/([a-z0-9]+(?:-[a-z0-9]+)*))?/?(?:#([A-Za-z0-9_-]*))?$"_s);
    const auto match = pattern.match(url.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return ManualLink{match.captured(1), match.captured(2), match.captured(3)};
}

} // namespace fb::manuals
