#pragma once

// Small helpers shared by the GUI tests.

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>

namespace fb::test {

// The modal dialog of type T once it is showing, or null after a few seconds.
template<class T> T *waitForDialog(int timeoutMs = 5000)
{
    T *dialog = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            dialog = qobject_cast<T *>(QApplication::activeModalWidget());
            return dialog != nullptr;
        },
        timeoutMs);
    return dialog;
}

inline QPushButton *okButton(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

} // namespace fb::test
