#pragma once

// The connect panel of the diagnostics page: serial ports found on this
// machine (refreshed when a cable is plugged in), simulated enclosures, and
// Modbus TCP; with the per-link settings.

#include "device/modbus_link.h"
#include "domain/enums.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace fb::device {
class PortWatcher;
}

namespace fb::gui {

class ConnectPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectPanel(QWidget *parent = nullptr);

    device::LinkSettings settings() const;
    // The chosen simulated model, when a "Simulated …" entry is selected.
    std::optional<DeviceModel> simulatedModel() const;
    void selectSimulated(DeviceModel model);
    void setConnected(bool connected);
    QPushButton *connectButton() const { return m_connect; }

signals:
    void connectRequested();
    void disconnectRequested();

private:
    void fillDevices();
    void updateEnabled();

    device::PortWatcher *m_watcher;
    QComboBox *m_device;
    QLineEdit *m_host;
    QComboBox *m_baud;
    QSpinBox *m_address;
    QSpinBox *m_timeout;
    QSpinBox *m_retries;
    QPushButton *m_connect;
    bool m_connected = false;
};

} // namespace fb::gui
