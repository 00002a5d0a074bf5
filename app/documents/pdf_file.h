#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>

namespace fb::documents {

// Writes a PDF's bytes to `path` atomically (QSaveFile).
Status savePdf(const QByteArray &pdf, const QString &path);

} // namespace fb::documents
