// The diagnostics page's actions: checks, commands with confirmation,
// setpoint, "save to ticket" and CSV export.

#include "device/device_client.h"
#include "device/modbus_link.h"
#include "domain/time_format.h"
#include "gui/diagnostics/diagnostics_page.h"
#include "gui/dialog_seam.h"
#include "gui/gui_context.h"
#include "storage/document_store.h"
#include "storage/ticket_repository.h"
#include "storage/workspace.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {

QWidget *DiagnosticsPage::buildActions()
{
    auto *box = new QGroupBox(tr("Actions"));
    auto *grid = new QGridLayout(box);
    const auto add = [&](const QString &name, const QString &text, int row, int column, auto slot) {
        auto *button = new QPushButton(text);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, slot);
        grid->addWidget(button, row, column);
        m_actionButtons.append(button);
        return button;
    };
    add(u"checksButton"_s, tr("Run all checks"), 0, 0, &DiagnosticsPage::runChecks);
    add(u"scanButton"_s, tr("RFID scan"), 0, 1, [this] { runCommand(int(device::Command::Scan)); });
    add(u"unlockButton"_s, tr("Unlock door…"), 1, 0,
        [this] { runCommand(int(device::Command::Unlock)); });
    add(u"clearLogButton"_s, tr("Clear event log…"), 1, 1,
        [this] { runCommand(int(device::Command::ClearLog)); });
    add(u"rebootButton"_s, tr("Restart controller…"), 2, 0,
        [this] { runCommand(int(device::Command::Reboot)); });
    m_setpoint = new QDoubleSpinBox;
    m_setpoint->setObjectName(u"setpointSpin"_s);
    m_setpoint->setDecimals(2);
    m_setpoint->setSingleStep(0.5);
    m_setpoint->setSuffix(tr(" °C"));
    grid->addWidget(m_setpoint, 3, 0);
    add(u"setpointButton"_s, tr("Set setpoint…"), 3, 1, &DiagnosticsPage::applySetpoint);
    m_tickets = new QComboBox;
    m_tickets->setObjectName(u"ticketCombo"_s);
    grid->addWidget(m_tickets, 4, 0);
    add(u"saveReportButton"_s, tr("Save to ticket"), 4, 1, &DiagnosticsPage::saveReport);
    add(u"exportButton"_s, tr("Export CSV…"), 5, 0, &DiagnosticsPage::exportCsv);
    return box;
}

void DiagnosticsPage::setBusy(bool busy)
{
    m_busy = busy;
    const bool open = m_link && m_link->state() == device::ModbusLink::State::Open;
    const bool model = m_readings && m_readings->identity.model;
    for (QPushButton *button : std::as_const(m_actionButtons)) {
        const QString name = button->objectName();
        if (name == "exportButton"_L1)
            button->setEnabled(m_store.size() > 0);
        else if (name == "saveReportButton"_L1)
            button->setEnabled(m_readings.has_value() && m_tickets->count() > 0);
        else if (name == "checksButton"_L1)
            button->setEnabled(m_readings.has_value());
        else if (name == "setpointButton"_L1)
            button->setEnabled(open && !busy && model &&
                               device::limitsFor(*m_readings->identity.model).hasSetpoint);
        else
            button->setEnabled(open && !busy && model);
    }
    if (m_setpoint)
        m_setpoint->setEnabled(open && model &&
                               device::limitsFor(*m_readings->identity.model).hasSetpoint);
}

void DiagnosticsPage::runChecks()
{
    if (!m_readings)
        return;
    m_checks = device::runChecks(*m_readings);
    showChecks();
    const int failed = int(
        std::count_if(m_checks.begin(), m_checks.end(), [](const auto &c) { return !c.passed; }));
    showMessage(failed ? tr("%n check(s) failed: see the Checks tab.", nullptr, failed)
                       : tr("All checks passed."),
                failed > 0);
}

void DiagnosticsPage::showChecks()
{
    m_checkTable->setRowCount(int(m_checks.size()));
    for (int i = 0; i < m_checks.size(); ++i) {
        const device::CheckResult &c = m_checks.at(i);
        m_checkTable->setItem(i, 0, new QTableWidgetItem(c.name));
        auto *result = new QTableWidgetItem(c.passed ? tr("Pass") : tr("Fail"));
        result->setForeground(c.passed ? QColor(0x2c, 0xa0, 0x2c) : QColor(0xd6, 0x27, 0x28));
        m_checkTable->setItem(i, 1, result);
        m_checkTable->setItem(i, 2, new QTableWidgetItem(c.detail));
        if (!c.passed) {
            // The way to the fix: the manual chapter for this check.
            auto *open = new QPushButton(tr("How to fix"));
            open->setObjectName(u"fix_"_s + c.name);
            open->setToolTip(c.link);
            const QString link = c.link;
            connect(open, &QPushButton::clicked, this,
                    [this, link] { emit m_context.openManualLink(link); });
            m_checkTable->setCellWidget(i, 0, nullptr);
            m_checkTable->setCellWidget(i, 1, open);
        } else {
            m_checkTable->removeCellWidget(i, 1);
        }
    }
    m_checkTable->resizeRowsToContents();
}

