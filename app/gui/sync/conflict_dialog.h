#pragma once

// Settling two approvals of the same quote (hq-sync.md §4): both shown side
// by side as plain text (signer, time, totals, lines; money and dates in the
// user's locale) and the user keeps one. Reading and settling run in the
// SyncService's worker; this dialog only shows and asks. What is discarded
// stays on the quote (conflict_settlement.h).

#include "sync/sync_service.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace fb::gui {

class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictDialog(sync::SyncService &service, QWidget *parent = nullptr);

    int conflictCount() const { return static_cast<int>(m_conflicts.size()); }
    // The plain text shown for one side (tests compare it).
    static QString describe(const QJsonObject &quote, const QLocale &locale);

public slots:
    void keepCurrent();
    void keepOther();

signals:
    void conflictsShown(int count);
    void settled(bool ok, const QString &message);

private:
    void showConflicts(const QList<sync::OpenConflict> &conflicts);
    void showSelected();
    void settle(sync::ConflictChoice choice);
    void onSettled(bool ok, const QString &message);

    sync::SyncService &m_service;
    QList<sync::OpenConflict> m_conflicts;
    bool m_busy = false;
    bool m_settledAny = false;
    QListWidget *m_list = nullptr;
    QPlainTextEdit *m_current = nullptr;
    QPlainTextEdit *m_other = nullptr;
    QPushButton *m_keepCurrent = nullptr;
    QPushButton *m_keepOther = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace fb::gui
