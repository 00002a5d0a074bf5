#pragma once

// The manual page view: a QTextBrowser that loads images only from the
// manual package's images/ folder (SVG rendered here) and nothing else — no
// remote or other local resources, whatever a page says. Links are not
// followed by the browser; the page decides (manual: links only).

#include <QTextBrowser>
#include <QUrl>

namespace fb::gui {

class ManualBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ManualBrowser(QWidget *parent = nullptr);

    // Shows `html` whose relative image paths resolve against `pageFile`;
    // images load only from `imagesDirectory`.
    void showPage(const QString &html, const QString &pageFile, const QString &imagesDirectory);
    void showMessage(const QString &title, const QString &text);

    QVariant loadResource(int type, const QUrl &name) override;

private:
    QUrl m_base;
    QString m_imagesDirectory;
};

} // namespace fb::gui
