#pragma once

// Default widths of list columns from what they show, in the table's font and
// the current language (German texts run half as long again as English).

#include <QStringList>

class QTableView;

namespace fb::gui {

// Wide enough for the widest of `texts`, for `minimumChars` average
// characters, and for the column's title with its sort arrow; `extra` is
// added to the text (an icon, say).
int columnWidthFor(const QTableView *table, int column, const QStringList &texts,
                   int minimumChars = 0, int extra = 0);

} // namespace fb::gui
