// Modbus RTU links: our own framing over QSerialPort (Qt's RTU client forces
// a 2 ms gap per frame and halves throughput at 115200 baud), and the
// in-process link to a simulated enclosure that uses the same framing.

#include "device/device_log.h"
#include "device/modbus_frame.h"
#include "device/modbus_link.h"
#include "device/sim_model.h"
#include "device/sim_wire.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSerialPort>

using namespace Qt::Literals::StringLiterals;

namespace fb::device {
namespace {

QString ltr(const char *text)
{
    return QCoreApplication::translate("fb::device::Link", text);
}

class RtuLinkBase : public ModbusLink
{
public:
    using ModbusLink::ModbusLink;

protected:
    virtual void writeBytes(const QByteArray &bytes) = 0;

    void transmit(const QByteArray &pdu) override
    {
        // Anything still buffered belongs to no request: a late or noisy reply.
        if (!m_buffer.isEmpty()) {
            countGarbage(int(m_buffer.size()), 0);
            m_buffer.clear();
        }
        writeBytes(modbus::rtuFrame(settings().address, pdu));
    }

    void bytesArrived(const QByteArray &bytes)
    {
        m_buffer.append(bytes);
        const quint8 function = expectedFunction();
        if (!function) {
            countGarbage(int(m_buffer.size()), 0);
            m_buffer.clear();
            return;
        }
        const modbus::RtuScan scan =
            modbus::scanRtuResponse(m_buffer, settings().address, function);
        countGarbage(scan.garbageBytes, scan.wrongAddress);
        m_buffer.remove(0, scan.consumed);
        if (scan.status == modbus::RtuScan::Frame)
            replyReceived(scan.pdu);
        else if (scan.status == modbus::RtuScan::CrcError)
            crcErrorReceived();
    }

    void clearBuffer() { m_buffer.clear(); }

private:
    QByteArray m_buffer;
};

class SerialRtuLink final : public RtuLinkBase
{
public:
    SerialRtuLink(const LinkSettings &settings, QObject *parent)
        : RtuLinkBase(settings, parent), m_port(new QSerialPort(this))
    {
        connect(m_port, &QSerialPort::readyRead, this, [this] {
            if (state() == State::TakenOver)
                return;
            bytesArrived(m_port->readAll());
        });
        connect(m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError e) {
            if (e == QSerialPort::NoError || e == QSerialPort::TimeoutError)
                return;
            lost();
        });
        // A USB adapter pulled while idle raises no I/O error until the next
        // read; its device node vanishes at once, so look for it.
        m_presence.setInterval(300);
        connect(&m_presence, &QTimer::timeout, this, [this] {
            if (state() == State::Open && !QFileInfo::exists(this->settings().port))
                lost();
        });
    }

    QIODevice *takeOver() override
    {
        if (state() != State::Open)
            return nullptr;
        suspendForTakeOver();
        clearBuffer();
        return m_port;
    }
    void handBack() override
    {
        m_port->clear();
        clearBuffer();
        resumeAfterTakeOver();
    }

protected:
    void openTransport() override
    {
        const LinkSettings &s = settings();
        m_port->setPortName(s.port);
        m_port->setBaudRate(s.baud);
        m_port->setDataBits(QSerialPort::Data8);
        m_port->setParity(QSerialPort::NoParity);
        m_port->setStopBits(QSerialPort::OneStop);
        m_port->setFlowControl(QSerialPort::NoFlowControl);
        if (!m_port->open(QIODevice::ReadWrite)) {
            QString why = ltr("Cannot open %1: %2. Check that the service cable is plugged in "
                              "and the port is the right one.")
                              .arg(s.port, m_port->errorString());
            if (m_port->error() == QSerialPort::PermissionError)
                why +=
                    u' ' + ltr("Another program may be using the port, or a stale lock file "
                               "(LCK..<port>) is left in /var/lock; your user may also need to be "
                               "in the dialout group.");
            const auto error = m_port->error();
            m_port->clearError();
            // Defer so open() always answers asynchronously.
            QTimer::singleShot(0, this, [this, why] { transportLost(why); });
            qCDebug(lcDevice) << "open failed" << error;
            return;
        }
        m_port->clear();
        clearBuffer();
        if (s.port.startsWith(u'/'))
            m_presence.start();
        QTimer::singleShot(0, this, [this] { transportOpened(); });
    }

    void closeTransport() override
    {
        m_presence.stop();
        if (m_port->isOpen())
            m_port->close();
        clearBuffer();
    }

    void writeBytes(const QByteArray &bytes) override
    {
        m_port->write(bytes);
        m_port->flush(); // on the wire now, not at the next event loop turn
    }

private:
    void lost()
    {
        if (state() != State::Open || m_lossPending)
            return;
        // Never close the port from inside its own signal: defer it.
        m_lossPending = true;
        QTimer::singleShot(0, this, [this] {
            m_lossPending = false;
            if (state() != State::Open)
                return;
            closeTransport();
            transportLost(ltr("The device on %1 was disconnected (cable pulled?).")
                              .arg(this->settings().port));
        });
    }

    QSerialPort *m_port;
    QTimer m_presence;
    bool m_lossPending = false;
};

class SimulatedRtuLink final : public RtuLinkBase
{
public:
    SimulatedRtuLink(const LinkSettings &settings, std::shared_ptr<EnclosureSimulator> simulator,
                     QObject *parent)
        : RtuLinkBase(settings, parent), m_simulator(std::move(simulator))
    {
        m_clock.setInterval(200);
        connect(&m_clock, &QTimer::timeout, this,
                [this] { m_simulator->advance(m_elapsed.restart() / 1000.0); });
        m_elapsed.start();
        m_clock.start();
        QPointer<SimulatedRtuLink> guard(this);
        m_simulator->onPlugChanged = [guard](bool unplugged) {
            if (!guard)
                return;
            QMetaObject::invokeMethod(
                guard.data(),
                [guard, unplugged] {
                    if (!guard)
                        return;
                    if (unplugged && guard->state() == State::Open)
                        guard->transportLost(ltr("The simulated device was unplugged."));
                },
                Qt::QueuedConnection);
        };
    }
    ~SimulatedRtuLink() override { m_simulator->onPlugChanged = nullptr; }

protected:
    void openTransport() override
    {
        QTimer::singleShot(0, this, [this] {
            if (m_simulator->unplugged())
                transportLost(ltr("The simulated device is unplugged."));
            else
                transportOpened();
        });
    }
    void closeTransport() override { clearBuffer(); }
    void writeBytes(const QByteArray &bytes) override
    {
        if (m_simulator->unplugged())
            return;
        const QByteArray reply = serveRtuFrame(*m_simulator, settings().address, bytes);
        if (reply.isEmpty())
            return;
        // A real controller takes a few milliseconds; so does the simulated one.
        QTimer::singleShot(2, this, [this, reply] { bytesArrived(reply); });
    }

private:
    std::shared_ptr<EnclosureSimulator> m_simulator;
    QTimer m_clock;
    QElapsedTimer m_elapsed;
};

} // namespace

std::unique_ptr<ModbusLink> makeSerialLink(const LinkSettings &settings, QObject *parent)
{
    return std::make_unique<SerialRtuLink>(settings, parent);
}

std::unique_ptr<ModbusLink> makeSimulatedLink(const LinkSettings &settings,
                                              std::shared_ptr<EnclosureSimulator> simulator,
                                              QObject *parent)
{
    LinkSettings s = settings;
    s.kind = LinkSettings::Kind::Simulated;
    return std::make_unique<SimulatedRtuLink>(s, std::move(simulator), parent);
}

} // namespace fb::device
