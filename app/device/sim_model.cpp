#include "device/sim_model.h"

#include "device/modbus_frame.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace fb::device {
namespace {

constexpr double Ambient = 22.0;
constexpr quint8 DeviceBusy = 0x06;

int defaultAntennas(DeviceModel model)
{
    switch (model) {
    case DeviceModel::Cabinet:
        return 4;
    case DeviceModel::Refrigerator:
    case DeviceModel::Freezer:
        return 2;
    case DeviceModel::Locker:
        return 8;
    }
    return 4;
}

QString defaultSerial(DeviceModel model)
{
    static const char *const prefixes[] = {"CB", "RF", "FZ", "LK"};
    return QString::fromLatin1(prefixes[int(model) - 1]) + u"-SIM-0001"_s;
}

} // namespace

EnclosureSimulator::EnclosureSimulator(DeviceModel model, const QString &serial, quint64 seed,
                                       qint64 now)
    : m_model(model), m_serial(serial.isEmpty() ? defaultSerial(model) : serial.left(16)),
      m_random(std::mt19937::result_type(seed))
{
    m_now = double(now > 0 ? now : QDateTime::currentSecsSinceEpoch());
    m_bootTime = m_now - 3 * 86400 - 4321;
    const ModelLimits limits = limitsFor(model);
    m_setpoint = qint16(limits.hasSetpoint ? limits.defaultSetpoint : 0);
    m_alarmLow = qint16(limits.defaultAlarmLow);
    m_alarmHigh = qint16(limits.defaultAlarmHigh);
    m_temperature = limits.hasSetpoint ? m_setpoint / 100.0 + 0.3 : Ambient + 1.5;
    m_batteryFitted = model != DeviceModel::Locker;
    m_batteryPercent = 96;
    m_antennaCount = defaultAntennas(model);
    std::uniform_int_distribution<int> loss(150, 220);
    for (int i = 0; i < 8; ++i) {
        m_returnLossBase[size_t(i)] = loss(m_random);
        m_returnLoss[size_t(i)] = i < m_antennaCount ? m_returnLossBase[size_t(i)] : 0;
        m_antennaState[size_t(i)] = AntennaState::Ok;
        m_reads[size_t(i)] = i < m_antennaCount ? 30 + i : 0;
    }
    m_tagsFound = 12 * m_antennaCount;
    // A little history, oldest first, so the log is never empty at first sight.
    const auto at = [this](double ago) {
        return quint32(m_now - ago);
    };
    m_events.prepend(Event{quint32(m_bootTime), 11, 0});
    m_events.prepend(Event{at(7200), 3, 0});
    m_events.prepend(Event{at(7140), 4, 0});
    m_events.prepend(Event{at(1800), 3, 0});
    m_events.prepend(Event{at(1765), 4, 0});
    m_doorOpenings = 2;
}

void EnclosureSimulator::log(quint16 code, quint16 value)
{
    m_events.prepend(Event{quint32(m_now), code, value});
    while (m_events.size() > reg::MaxEvents)
        m_events.removeLast();
}

void EnclosureSimulator::advance(double seconds)
{
    QMutexLocker lock(&m_mutex);
    while (seconds > 0) {
        const double dt = qMin(seconds, 1.0);
        step(dt);
        seconds -= dt;
    }
}

