#include "gui/dialog_seam.h"

#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QQueue>

namespace fb::gui {
namespace {

struct SeamState
{
    QQueue<DialogSeam::Button> answers;
    QQueue<int> choices;
    QQueue<QString> fileNames;
    QQueue<QString> printFiles;
    QStringList messages;
    bool autoAnswer = false;
};

SeamState &state()
{
    static SeamState s;
    return s;
}

DialogSeam::Button show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                        const QString &text, QMessageBox::StandardButtons buttons,
                        DialogSeam::Button defaultButton)
{
    SeamState &s = state();
    if (!s.answers.isEmpty() || s.autoAnswer) {
        s.messages.append(text);
        if (!s.answers.isEmpty())
            return s.answers.dequeue();
        if (defaultButton != QMessageBox::NoButton)
            return defaultButton;
        // The first button of the set, like QMessageBox picks.
        for (int bit = QMessageBox::FirstButton; bit <= QMessageBox::LastButton; bit <<= 1) {
            if (buttons.testFlag(static_cast<QMessageBox::StandardButton>(bit)))
                return static_cast<QMessageBox::StandardButton>(bit);
        }
        return QMessageBox::NoButton;
    }
    // Text from devices and HQ may reach these boxes: never rich text.
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    return static_cast<DialogSeam::Button>(box.exec());
}

} // namespace

DialogSeam::Button DialogSeam::information(QWidget *parent, const QString &title,
                                           const QString &text,
                                           QMessageBox::StandardButtons buttons,
                                           Button defaultButton)
{
    return show(QMessageBox::Information, parent, title, text, buttons, defaultButton);
}

DialogSeam::Button DialogSeam::warning(QWidget *parent, const QString &title, const QString &text,
                                       QMessageBox::StandardButtons buttons, Button defaultButton)
{
    return show(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

DialogSeam::Button DialogSeam::critical(QWidget *parent, const QString &title, const QString &text,
                                        QMessageBox::StandardButtons buttons, Button defaultButton)
{
    return show(QMessageBox::Critical, parent, title, text, buttons, defaultButton);
}

DialogSeam::Button DialogSeam::question(QWidget *parent, const QString &title, const QString &text,
                                        QMessageBox::StandardButtons buttons, Button defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

int DialogSeam::choice(QWidget *parent, const QString &title, const QString &text,
                       const QStringList &buttons)
{
    SeamState &s = state();
    if (!s.choices.isEmpty() || s.autoAnswer) {
        s.messages.append(text);
        return s.choices.isEmpty() ? 0 : s.choices.dequeue();
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    QList<QAbstractButton *> made;
    for (const QString &label : buttons)
        made.append(box.addButton(label, QMessageBox::AcceptRole));
    if (!made.isEmpty())
        box.setDefaultButton(qobject_cast<QPushButton *>(made.first()));
    box.addButton(QMessageBox::Cancel);
    box.exec();
    return static_cast<int>(made.indexOf(box.clickedButton()));
}

QString DialogSeam::getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter)
{
    if (!state().fileNames.isEmpty())
        return state().fileNames.dequeue();
    if (state().autoAnswer)
        return {};
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString DialogSeam::getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter)
{
    if (!state().fileNames.isEmpty())
        return state().fileNames.dequeue();
    if (state().autoAnswer)
        return {};
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

QString DialogSeam::getExistingDirectory(QWidget *parent, const QString &caption,
                                         const QString &dir)
{
    if (!state().fileNames.isEmpty())
        return state().fileNames.dequeue();
    if (state().autoAnswer)
        return {};
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

bool DialogSeam::print(QWidget *parent, QPrinter &printer, const QString &title)
{
    SeamState &s = state();
    if (!s.printFiles.isEmpty()) {
        const QString path = s.printFiles.dequeue();
        if (path.isEmpty())
            return false;
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        return true;
    }
    if (s.autoAnswer)
        return false;
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    return dialog.exec() == QDialog::Accepted;
}

void DialogSeam::setNextAnswer(Button button)
{
    state().answers.enqueue(button);
}
void DialogSeam::setNextChoice(int index)
{
    state().choices.enqueue(index);
}
void DialogSeam::setNextFileName(const QString &path)
{
    state().fileNames.enqueue(path);
}
void DialogSeam::setNextPrintFile(const QString &path)
{
    state().printFiles.enqueue(path);
}
void DialogSeam::setAutoAnswer(bool on)
{
    state().autoAnswer = on;
}

QStringList DialogSeam::takeMessages()
{
    QStringList messages;
    messages.swap(state().messages);
    return messages;
}

void DialogSeam::reset()
{
    state() = SeamState{};
}

} // namespace fb::gui
