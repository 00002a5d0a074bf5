#include "gui/manuals/manual_browser.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {

ManualBrowser::ManualBrowser(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(u"manualBrowser"_s);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
}

void ManualBrowser::showPage(const QString &html, const QString &pageFile,
                             const QString &imagesDirectory)
{
    m_base = QUrl::fromLocalFile(pageFile);
    m_imagesDirectory = QDir::cleanPath(QFileInfo(imagesDirectory).absoluteFilePath());
    document()->clear();
    document()->setBaseUrl(m_base);
    setHtml(html);
}

void ManualBrowser::showMessage(const QString &title, const QString &text)
{
    m_base.clear();
    // Messages may carry paths and text from elsewhere: plain text, escaped.
    setHtml(u"<h2>%1</h2><p>%2</p>"_s.arg(title.toHtmlEscaped(), text.toHtmlEscaped()));
}

QVariant ManualBrowser::loadResource(int type, const QUrl &name)
{
    if (type != QTextDocument::ImageResource || m_base.isEmpty())
        return {};
    const QUrl url = name.isRelative() ? m_base.resolved(name) : name;
    if (!url.isLocalFile())
        return {}; // never anything remote
    const QString path = QDir::cleanPath(url.toLocalFile());
    if (QFileInfo(path).absolutePath() != m_imagesDirectory)
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

} // namespace fb::gui
