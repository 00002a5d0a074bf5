#pragma once

// The app's one SyncService, owned by the GuiContext (made the first time it
// is asked for, by the main window at start-up), so automatic sync and the
// status bar run whether or not the Sync page was opened. It follows the
// open workspace, refreshes the pending count after local edits, writes the
// status-bar text (GuiContext::setSyncState) and, for a sync the user
// started, asks for the password when HQ needs one.

#include "sync/sync_service.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace fb::gui {

class GuiContext;
class PasswordDialog;

class SyncController : public QObject
{
    Q_OBJECT

public:
    static SyncController *forContext(GuiContext &context);

    sync::SyncService &service() { return m_service; }
    // The status-bar text for the current state.
    QString statusText() const;

    // "Sync now": when HQ needs a password, asks for it (a window-modal
    // dialog parented to `parent`) and syncs again with it.
    void syncNowInteractive(QWidget *parent);
    // The open password dialog, if any (tests answer it).
    PasswordDialog *passwordDialog() const;

signals:
    void passwordRequested();

private:
    explicit SyncController(GuiContext &context);
    void followWorkspace();
    void updateStatusText();
    void onFinished(const sync::SyncRunSummary &summary);
    void askPassword(const QString &reason);

    GuiContext &m_context;
    sync::SyncService m_service;
    QTimer m_refreshDelay;
    QPointer<QWidget> m_interactiveParent;
    bool m_interactive = false;
    bool m_statusKnown = false;
    QPointer<PasswordDialog> m_passwordDialog;
};

} // namespace fb::gui
