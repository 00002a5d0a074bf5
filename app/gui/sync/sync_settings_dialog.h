#pragma once

// Where and as whom to sync: server URL (https, or http on this computer),
// technician id, user name, password (to the keychain when one runs, else
// kept for this session), CA file, proxy, automatic interval. "Test
// connection" runs off the GUI thread and says plainly what went wrong.

#include "sync/sync_settings.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace fb::sync {
class SyncService;
}

namespace fb::gui {

class SyncSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SyncSettingsDialog(sync::SyncService &service, QWidget *parent = nullptr);

    sync::SyncSettings settings() const;
    // Empty when the input is fine, else what to fix.
    QString validationProblem() const;

public slots:
    void testConnection();
    void accept() override;

signals:
    void tested(bool ok);

private:
    void browseCaFile();

    sync::SyncService &m_service;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_tech = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_proxy = nullptr;
    QSpinBox *m_interval = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testResult = nullptr;
};

} // namespace fb::gui
