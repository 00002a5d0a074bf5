#include "device/sim_server.h"

#include "device/device_log.h"
#include "device/modbus_frame.h"
#include "device/sim_model.h"
#include "device/sim_wire.h"

#include <QCoreApplication>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>

#include <chrono>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace fb::device {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::device::SimServer", text);
}

// Not written in SimulatorTcpServer::listen: there tr() is QObject's.
QString cannotListen(const QString &host, quint16 port, const QString &why)
{
    return tr("Cannot listen on %1:%2: %3").arg(host).arg(port).arg(why);
}

using Clock = std::chrono::steady_clock;

} // namespace

SimulatorPtyServer::SimulatorPtyServer(std::shared_ptr<EnclosureSimulator> simulator,
                                       quint8 address, int paceBaud, QString linkPath)
    : m_simulator(std::move(simulator)), m_address(address), m_paceBaud(paceBaud),
      m_linkPath(std::move(linkPath)),
      m_minimumGapNs(qint64(modbus::rtuInterFrameGapUs(paceBaud > 0 ? paceBaud : 115200)) * 1000)
{}

SimulatorPtyServer::~SimulatorPtyServer()
{
    stop();
}

Status SimulatorPtyServer::openPty()
{
    int master = -1, slave = -1;
    char name[256] = {};
    if (::openpty(&master, &slave, name, nullptr, nullptr) != 0)
        return Error{
            ErrorKind::Device,
            tr("Cannot create a pseudo-terminal: %1").arg(QString::fromLocal8Bit(strerror(errno)))};
    // Raw bytes both ways: no echo, no line editing, no CR/LF translation.
    termios raw{};
    ::tcgetattr(slave, &raw);
    ::cfmakeraw(&raw);
    ::tcsetattr(slave, TCSANOW, &raw);
    ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
    {
        std::lock_guard lock(m_pathMutex);
        m_slavePath = QString::fromLocal8Bit(name);
    }
    if (!m_linkPath.isEmpty()) {
        // Swap the symlink atomically so a client never sees it missing.
        const QByteArray target = QFile::encodeName(m_linkPath);
        const QByteArray temp = target + ".new";
        ::unlink(temp.constData());
        if (::symlink(name, temp.constData()) != 0 ||
            ::rename(temp.constData(), target.constData()) != 0) {
            ::close(master);
            ::close(slave);
            return Error{ErrorKind::Device,
                         tr("Cannot create the link %1: %2")
                             .arg(m_linkPath, QString::fromLocal8Bit(strerror(errno)))};
        }
    }
    // Keeping our own slave descriptor open stops the master reporting a
    // hang-up while no client has the port open.
    m_master = master;
    m_slave = slave;
    return {};
}

void SimulatorPtyServer::closePty()
{
    if (m_master >= 0)
        ::close(m_master);
    if (m_slave >= 0)
        ::close(m_slave);
    m_master = m_slave = -1;
}

Status SimulatorPtyServer::start()
{
    if (m_running)
        return {};
    if (Status opened = openPty(); !opened)
        return opened;
    m_running = true;
    m_thread = std::thread([this] { run(); });
    return {};
}

void SimulatorPtyServer::stop()
{
    if (!m_running.exchange(false))
        return;
    if (m_thread.joinable())
        m_thread.join();
    closePty();
    if (!m_linkPath.isEmpty())
        ::unlink(QFile::encodeName(m_linkPath).constData());
}

QString SimulatorPtyServer::path() const
{
    return m_linkPath.isEmpty() ? slavePath() : m_linkPath;
}

InterFrameGaps SimulatorPtyServer::gaps() const
{
    std::lock_guard lock(m_gapMutex);
    InterFrameGaps g = m_gaps;
    g.meanNs = g.measured ? m_gapSumNs / double(g.measured) : 0;
    return g;
}

void SimulatorPtyServer::resetGaps()
{
    std::lock_guard lock(m_gapMutex);
    m_gaps = {};
    m_gapSumNs = 0;
}

QString SimulatorPtyServer::slavePath() const
{
    std::lock_guard lock(m_pathMutex);
    return m_slavePath;
}

