#include "documents/pdf_file.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace fb::documents {

Status savePdf(const QByteArray &pdf, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return makeError(ErrorKind::Data,
                         QCoreApplication::translate(
                             "fb::documents::Pdf", "Cannot write %1: %2. Choose another location.")
                             .arg(path, file.errorString()));
    return {};
}

} // namespace fb::documents
