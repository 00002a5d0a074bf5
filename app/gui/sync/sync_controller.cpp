#include "gui/sync/sync_controller.h"

#include "gui/gui_context.h"
#include "gui/sync/password_dialog.h"
#include "storage/workspace.h"

#include <QDate>
#include <QLocale>
#include <QUrl>
#include <QWidget>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {

using State = sync::SyncService::State;

SyncController *SyncController::forContext(GuiContext &context)
{
    if (auto *existing = context.findChild<SyncController *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new SyncController(context);
}

SyncController::SyncController(GuiContext &context) : QObject(&context), m_context(context)
{
    setObjectName(u"syncController"_s);
    // Local edits come in bursts (a status change writes several documents).
    m_refreshDelay.setSingleShot(true);
    m_refreshDelay.setInterval(300);
    connect(&m_refreshDelay, &QTimer::timeout, &m_service, &sync::SyncService::refreshStatus);
    connect(&context, &GuiContext::documentsChanged, this, [this] { m_refreshDelay.start(); });
    connect(&context, &GuiContext::workspaceChanged, this, &SyncController::followWorkspace);
    connect(&m_service, &sync::SyncService::stateChanged, this, &SyncController::updateStatusText);
    connect(&m_service, &sync::SyncService::statusChanged, this, [this] {
        m_statusKnown = true;
        updateStatusText();
    });
    connect(&m_service, &sync::SyncService::progressChanged, this,
            &SyncController::updateStatusText);
    connect(&m_service, &sync::SyncService::finished, this, &SyncController::onFinished);
    followWorkspace();
}

void SyncController::followWorkspace()
{
    storage::Workspace *workspace = m_context.workspace();
    const QString path = workspace ? workspace->path() : QString();
    if (path != m_service.workspacePath()) {
        m_statusKnown = false;
        m_service.setWorkspacePath(path);
    }
    updateStatusText();
}

QString SyncController::statusText() const
{
    const QLocale locale;
    const QString pending = locale.toString(m_service.pendingChanges());
    switch (m_service.state()) {
    case State::Unavailable:
        // No workspace, its status not read yet, or a demo workspace (never synced).
        if (!m_statusKnown || m_service.workspacePath().isEmpty() || m_service.isDemo())
            return tr("Offline");
        return tr("Sync not set up · %1 pending").arg(pending);
    case State::Syncing:
        if (m_service.progressPercent() >= 0)
            return tr("Syncing %1 %").arg(locale.toString(m_service.progressPercent()));
        return tr("Syncing…");
    case State::Offline:
        return tr("Offline · %1 pending").arg(pending);
    case State::Error:
        return tr("Sync failed · %1 pending").arg(pending);
    case State::NeedsCredentials:
        return tr("Sync needs password · %1 pending").arg(pending);
    case State::Idle:
        break;
    }
    if (m_service.needsAttention() > 0)
        return tr("Sync needs attention · %1 conflicts")
            .arg(locale.toString(m_service.needsAttention()));
    const QDateTime last = m_service.lastGoodSync().toLocalTime();
    if (!last.isValid())
        return tr("Not synced yet · %1 pending").arg(pending);
    const QString when = last.date() == QDate::currentDate()
                             ? locale.toString(last.time(), QLocale::ShortFormat)
                             : locale.toString(last, QLocale::ShortFormat);
    if (m_service.pendingChanges() == 0)
        return tr("Synced %1").arg(when);
    return tr("Synced %1 · %2 pending").arg(when, pending);
}

void SyncController::updateStatusText()
{
    m_context.setSyncState(statusText());
}

void SyncController::syncNowInteractive(QWidget *parent)
{
    m_interactiveParent = parent;
    m_interactive = m_service.syncNow();
    if (!m_interactive && m_service.state() == State::NeedsCredentials)
        askPassword(m_service.message());
}

void SyncController::onFinished(const sync::SyncRunSummary &summary)
{
    const bool interactive = std::exchange(m_interactive, false);
    if (interactive && m_service.state() == State::NeedsCredentials)
        askPassword(summary.message);
}

PasswordDialog *SyncController::passwordDialog() const
{
    return m_passwordDialog.data();
}

void SyncController::askPassword(const QString &reason)
{
    if (m_passwordDialog)
        return;
    const sync::SyncSettings &settings = m_service.settings();
    m_passwordDialog =
        new PasswordDialog(settings.user, QUrl(settings.url).toDisplayString(QUrl::RemoveUserInfo),
                           reason, m_interactiveParent);
    m_passwordDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_passwordDialog, &QDialog::accepted, this, [this] {
        const QString password = m_passwordDialog ? m_passwordDialog->password() : QString();
        m_passwordDialog = nullptr; // it deletes itself; a refusal may ask again
        if (password.isEmpty())
            return;
        m_service.setPassword(password);
        m_interactive = m_service.syncNow();
    });
    // Window-modal and not blocking: the GUI keeps painting and tests can answer it.
    m_passwordDialog->open();
    emit passwordRequested();
}

} // namespace fb::gui
