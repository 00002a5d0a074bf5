#pragma once

// The Diagnostics page: connect to an enclosure (USB/serial, Ethernet or a
// simulated one), see its identity, status lights, live charts and event
// log, run the health checks, send commands, save a report to a ticket and
// export the telemetry. All device I/O is asynchronous on this thread.

#include "device/health_checks.h"
#include "device/register_map.h"
#include "gui/diagnostics/telemetry_store.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace fb::device {
class DeviceClient;
class EnclosureSimulator;
class ModbusLink;
} // namespace fb::device

namespace fb::gui {

class ConnectPanel;
class GuiContext;
class TelemetryCharts;

class DiagnosticsPage : public QWidget
{
    Q_OBJECT
public:
    explicit DiagnosticsPage(GuiContext &context, QWidget *parent = nullptr);
    ~DiagnosticsPage() override;

    // For tests and benchmarks.
    ConnectPanel *connectPanel() const { return m_panel; }
    const TelemetryStore &telemetry() const { return m_store; }
    TelemetryStore &mutableTelemetry() { return m_store; }
    device::ModbusLink *link() const { return m_link.get(); }
    device::EnclosureSimulator *simulator() const { return m_simulator.get(); }
    const std::optional<device::Readings> &lastReadings() const { return m_readings; }
    const QList<device::CheckResult> &lastChecks() const { return m_checks; }
    QString bannerText() const;
    void redrawCharts();

public slots:
    void connectDevice();
    void disconnectDevice();
    void runChecks();
    void runCommand(int command); // device::Command
    void applySetpoint();
    void saveReport();
    void exportCsv();

private:
    void buildUi();
    QWidget *buildStatusBox();
    QWidget *buildActions();
    void poll();
    void showReadings(const device::Readings &readings);
    void showChecks();
    void showEvents(const device::Readings &readings);
    void setLight(const QString &key, int state, const QString &text); // 1 ok, 0 bad, -1 n/a
    void linkStateChanged();
    void updateCounters();
    void setBusy(bool busy);
    void reloadTickets();
    void showMessage(const QString &text, bool error = false);

    GuiContext &m_context;
    ConnectPanel *m_panel = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_identity = nullptr;
    QLabel *m_counters = nullptr;
    QLabel *m_message = nullptr;
    QGridLayout *m_lights = nullptr;
    QMap<QString, QLabel *> m_lightLabels;
    TelemetryCharts *m_charts = nullptr;
    QTableWidget *m_checkTable = nullptr;
    QTableWidget *m_eventTable = nullptr;
    QList<QPushButton *> m_actionButtons;
    QDoubleSpinBox *m_setpoint = nullptr;
    QComboBox *m_tickets = nullptr;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_drawTimer = nullptr;

    std::shared_ptr<device::EnclosureSimulator> m_simulator;
    std::unique_ptr<device::ModbusLink> m_link;
    std::unique_ptr<device::DeviceClient> m_client;
    TelemetryStore m_store;
    std::optional<device::Readings> m_readings;
    QList<device::CheckResult> m_checks;
    bool m_reading = false;
    bool m_chartsDirty = false;
    bool m_busy = false;
    quint32 m_eventSignature = 0;
};

} // namespace fb::gui
