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
    // Bold in some styles, and room for the sort arrow.
    QFont titleFont = header->font();
    titleFont.setBold(true);
    const int titleWidth = QFontMetrics(titleFont).horizontalAdvance(title) +
                           header->style()->pixelMetric(QStyle::PM_HeaderMarkSize) + padding;
    return std::max(width + extra + padding, titleWidth);
}

} // namespace fb::gui
