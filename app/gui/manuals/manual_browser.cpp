#include "gui/manuals/manual_browser.h"

#include "gui/manuals/manual_export.h"

#include <QDir>
#include <QFileInfo>
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
    if (type != QTextDocument::ImageResource)
        return {};
    return loadManualImage(name, m_base, m_imagesDirectory);
}

} // namespace fb::gui