void EnclosureSimulator::step(double dt)
{
    m_now += dt;
    std::normal_distribution<double> noise(0.0, 1.0);

    // Door and lock: a door opened for a while closes itself; the lock
    // re-engages a few seconds after an unlock once the door is shut.
    if (m_doorOpen && m_doorCloseAt > 0 && m_now >= m_doorCloseAt) {
        m_doorOpen = false;
        m_doorCloseAt = 0;
        log(4);
    }
    if (!m_lockEngaged && !m_doorOpen && !m_lockStuck && m_now >= m_relockAt)
        m_lockEngaged = true;

    // Power: mains charges the battery, a mains failure drains it.
    if (m_mains) {
        if (m_batteryFitted)
            m_batteryPercent = qMin(100.0, m_batteryPercent + 0.02 * dt);
        m_supplyMv = m_supplyOverride ? m_supplyOverride : int(24000 + 60 * noise(m_random));
    } else {
        if (m_batteryFitted)
            m_batteryPercent = qMax(0.0, m_batteryPercent - 0.05 * dt);
        m_supplyMv = m_batteryFitted && m_batteryPercent > 0 ? batteryMv() : 0;
    }

    // Temperature: the compressor cycles around the setpoint with hysteresis;
    // the box leaks heat toward the room, much faster with the door open.
    const ModelLimits limits = limitsFor(m_model);
    const double leak = m_doorOpen ? 0.002 : 0.0004;
    double drift = (Ambient - m_temperature) * leak;
    if (limits.hasSetpoint) {
        const double setpoint = m_setpoint / 100.0;
        if (!m_mains)
            m_compressorOn = false;
        else if (m_temperature > setpoint + 0.5)
            m_compressorOn = true;
        else if (m_temperature < setpoint - 0.5)
            m_compressorOn = false;
        if (m_compressorOn)
            drift -= m_model == DeviceModel::Freezer ? 0.045 : 0.03;
    } else {
        drift = (Ambient + 1.5 - m_temperature) * (m_doorOpen ? 0.005 : 0.002);
    }
    m_temperature += drift * dt + 0.003 * noise(m_random) * std::sqrt(dt);
    if (!m_sensorFault) {
        const int centi = int(std::lround(m_temperature * 100));
        const int state = centi > m_alarmHigh ? 1 : centi < m_alarmLow ? -1 : 0;
        if (state != m_alarmState) {
            m_alarmState = state;
            log(state > 0 ? 5 : state < 0 ? 6 : 7);
        }
    }

    // Network: the controller reports to HQ every five minutes when it can.
    m_lastReport += dt;
    if (m_networkLink && !m_hqBlocked && m_lastReport >= 300)
        m_lastReport = 0;

    for (int i = 0; i < m_antennaCount; ++i) {
        const auto n = size_t(i);
        switch (m_antennaState[n]) {
        case AntennaState::Ok:
            m_returnLoss[n] = qMax(100, int(m_returnLossBase[n] + 2 * noise(m_random)));
            break;
        case AntennaState::Weak:
            m_returnLoss[n] = qMax(1, int(70 + 2 * noise(m_random)));
            break;
        case AntennaState::Open:
            m_returnLoss[n] = 0;
            break;
        }
    }

    if (m_commandState == CommandState::Busy && m_now >= m_commandDoneAt)
        finishCommand();
}

int EnclosureSimulator::batteryMv() const
{
    return int(20500 + m_batteryPercent * 35); // 24.0 V full, 20.5 V flat
}

quint16 EnclosureSimulator::flags() const
{
    quint16 f = 0;
    bool rfidFault = false;
    for (int i = 0; i < m_antennaCount; ++i)
        rfidFault |= m_antennaState[size_t(i)] == AntennaState::Open;
    if (m_mains)
        f |= flag::Mains;
    if (!m_mains && m_batteryFitted)
        f |= flag::OnBattery;
    if (m_networkLink)
        f |= flag::NetworkLink;
    if (m_networkLink && !m_hqBlocked)
        f |= flag::HqReachable;
    if (m_doorOpen)
        f |= flag::DoorOpen;
    if (m_lockEngaged)
        f |= flag::LockEngaged;
    if (m_alarmState != 0 && !m_sensorFault)
        f |= flag::TemperatureAlarm;
    if (rfidFault)
        f |= flag::RfidFault;
    if (m_scanning)
        f |= flag::ScanInProgress;
    return f;
}

