#include "gui/manuals/manual_bookmarks.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {

QList<ManualBookmark> ManualBookmarks::load()
{
    QSettings settings;
    QList<ManualBookmark> result;
    const int count = settings.beginReadArray(u"manuals/bookmarks"_s);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        const QString link = settings.value(u"link"_s).toString();
        if (link.startsWith(u"manual:"_s))
            result.append({link, settings.value(u"title"_s).toString()});
    }
    settings.endArray();
    return result;
}

void ManualBookmarks::save(const QList<ManualBookmark> &bookmarks)
{
    QSettings settings;
    settings.remove(u"manuals/bookmarks"_s);
    settings.beginWriteArray(u"manuals/bookmarks"_s, static_cast<int>(bookmarks.size()));
    for (int i = 0; i < bookmarks.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(u"link"_s, bookmarks.at(i).link);
        settings.setValue(u"title"_s, bookmarks.at(i).title);
    }
    settings.endArray();
}

QList<ManualBookmark> ManualBookmarks::add(const ManualBookmark &bookmark)
{
    QList<ManualBookmark> bookmarks = remove(bookmark.link);
    bookmarks.prepend(bookmark);
    save(bookmarks);
    return bookmarks;
}

QList<ManualBookmark> ManualBookmarks::remove(const QString &link)
{
    QList<ManualBookmark> bookmarks = load();
    bookmarks.removeIf([&](const ManualBookmark &b) { return b.link == link; });
    save(bookmarks);
    return bookmarks;
}

} // namespace fb::gui
