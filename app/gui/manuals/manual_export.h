#pragma once

// Printing and PDF export of a manual chapter. The chapter is laid out again
// in a private QTextDocument on a worker thread: QTextDocument, QSvgRenderer
// and QPainter on a QPdfWriter/QPrinter are reentrant, while the browser's
// own document belongs to the GUI thread and cannot be shared. Laying out and
// painting a long chapter with diagrams at print resolution takes long enough
// to freeze the window (see tst_manuals_page's timing log), so it runs off the
// GUI thread. The copy loads images only from the package's images/ folder
// (as ManualBrowser does) and carries no links, so the PDF opens nothing.

#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QUrl>
#include <QVariant>

class QPagedPaintDevice;
class QWidget;

namespace fb::gui {

struct ChapterPage
{
    QString title;
    QString html;            // the page as the package renders it
    QString pagePath;        // base for its relative image paths
    QString imagesDirectory; // the only folder images load from
};

// The image `name` of a page at `base`: only files directly in
// `imagesDirectory` (SVG rendered at 2x), never anything remote; an invalid
// QVariant otherwise. Any thread.
QVariant loadManualImage(const QUrl &name, const QUrl &base, const QString &imagesDirectory);

// Lays out `page` and paints it on `device`. Any thread.
void paintChapter(const ChapterPage &page, QPagedPaintDevice &device);

class ManualExport : public QObject
{
    Q_OBJECT

public:
    // Dialogs (through DialogSeam) are parented to `dialogParent`.
    explicit ManualExport(QWidget *dialogParent);
    ~ManualExport() override; // waits for a running job

    // Writes `page` as PDF to `path`, or to a file the user picks when `path`
    // is empty. Returns false when nothing was started (cancelled, no page).
    bool exportPdf(const ChapterPage &page, const QString &path = {});
    // Asks for a printer (DialogSeam::print) and prints `page` on it.
    bool print(const ChapterPage &page);

signals:
    // After exportPdf()/print() returned true: `error` is empty on success.
    // `target` is the PDF file or the printer's name (or its output file).
    void finished(const QString &target, const QString &error);

private:
    QWidget *m_dialogParent;
    QThreadPool m_pool;
};

} // namespace fb::gui
