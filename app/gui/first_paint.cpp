#include "gui/first_paint.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QIcon>
#include <QLineEdit>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace fb::gui {
namespace {

class FirstPaintFilter : public QObject
{
public:
    FirstPaintFilter(QWidget *window, std::function<void()> action)
        : QObject(window), m_action(std::move(action))
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, parent(), [action = std::move(m_action)] { action(); });
            deleteLater();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_action;
};

} // namespace

void afterFirstPaint(QWidget *window, std::function<void()> action)
{
    window->installEventFilter(new FirstPaintFilter(window, std::move(action)));
}

void addClearButton(QLineEdit *edit)
{
    QAction *clear = edit->addAction(QIcon(QStringLiteral(":/icons/edit-clear.svg")),
                                     QLineEdit::TrailingPosition);
    clear->setObjectName(QStringLiteral("clearButton"));
    clear->setToolTip(QCoreApplication::translate("fb::gui::LineEdit", "Clear"));
    clear->setVisible(!edit->text().isEmpty());
    QObject::connect(clear, &QAction::triggered, edit, [edit] {
        edit->clear();
        edit->setFocus();
    });
    QObject::connect(edit, &QLineEdit::textChanged, clear,
                     [clear](const QString &text) { clear->setVisible(!text.isEmpty()); });
}

} // namespace fb::gui
