// Modbus TCP link (device-protocol.md §1): MBAP framing over QTcpSocket.

#include "device/modbus_frame.h"
#include "device/modbus_link.h"

#include <QTcpSocket>

using namespace Qt::Literals::StringLiterals;

namespace fb::device {
namespace {

class TcpLink final : public ModbusLink
{
public:
    TcpLink(const LinkSettings &settings, QObject *parent)
        : ModbusLink(settings, parent), m_socket(new QTcpSocket(this))
    {
        m_connectTimeout.setSingleShot(true);
        connect(&m_connectTimeout, &QTimer::timeout, this, [this] {
            m_socket->abort();
            lost(ModbusLink::tr("%1 did not accept the connection in time.")
                     .arg(this->settings().describe()));
        });
        connect(m_socket, &QTcpSocket::connected, this, [this] {
            m_connectTimeout.stop();
            m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            m_buffer.clear();
            transportOpened();
        });
        connect(m_socket, &QTcpSocket::readyRead, this, [this] { readFrames(); });
        connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
            lost(ModbusLink::tr("Connection to %1 failed: %2.")
                     .arg(this->settings().describe(), m_socket->errorString()));
        });
    }

protected:
    void openTransport() override
    {
        m_socket->abort();
        m_connectTimeout.start(qMax(1000, settings().timeoutMs * 4));
        m_socket->connectToHost(settings().host, settings().tcpPort);
    }
    void closeTransport() override
    {
        m_connectTimeout.stop();
        m_socket->abort();
        m_buffer.clear();
    }
    void transmit(const QByteArray &pdu) override
    {
        m_buffer.clear();
        ++m_transaction;
        m_socket->write(modbus::tcpFrame(m_transaction, settings().address, pdu));
        m_socket->flush();
    }

private:
    // Deferred: never tear the socket down inside its own signal.
    void lost(const QString &why)
    {
        if (m_lossPending)
            return;
        m_lossPending = true;
        QTimer::singleShot(0, this, [this, why] {
            m_lossPending = false;
            if (state() == State::Closed)
                return;
            m_connectTimeout.stop();
            m_socket->abort();
            transportLost(why);
        });
    }

    void readFrames()
    {
        m_buffer.append(m_socket->readAll());
        while (!m_buffer.isEmpty()) {
            const modbus::TcpScan scan = modbus::scanTcpFrame(m_buffer);
            if (scan.status == modbus::TcpScan::NeedMore) {
                if (m_buffer.size() > 4 * modbus::MaxRtuFrame) {
                    countGarbage(int(m_buffer.size()), 0);
                    m_buffer.clear();
                }
                return;
            }
            if (scan.status == modbus::TcpScan::Malformed) {
                // Resynchronise byte by byte until a plausible header appears.
                countGarbage(1, 0);
                m_buffer.remove(0, 1);
                continue;
            }
            m_buffer.remove(0, scan.consumed);
            if (scan.transaction != m_transaction) {
                countGarbage(int(scan.consumed), 0);
                continue;
            }
            if (scan.unit != settings().address) {
                countGarbage(0, 1);
                continue;
            }
            replyReceived(scan.pdu);
        }
    }

    QTcpSocket *m_socket;
    QTimer m_connectTimeout;
    QByteArray m_buffer;
    quint16 m_transaction = 0;
    bool m_lossPending = false;
};

} // namespace

std::unique_ptr<ModbusLink> makeTcpLink(const LinkSettings &settings, QObject *parent)
{
    return std::make_unique<TcpLink>(settings, parent);
}

} // namespace fb::device
