#include "device/register_map.h"

#include "domain/time_format.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace fb::device {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::device::RegisterMap", text);
}

quint32 dword(const QList<quint16> &regs, int index)
{
    return (quint32(regs.at(index)) << 16) | regs.at(index + 1);
}

QJsonValue optionalInt(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}
QJsonValue optionalDouble(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString celsius(int centi)
{
    return QString::number(centi / 100.0, 'f', 2);
}

} // namespace

QString eventName(int code)
{
    static const char *const names[] = {
        "power_lost",      "power_restored",     "door_opened",  "door_closed", "temperature_high",
        "temperature_low", "temperature_normal", "network_down", "network_up",  "antenna_fault",
        "reboot",          "firmware_updated",
    };
    if (code < 1 || code > 12)
        return {};
    return QString::fromLatin1(names[code - 1]);
}

QString eventDescription(int code, int value)
{
    switch (code) {
    case 1:
        return tr("Mains power lost");
    case 2:
        return tr("Mains power restored");
    case 3:
        return tr("Door opened");
    case 4:
        return tr("Door closed");
    case 5:
        return tr("Temperature above the alarm limit");
    case 6:
        return tr("Temperature below the alarm limit");
    case 7:
        return tr("Temperature back in range");
    case 8:
        return tr("Network link down");
    case 9:
        return tr("Network link up");
    case 10:
        return tr("Antenna %1 fault").arg(value);
    case 11:
        return tr("Controller restarted");
    case 12:
        return tr("Firmware updated to %1.%2").arg(value >> 8).arg(value & 0xFF);
    default:
        return tr("Unknown event %1 (value %2)").arg(code).arg(value);
    }
}

QString Identity::firmwareText() const
{
    return u"%1.%2.%3"_s.arg(firmwareMajor).arg(firmwareMinor).arg(firmwarePatch);
}

QString Identity::bootloaderText() const
{
    return u"%1.%2"_s.arg(bootloader >> 8).arg(bootloader & 0xFF);
}

QString Identity::modelName() const
{
    return model ? toString(*model) : u"unknown-%1"_s.arg(modelCode);
}

QString DeviceStatus::ipText() const
{
    return u"%1.%2.%3.%4"_s.arg(ipv4 >> 24)
        .arg((ipv4 >> 16) & 0xFF)
        .arg((ipv4 >> 8) & 0xFF)
        .arg(ipv4 & 0xFF);
}

Identity decodeIdentity(const QList<quint16> &input)
{
    Identity id;
    if (input.size() < 16)
        return id;
    id.mapVersion = input.at(reg::MapVersion);
    id.modelCode = input.at(reg::Model);
    if (id.modelCode >= 1 && id.modelCode <= 4)
        id.model = DeviceModel(id.modelCode);
    QByteArray serial;
    for (int i = 0; i < 8; ++i) {
        const quint16 word = input.at(reg::Serial + i);
        serial.append(char(word >> 8));
        serial.append(char(word & 0xFF));
    }
    const qsizetype nul = serial.indexOf('\0');
    if (nul >= 0)
        serial.truncate(nul);
    id.serial = QString::fromLatin1(serial).trimmed();
    id.hardware = input.at(reg::Hardware);
    id.firmwareMajor = input.at(reg::FirmwareMajor);
    id.firmwareMinor = input.at(reg::FirmwareMajor + 1);
    id.firmwarePatch = input.at(reg::FirmwareMajor + 2);
    id.bootloader = input.at(reg::Bootloader);
    return id;
}