QList<quint16> EnclosureSimulator::inputLocked() const
{
    QList<quint16> r(reg::EventLogEnd, 0);
    r[reg::MapVersion] = 1;
    r[reg::Model] = quint16(m_model);
    const QByteArray serial = m_serial.toLatin1().leftJustified(16, '\0', true);
    for (int i = 0; i < 8; ++i)
        r[reg::Serial + i] = quint16((quint8(serial[2 * i]) << 8) | quint8(serial[2 * i + 1]));
    r[reg::Hardware] = 3;
    r[reg::FirmwareMajor] = 2;
    r[reg::FirmwareMajor + 1] = 7;
    r[reg::FirmwareMajor + 2] = 1;
    r[reg::Bootloader] = 0x0102;
    const auto uptime = quint32(qMax(0.0, m_now - m_bootTime));
    r[reg::Uptime] = quint16(uptime >> 16);
    r[reg::Uptime + 1] = quint16(uptime & 0xFFFF);
    r[reg::StatusFlags] = flags();
    r[reg::SupplyMv] = quint16(qBound(0, m_supplyMv, 65535));
    r[reg::BatteryPercent] =
        m_batteryFitted ? quint16(std::lround(m_batteryPercent)) : reg::NoBattery;
    r[reg::BatteryMv] = m_batteryFitted ? quint16(batteryMv()) : 0;
    r[reg::Temperature] = quint16(m_sensorFault ? reg::SensorFault : toCentiDegrees(m_temperature));
    r[reg::SetpointMirror] = quint16(m_setpoint);
    const quint32 ip = (10u << 24) | (20u << 16) | (30u << 8) | (40u + quint32(m_model));
    r[reg::Ipv4] = m_networkLink ? quint16(ip >> 16) : 0;
    r[reg::Ipv4 + 1] = m_networkLink ? quint16(ip & 0xFFFF) : 0;
    r[reg::LinkMbps] = m_networkLink ? 100 : 0;
    r[reg::LastReport] = quint16(qMin(m_lastReport, 65535.0));
    r[reg::DoorOpenings] = quint16(m_doorOpenings);
    r[reg::PowerFailures] = quint16(m_powerFailures);
    r[reg::TagsFound] = quint16(m_tagsFound);
    r[reg::AntennaCount] = quint16(m_antennaCount);
    for (int i = 0; i < 8; ++i) {
        r[reg::ReturnLoss + i] = quint16(m_returnLoss[size_t(i)]);
        r[reg::AntennaReads + i] = quint16(m_reads[size_t(i)]);
    }
    r[reg::EventCount] = quint16(m_events.size());
    for (int i = 0; i < m_events.size(); ++i) {
        const Event &e = m_events.at(i);
        r[reg::EventLog + 4 * i] = quint16(e.time >> 16);
        r[reg::EventLog + 4 * i + 1] = quint16(e.time & 0xFFFF);
        r[reg::EventLog + 4 * i + 2] = e.code;
        r[reg::EventLog + 4 * i + 3] = e.value;
    }
    return r;
}

QList<quint16> EnclosureSimulator::holdingLocked() const
{
    const auto clock = quint32(m_now);
    return {quint16(m_setpoint),     quint16(m_alarmHigh), quint16(m_alarmLow),    0,
            quint16(m_commandState), quint16(clock >> 16), quint16(clock & 0xFFFF)};
}

QList<quint16> EnclosureSimulator::inputRegisters() const
{
    QMutexLocker lock(&m_mutex);
    return inputLocked();
}

QList<quint16> EnclosureSimulator::holdingRegisters() const
{
    QMutexLocker lock(&m_mutex);
    return holdingLocked();
}

QByteArray EnclosureSimulator::read(quint8 function, quint16 start, quint16 count) const
{
    if (count < 1 || count > modbus::MaxReadCount)
        return modbus::exceptionResponse(function, modbus::IllegalValue);
    const QList<quint16> regs = function == modbus::ReadInput ? inputLocked() : holdingLocked();
    if (int(start) + count > regs.size())
        return modbus::exceptionResponse(function, modbus::IllegalAddress);
    QByteArray pdu;
    pdu.append(char(function));
    pdu.append(char(count * 2));
    for (int i = start; i < start + count; ++i) {
        pdu.append(char(regs.at(i) >> 8));
        pdu.append(char(regs.at(i) & 0xFF));
    }
    return pdu;
}

