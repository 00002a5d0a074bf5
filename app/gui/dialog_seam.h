#pragma once

// Every message box and file dialog of the GUI goes through here, so tests
// can answer them without a modal loop: setNextAnswer() makes the next box
// return that button at once (and records its text), setNextFileName() does
// the same for file dialogs. Without queued answers the real dialogs show.

#include <QMessageBox>
#include <QString>
#include <QStringList>

class QPrinter;

namespace fb::gui {

class DialogSeam
{
public:
    using Button = QMessageBox::StandardButton;

    static Button information(QWidget *parent, const QString &title, const QString &text,
                              QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                              Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget *parent, const QString &title, const QString &text,
                          QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                          Button defaultButton = QMessageBox::NoButton);
    static Button critical(QWidget *parent, const QString &title, const QString &text,
                           QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                           Button defaultButton = QMessageBox::NoButton);
    static Button question(QWidget *parent, const QString &title, const QString &text,
                           QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                  QMessageBox::No,
                           Button defaultButton = QMessageBox::NoButton);
    // A box with custom buttons (first is the default); returns the chosen
    // index or -1 when closed. Tests answer it with setNextChoice().
    static int choice(QWidget *parent, const QString &title, const QString &text,
                      const QStringList &buttons);

    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir = {},
                                   const QString &filter = {});
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir = {},
                                   const QString &filter = {});
    static QString getExistingDirectory(QWidget *parent, const QString &caption,
                                        const QString &dir = {});
    // The print dialog for `printer`; true when the user chose to print.
    // Tests answer it with setNextPrintFile().
    static bool print(QWidget *parent, QPrinter &printer, const QString &title);

    // ---- for tests ----
    // Queue answers; each box or file dialog consumes one (FIFO).
    static void setNextAnswer(Button button);
    static void setNextChoice(int index);
    static void setNextFileName(const QString &path);
    // The next print dialog returns at once: the printer writes PDF to `path`
    // (QPrinter::PdfFormat); an empty path cancels the dialog.
    static void setNextPrintFile(const QString &path);
    // When on, boxes with no queued answer return their default button at
    // once instead of showing (so a test never hangs on an unexpected box).
    static void setAutoAnswer(bool on);
    // Texts of the boxes answered by the seam, oldest first; clears the record.
    static QStringList takeMessages();
    static void reset();
};

} // namespace fb::gui
