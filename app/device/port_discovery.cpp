#include "device/port_discovery.h"

#include <QCoreApplication>
#include <QSerialPortInfo>

using namespace Qt::Literals::StringLiterals;

namespace fb::device {

QString PortDescription::usbId() const
{
    if (vendorId < 0 || productId < 0)
        return {};
    return u"%1:%2"_s.arg(vendorId, 4, 16, QChar(u'0')).arg(productId, 4, 16, QChar(u'0'));
}

QString PortDescription::label() const
{
    QStringList parts{path};
    if (!description.isEmpty())
        parts << description;
    if (!manufacturer.isEmpty())
        parts << manufacturer;
    if (!usbId().isEmpty())
        parts << QCoreApplication::translate("fb::device::Ports", "USB %1").arg(usbId());
    if (!serialNumber.isEmpty())
        parts << QCoreApplication::translate("fb::device::Ports", "S/N %1").arg(serialNumber);
    return parts.join(u" — "_s);
}

QList<PortDescription> availablePorts()
{
    QList<PortDescription> ports;
    const QList<QSerialPortInfo> infos = QSerialPortInfo::availablePorts();
    for (const QSerialPortInfo &info : infos) {
        PortDescription port;
        port.path = info.systemLocation();
        port.name = info.portName();
        port.description = info.description();
        port.manufacturer = info.manufacturer();
        port.serialNumber = info.serialNumber();
        if (info.hasVendorIdentifier())
            port.vendorId = info.vendorIdentifier();
        if (info.hasProductIdentifier())
            port.productId = info.productIdentifier();
        ports.append(port);
    }
    // USB service ports first: those are what a technician plugs in.
    std::stable_sort(ports.begin(), ports.end(), [](const auto &a, const auto &b) {
        return (a.vendorId >= 0) > (b.vendorId >= 0);
    });
    return ports;
}

PortWatcher::PortWatcher(int intervalMs, QObject *parent) : QObject(parent)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &PortWatcher::refresh);
    m_timer.start();
    m_ports = availablePorts();
}

void PortWatcher::refresh()
{
    QList<PortDescription> now = availablePorts();
    if (now == m_ports)
        return;
    m_ports = std::move(now);
    emit portsChanged(m_ports);
}

} // namespace fb::device