QByteArray EnclosureSimulator::write(quint8 function, quint16 start, const QList<quint16> &values,
                                     const QByteArray &echo, bool *enterBootloader)
{
    if (values.isEmpty() || values.size() > 123)
        return modbus::exceptionResponse(function, modbus::IllegalValue);
    if (int(start) + values.size() > reg::HoldingCount)
        return modbus::exceptionResponse(function, modbus::IllegalAddress);
    QList<quint16> next = holdingLocked();
    for (int i = 0; i < values.size(); ++i)
        next[start + i] = values.at(i);
    const auto inRange = [&](int first, int last) {
        return start <= last && start + values.size() - 1 >= first;
    };
    const ModelLimits limits = limitsFor(m_model);
    const auto setpoint = qint16(next[reg::Setpoint]);
    const auto high = qint16(next[reg::AlarmHigh]), low = qint16(next[reg::AlarmLow]);
    if (inRange(reg::Setpoint, reg::Setpoint) &&
        (limits.hasSetpoint ? setpoint < limits.setpointMin || setpoint > limits.setpointMax
                            : setpoint != 0))
        return modbus::exceptionResponse(function, modbus::IllegalValue);
    if (inRange(reg::AlarmHigh, reg::AlarmLow) &&
        (low >= high || low < limits.alarmMin || high > limits.alarmMax))
        return modbus::exceptionResponse(function, modbus::IllegalValue);
    if (inRange(reg::CommandState, reg::CommandState) && next[reg::CommandState] != 0 &&
        next[reg::CommandState] != quint16(m_commandState))
        return modbus::exceptionResponse(function, modbus::IllegalValue);
    const quint32 clock = (quint32(next[reg::Clock]) << 16) | next[reg::Clock + 1];
    if (inRange(reg::Clock, reg::Clock + 1) && clock < 1577836800u)
        return modbus::exceptionResponse(function, modbus::IllegalValue);
    if (inRange(reg::Command, reg::Command)) {
        const quint8 code = startCommand(next[reg::Command], enterBootloader);
        if (code)
            return modbus::exceptionResponse(function, code);
    }
    m_setpoint = setpoint;
    m_alarmHigh = high;
    m_alarmLow = low;
    if (inRange(reg::CommandState, reg::CommandState) && next[reg::CommandState] == 0 &&
        m_commandState != CommandState::Busy)
        m_commandState = CommandState::Idle;
    if (inRange(reg::Clock, reg::Clock + 1)) {
        m_bootTime += double(clock) - m_now;
        m_now = clock;
    }
    return echo;
}

quint8 EnclosureSimulator::startCommand(quint16 command, bool *enterBootloader)
{
    if (m_commandState == CommandState::Busy)
        return DeviceBusy;
    m_command = command;
    switch (Command(command)) {
    case Command::Scan:
        m_scanning = true;
        m_commandState = CommandState::Busy;
        m_commandDoneAt = m_now + 1.5;
        return 0;
    case Command::Unlock:
        if (m_lockStuck) {
            m_commandState = CommandState::Failed;
            return 0;
        }
        m_lockEngaged = false;
        m_relockAt = m_now + 5;
        m_commandState = CommandState::Done;
        return 0;
    case Command::ClearLog:
        m_events.clear();
        m_commandState = CommandState::Done;
        return 0;
    case Command::Reboot:
        m_commandState = CommandState::Busy;
        m_commandDoneAt = m_now + 1.0;
        return 0;
    case Command::EnterBootloader:
        *enterBootloader = true;
        m_commandState = CommandState::Busy;
        return 0;
    }
    return modbus::IllegalValue;
}

