#pragma once

// Shows a customer document (quote or service report) as its PDF pages
// before it is saved; Save writes the same bytes.

#include <QByteArray>
#include <QDialog>
#include <QList>
#include <QString>

namespace fb::gui {

class PdfPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    // `pages` are the rendered pages; `pdf` the bytes Save writes.
    PdfPreviewDialog(const QList<QImage> &pages, QByteArray pdf, QString suggestedName,
                     QWidget *parent = nullptr);

    // Saved path, empty when not saved.
    QString savedPath() const { return m_savedPath; }

public slots:
    void save();

private:
    QByteArray m_pdf;
    QString m_suggestedName;
    QString m_savedPath;
};

} // namespace fb::gui
