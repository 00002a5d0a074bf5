#pragma once

// What the app asks of an enclosure, over any ModbusLink: read the whole
// map, write settings (validated before sending), run commands with their
// command-state handshake. Asynchronous; callbacks run on the link's thread.

#include "device/modbus_link.h"
#include "device/register_map.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace fb::device {

class DeviceClient : public QObject
{
    Q_OBJECT
public:
    template<class T> using Callback = std::function<void(const Result<T> &)>;

    explicit DeviceClient(ModbusLink *link, QObject *parent = nullptr);

    ModbusLink *link() const { return m_link; }
    // The identity read last (the model decides which writes are allowed).
    const std::optional<Identity> &identity() const { return m_identity; }

    void readAll(Callback<Readings> done);
    void readRegisters(quint8 function, quint16 start, quint16 count,
                       Callback<QList<quint16>> done);

    void writeSetpoint(double celsius, Callback<bool> done);
    void writeAlarmBand(double lowC, double highC, Callback<bool> done);
    void writeClock(const QDateTime &time, Callback<bool> done);
    // Writes the command, then polls the command state until done or failed
    // (a Device error when the device reports failure or takes too long).
    void runCommand(Command command, Callback<CommandState> done, int timeoutMs = 15000);

    // Raw writes, unchecked: for tests that prove the device refuses too.
    void writeRegisters(quint16 start, const QList<quint16> &values, Callback<bool> done);

private:
    void withIdentity(std::function<void(const Result<Identity> &)> next);
    void pollCommand(quint16 command, qint64 deadline, Callback<CommandState> done);

    QPointer<ModbusLink> m_link;
    std::optional<Identity> m_identity;
    std::optional<Settings> m_settings;
};

// Blocks in a local event loop until an async call completes: for the CLI
// and tests only (never on the GUI thread).
template<class T>
Result<T> waitFor(const std::function<void(std::function<void(const Result<T> &)>)> &start);

} // namespace fb::device

#include <QEventLoop>

template<class T>
fb::Result<T>
fb::device::waitFor(const std::function<void(std::function<void(const fb::Result<T> &)>)> &start)
{
    std::optional<Result<T>> result;
    QEventLoop loop;
    start([&](const Result<T> &r) {
        result.emplace(r);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}