void EnclosureSimulator::finishCommand()
{
    if (m_command == quint16(Command::Scan)) {
        m_scanning = false;
        int total = 0;
        bool any = false;
        std::uniform_int_distribution<int> reads(20, 60);
        for (int i = 0; i < m_antennaCount; ++i) {
            const auto n = size_t(i);
            const int r = m_antennaState[n] == AntennaState::Open   ? 0
                          : m_antennaState[n] == AntennaState::Weak ? reads(m_random) / 6
                                                                    : reads(m_random);
            m_reads[n] = r;
            total += r;
            any |= r > 0;
        }
        m_tagsFound = total * 2 / 5;
        m_commandState = any ? CommandState::Done : CommandState::Failed;
    } else if (m_command == quint16(Command::Reboot)) {
        m_bootTime = m_now;
        m_doorOpenings = 0;
        m_powerFailures = 0;
        log(11);
        m_commandState = CommandState::Done;
    }
}

QByteArray EnclosureSimulator::handle(const QByteArray &pdu)
{
    bool enterBootloader = false;
    QByteArray reply;
    {
        QMutexLocker lock(&m_mutex);
        if (pdu.isEmpty())
            return {};
        const auto function = quint8(pdu.at(0));
        const auto word = [&](int i) {
            return quint16((quint8(pdu.at(i)) << 8) | quint8(pdu.at(i + 1)));
        };
        if (m_exceptions > 0) {
            --m_exceptions;
            return modbus::exceptionResponse(function, modbus::DeviceFailure);
        }
        switch (function) {
        case modbus::ReadHolding:
        case modbus::ReadInput:
            if (pdu.size() != 5)
                return modbus::exceptionResponse(function, modbus::IllegalValue);
            return read(function, word(1), word(3));
        case modbus::WriteSingle:
            if (pdu.size() != 5)
                return modbus::exceptionResponse(function, modbus::IllegalValue);
            reply = write(function, word(1), {word(3)}, pdu, &enterBootloader);
            break;
        case modbus::WriteMultiple: {
            if (pdu.size() < 6 || quint8(pdu.at(5)) != word(3) * 2 ||
                pdu.size() != 6 + quint8(pdu.at(5)))
                return modbus::exceptionResponse(function, modbus::IllegalValue);
            QList<quint16> values;
            for (int i = 0; i < word(3); ++i)
                values.append(word(6 + 2 * i));
            reply = write(function, word(1), values, pdu.left(5), &enterBootloader);
            break;
        }
        default:
            return modbus::exceptionResponse(function, modbus::IllegalFunction);
        }
    }
    if (enterBootloader) {
        const bool accepted = onEnterBootloader && onEnterBootloader();
        QMutexLocker lock(&m_mutex);
        m_commandState = accepted ? CommandState::Done : CommandState::Failed;
    }
    return reply;
}

EnclosureSimulator::LinkFault EnclosureSimulator::takeLinkFault()
{
    QMutexLocker lock(&m_mutex);
    const auto take = [](int &counter) {
        return counter > 0 ? (--counter, true) : false;
    };
    if (take(m_drop))
        return LinkFault::Drop;
    if (take(m_corrupt))
        return LinkFault::Corrupt;
    if (take(m_garbage))
        return LinkFault::Garbage;
    if (take(m_wrongAddress))
        return LinkFault::WrongAddress;
    return LinkFault::None;
}

bool EnclosureSimulator::unplugged() const
{
    QMutexLocker lock(&m_mutex);
    return m_unplugged;
}

EnclosureSimulator::Truth EnclosureSimulator::truth() const
{
    QMutexLocker lock(&m_mutex);
    Truth t;
    t.temperatureC = m_temperature;
    t.sensorFault = m_sensorFault;
    t.mains = m_mains;
    t.batteryFitted = m_batteryFitted;
    t.batteryPercent = m_batteryPercent;
    t.supplyMv = m_supplyMv;
    t.networkLink = m_networkLink;
    t.hqReachable = m_networkLink && !m_hqBlocked;
    t.doorOpen = m_doorOpen;
    t.lockEngaged = m_lockEngaged;
    t.compressorOn = m_compressorOn;
    t.antennaCount = m_antennaCount;
    t.eventCount = int(m_events.size());
    t.now = qint64(m_now);
    return t;
}

} // namespace fb::device
