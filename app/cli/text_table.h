#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace fb::cli {

// Prints rows as left-aligned columns separated by two spaces.
void printTable(QTextStream &out, const QStringList &header, const QList<QStringList> &rows);

} // namespace fb::cli
