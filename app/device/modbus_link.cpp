#include "device/modbus_link.h"

#include "device/device_log.h"
#include "device/modbus_frame.h"

using namespace Qt::Literals::StringLiterals;

namespace fb::device {

std::unique_ptr<ModbusLink> makeSerialLink(const LinkSettings &settings, QObject *parent);
std::unique_ptr<ModbusLink> makeTcpLink(const LinkSettings &settings, QObject *parent);

QString LinkSettings::describe() const
{
    switch (kind) {
    case Kind::Serial:
        return ModbusLink::tr("%1 at %2 baud, address %3").arg(port).arg(baud).arg(address);
    case Kind::Tcp:
        return ModbusLink::tr("%1:%2, unit %3").arg(host).arg(tcpPort).arg(address);
    case Kind::Simulated:
        return ModbusLink::tr("simulated device, address %1").arg(address);
    }
    return {};
}

Status LinkSettings::validate() const
{
    if (address < 1 || address > 247)
        return Error{ErrorKind::Usage,
                     ModbusLink::tr("The slave address must be between 1 and 247.")};
    if (kind == Kind::Serial && port.isEmpty())
        return Error{ErrorKind::Usage, ModbusLink::tr("Choose a serial port.")};
    if (kind == Kind::Serial && (baud < 1200 || baud > 4000000))
        return Error{ErrorKind::Usage,
                     ModbusLink::tr("The baud rate must be between 1200 and 4000000.")};
    if (kind == Kind::Tcp && (host.isEmpty() || tcpPort == 0))
        return Error{ErrorKind::Usage, ModbusLink::tr("Give the device's address as HOST:PORT.")};
    if (timeoutMs < 10 || timeoutMs > 60000 || retries < 0 || retries > 10)
        return Error{ErrorKind::Usage,
                     ModbusLink::tr("The timeout must be 10–60000 ms and the retries 0–10.")};
    if (interFrameGapUs < -1 || interFrameGapUs > 100000)
        return Error{ErrorKind::Usage,
                     ModbusLink::tr("The inter-frame gap must be between 0 and 100000 µs.")};
    return {};
}

int LinkSettings::rtuGapUs() const
{
    return interFrameGapUs >= 0 ? interFrameGapUs : modbus::rtuInterFrameGapUs(baud);
}

std::unique_ptr<ModbusLink> ModbusLink::create(const LinkSettings &settings, QObject *parent)
{
    if (settings.kind == LinkSettings::Kind::Tcp)
        return makeTcpLink(settings, parent);
    return makeSerialLink(settings, parent);
}

ModbusLink::ModbusLink(const LinkSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings)
{
    m_timeout.setSingleShot(true);
    m_timeout.setTimerType(Qt::PreciseTimer);
    connect(&m_timeout, &QTimer::timeout, this, &ModbusLink::onTimeout);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, [this] {
        if (m_wantOpen && m_state == State::Lost)
            openTransport();
    });
}

ModbusLink::~ModbusLink() = default;

void ModbusLink::open()
{
    if (m_state == State::Open || m_state == State::Connecting)
        return;
    m_wantOpen = true;
    setState(State::Connecting, tr("Connecting to %1…").arg(m_settings.describe()));
    openTransport();
}

void ModbusLink::close()
{
    m_wantOpen = false;
    m_reconnect.stop();
    m_timeout.stop();
    closeTransport();
    failAll(tr("The link to the device was closed."));
    setState(State::Closed, tr("Not connected."));
}

void ModbusLink::setState(State state, const QString &message)
{
    if (state == m_state && message == m_message)
        return;
    m_state = state;
    m_message = message;
    qCInfo(lcDevice) << "link" << m_settings.describe() << state << message;
    emit stateChanged(state, message);
}

void ModbusLink::transportOpened()
{
    if (!m_wantOpen) {
        closeTransport();
        return;
    }
    if (m_state == State::Lost)
        ++m_counters.reconnects;
    setState(State::Open, tr("Connected to %1.").arg(m_settings.describe()));
    emit countersChanged();
    sendNext();
}

void ModbusLink::transportLost(const QString &why)
{
    m_timeout.stop();
    if (m_state == State::Open) {
        ++m_counters.disconnects;
        emit countersChanged();
    }
    const bool retry = m_wantOpen && m_autoReconnect;
    setState(retry ? State::Lost : State::Closed,
             retry ? tr("%1 Waiting for the device to come back…").arg(why) : why);
    failAll(why);
    if (retry)
        m_reconnect.start(m_settings.reconnectMs);
}

