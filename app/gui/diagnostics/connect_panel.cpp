#include "gui/diagnostics/connect_panel.h"

#include "device/port_discovery.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {

ConnectPanel::ConnectPanel(QWidget *parent)
    : QWidget(parent), m_watcher(new device::PortWatcher(1000, this)), m_device(new QComboBox),
      m_host(new QLineEdit), m_baud(new QComboBox), m_address(new QSpinBox),
      m_timeout(new QSpinBox), m_retries(new QSpinBox), m_connect(new QPushButton)
{
    auto *form = new QFormLayout(this);
    m_device->setObjectName(u"deviceCombo"_s);
    m_device->setMinimumContentsLength(28);
    m_device->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    form->addRow(tr("Device"), m_device);
    m_host->setPlaceholderText(tr("address:port, e.g. 10.0.0.5:502"));
    m_host->setText(u"127.0.0.1:502"_s);
    form->addRow(tr("Network"), m_host);
    for (int baud : {9600, 19200, 38400, 57600, 115200})
        m_baud->addItem(QLocale().toString(baud), baud);
    m_baud->setCurrentIndex(m_baud->findData(115200));
    form->addRow(tr("Baud rate"), m_baud);
    m_address->setRange(1, 247);
    m_address->setValue(1);
    form->addRow(tr("Address"), m_address);
    m_timeout->setRange(20, 10000);
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setValue(250);
    form->addRow(tr("Timeout"), m_timeout);
    m_retries->setRange(0, 10);
    m_retries->setValue(2);
    form->addRow(tr("Retries"), m_retries);
    m_connect->setObjectName(u"connectButton"_s);
    form->addRow(m_connect);

    fillDevices();
    connect(m_watcher, &device::PortWatcher::portsChanged, this, &ConnectPanel::fillDevices);
    connect(m_device, &QComboBox::currentIndexChanged, this, &ConnectPanel::updateEnabled);
    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (m_connected)
            emit disconnectRequested();
        else
            emit connectRequested();
    });
    updateEnabled();
}

void ConnectPanel::fillDevices()
{
    const QString current = m_device->currentData().toString();
    m_device->blockSignals(true);
    m_device->clear();
    for (const device::PortDescription &port : m_watcher->ports())
        m_device->addItem(port.label(), port.path);
    for (int m = 1; m <= 4; ++m)
        m_device->addItem(tr("Simulated %1").arg(displayName(DeviceModel(m))),
                          QString(u"sim:"_s + toString(DeviceModel(m))));
    m_device->addItem(tr("Network (Modbus TCP)"), u"tcp"_s);
    const int index = m_device->findData(current);
    m_device->setCurrentIndex(index >= 0 ? index : 0);
    m_device->blockSignals(false);
    updateEnabled();
}

device::LinkSettings ConnectPanel::settings() const
{
    device::LinkSettings s;
    const QString data = m_device->currentData().toString();
    if (data == "tcp"_L1) {
        s.kind = device::LinkSettings::Kind::Tcp;
        const QString text = m_host->text().trimmed();
        const qsizetype colon = text.lastIndexOf(u':');
        s.host = colon > 0 ? text.left(colon) : text;
        s.tcpPort = quint16(colon > 0 ? text.mid(colon + 1).toUInt() : 502);
    } else if (data.startsWith("sim:"_L1)) {
        s.kind = device::LinkSettings::Kind::Simulated;
    } else {
        s.port = data;
    }
    s.baud = m_baud->currentData().toInt();
    s.address = quint8(m_address->value());
    s.timeoutMs = m_timeout->value();
    s.retries = m_retries->value();
    return s;
}

std::optional<DeviceModel> ConnectPanel::simulatedModel() const
{
    const QString data = m_device->currentData().toString();
    if (!data.startsWith("sim:"_L1))
        return std::nullopt;
    return deviceModelFromString(data.mid(4));
}

void ConnectPanel::selectSimulated(DeviceModel model)
{
    m_device->setCurrentIndex(m_device->findData(QString(u"sim:"_s + toString(model))));
}

void ConnectPanel::setConnected(bool connected)
{
    m_connected = connected;
    updateEnabled();
}

void ConnectPanel::updateEnabled()
{
    const QString data = m_device->currentData().toString();
    const bool serial = !data.startsWith("sim:"_L1) && data != "tcp"_L1;
    m_device->setEnabled(!m_connected);
    m_host->setEnabled(!m_connected && data == "tcp"_L1);
    m_baud->setEnabled(!m_connected && serial);
    for (QWidget *w : {static_cast<QWidget *>(m_address), static_cast<QWidget *>(m_timeout),
                       static_cast<QWidget *>(m_retries)})
        w->setEnabled(!m_connected);
    m_connect->setText(m_connected ? tr("Disconnect") : tr("Connect"));
}

} // namespace fb::gui
