// Modbus RTU links: our own framing over QSerialPort, and the in-process link
// to a simulated enclosure that uses the same framing. Why not Qt's RTU
// client: it waits a fixed 2 ms (a whole timer tick, often 3) after every
// reply before sending the next request, which halves throughput at 115200
// baud. We end a reply by its expected length, and before each request keep
// only what is left of t3.5 since the bus went quiet, timed to the
// microsecond.

#include "device/device_log.h"
#include "device/modbus_frame.h"
#include "device/modbus_link.h"
#include "device/sim_model.h"
#include "device/sim_wire.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSerialPort>
#include <QSocketNotifier>

#include <functional>
#include <utility>

#ifdef Q_OS_LINUX
#include <sys/timerfd.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace fb::device {
namespace {

// A one-shot timer with microsecond resolution that never blocks the thread:
// QTimer counts whole milliseconds, so waiting out the rest of a 1750 µs gap
// with it would cost up to a millisecond per request. On Linux a timerfd
// wakes the event loop on time; elsewhere QTimer rounds up (never early).
class GapTimer
{
public:
    GapTimer(QObject *owner, std::function<void()> fire) : m_fire(std::move(fire))
    {
        m_fallback.setSingleShot(true);
        m_fallback.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_fallback, &QTimer::timeout, owner, [this] { expired(); });
#ifdef Q_OS_LINUX
        m_fd = ::timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
        if (m_fd >= 0) {
            m_notifier = new QSocketNotifier(qintptr(m_fd), QSocketNotifier::Read, owner);
            QObject::connect(m_notifier, &QSocketNotifier::activated, owner, [this] {
                // Nothing to read: re-armed since it fired, so not due yet.
                quint64 ticks = 0;
                if (::read(m_fd, &ticks, sizeof ticks) == ssize_t(sizeof ticks) && ticks > 0)
                    expired();
            });
        }
#endif
    }
    ~GapTimer()
    {
#ifdef Q_OS_LINUX
        delete m_notifier;
        if (m_fd >= 0)
            ::close(m_fd);
#endif
    }
    GapTimer(const GapTimer &) = delete;
    GapTimer &operator=(const GapTimer &) = delete;

