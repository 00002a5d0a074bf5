#include "gui/sync/sync_settings_dialog.h"

#include "gui/dialog_seam.h"
#include "sync/sync_service.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {

SyncSettingsDialog::SyncSettingsDialog(sync::SyncService &service, QWidget *parent)
    : QDialog(parent), m_service(service)
{
    setObjectName(u"syncSettingsDialog"_s);
    setWindowTitle(tr("Sync settings"));
    const sync::SyncSettings current = service.settings();
    auto *form = new QFormLayout;
    auto field = [this, form](const QString &name, const QString &label, const QString &value) {
        auto *edit = new QLineEdit(value, this);
        edit->setObjectName(name);
        form->addRow(label, edit);
        return edit;
    };
    m_url = field(u"serverUrl"_s, tr("HQ server:"), current.url);
    m_url->setPlaceholderText(tr("https://hq.example.com/"));
    m_tech = field(u"techId"_s, tr("Technician id:"), current.techId);
    m_user = field(u"userName"_s, tr("User name:"), current.user);
    m_password = field(u"password"_s, tr("Password:"), QString());
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(service.hasPassword() ? tr("(unchanged)") : QString());
    m_remember = new QCheckBox(tr("Remember in the system keychain"), this);
    m_remember->setObjectName(u"rememberPassword"_s);
    m_remember->setChecked(true);
    form->addRow(QString(), m_remember);

    auto *caRow = new QHBoxLayout;
    m_caFile = new QLineEdit(current.caFile, this);
    m_caFile->setObjectName(u"caFile"_s);
    m_caFile->setPlaceholderText(tr("(system certificates only)"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(u"browseCaFile"_s);
    connect(browse, &QPushButton::clicked, this, &SyncSettingsDialog::browseCaFile);
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    form->addRow(tr("Company CA file:"), caRow);
    m_proxy = field(u"proxy"_s, tr("Proxy:"), current.proxy);
    m_proxy->setPlaceholderText(tr("(from the system)"));
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(u"interval"_s);
    m_interval->setRange(0, 24 * 60);
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("Only when I click Sync now"));
    m_interval->setValue(current.intervalMinutes);
    form->addRow(tr("Sync automatically every:"), m_interval);

    m_testButton = new QPushButton(tr("Test connection"), this);
    m_testButton->setObjectName(u"testConnection"_s);
    connect(m_testButton, &QPushButton::clicked, this, &SyncSettingsDialog::testConnection);
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(u"testResult"_s);
    m_testResult->setTextFormat(Qt::PlainText); // server and libcurl words
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(&m_service, &sync::SyncService::connectionTested, this,
            [this](bool ok, const QString &message) {
                m_testButton->setEnabled(true);
                m_testResult->setText(ok ? tr("OK: %1").arg(message)
                                         : tr("Failed: %1").arg(message));
                m_testResult->setProperty("ok", ok);
                emit tested(ok);
            });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SyncSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testResult, 1);
    layout->addLayout(testRow);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

sync::SyncSettings SyncSettingsDialog::settings() const
{
    sync::SyncSettings settings;
    settings.url = m_url->text().trimmed();
    settings.techId = m_tech->text().trimmed();
    settings.user = m_user->text().trimmed();
    settings.caFile = m_caFile->text().trimmed();
    settings.proxy = m_proxy->text().trimmed();
    settings.intervalMinutes = m_interval->value();
    return settings;
}

QString SyncSettingsDialog::validationProblem() const
{
    const sync::SyncSettings entered = settings();
    if (Status url = sync::checkServerUrl(entered.url); !url)
        return url.error().message;
    if (!sync::isValidTechId(entered.techId))
        return tr(
            "Enter the technician id as HQ assigned it: lower-case letters, digits, - and _.");
    if (!m_password->text().isEmpty() && entered.user.isEmpty())
        return tr("Enter the user name that goes with the password.");
    return {};
}

void SyncSettingsDialog::testConnection()
{
    if (const QString problem = validationProblem(); !problem.isEmpty()) {
        m_testResult->setText(tr("Failed: %1").arg(problem));
        m_testResult->setProperty("ok", false);
        emit tested(false);
        return;
    }
    m_testButton->setEnabled(false);
    m_testResult->setText(tr("Connecting…"));
    m_testResult->setProperty("ok", QVariant());
    m_service.testConnection(settings(), m_password->text());
}

void SyncSettingsDialog::accept()
{
    if (const QString problem = validationProblem(); !problem.isEmpty()) {
        DialogSeam::warning(this, tr("Sync settings"), problem);
        return;
    }
    m_service.saveSettings(settings(), m_password->text(), m_remember->isChecked());
    QDialog::accept();
}

void SyncSettingsDialog::browseCaFile()
{
    const QString path =
        DialogSeam::getOpenFileName(this, tr("Company CA certificate"), m_caFile->text(),
                                    tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        m_caFile->setText(path);
}

} // namespace fb::gui