void SimulatorPtyServer::run()
{
    QByteArray buffer;
    Clock::time_point firstByte{};
    Clock::time_point replyEnd{}; // the last reply left the wire; {} = none pending
    // 8N1: ten bit times per byte on the wire.
    const auto charTime = m_paceBaud > 0 ? std::chrono::nanoseconds(10'000'000'000LL / m_paceBaud)
                                         : std::chrono::nanoseconds(0);
    // Silence that ends a frame whose length the function code cannot tell.
    const int gapMs = 5;
    bool unplugged = false;
    while (m_running) {
        const bool nowUnplugged = m_simulator->unplugged();
        if (nowUnplugged != unplugged) {
            unplugged = nowUnplugged;
            buffer.clear();
            replyEnd = {};
            if (unplugged) {
                closePty(); // the client's port reports an I/O error at once
            } else if (Status reopened = openPty(); !reopened) {
                qCWarning(lcDevice) << reopened.error().message;
            }
        }
        if (m_master < 0) {
            ::usleep(20000);
            continue;
        }
        pollfd fd{m_master, POLLIN, 0};
        const int ready = ::poll(&fd, 1, buffer.isEmpty() ? 50 : gapMs);
        if (ready > 0 && (fd.revents & POLLIN)) {
            char chunk[512];
            const ssize_t n = ::read(m_master, chunk, sizeof chunk);
            if (n > 0) {
                if (buffer.isEmpty()) {
                    firstByte = Clock::now();
                    if (replyEnd != Clock::time_point{}) {
                        recordGap(std::chrono::duration_cast<std::chrono::nanoseconds>(firstByte -
                                                                                       replyEnd)
                                      .count());
                        replyEnd = {};
                    }
                }
                buffer.append(chunk, n);
            }
            if (buffer.size() > 4 * modbus::MaxRtuFrame)
                buffer.clear(); // a flood of junk: a real device would reset its UART
        }
        const bool silence = ready == 0;
        while (!buffer.isEmpty()) {
            qsizetype length = modbus::rtuRequestLength(buffer);
            if (length == 0 && !silence)
                break;
            if (length < 0 || length == 0 || length > modbus::MaxRtuFrame)
                length = silence ? buffer.size() : 0; // unknown function: frame ends at the gap
            if (length == 0 || buffer.size() < length)
                break;
            const QByteArray frame = buffer.left(length);
            const quint16 crc = modbus::crc16(frame.constData(), frame.size() - 2);
            const bool crcOk = frame.size() >= 4 && quint8(frame.at(length - 2)) == (crc & 0xFF) &&
                               quint8(frame.at(length - 1)) == (crc >> 8);
            if (!crcOk && !silence) {
                buffer.remove(0, 1); // resynchronise on the next byte
                continue;
            }
            buffer.remove(0, length);
            const QByteArray reply = serveRtuFrame(*m_simulator, m_address, frame);
            ++m_served;
            if (reply.isEmpty())
                continue;
            if (m_paceBaud > 0)
                std::this_thread::sleep_until(firstByte + charTime * (length + reply.size()));
            // Stamped before the write: the client cannot have the reply any
            // earlier, so a preempted thread never makes a gap look shorter.
            const Clock::time_point writeStart = Clock::now();
            qsizetype written = 0;
            while (written < reply.size() && m_running) {
                const ssize_t w =
                    ::write(m_master, reply.constData() + written, size_t(reply.size() - written));
                if (w > 0)
                    written += w;
                else if (errno == EAGAIN)
                    ::usleep(200);
                else
                    break;
            }
            firstByte = Clock::now();
            replyEnd = writeStart;
        }
        if (silence && !buffer.isEmpty())
            buffer.clear();
    }
}

void SimulatorPtyServer::recordGap(qint64 ns)
{
    std::lock_guard lock(m_gapMutex);
    ++m_gaps.measured;
    m_gapSumNs += double(ns);
    if (m_gaps.minNs < 0 || ns < m_gaps.minNs)
        m_gaps.minNs = ns;
    if (ns < m_minimumGapNs.load())
        ++m_gaps.belowMinimum;
}

SimulatorTcpServer::SimulatorTcpServer(std::shared_ptr<EnclosureSimulator> simulator,
                                       QObject *parent)
    : QObject(parent), m_simulator(std::move(simulator)), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] { accept(); });
    m_plugCheck.setInterval(50);
    connect(&m_plugCheck, &QTimer::timeout, this, [this] { checkPlug(); });
    m_plugCheck.start();
}

SimulatorTcpServer::~SimulatorTcpServer() = default;

Status SimulatorTcpServer::listen(quint16 port, const QString &host)
{
    if (!m_server->listen(QHostAddress(host), port))
        return Error{ErrorKind::Device, cannotListen(host, port, m_server->errorString())};
    m_host = host;
    m_port = m_server->serverPort();
    return {};
}

quint16 SimulatorTcpServer::port() const
{
    return m_port;
}

void SimulatorTcpServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_unplugged) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_clients.append(socket);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void SimulatorTcpServer::serve(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("fb_buffer").toByteArray() + socket->readAll();
    while (true) {
        const modbus::TcpScan scan = modbus::scanTcpFrame(buffer);
        if (scan.status == modbus::TcpScan::NeedMore)
            break;
        if (scan.status == modbus::TcpScan::Malformed) {
            socket->abort(); // a Modbus TCP server drops a connection that breaks framing
            return;
        }
        const QByteArray reply = serveTcpFrame(*m_simulator, buffer.left(scan.consumed));
        buffer.remove(0, scan.consumed);
        if (!reply.isEmpty())
            socket->write(reply);
    }
    socket->setProperty("fb_buffer", buffer);
}

void SimulatorTcpServer::checkPlug()
{
    const bool unplugged = m_simulator->unplugged();
    if (unplugged == m_unplugged)
        return;
    m_unplugged = unplugged;
    if (unplugged) {
        for (const QPointer<QTcpSocket> &client : std::as_const(m_clients))
            if (client)
                client->abort();
        m_clients.clear();
        m_server->close(); // a pulled network cable: nobody can connect
    } else if (!m_server->listen(QHostAddress(m_host), m_port)) {
        qCWarning(lcDevice) << "cannot listen again on" << m_port << m_server->errorString();
    }
}

} // namespace fb::device
