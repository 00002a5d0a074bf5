#pragma once

// A simulated enclosure served over a real pseudo-terminal and a real TCP
// port, and helpers that wait for asynchronous link results.

#include "device/device_client.h"
#include "device/modbus_link.h"
#include "device/sim_model.h"
#include "device/sim_server.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace fb::test {

inline int &rigCounter()
{
    static int counter = 0;
    return counter;
}

struct DeviceRig
{
    explicit DeviceRig(DeviceModel model, int paceBaud = 0)
    {
        simulator = std::make_shared<device::EnclosureSimulator>(model, QString(), 3, 1780000000);
        // The lock file Qt takes is named after the link's file name: keep it unique.
        const QString link = dir.filePath(QStringLiteral("ttyFBTEST%1-%2")
                                              .arg(QCoreApplication::applicationPid())
                                              .arg(++rigCounter()));
        pty = std::make_unique<device::SimulatorPtyServer>(simulator, 1, paceBaud, link);
        tcp = std::make_unique<device::SimulatorTcpServer>(simulator);
    }
    bool start() { return pty->start().ok() && tcp->listen(0).ok(); }
    device::LinkSettings settings(bool useTcp) const
    {
        device::LinkSettings s;
        s.kind = useTcp ? device::LinkSettings::Kind::Tcp : device::LinkSettings::Kind::Serial;
        s.port = pty->path();
        s.host = QStringLiteral("127.0.0.1");
        s.tcpPort = tcp->port();
        s.timeoutMs = 200;
        s.retries = 2;
        s.reconnectMs = 100;
        return s;
    }

    QTemporaryDir dir;
    std::shared_ptr<device::EnclosureSimulator> simulator;
    std::unique_ptr<device::SimulatorPtyServer> pty;
    std::unique_ptr<device::SimulatorTcpServer> tcp;
};

// Opens the link and waits until it is open (or fails the test).
inline bool openLink(device::ModbusLink &link, int timeoutMs = 5000)
{
    link.open();
    return QTest::qWaitFor([&] { return link.state() == device::ModbusLink::State::Open; },
                           timeoutMs);
}

template<class T, class Start> Result<T> wait(Start start)
{
    return device::waitFor<T>(std::function<void(std::function<void(const Result<T> &)>)>(start));
}

} // namespace fb::test
