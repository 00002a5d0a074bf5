#include "documents/pdf_output.h"

#include "documents/documents_log.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace fb::documents {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::documents::Pdf", text);
}

} // namespace

Result<QByteArray> printToPdf(QTextDocument &document, const QString &title)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        if (!buffer.open(QIODevice::WriteOnly))
            return makeError(ErrorKind::Data, tr("Cannot open a buffer for the PDF."));
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Fieldbench"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        // Laid out at 96 dpi like on screen, then scaled to the writer; images
        // go in lossless (QTextDocument::print would let the writer pick JPEG,
        // which blurs a signature).
        constexpr qreal kLayoutDpi = 96;
        const QSizeF page = writer.pageLayout().paintRectPixels(kLayoutDpi).size();
        document.setPageSize(page);
        const int pages = document.pageCount();
        QPainter painter;
        if (!painter.begin(&writer))
            return makeError(ErrorKind::Data, tr("Cannot start the PDF writer."));
        painter.setRenderHint(QPainter::LosslessImageRendering);
        painter.scale(writer.resolution() / kLayoutDpi, writer.resolution() / kLayoutDpi);
        for (int index = 0; index < pages; ++index) {
            if (index > 0)
                writer.newPage();
            painter.save();
            const QRectF area(0, index * page.height(), page.width(), page.height());
            painter.translate(0, -area.top());
            document.drawContents(&painter, area);
            painter.restore();
        }
        painter.end();
    }
    if (bytes.size() < 100 || !bytes.startsWith("%PDF")) {
        qCWarning(lcDocuments) << "PDF writer produced" << bytes.size() << "bytes";
        return makeError(ErrorKind::Data, tr("The PDF could not be produced."));
    }
    return bytes;
}

QList<QImage> renderPageImages(QTextDocument &document, qreal scale)
{
    const QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                             QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    const QRect full = layout.fullRectPixels(96);
    const QRect paint = layout.paintRectPixels(96);
    document.setPageSize(paint.size());
    QList<QImage> pages;
    for (int index = 0; index < document.pageCount(); ++index) {
        QImage image((full.size().toSizeF() * scale).toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(scale, scale);
        painter.translate(paint.topLeft());
        const QRectF area(0, index * paint.height(), paint.width(), paint.height());
        painter.translate(0, -area.top());
        document.drawContents(&painter, area);
        pages.append(image);
    }
    return pages;
}

} // namespace fb::documents
