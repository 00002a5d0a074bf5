#pragma once

// The Sync page (hq-sync.md §5): the sync state, the last good sync, local
// changes not yet at HQ, "Sync now" / "Cancel" with a progress bar, and the
// log of past runs — what each moved, the conflicts it settled and how, and
// what was refused. All text from HQ is shown as plain text.

#include "sync/sync_history.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace fb::gui {

class GuiContext;
class SyncController;

class SyncPage : public QWidget
{
    Q_OBJECT

public:
    explicit SyncPage(GuiContext &context, QWidget *parent = nullptr);

    SyncController &controller() { return *m_controller; }

public slots:
    void refresh();
    void syncNow();
    void cancelSync();
    void openSettings();
    // Opens the ConflictDialog (two approvals to settle), window-modal.
    void settleConflicts();

signals:
    // The log table shows the newest runs (tests wait for it).
    void logShown(int rows);

private:
    void updateState();
    void showLog(const QList<sync::SyncLogEntry> &entries);

    GuiContext &m_context;
    SyncController *m_controller = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QLabel *m_lastSyncLabel = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QPushButton *m_syncButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_settingsButton = nullptr;
    QPushButton *m_conflictsButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QTreeWidget *m_log = nullptr;
};

} // namespace fb::gui
