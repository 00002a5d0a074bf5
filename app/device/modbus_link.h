#pragma once

// The link layer: one request in flight, a queue behind it, timeouts and
// retries, counters for everything that went wrong, and reconnection when a
// cable is pulled and comes back. Fully asynchronous: every call returns at
// once and answers through the handler on the link's thread.

#include "domain/enums.h"
#include "domain/result.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

class QIODevice;

namespace fb::device {

class EnclosureSimulator;

struct LinkSettings
{
    enum class Kind
    {
        Serial,
        Tcp,
        Simulated
    };
    Kind kind = Kind::Serial;
    QString port; // serial: /dev/ttyACM0, COM3
    int baud = 115200;
    quint8 address = 1; // RTU slave address / TCP unit id
    QString host;       // TCP
    quint16 tcpPort = 502;
    // A healthy controller answers in a few ms; 250 ms × 3 attempts keeps a
    // dead device to under a second per request instead of 4 s.
    int timeoutMs = 250;
    int retries = 2;
    int reconnectMs = 500;
    // RTU: silence kept on the bus before each request, in µs; -1 follows
    // the Modbus serial-line rule (t3.5 of 11-bit characters at the baud
    // rate), dropped on ports that prove to have no line (USB CDC, pty).
    int interFrameGapUs = -1;
    int rtuGapUs() const;
    QString describe() const;
    Status validate() const;
};

struct LinkCounters
{
    quint64 requests = 0;
    quint64 replies = 0;
    quint64 timeouts = 0;
    quint64 crcErrors = 0;
    quint64 exceptions = 0;
    quint64 garbageBytes = 0;
    quint64 wrongAddress = 0;
    quint64 disconnects = 0;
    quint64 reconnects = 0;
};

class ModbusLink : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Closed,
        Connecting,
        Open,
        Lost,
        TakenOver
    };
    Q_ENUM(State)
    using Handler = std::function<void(const Result<QByteArray> &replyPdu)>;

    // Serial and TCP links; simulated links come from makeSimulatedLink().
    static std::unique_ptr<ModbusLink> create(const LinkSettings &settings,
                                              QObject *parent = nullptr);
    ~ModbusLink() override;

    const LinkSettings &settings() const { return m_settings; }
    State state() const { return m_state; }
    QString stateMessage() const { return m_message; }
    const LinkCounters &counters() const { return m_counters; }

    // Opens the link; with autoReconnect a lost or not-yet-present device is
    // retried every reconnectMs until close().
    void open();
    void close();
    void setAutoReconnect(bool on) { m_autoReconnect = on; }

    // Queues one request PDU; the handler gets the reply PDU or an Error.
    void send(const QByteArray &pdu, Handler handler);
    int pending() const { return int(m_queue.size()) + (m_busy ? 1 : 0); }

    // For the firmware update (YMODEM on the same port): stops Modbus,
    // fails queued requests and hands over the raw device (nullptr when this
    // link cannot). handBack() resumes Modbus.
    virtual QIODevice *takeOver() { return nullptr; }
    virtual void handBack() {}

    // RTU: the silence kept before each request now, in µs (0 on TCP, and
    // on a serial port whose replies show there is no real line behind it).
    virtual int interFrameGapUs() const { return 0; }

signals:
    void stateChanged(fb::device::ModbusLink::State state, const QString &message);
    void countersChanged();

protected:
    ModbusLink(const LinkSettings &settings, QObject *parent);

    // Subclasses: start opening; call transportOpened() or transportLost().
    virtual void openTransport() = 0;
    virtual void closeTransport() = 0;
    // Put one request on the wire (the reply comes via replyReceived()).
    virtual void transmit(const QByteArray &pdu) = 0;
    // The function code of the request in flight (0 when none).
    quint8 expectedFunction() const;

    void transportOpened();
    void transportLost(const QString &why);
    void replyReceived(const QByteArray &pdu);
    void crcErrorReceived();
    void countGarbage(int bytes, int wrongAddress);
    void setState(State state, const QString &message);
    void suspendForTakeOver();
    void resumeAfterTakeOver();
    LinkCounters &mutableCounters() { return m_counters; }

private:
    struct Request
    {
        QByteArray pdu;
        Handler handler;
        int attempt = 0;
        bool sawWrongAddress = false;
    };
    void sendNext();
    void onTimeout();
    void finish(const Result<QByteArray> &result);
    void failAll(const QString &why);
    void retryOrFail(const QString &why);

    LinkSettings m_settings;
    State m_state = State::Closed;
    QString m_message;
    LinkCounters m_counters;
    QQueue<Request> m_queue;
    Request m_current;
    bool m_busy = false;
    bool m_autoReconnect = true;
    bool m_wantOpen = false;
    QTimer m_timeout;
    QTimer m_reconnect;
};

// An in-process link to a simulated enclosure (RTU framing, no port): the
// GUI's "Simulated <model>" devices. The simulator advances in real time.
std::unique_ptr<ModbusLink> makeSimulatedLink(const LinkSettings &settings,
                                              std::shared_ptr<EnclosureSimulator> simulator,
                                              QObject *parent = nullptr);

} // namespace fb::device
