#include "gui/sync/sync_page.h"

#include "gui/dialog_seam.h"
#include "gui/gui_context.h"
#include "gui/sync/conflict_dialog.h"
#include "gui/sync/sync_controller.h"
#include "gui/sync/sync_settings_dialog.h"

#include <QDate>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {

using State = sync::SyncService::State;

namespace {

QLabel *plainLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

SyncPage::SyncPage(GuiContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_controller(SyncController::forContext(context))
{
    m_stateLabel = plainLabel(u"syncStateLabel"_s, this);
    QFont bold = m_stateLabel->font();
    bold.setBold(true);
    m_stateLabel->setFont(bold);
    m_messageLabel = plainLabel(u"syncMessageLabel"_s, this);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lastSyncLabel = plainLabel(u"lastSyncLabel"_s, this);
    m_pendingLabel = plainLabel(u"pendingLabel"_s, this);

    m_syncButton = new QPushButton(QIcon(u":/icons/page-sync.svg"_s), tr("Sync now"), this);
    m_syncButton->setObjectName(u"syncNowButton"_s);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(u"cancelSyncButton"_s);
    m_settingsButton = new QPushButton(tr("Settings…"), this);
    m_settingsButton->setObjectName(u"syncSettingsButton"_s);
    connect(m_syncButton, &QPushButton::clicked, this, &SyncPage::syncNow);
    connect(m_cancelButton, &QPushButton::clicked, this, &SyncPage::cancelSync);
    connect(m_settingsButton, &QPushButton::clicked, this, &SyncPage::openSettings);
    m_conflictsButton = new QPushButton(tr("Settle conflicts…"), this);
    m_conflictsButton->setObjectName(u"settleConflictsButton"_s);
    connect(m_conflictsButton, &QPushButton::clicked, this, &SyncPage::settleConflicts);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"syncProgress"_s);

    m_log = new QTreeWidget(this);
    m_log->setObjectName(u"syncLog"_s);
    m_log->setRootIsDecorated(false);
    m_log->setUniformRowHeights(false);
    m_log->setWordWrap(true);
    m_log->setHeaderLabels({tr("Finished"), tr("Result"), tr("Pulled"), tr("Pushed"),
                            tr("Conflicts settled"), tr("Details")});
    m_log->header()->setStretchLastSection(true);

    auto *facts = new QFormLayout;
    facts->addRow(tr("State:"), m_stateLabel);
    facts->addRow(QString(), m_messageLabel);
    facts->addRow(tr("Last good sync:"), m_lastSyncLabel);
    facts->addRow(tr("Local changes not yet at HQ:"), m_pendingLabel);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_syncButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_conflictsButton);
    buttons->addWidget(m_settingsButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(facts);
    layout->addLayout(buttons);
    auto *logTitle = new QLabel(tr("Sync log"), this);
    logTitle->setFont(bold);
    layout->addWidget(logTitle);
    layout->addWidget(m_log, 1);

    sync::SyncService &service = m_controller->service();
    connect(&service, &sync::SyncService::stateChanged, this, &SyncPage::updateState);
    connect(&service, &sync::SyncService::statusChanged, this, &SyncPage::updateState);
    connect(&service, &sync::SyncService::progressChanged, this, &SyncPage::updateState);
    connect(&service, &sync::SyncService::finished, this,
            [this] { m_controller->service().loadLog(); });
    connect(&service, &sync::SyncService::logLoaded, this, &SyncPage::showLog);
    connect(&service, &sync::SyncService::settingsSaved, this,
            [this](bool ok, const QString &message) {
                if (!ok)
                    DialogSeam::warning(this, tr("Sync settings not saved"), message);
                else if (!message.isEmpty())
                    m_messageLabel->setText(message);
            });
    updateState();
    refresh();
}

void SyncPage::refresh()
{
    m_controller->service().refreshStatus();
    m_controller->service().loadLog();
}

void SyncPage::syncNow()
{
    m_controller->syncNowInteractive(this);
    updateState();
}

void SyncPage::cancelSync()
{
    m_controller->service().cancel();
}

void SyncPage::openSettings()
{
    auto *dialog = new SyncSettingsDialog(m_controller->service(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open(); // window-modal, not blocking
}

void SyncPage::settleConflicts()
{
    auto *dialog = new ConflictDialog(m_controller->service(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open(); // window-modal, not blocking
}

void SyncPage::updateState()
{
    const sync::SyncService &service = m_controller->service();
    const QLocale locale;
    QString state;
    switch (service.state()) {
    case State::Unavailable:
        state = tr("Not syncing");
        break;
    case State::Idle:
        state = service.needsAttention() > 0 ? tr("Needs attention") : tr("Up to date");
        break;
    case State::Syncing:
        state = tr("Syncing");
        break;
    case State::Offline:
        state = tr("Offline");
        break;
    case State::Error:
        state = tr("Needs attention: the last sync failed");
        break;
    case State::NeedsCredentials:
        state = tr("Needs the HQ password");
        break;
    }
    m_stateLabel->setText(state);
    if (service.state() != State::Syncing)
        m_messageLabel->setText(service.message());
    const QDateTime last = service.lastGoodSync();
    m_lastSyncLabel->setText(
        last.isValid() ? locale.toString(last.toLocalTime(), QLocale::ShortFormat) : tr("never"));
    QString pending = locale.toString(service.pendingChanges());
    if (service.needsAttention() > 0)
        pending += tr(" (%1 conflicts to settle)").arg(locale.toString(service.needsAttention()));
    m_pendingLabel->setText(pending);

    const bool running = service.isRunning();
    m_syncButton->setEnabled(!running && service.isConfigured() && !service.isDemo());
    m_cancelButton->setEnabled(running);
    m_conflictsButton->setEnabled(!running && service.needsAttention() > 0);
    if (running && service.progressPercent() < 0) {
        m_progress->setRange(0, 0); // busy: the amount is not known yet
    } else {
        m_progress->setRange(0, 100);
        m_progress->setValue(running ? service.progressPercent() : 0);
    }
    // An idle bar reading "0%" would look like a sync that stalled.
    m_progress->setTextVisible(running);
}

void SyncPage::showLog(const QList<sync::SyncLogEntry> &entries)
{
    const QLocale locale;
    m_log->clear();
    for (const sync::SyncLogEntry &entry : entries) {
        QStringList details;
        if (!entry.ok)
            details.append(entry.message);
        for (const QJsonValue &value : entry.conflictList) {
            const QJsonObject conflict = value.toObject();
            details.append(
                tr("Settled %1 (%2)")
                    .arg(conflict.value("id"_L1).toString(), conflict.value("rule"_L1).toString()));
        }
        for (const QJsonValue &value : entry.rejected) {
            const QJsonObject rejected = value.toObject();
            details.append(tr("Not imported: %1 (%2)")
                               .arg(rejected.value("id"_L1).toString(),
                                    rejected.value("reason"_L1).toString().simplified()));
        }
        auto *item = new QTreeWidgetItem(m_log);
        item->setText(0, locale.toString(entry.finishedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, entry.ok ? tr("OK") : tr("Failed"));
        item->setText(2, locale.toString(entry.pulled));
        item->setText(3, locale.toString(entry.pushed));
        item->setText(4, locale.toString(entry.conflicts));
        // QTreeWidgetItem text is plain text: HQ's words cannot inject markup.
        item->setText(5, details.join(u"; "_s));
        // Tooltips guess rich text; escape so HQ's words stay words.
        item->setToolTip(5, u"<div>"_s +
                                details.join(u'\n').toHtmlEscaped().replace(u'\n', u"<br>"_s) +
                                u"</div>"_s);
    }
    for (int column = 0; column < 5; ++column)
        m_log->resizeColumnToContents(column);
    emit logShown(static_cast<int>(entries.size()));
}

} // namespace fb::gui
