#pragma once

// Serving a simulated enclosure to real clients: Modbus RTU on a
// pseudo-terminal this process creates (the slave side is the "device
// port"), optionally paced at the baud rate so timing is realistic, and
// Modbus TCP on a local port. Used by fieldbench-devsim and the tests.

#include "domain/result.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

class QTcpServer;
class QTcpSocket;

namespace fb::device {

class EnclosureSimulator;

// Silence a client left on the bus before each request, measured from the
// end of the simulator's previous reply to the first byte of the next
// request: a real controller may drop a request that starts before t3.5.
struct InterFrameGaps
{
    quint64 measured = 0; // requests that followed a reply
    qint64 minNs = -1;    // shortest gap (-1: none measured)
    double meanNs = 0;
    quint64 belowMinimum = 0; // gaps shorter than the minimum given to the server
};

class SimulatorPtyServer
{
public:
    // `linkPath`: a symlink kept pointing at the current pty slave, so the
    // path stays the same when the "cable" is pulled and plugged again
    // (empty: no symlink). `paceBaud` 0 answers as fast as possible.
    SimulatorPtyServer(std::shared_ptr<EnclosureSimulator> simulator, quint8 address,
                       int paceBaud = 0, QString linkPath = {});
    ~SimulatorPtyServer();

    Status start();
    void stop();
    // The path clients open: the symlink when there is one, else the slave.
    QString path() const;
    QString slavePath() const;
    quint64 framesServed() const { return m_served.load(); }

    // The gap below which a request counts as too early (default: t3.5 at
    // the pace baud, or at 115200 when not paced).
    void setMinimumGapUs(int us) { m_minimumGapNs = qint64(us) * 1000; }
    InterFrameGaps gaps() const;
    void resetGaps();

private:
    Status openPty();
    void closePty();
    void run();
    void recordGap(qint64 ns);

    std::shared_ptr<EnclosureSimulator> m_simulator;
    const quint8 m_address;
    const int m_paceBaud;
    const QString m_linkPath;
    mutable std::mutex m_pathMutex;
    QString m_slavePath;
    int m_master = -1;
    int m_slave = -1;
    std::atomic<bool> m_running{false};
    std::atomic<quint64> m_served{0};
    std::atomic<qint64> m_minimumGapNs;
    mutable std::mutex m_gapMutex;
    InterFrameGaps m_gaps;
    double m_gapSumNs = 0;
    std::thread m_thread;
};

class SimulatorTcpServer : public QObject
{
public:
    explicit SimulatorTcpServer(std::shared_ptr<EnclosureSimulator> simulator,
                                QObject *parent = nullptr);
    ~SimulatorTcpServer() override;
    // Port 0 picks a free port; see port().
    Status listen(quint16 port, const QString &host = QStringLiteral("127.0.0.1"));
    quint16 port() const;

private:
    void accept();
    void serve(QTcpSocket *socket);
    void checkPlug();

    std::shared_ptr<EnclosureSimulator> m_simulator;
    QTcpServer *m_server;
    QList<QPointer<QTcpSocket>> m_clients;
    QTimer m_plugCheck;
    bool m_unplugged = false;
    QString m_host;
    quint16 m_port = 0;
};

} // namespace fb::device
