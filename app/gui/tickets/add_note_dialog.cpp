#include "gui/tickets/add_note_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {

AddNoteDialog::AddNoteDialog(const QString &ticketNumber, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Add note to %1").arg(ticketNumber));
    setObjectName(u"addNoteDialog"_s);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"noteText"_s);
    m_text->setTabChangesFocus(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add note"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text().isEmpty()); });

    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Note:"), this);
    layout->addWidget(label);
    layout->addWidget(m_text);
    layout->addWidget(m_buttons);
    resize(460, 260);
}

QString AddNoteDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

} // namespace fb::gui
