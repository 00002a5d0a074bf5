#include "cli/text_table.h"

#include <algorithm>

namespace fb::cli {

void printTable(QTextStream &out, const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths(header.size(), 0);
    auto measure = [&](const QStringList &row) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    };
    measure(header);
    for (const QStringList &row : rows)
        measure(row);
    auto print = [&](const QStringList &row) {
        QString line;
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c) {
            line += c + 1 < row.size() ? row.at(c).leftJustified(widths[c] + 2) : row.at(c);
        }
        out << line << Qt::endl;
    };
    print(header);
    for (const QStringList &row : rows)
        print(row);
}

} // namespace fb::cli
