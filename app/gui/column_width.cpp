#include "gui/column_width.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>

#include <algorithm>

namespace fb::gui {

int columnWidthFor(const QTableView *table, int column, const QStringList &texts, int minimumChars,
                   int extra)
{
    const QFontMetrics metrics = table->fontMetrics();
    const int padding = metrics.averageCharWidth() * 2;
    int width = metrics.averageCharWidth() * minimumChars;
    for (const QString &text : texts)
        width = std::max(width, metrics.horizontalAdvance(text));
    const QHeaderView *header = table->horizontalHeader();
    const QString title =
        table->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    // Titles turn bold while a row is selected (about a tenth wider; asking
    // for the bold font would load it before the first frame), and the sort
    // arrow needs room.
    const int titleWidth = header->fontMetrics().horizontalAdvance(title) * 11 / 10 +
                           header->style()->pixelMetric(QStyle::PM_HeaderMarkSize) + padding;
    return std::max(width + extra + padding, titleWidth);
}

} // namespace fb::gui
