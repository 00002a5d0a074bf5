#include "device/device_client.h"

#include "device/modbus_frame.h"

#include <QDateTime>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace fb::device {
namespace {

Error notConnected()
{
    return Error{ErrorKind::Device, DeviceClient::tr("Not connected to a device.")};
}

} // namespace

DeviceClient::DeviceClient(ModbusLink *link, QObject *parent) : QObject(parent), m_link(link) {}

void DeviceClient::readRegisters(quint8 function, quint16 start, quint16 count,
                                 Callback<QList<quint16>> done)
{
    if (!m_link)
        return done(notConnected());
    if (count == 0)
        return done(QList<quint16>{});
    // Split into reads of at most 125 registers (device-protocol.md §1).
    const quint16 chunk = quint16(qMin<int>(count, modbus::MaxReadCount));
    m_link->send(modbus::readRequest(function, start, chunk),
                 [this, guard = QPointer<DeviceClient>(this), function, start, count, chunk,
                  done](const Result<QByteArray> &reply) {
                     if (!reply)
                         return done(reply.error());
                     auto values = modbus::parseReadResponse(*reply, chunk);
                     if (!values || chunk == count || !guard)
                         return done(values);
                     QList<quint16> head = *values;
                     readRegisters(function, quint16(start + chunk), quint16(count - chunk),
                                   [head, done](const Result<QList<quint16>> &rest) {
                                       if (!rest)
                                           return done(rest.error());
                                       done(head + *rest);
                                   });
                 });
}

void DeviceClient::readAll(Callback<Readings> done)
{
    QPointer<DeviceClient> guard(this);
    readRegisters(modbus::ReadInput, 0, reg::StatusBlockSize, [=, this](const auto &input) {
        if (!input)
            return done(input.error());
        if (!guard)
            return;
        const int events = qMin<int>(input->at(reg::EventCount), reg::MaxEvents);
        const QList<quint16> status = *input;
        readRegisters(modbus::ReadInput, reg::EventLog, quint16(events * 4),
                      [=, this](const auto &eventRegs) {
                          if (!eventRegs)
                              return done(eventRegs.error());
                          if (!guard)
                              return;
                          const QList<quint16> log = *eventRegs;
                          readRegisters(modbus::ReadHolding, 0, reg::HoldingCount,
                                        [=, this](const auto &holding) {
                                            if (!holding)
                                                return done(holding.error());
                                            auto readings = decodeReadings(status, log, *holding);
                                            if (readings && guard) {
                                                m_identity = readings->identity;
                                                m_settings = readings->settings;
                                            }
                                            done(readings);
                                        });
                      });
    });
}

void DeviceClient::withIdentity(std::function<void(const Result<Identity> &)> next)
{
    if (m_identity)
        return next(*m_identity);
    QPointer<DeviceClient> guard(this);
    readAll([guard, next](const Result<Readings> &readings) {
        if (!readings)
            return next(readings.error());
        next(readings->identity);
    });
}

void DeviceClient::writeRegisters(quint16 start, const QList<quint16> &values, Callback<bool> done)
{
    if (!m_link)
        return done(notConnected());
    const QByteArray request = values.size() == 1
                                   ? modbus::writeSingleRequest(start, values.first())
                                   : modbus::writeMultipleRequest(start, values);
    m_link->send(request, [request, done](const Result<QByteArray> &reply) {
        if (!reply)
            return done(reply.error());
        const Status confirmed = modbus::checkWriteResponse(request, *reply);
        if (!confirmed)
            return done(confirmed.error());
        done(true);
    });
}

void DeviceClient::writeSetpoint(double celsius, Callback<bool> done)
{
    withIdentity([=, this, guard = QPointer<DeviceClient>(this)](const Result<Identity> &id) {
        if (!id)
            return done(id.error());
        if (!guard)
            return;
        const Status valid = validateSetpoint(*id->model, celsius);
        if (!valid)
            return done(valid.error());
        writeRegisters(reg::Setpoint, {quint16(toCentiDegrees(celsius))},
                       [=, this](const Result<bool> &r) {
                           if (r && guard && m_settings)
                               m_settings->setpointC = toCentiDegrees(celsius) / 100.0;
                           done(r);
                       });
    });
}

void DeviceClient::writeAlarmBand(double lowC, double highC, Callback<bool> done)
{
    withIdentity([=, this, guard = QPointer<DeviceClient>(this)](const Result<Identity> &id) {
        if (!id)
            return done(id.error());
        if (!guard)
            return;
        const double setpoint = m_settings ? m_settings->setpointC : 0;
        const Status valid = validateAlarmBand(*id->model, lowC, highC, setpoint);
        if (!valid)
            return done(valid.error());
        writeRegisters(reg::AlarmHigh,
                       {quint16(toCentiDegrees(highC)), quint16(toCentiDegrees(lowC))}, done);
    });
}

void DeviceClient::writeClock(const QDateTime &time, Callback<bool> done)
{
    const Status valid = validateClock(time);
    if (!valid)
        return done(valid.error());
    const auto secs = quint32(time.toSecsSinceEpoch());
    writeRegisters(reg::Clock, {quint16(secs >> 16), quint16(secs & 0xFFFF)}, done);
}

void DeviceClient::runCommand(Command command, Callback<CommandState> done, int timeoutMs)
{
    const qint64 deadline = QDateTime::currentMSecsSinceEpoch() + timeoutMs;
    QPointer<DeviceClient> guard(this);
    writeRegisters(reg::Command, {quint16(command)}, [=, this](const Result<bool> &written) {
        if (!written)
            return done(written.error());
        if (guard)
            pollCommand(quint16(command), deadline, done);
    });
}

void DeviceClient::pollCommand(quint16 command, qint64 deadline, Callback<CommandState> done)
{
    QPointer<DeviceClient> guard(this);
    readRegisters(
        modbus::ReadHolding, reg::CommandState, 1, [=, this](const Result<QList<quint16>> &state) {
            if (!state)
                return done(state.error());
            const auto value = CommandState(state->first());
            if (value == CommandState::Done)
                return done(value);
            if (value == CommandState::Failed)
                return done(Error{ErrorKind::Device,
                                  tr("The device could not carry out command %1; see its event "
                                     "log and the status lights.")
                                      .arg(command)});
            if (QDateTime::currentMSecsSinceEpoch() > deadline)
                return done(Error{ErrorKind::Device,
                                  tr("The device is still busy with command %1; try again in "
                                     "a minute.")
                                      .arg(command)});
            // Busy (or idle before the device picked it up): look again shortly.
            QTimer::singleShot(100, this, [=, this] {
                if (guard)
                    pollCommand(command, deadline, done);
            });
        });
}

} // namespace fb::device
