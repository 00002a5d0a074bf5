#pragma once

// Asks for the text of a note on a ticket (plain text).

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace fb::gui {

class AddNoteDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddNoteDialog(const QString &ticketNumber, QWidget *parent = nullptr);

    QString text() const;

private:
    QPlainTextEdit *m_text = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace fb::gui
