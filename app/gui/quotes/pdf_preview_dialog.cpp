#include "gui/quotes/pdf_preview_dialog.h"

#include "documents/pdf_file.h"
#include "gui/dialog_seam.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace fb::gui {

PdfPreviewDialog::PdfPreviewDialog(const QList<QImage> &pages, QByteArray pdf,
                                   QString suggestedName, QWidget *parent)
    : QDialog(parent), m_pdf(std::move(pdf)), m_suggestedName(std::move(suggestedName))
{
    setWindowTitle(tr("Preview: %1").arg(m_suggestedName));
    auto *content = new QWidget;
    auto *pagesLayout = new QVBoxLayout(content);
    for (const QImage &page : pages) {
        auto *label = new QLabel(content);
        label->setPixmap(QPixmap::fromImage(page));
        label->setFrameShape(QFrame::Box);
        pagesLayout->addWidget(label, 0, Qt::AlignHCenter);
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &PdfPreviewDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(buttons);
    resize(900, 1000);
}

void PdfPreviewDialog::save()
{
    const QString path = DialogSeam::getSaveFileName(
        this, tr("Save PDF"), QDir::home().filePath(m_suggestedName), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status saved = documents::savePdf(m_pdf, path); !saved) {
        DialogSeam::warning(this, windowTitle(), saved.error().message);
        return;
    }
    m_savedPath = path;
    accept();
}

} // namespace fb::gui