    void start(qint64 ns)
    {
        m_active = true;
#ifdef Q_OS_LINUX
        if (m_fd >= 0) {
            itimerspec spec{};
            ns = std::max<qint64>(ns, 1000); // 0 would disarm it
            spec.it_value.tv_sec = time_t(ns / 1'000'000'000);
            spec.it_value.tv_nsec = long(ns % 1'000'000'000);
            if (::timerfd_settime(m_fd, 0, &spec, nullptr) == 0)
                return;
        }
#endif
        m_fallback.start(int((ns + 999'999) / 1'000'000));
    }
    void stop()
    {
        m_active = false;
        m_fallback.stop();
#ifdef Q_OS_LINUX
        if (m_fd >= 0) {
            const itimerspec off{};
            ::timerfd_settime(m_fd, 0, &off, nullptr);
        }
#endif
    }

private:
    void expired()
    {
        if (!std::exchange(m_active, false))
            return;
        m_fire();
    }

    std::function<void()> m_fire;
    QTimer m_fallback;
    bool m_active = false;
#ifdef Q_OS_LINUX
    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
#endif
};

class RtuLinkBase : public ModbusLink
{
public:
    // `gapUs`: silence to keep before each request (0 for no wire at all).
    // `gapIsDefault`: the gap follows the spec rather than the user, so it is
    // dropped on a link that turns out to have no wire (see noteReplyTiming).
    RtuLinkBase(const LinkSettings &settings, int gapUs, bool gapIsDefault, QObject *parent)
        : ModbusLink(settings, parent), m_gapNs(qint64(gapUs) * 1000), m_gapIsDefault(gapIsDefault),
          m_gapTimer(this, [this] { writePending(); })
    {
        m_clock.start();
    }

    int interFrameGapUs() const override { return keepsGap() ? int(m_gapNs / 1000) : 0; }

protected:
    virtual void writeBytes(const QByteArray &bytes) = 0;

    void transmit(const QByteArray &pdu) override
    {
        m_pending = modbus::rtuFrame(settings().address, pdu);
        writePending();
    }

    void bytesArrived(const QByteArray &bytes)
    {
        m_quietSinceNs = std::max(m_quietSinceNs, m_clock.nsecsElapsed());
        m_buffer.append(bytes);
        const quint8 function = expectedFunction();
        // Before our request is on the wire nothing can answer it: a late or
        // noisy reply to an earlier one.
        if (!function || !m_pending.isEmpty()) {
            countGarbage(int(m_buffer.size()), 0);
            m_buffer.clear();
            return;
        }
        const modbus::RtuScan scan =
            modbus::scanRtuResponse(m_buffer, settings().address, function);
        countGarbage(scan.garbageBytes, scan.wrongAddress);
        m_buffer.remove(0, scan.consumed);
        if (scan.status == modbus::RtuScan::Frame) {
            noteReplyTiming(int(scan.pdu.size()) + 3); // address + PDU + CRC
            replyReceived(scan.pdu);
        } else if (scan.status == modbus::RtuScan::CrcError)
            crcErrorReceived();
    }

    void clearBuffer() { m_buffer.clear(); }
    // Drops a request still waiting out the gap (link closed or taken over).
    void cancelPendingWrite()
    {
        m_gapTimer.stop();
        m_pending.clear();
    }
    // A newly opened port may be another adapter: measure it afresh.
    void resetWireTiming()
    {
        m_fastReplies = 0;
        m_noWire = false;
        m_quietSinceNs = 0;
    }
    bool keepsGap() const { return m_gapNs > 0 && !m_noWire; }

private:
    // t3.5 exists so a slave on a real UART line can tell frames apart. A
    // USB CDC controller or a pty has no line: its reply then arrives sooner
    // than the request and reply could even cross one at this baud rate
    // (physically impossible on a wire, where a UART sends at the baud rate
    // and write() returns before the bytes leave). After a few such replies
    // the spec's default gap only costs time, so it is dropped; a gap the
    // user set explicitly is always kept.
    void noteReplyTiming(int replyBytes)
    {
        if (!m_gapIsDefault || m_noWire || m_sentAtNs <= 0 || settings().baud <= 0)
            return;
        const qint64 took = m_clock.nsecsElapsed() - m_sentAtNs;
        const qint64 wire = modbus::rtuWireTimeNs(m_sentBytes + replyBytes, settings().baud);
        // Not "in a row": a busy machine may answer late, never early.
        if (took * 4 < wire * 3)
            ++m_fastReplies;
        if (m_fastReplies >= 3) {
            m_noWire = true;
            qCInfo(lcDevice) << "replies arrive faster than" << settings().baud
                             << "baud allows: no serial line, no inter-frame gap";
        }
    }

    void writePending()
    {
        if (m_pending.isEmpty())
            return;
        // Measured from the last byte received (or our own last frame leaving
        // the wire): only what is left of t3.5 is waited, often nothing.
        const qint64 wait = m_quietSinceNs + m_gapNs - m_clock.nsecsElapsed();
        if (keepsGap() && m_quietSinceNs > 0 && wait > 0) {
            m_gapTimer.start(wait);
            return;
        }
        // Anything still buffered belongs to no request: a late or noisy reply.
        if (!m_buffer.isEmpty()) {
            countGarbage(int(m_buffer.size()), 0);
            m_buffer.clear();
        }
        const QByteArray frame = std::exchange(m_pending, {});
        // Stamped before writing: a driver that blocks until the bytes are
        // out must not make a real line look faster than it is.
        m_sentAtNs = m_clock.nsecsElapsed();
        m_sentBytes = int(frame.size());
        writeBytes(frame);
        m_quietSinceNs =
            m_clock.nsecsElapsed() + modbus::rtuWireTimeNs(frame.size(), settings().baud);
    }

    QByteArray m_buffer;
    QByteArray m_pending; // the next request frame, waiting out the gap
    const qint64 m_gapNs;
    const bool m_gapIsDefault;
    qint64 m_quietSinceNs = 0; // on m_clock; 0 = nothing sent or received yet
    qint64 m_sentAtNs = 0;     // when the last request was written
    int m_sentBytes = 0;
    int m_fastReplies = 0; // replies faster than a wire allows
    bool m_noWire = false;
    QElapsedTimer m_clock;
    GapTimer m_gapTimer;
};

class SerialRtuLink final : public RtuLinkBase
{
public:
    SerialRtuLink(const LinkSettings &settings, QObject *parent)
        : RtuLinkBase(settings, settings.rtuGapUs(), settings.interFrameGapUs < 0, parent),
          m_port(new QSerialPort(this))
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
        cancelPendingWrite();
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
            QString why =
                ModbusLink::tr("Cannot open %1: %2. Check that the service cable is plugged in "
                               "and the port is the right one.")
                    .arg(s.port, m_port->errorString());
            if (m_port->error() == QSerialPort::PermissionError)
                why +=
                    u' ' + ModbusLink::tr(
                               "Another program may be using the port, or a stale lock file "
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
        resetWireTiming();
        if (s.port.startsWith(u'/'))
            m_presence.start();
        QTimer::singleShot(0, this, [this] { transportOpened(); });
    }

    void closeTransport() override
    {
        m_presence.stop();
        cancelPendingWrite();
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
            transportLost(ModbusLink::tr("The device on %1 was disconnected (cable pulled?).")
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
        : RtuLinkBase(settings, 0, false, parent), m_simulator(std::move(simulator))
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
                        guard->transportLost(ModbusLink::tr("The simulated device was unplugged."));
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
                transportLost(ModbusLink::tr("The simulated device is unplugged."));
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