Result<Readings> decodeReadings(const QList<quint16> &input, const QList<quint16> &eventRegs,
                                const QList<quint16> &holding)
{
    if (input.size() < reg::StatusBlockSize || holding.size() < reg::HoldingCount)
        return Error{ErrorKind::Device, tr("The device sent fewer registers than the map has.")};
    Readings r;
    r.identity = decodeIdentity(input);
    if (r.identity.mapVersion != 1)
        return Error{ErrorKind::Device,
                     tr("The device uses register map version %1; this app knows version 1. "
                        "Update Fieldbench.")
                         .arg(r.identity.mapVersion)};
    if (!r.identity.model)
        return Error{ErrorKind::Device,
                     tr("The device reports an unknown model code %1.").arg(r.identity.modelCode)};

    DeviceStatus &s = r.status;
    s.uptimeS = dword(input, reg::Uptime);
    s.flags = input.at(reg::StatusFlags);
    s.supplyMv = input.at(reg::SupplyMv);
    if (input.at(reg::BatteryPercent) != reg::NoBattery) {
        s.batteryPercent = qMin<int>(input.at(reg::BatteryPercent), 100);
        s.batteryMv = input.at(reg::BatteryMv);
    }
    const auto temperature = qint16(input.at(reg::Temperature));
    if (temperature != reg::SensorFault)
        s.temperatureC = temperature / 100.0;
    if (limitsFor(*r.identity.model).hasSetpoint)
        s.setpointC = qint16(input.at(reg::SetpointMirror)) / 100.0;
    s.ipv4 = dword(input, reg::Ipv4);
    s.linkMbps = input.at(reg::LinkMbps);
    if (input.at(reg::LastReport) != reg::NeverReported)
        s.lastReportS = input.at(reg::LastReport);
    s.doorOpenings = input.at(reg::DoorOpenings);
    s.powerFailures = input.at(reg::PowerFailures);
    s.tagsFound = input.at(reg::TagsFound);

    const int antennas = input.at(reg::AntennaCount);
    if (antennas < 1 || antennas > reg::MaxAntennas)
        return Error{ErrorKind::Device,
                     tr("The device reports %1 antennas; the map allows 1 to 8.").arg(antennas)};
    for (int i = 0; i < antennas; ++i)
        r.antennas.append(
            Antenna{i + 1, input.at(reg::ReturnLoss + i) / 10.0, input.at(reg::AntennaReads + i)});

    const int events = input.at(reg::EventCount);
    if (events > reg::MaxEvents)
        return Error{ErrorKind::Device,
                     tr("The device reports %1 stored events; the map allows 32.").arg(events)};
    if (eventRegs.size() < events * 4)
        return Error{ErrorKind::Device, tr("The event log was read incompletely.")};
    for (int i = 0; i < events; ++i) {
        Event e;
        e.time = QDateTime::fromSecsSinceEpoch(dword(eventRegs, 4 * i), Qt::UTC);
        e.code = eventRegs.at(4 * i + 2);
        e.value = eventRegs.at(4 * i + 3);
        r.events.append(e);
    }

    r.settings.setpointC = qint16(holding.at(reg::Setpoint)) / 100.0;
    r.settings.alarmHighC = qint16(holding.at(reg::AlarmHigh)) / 100.0;
    r.settings.alarmLowC = qint16(holding.at(reg::AlarmLow)) / 100.0;
    r.settings.commandState = CommandState(qMin<int>(holding.at(reg::CommandState), 3));
    r.settings.clock = QDateTime::fromSecsSinceEpoch(dword(holding, reg::Clock), Qt::UTC);
    r.takenAt = QDateTime::currentDateTimeUtc();
    return r;
}

