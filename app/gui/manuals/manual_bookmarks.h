#pragma once

// The technician's manual bookmarks (deep link + title), kept in QSettings.

#include <QList>
#include <QString>

namespace fb::gui {

struct ManualBookmark
{
    QString link; // manual:<model>/<chapter>#<anchor>
    QString title;
};

class ManualBookmarks
{
public:
    static QList<ManualBookmark> load();
    static void save(const QList<ManualBookmark> &bookmarks);
    // Adds (or moves to the top) a bookmark; returns the new list.
    static QList<ManualBookmark> add(const ManualBookmark &bookmark);
    static QList<ManualBookmark> remove(const QString &link);
};

} // namespace fb::gui
