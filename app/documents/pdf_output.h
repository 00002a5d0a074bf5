#pragma once

// Prints a laid-out QTextDocument on A4 pages of a QPdfWriter.

#include "domain/result.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>
#include <QTextDocument>

namespace fb::documents {

Result<QByteArray> printToPdf(QTextDocument &document, const QString &title);
// The pages as images, laid out as printToPdf lays them out (for previews).
QList<QImage> renderPageImages(QTextDocument &document, qreal scale = 1.0);

} // namespace fb::documents
