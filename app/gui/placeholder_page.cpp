#include "gui/placeholder_page.h"

#include <QLabel>
#include <QVBoxLayout>

namespace fb::gui {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &purpose, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(title, this);
    heading->setTextFormat(Qt::PlainText);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    auto *text = new QLabel(tr("This page is not built yet: %1").arg(purpose), this);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch(1);
}

} // namespace fb::gui