QJsonObject Readings::toJson() const
{
    const QJsonObject id{{"model"_L1, identity.modelName()},
                         {"serial"_L1, identity.serial},
                         {"hardware"_L1, identity.hardware},
                         {"firmware"_L1, identity.firmwareText()},
                         {"bootloader"_L1, identity.bootloaderText()}};
    const DeviceStatus &s = status;
    const QJsonObject st{{"mains"_L1, s.has(flag::Mains)},
                         {"on_battery"_L1, s.has(flag::OnBattery)},
                         {"network_link"_L1, s.has(flag::NetworkLink)},
                         {"hq_reachable"_L1, s.has(flag::HqReachable)},
                         {"door_open"_L1, s.has(flag::DoorOpen)},
                         {"lock_engaged"_L1, s.has(flag::LockEngaged)},
                         {"temperature_alarm"_L1, s.has(flag::TemperatureAlarm)},
                         {"rfid_fault"_L1, s.has(flag::RfidFault)},
                         {"supply_mv"_L1, s.supplyMv},
                         {"battery_percent"_L1, optionalInt(s.batteryPercent)},
                         {"battery_mv"_L1, optionalInt(s.batteryMv)},
                         {"temperature_c"_L1, optionalDouble(s.temperatureC)},
                         {"setpoint_c"_L1, optionalDouble(s.setpointC)},
                         {"ip"_L1, s.ipText()},
                         {"link_mbps"_L1, s.linkMbps},
                         {"last_report_s"_L1, optionalInt(s.lastReportS)},
                         {"door_openings"_L1, s.doorOpenings},
                         {"power_failures"_L1, s.powerFailures},
                         {"uptime_s"_L1, qint64(s.uptimeS)}};
    QJsonArray ants;
    for (const Antenna &a : antennas)
        ants.append(QJsonObject{
            {"n"_L1, a.number}, {"return_loss_db"_L1, a.returnLossDb}, {"reads"_L1, a.reads}});
    QJsonArray evs;
    for (const Event &e : events)
        evs.append(QJsonObject{
            {"time"_L1, toIsoUtc(e.time)},
            {"code"_L1, e.code},
            {"name"_L1, e.name().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.name())},
            {"value"_L1, e.value}});
    return QJsonObject{
        {"identity"_L1, id}, {"status"_L1, st}, {"antennas"_L1, ants}, {"events"_L1, evs}};
}

ModelLimits limitsFor(DeviceModel model)
{
    switch (model) {
    case DeviceModel::Refrigerator:
        return {true, 200, 800, 400, 200, 800, -1000, 2000};
    case DeviceModel::Freezer:
        return {true, -2500, -1500, -2000, -2500, -1500, -4000, 0};
    case DeviceModel::Cabinet:
    case DeviceModel::Locker:
        break;
    }
    return {false, 0, 0, 0, 0, 4000, -2000, 6000};
}

qint16 toCentiDegrees(double celsius)
{
    return qint16(std::lround(qBound(-327.0, celsius, 327.0) * 100.0));
}

Status validateSetpoint(DeviceModel model, double celsiusValue)
{
    const ModelLimits limits = limitsFor(model);
    if (!limits.hasSetpoint)
        return Error{
            ErrorKind::Usage,
            tr("This model (%1) has no temperature setpoint: it runs at ambient temperature.")
                .arg(displayName(model))};
    const int centi = toCentiDegrees(celsiusValue);
    if (!std::isfinite(celsiusValue) || centi < limits.setpointMin || centi > limits.setpointMax)
        return Error{
            ErrorKind::Usage,
            tr("The setpoint must be between %2 and %3 °C on this model (%1).")
                .arg(displayName(model), celsius(limits.setpointMin), celsius(limits.setpointMax))};
    return {};
}

Status validateAlarmBand(DeviceModel model, double lowC, double highC, double setpointC)
{
    const ModelLimits limits = limitsFor(model);
    const int low = toCentiDegrees(lowC), high = toCentiDegrees(highC);
    if (!std::isfinite(lowC) || !std::isfinite(highC) || low < limits.alarmMin ||
        high > limits.alarmMax)
        return Error{
            ErrorKind::Usage,
            tr("Alarm limits must lie between %2 and %3 °C on this model (%1).")
                .arg(displayName(model), celsius(limits.alarmMin), celsius(limits.alarmMax))};
    if (low >= high)
        return Error{ErrorKind::Usage,
                     tr("The low alarm limit must be below the high alarm limit.")};
    const int setpoint = toCentiDegrees(setpointC);
    if (limits.hasSetpoint && (setpoint < low || setpoint > high))
        return Error{
            ErrorKind::Usage,
            tr("The alarm band must contain the setpoint (%1 °C).").arg(celsius(setpoint))};
    return {};
}

Status validateClock(const QDateTime &time)
{
    const qint64 secs = time.toSecsSinceEpoch();
    if (!time.isValid() || secs < 1577836800 || secs > 0xFFFFFFFFLL)
        return Error{ErrorKind::Usage,
                     tr("The controller clock accepts times from 2020 to 2106 only.")};
    return {};
}

QString manualLink(const Identity &identity, const QString &chapter)
{
    return u"manual:%1/%2"_s.arg(identity.model ? toString(*identity.model) : u"cabinet"_s,
                                 chapter);
}

} // namespace fb::device