void DiagnosticsPage::runCommand(int command)
{
    if (!m_client || m_busy)
        return;
    const auto cmd = device::Command(command);
    QString question;
    switch (cmd) {
    case device::Command::Unlock:
        question = tr("Unlock the door now? It re-locks when closed.");
        break;
    case device::Command::ClearLog:
        question = tr("Clear the controller's event log? The events cannot be read again.");
        break;
    case device::Command::Reboot:
        question = tr("Restart the controller? It stops monitoring for a few seconds.");
        break;
    default:
        break;
    }
    if (!question.isEmpty() &&
        DialogSeam::question(this, tr("Confirm"), question) != QMessageBox::Yes)
        return;
    setBusy(true);
    showMessage(tr("Working…"));
    QPointer<DiagnosticsPage> guard(this);
    m_client->runCommand(cmd, [guard, this, cmd](const Result<device::CommandState> &done) {
        if (!guard)
            return;
        setBusy(false);
        if (!done)
            return showMessage(done.error().message, true);
        showMessage(cmd == device::Command::Scan       ? tr("Scan finished.")
                    : cmd == device::Command::Unlock   ? tr("Door unlocked.")
                    : cmd == device::Command::ClearLog ? tr("Event log cleared.")
                                                       : tr("Controller restarted."));
        poll();
    });
}

void DiagnosticsPage::applySetpoint()
{
    if (!m_client || !m_readings || m_busy)
        return;
    const double celsius = m_setpoint->value();
    // Checked here too, so a wrong value never reaches the device.
    if (Status valid = device::validateSetpoint(*m_readings->identity.model, celsius); !valid)
        return showMessage(valid.error().message, true);
    if (DialogSeam::question(this, tr("Confirm"),
                             tr("Set the temperature setpoint to %1 °C?")
                                 .arg(QLocale().toString(celsius, 'f', 2))) != QMessageBox::Yes)
        return;
    setBusy(true);
    QPointer<DiagnosticsPage> guard(this);
    m_client->writeSetpoint(celsius, [guard, this, celsius](const Result<bool> &written) {
        if (!guard)
            return;
        setBusy(false);
        if (!written)
            return showMessage(written.error().message, true);
        showMessage(tr("Setpoint set to %1 °C.").arg(QLocale().toString(celsius, 'f', 2)));
        poll();
    });
}

void DiagnosticsPage::reloadTickets()
{
    if (!m_context.workspace()) {
        m_tickets->clear();
        return;
    }
    // Reads in a worker with its own connection; the GUI thread only fills the box.
    auto *watcher = new QFutureWatcher<QList<std::pair<QString, QString>>>(this);
    const GuiContext *context = &m_context;
    watcher->setFuture(QtConcurrent::run([context] {
        QList<std::pair<QString, QString>> tickets;
        auto db = context->openConnection();
        if (!db)
            return tickets;
        // The most recent tickets first; a workspace may hold 100,000 of them.
        storage::TicketRepository repository(*db);
        auto rows = repository.list({}, {storage::TicketSortKey::ReceivedAt, true}, 2000);
        if (!rows)
            return tickets;
        for (const storage::TicketRow &row : *rows) {
            if (row.status == "closed"_L1)
                continue;
            tickets.append({row.id, row.number + u" — "_s + row.deviceSerial + u" — "_s
                                        + row.summary.left(60)});
        }
        return tickets;
    }));
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const QString current = m_tickets->currentData().toString();
        m_tickets->clear();
        for (const auto &[id, label] : watcher->result())
            m_tickets->addItem(label, id);
        const int index = m_tickets->findData(current);
        if (index >= 0)
            m_tickets->setCurrentIndex(index);
        watcher->deleteLater();
        setBusy(m_busy);
    });
}

void DiagnosticsPage::saveReport()
{
    if (!m_readings || !m_context.workspace() || m_tickets->currentIndex() < 0)
        return;
    if (m_checks.isEmpty())
        m_checks = device::runChecks(*m_readings);
    const QString ticketId = m_tickets->currentData().toString();
    const QString id = u"report:"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject report{{"_id"_L1, id},
                             {"type"_L1, u"report"_s},
                             {"ticket_id"_L1, ticketId},
                             {"device_serial"_L1, m_readings->identity.serial},
                             {"taken_at"_L1, toIsoUtc(m_readings->takenAt)},
                             {"readings"_L1, m_readings->toJson()},
                             {"checks"_L1, device::checksArray(m_checks)}};
    // One short write on the GUI thread's connection (GuiContext's rule).
    storage::DocumentStore store(m_context.workspace()->db());
    auto stored = store.put(report);
    if (!stored)
        return showMessage(tr("The report was not saved: %1").arg(stored.error().message), true);
    emit m_context.documentsChanged({id, ticketId});
    showMessage(tr("Report saved on ticket %1.").arg(m_tickets->currentText().section(u' ', 0, 0)));
}

void DiagnosticsPage::exportCsv()
{
    if (m_store.size() == 0)
        return;
    const QString path = DialogSeam::getSaveFileName(this, tr("Export telemetry"),
                                                     u"telemetry.csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // Serialise a copy in a worker: a day of samples is megabytes of text.
    auto *watcher = new QFutureWatcher<QString>(this);
    watcher->setFuture(QtConcurrent::run([store = m_store, path]() -> QString {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(store.toCsv()) < 0 || !file.commit())
            return file.errorString();
        return {};
    }));
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (!error.isEmpty())
            return showMessage(tr("Could not write %1: %2").arg(path, error), true);
        showMessage(tr("Telemetry exported to %1.").arg(path));
    });
}

} // namespace fb::gui
