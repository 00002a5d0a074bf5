#include "gui/sla/sla_notifier.h"

#include "domain/policy/policy.h"
#include "domain/policy/sla.h"
#include "gui/database_worker.h"
#include "gui/gui_context.h"
#include "storage/sla_index.h"

#include <QIcon>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {

SlaNotifier::SlaNotifier(GuiContext &context, QStatusBar *statusBar, QObject *parent)
    : QObject(parent), m_context(context), m_statusBar(statusBar),
      m_worker(new DatabaseWorker(context, this)), m_timer(new QTimer(this))
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(u":/icons/sla-at-risk.svg"_s), this);
        m_tray->setToolTip(tr("Fieldbench: service deadlines"));
        m_tray->show();
    }
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &SlaNotifier::checkNow);
    m_timer->start();
    connect(&context, &GuiContext::documentsChanged, this, &SlaNotifier::checkNow);
    connect(&context, &GuiContext::workspaceChanged, this, [this] {
        m_states.clear();
        m_baseline = false;
        checkNow();
    });
    if (context.workspace())
        QTimer::singleShot(0, this, &SlaNotifier::checkNow);
}

void SlaNotifier::checkNow()
{
    if (!m_context.workspace() || m_scanning)
        return;
    m_scanning = true;
    m_worker->run<QList<Row>>(
        [](storage::Database &db) {
            QList<Row> rows;
            auto statement = db.prepare(
                "SELECT doc_id, number, priority, next_due, sla_kind, sla_start, sla_region, "
                "sla_state FROM ticket_rows WHERE next_due IS NOT NULL");
            if (!statement)
                return rows;
            const auto policy = policy::activePolicy();
            const QDateTime now = policy::currentTime();
            for (;;) {
                auto step = statement->step();
                if (!step || !*step)
                    break;
                rows.append({statement->text(0), statement->text(1),
                             storage::liveSlaState(*policy, statement->text(2), statement->text(3),
                                                   statement->text(4), statement->text(5),
                                                   statement->text(6), statement->text(7), now),
                             statement->text(4)});
            }
            return rows;
        },
        [this](QList<Row> rows) {
            m_scanning = false;
            apply(rows);
            emit scanned();
        });
}

void SlaNotifier::apply(const QList<Row> &rows)
{
    QHash<QString, QString> states;
    for (const Row &row : rows) {
        states.insert(row.id, row.state);
        const QString before = m_states.value(row.id);
        if (!m_baseline || before == row.state)
            continue;
        const auto state = policy::slaStateFromString(row.state);
        if (state != policy::SlaState::AtRisk && state != policy::SlaState::Breached)
            continue;
        const auto kind = policy::deadlineKindFromString(row.kind);
        const QString what = kind ? policy::displayName(*kind) : tr("Deadline");
        const QString message = *state == policy::SlaState::Breached
                                    ? tr("%1: %2 deadline breached.").arg(row.number, what)
                                    : tr("%1: %2 deadline at risk.").arg(row.number, what);
        if (m_tray)
            m_tray->showMessage(tr("Service deadline"), message,
                                *state == policy::SlaState::Breached ? QSystemTrayIcon::Critical
                                                                     : QSystemTrayIcon::Warning);
        if (m_statusBar)
            m_statusBar->showMessage(message, 30 * 1000);
        emit notified(row.number, row.state, message);
    }
    m_states = std::move(states);
    m_baseline = true;
}

} // namespace fb::gui
