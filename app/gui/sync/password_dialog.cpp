#include "gui/sync/password_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {

PasswordDialog::PasswordDialog(const QString &user, const QString &server, const QString &reason,
                               QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"syncPasswordDialog"_s);
    setWindowTitle(tr("HQ password"));
    auto *layout = new QVBoxLayout(this);
    if (!reason.isEmpty()) {
        auto *why = new QLabel(reason, this);
        why->setObjectName(u"reason"_s);
        why->setTextFormat(Qt::PlainText); // HQ's words, never HTML
        why->setWordWrap(true);
        layout->addWidget(why);
    }
    auto *form = new QFormLayout;
    auto *serverLabel = new QLabel(server, this);
    serverLabel->setTextFormat(Qt::PlainText);
    form->addRow(tr("Server:"), serverLabel);
    auto *userLabel = new QLabel(user, this);
    userLabel->setTextFormat(Qt::PlainText);
    form->addRow(tr("User:"), userLabel);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Password:"), m_password);
    layout->addLayout(form);
    auto *note = new QLabel(tr("The password is kept only until Fieldbench closes."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sync"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

void PasswordDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

} // namespace fb::gui
