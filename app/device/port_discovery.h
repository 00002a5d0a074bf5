#pragma once

// Serial port discovery: what QSerialPortInfo knows about each port, polled
// so a USB service cable plugged in or pulled shows up within a second.

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace fb::device {

struct PortDescription
{
    QString path; // /dev/ttyACM0, COM3
    QString name; // ttyACM0
    QString description;
    QString manufacturer;
    QString serialNumber;
    int vendorId = -1; // -1: not a USB device
    int productId = -1;
    QString usbId() const; // "1a86:7523" or empty
    QString label() const; // one line for a combo box
    bool operator==(const PortDescription &) const = default;
};

QList<PortDescription> availablePorts();

class PortWatcher : public QObject
{
    Q_OBJECT
public:
    explicit PortWatcher(int intervalMs = 1000, QObject *parent = nullptr);
    const QList<PortDescription> &ports() const { return m_ports; }
    void refresh();

signals:
    void portsChanged(const QList<fb::device::PortDescription> &ports);

private:
    QList<PortDescription> m_ports;
    QTimer m_timer;
};

} // namespace fb::device
