#include "gui/first_paint.h"

#include <QEvent>
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

void enableClearButtonAfterFirstPaint(QLineEdit *edit)
{
    afterFirstPaint(edit, [edit] { edit->setClearButtonEnabled(true); });
}

} // namespace fb::gui
