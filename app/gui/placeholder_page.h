#pragma once

// Stands in for a page that is not built yet and says so plainly.

#include <QWidget>

namespace fb::gui {

class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString &title, const QString &purpose, QWidget *parent = nullptr);
};

} // namespace fb::gui
