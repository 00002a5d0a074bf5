#include "gui/manuals/manual_export.h"

#include "gui/dialog_seam.h"
#include "gui/gui_log.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QPointer>
#include <QPrinter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {
namespace {

// The chapter for paper: images from the package only, like the browser.
class PrintDocument : public QTextDocument
{
public:
    explicit PrintDocument(const ChapterPage &page)
        : m_base(QUrl::fromLocalFile(page.pagePath)),
          m_images(QDir::cleanPath(QFileInfo(page.imagesDirectory).absoluteFilePath()))
    {
        setBaseUrl(m_base);
        setMetaInformation(QTextDocument::DocumentTitle, page.title);
        setHtml(page.html);
        dropLinks();
    }

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        if (type != QTextDocument::ImageResource)
            return {};
        return loadManualImage(name, m_base, m_images);
    }

private:
    // manual: links mean nothing outside the app and a PDF viewer must not
    // be handed anything to open: the link text stays, the target goes.
    void dropLinks()
    {
        for (QTextBlock block = begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                QTextCharFormat format = fragment.charFormat();
                if (!format.isAnchor() && !format.hasProperty(QTextFormat::AnchorHref))
                    continue;
                format.setAnchor(false);
                format.clearProperty(QTextFormat::AnchorHref);
                QTextCursor cursor(this);
                cursor.setPosition(fragment.position());
                cursor.setPosition(fragment.position() + fragment.length(),
                                   QTextCursor::KeepAnchor);
                cursor.setCharFormat(format);
            }
        }
    }

    QUrl m_base;
    QString m_images;
};

QString writeError(const QString &file, const QString &reason)
{
    return ManualExport::tr("Could not write %1: %2. Choose a folder you can write to.")
        .arg(QDir::toNativeSeparators(file), reason);
}

} // namespace

QVariant loadManualImage(const QUrl &name, const QUrl &base, const QString &imagesDirectory)
{
    if (base.isEmpty())
        return {};
    const QUrl url = name.isRelative() ? base.resolved(name) : name;
    if (!url.isLocalFile())
        return {}; // never anything remote
    const QString path = QDir::cleanPath(url.toLocalFile());
    if (QFileInfo(path).absolutePath() != imagesDirectory)
        return {};
    if (path.endsWith(u".svg"_s, Qt::CaseInsensitive)) {
        QSvgRenderer renderer(path);
        if (!renderer.isValid())
            return {};
        // Rendered at twice the size and shown at 1x, so it stays sharp on HiDPI.
        const qreal ratio = 2.0;
        QImage image(renderer.defaultSize() * ratio, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        image.setDevicePixelRatio(ratio);
        return image;
    }
    QImage image(path);
    return image.isNull() ? QVariant() : QVariant(image);
}

void paintChapter(const ChapterPage &page, QPagedPaintDevice &device)
{
    PrintDocument document(page);
    document.print(&device);
}

ManualExport::ManualExport(QWidget *dialogParent)
    : QObject(dialogParent), m_dialogParent(dialogParent)
{
    m_pool.setMaxThreadCount(1); // one job at a time, in the order asked
}

ManualExport::~ManualExport()
{
    m_pool.waitForDone();
}

bool ManualExport::exportPdf(const ChapterPage &page, const QString &path)
{
    if (page.html.isEmpty())
        return false;
    const QString file =
        !path.isEmpty()
            ? path
            : DialogSeam::getSaveFileName(m_dialogParent, tr("Export chapter as PDF"),
                                          page.title + u".pdf"_s, tr("PDF files (*.pdf)"));
    if (file.isEmpty())
        return false;
    QPointer<ManualExport> self(this);
    m_pool.start([self, page, file] {
        QElapsedTimer timer;
        timer.start();
        QString error;
        // Written beside the target and renamed at the end: a failed export
        // leaves an existing file as it was.
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly)) {
            error = writeError(file, out.errorString());
        } else {
            {
                QPdfWriter writer(&out);
                writer.setTitle(page.title);
                writer.setCreator(u"Fieldbench"_s);
                writer.setPageSize(QPageSize(QPageSize::A4));
                writer.setResolution(300);
                paintChapter(page, writer);
            } // the PDF is complete once the writer is gone
            if (out.size() == 0 || !out.commit())
                error = writeError(file, out.errorString());
        }
        qCInfo(lcGui) << "manual PDF export of" << page.title << "took" << timer.elapsed() << "ms";
        QMetaObject::invokeMethod(
            self.data(),
            [self, file, error] {
                if (self)
                    emit self->finished(file, error);
            },
            Qt::QueuedConnection);
    });
    return true;
}

bool ManualExport::print(const ChapterPage &page)
{
    if (page.html.isEmpty())
        return false;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(page.title);
    if (!DialogSeam::print(m_dialogParent, *printer, tr("Print manual chapter")))
        return false;
    QPointer<ManualExport> self(this);
    // From here only the worker touches the printer.
    m_pool.start([self, page, printer] {
        QElapsedTimer timer;
        timer.start();
        const QString file = printer->outputFileName();
        const QString target = file.isEmpty() ? printer->printerName() : file;
        paintChapter(page, *printer);
        QString error;
        if (printer->printerState() == QPrinter::Error)
            error = ManualExport::tr("The printer %1 reported an error. Check that it is on and "
                                     "connected, then print again.")
                        .arg(target);
        else if (!file.isEmpty() && QFileInfo(file).size() == 0)
            error = writeError(file, ManualExport::tr("nothing was written"));
        qCInfo(lcGui) << "manual print of" << page.title << "took" << timer.elapsed() << "ms";
        QMetaObject::invokeMethod(
            self.data(),
            [self, target, error] {
                if (self)
                    emit self->finished(target, error);
            },
            Qt::QueuedConnection);
    });
    return true;
}

} // namespace fb::gui
