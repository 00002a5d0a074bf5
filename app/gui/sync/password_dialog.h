#pragma once

// Asks for the HQ password at sync time when the keychain has none (or no
// keychain runs, as on a headless box). The password stays in memory only.

#include <QDialog>

class QLabel;
class QLineEdit;

namespace fb::gui {

class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    PasswordDialog(const QString &user, const QString &server, const QString &reason,
                   QWidget *parent = nullptr);
    QString password() const;
    void setPassword(const QString &password);

private:
    QLineEdit *m_password = nullptr;
};

} // namespace fb::gui
