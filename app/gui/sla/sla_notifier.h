#pragma once

// Tells the technician when a ticket's pending deadline turns at risk or is
// breached: a tray message where the desktop has a system tray, otherwise a
// status-bar message. States are recomputed in a worker every minute and
// after local writes; the first scan only sets the baseline, so opening the
// app does not replay old breaches one by one.

#include <QHash>
#include <QObject>
#include <QString>

class QStatusBar;
class QSystemTrayIcon;
class QTimer;

namespace fb::gui {

class DatabaseWorker;
class GuiContext;

class SlaNotifier : public QObject
{
    Q_OBJECT

public:
    SlaNotifier(GuiContext &context, QStatusBar *statusBar, QObject *parent = nullptr);

    // Starts a scan now (tests, and after writes).
    void checkNow();

signals:
    // One per transition, after it was shown.
    void notified(const QString &ticketNumber, const QString &state, const QString &message);
    void scanned();

private:
    struct Row
    {
        QString id;
        QString number;
        QString state;
        QString kind;
    };
    void apply(const QList<Row> &rows);

    GuiContext &m_context;
    QStatusBar *m_statusBar = nullptr;
    DatabaseWorker *m_worker = nullptr;
    QTimer *m_timer = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QHash<QString, QString> m_states; // ticket id -> last seen state
    bool m_baseline = false;
    bool m_scanning = false;
};

} // namespace fb::gui