void ModbusLink::send(const QByteArray &pdu, Handler handler)
{
    if (m_state != State::Open && m_state != State::Connecting) {
        const QString why = m_state == State::Closed ? tr("Not connected to a device.")
                            : m_state == State::TakenOver
                                ? tr("The port is busy with a firmware transfer.")
                                : m_message;
        // Answer later, never from inside send(): callers may hold state.
        QTimer::singleShot(0, this, [handler = std::move(handler), why] {
            handler(Error{ErrorKind::Device, why});
        });
        return;
    }
    m_queue.enqueue(Request{pdu, std::move(handler)});
    sendNext();
}

quint8 ModbusLink::expectedFunction() const
{
    return m_busy && !m_current.pdu.isEmpty() ? quint8(m_current.pdu.at(0)) : 0;
}

void ModbusLink::sendNext()
{
    if (m_busy || m_queue.isEmpty() || m_state != State::Open)
        return;
    m_current = m_queue.dequeue();
    m_current.attempt = 1;
    m_busy = true;
    ++m_counters.requests;
    m_timeout.start(m_settings.timeoutMs);
    transmit(m_current.pdu);
}

void ModbusLink::replyReceived(const QByteArray &pdu)
{
    const quint8 expected = expectedFunction();
    if (!expected || pdu.isEmpty()) {
        countGarbage(int(pdu.size()), 0);
        return;
    }
    const auto function = quint8(pdu.at(0));
    if (function == (expected | 0x80) && pdu.size() == 2) {
        m_timeout.stop();
        ++m_counters.exceptions;
        ++m_counters.replies;
        finish(Error{ErrorKind::Device, tr("The device refused the request: %1.")
                                            .arg(modbus::exceptionText(quint8(pdu.at(1))))});
        return;
    }
    if (function != expected) {
        countGarbage(int(pdu.size()), 0);
        return;
    }
    m_timeout.stop();
    ++m_counters.replies;
    finish(pdu);
}

void ModbusLink::crcErrorReceived()
{
    m_timeout.stop();
    ++m_counters.crcErrors;
    emit countersChanged();
    retryOrFail(tr("The device's replies arrived damaged (CRC errors): check the cable, its "
                   "shielding and the baud rate."));
}

void ModbusLink::countGarbage(int bytes, int wrongAddress)
{
    if (bytes <= 0 && wrongAddress <= 0)
        return;
    m_counters.garbageBytes += quint64(qMax(0, bytes));
    m_counters.wrongAddress += quint64(qMax(0, wrongAddress));
    if (wrongAddress > 0 && m_busy)
        m_current.sawWrongAddress = true;
    emit countersChanged();
}

void ModbusLink::onTimeout()
{
    if (!m_busy)
        return;
    ++m_counters.timeouts;
    emit countersChanged();
    if (m_current.sawWrongAddress)
        retryOrFail(tr("Replies came from another slave address than %1: set the address the "
                       "controller uses.")
                        .arg(m_settings.address));
    else
        retryOrFail(tr("No reply from %1 within %2 ms: check the cable, the baud rate and the "
                       "slave address.")
                        .arg(m_settings.describe())
                        .arg(m_settings.timeoutMs));
}

void ModbusLink::retryOrFail(const QString &why)
{
    if (!m_busy)
        return;
    if (m_current.attempt <= m_settings.retries && m_state == State::Open) {
        ++m_current.attempt;
        m_timeout.start(m_settings.timeoutMs);
        transmit(m_current.pdu);
        return;
    }
    finish(Error{ErrorKind::Device, tr("%1 (tried %2 times)").arg(why).arg(m_current.attempt)});
}

void ModbusLink::finish(const Result<QByteArray> &result)
{
    Handler handler = std::move(m_current.handler);
    m_current = Request{};
    m_busy = false;
    emit countersChanged();
    QPointer<ModbusLink> self(this);
    if (handler)
        handler(result);
    if (self)
        sendNext();
}

void ModbusLink::suspendForTakeOver()
{
    m_timeout.stop();
    m_reconnect.stop();
    failAll(tr("The port is busy with a firmware transfer."));
    setState(State::TakenOver, tr("Firmware transfer in progress."));
}

void ModbusLink::resumeAfterTakeOver()
{
    if (m_state != State::TakenOver)
        return;
    setState(State::Open, tr("Connected to %1.").arg(m_settings.describe()));
    sendNext();
}

void ModbusLink::failAll(const QString &why)
{
    QList<Handler> handlers;
    if (m_busy && m_current.handler)
        handlers.append(std::move(m_current.handler));
    m_current = Request{};
    m_busy = false;
    while (!m_queue.isEmpty())
        handlers.append(m_queue.dequeue().handler);
    // Deferred: a handler may close or reopen this link.
    for (Handler &handler : handlers)
        QTimer::singleShot(0, this, [handler = std::move(handler), why] {
            handler(Error{ErrorKind::Device, why});
        });
}

} // namespace fb::device
