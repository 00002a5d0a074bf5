#pragma once

// The register map of device-protocol.md §2–3 decoded into typed values, and
// the per-model limits every write is checked against before it is sent.

#include "domain/enums.h"
#include "domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace fb::device {

namespace reg {
// Input registers
constexpr quint16 MapVersion = 0;
constexpr quint16 Model = 1;
constexpr quint16 Serial = 2;
constexpr quint16 Hardware = 10;
constexpr quint16 FirmwareMajor = 11;
constexpr quint16 Bootloader = 14;
constexpr quint16 Uptime = 16;
constexpr quint16 StatusFlags = 18;
constexpr quint16 SupplyMv = 19;
constexpr quint16 BatteryPercent = 20;
constexpr quint16 BatteryMv = 21;
constexpr quint16 Temperature = 22;
constexpr quint16 SetpointMirror = 23;
constexpr quint16 Ipv4 = 24;
constexpr quint16 LinkMbps = 26;
constexpr quint16 LastReport = 27;
constexpr quint16 DoorOpenings = 28;
constexpr quint16 PowerFailures = 29;
constexpr quint16 TagsFound = 30;
constexpr quint16 AntennaCount = 31;
constexpr quint16 ReturnLoss = 32;
constexpr quint16 AntennaReads = 40;
constexpr quint16 EventCount = 48;
constexpr quint16 StatusBlockSize = 49; // registers 0..48 in one read
constexpr quint16 EventLog = 64;
constexpr quint16 EventLogEnd = 192;
constexpr int MaxEvents = 32;
constexpr int MaxAntennas = 8;
// Holding registers
constexpr quint16 Setpoint = 0;
constexpr quint16 AlarmHigh = 1;
constexpr quint16 AlarmLow = 2;
constexpr quint16 Command = 3;
constexpr quint16 CommandState = 4;
constexpr quint16 Clock = 5;
constexpr quint16 HoldingCount = 7;

constexpr quint16 NoBattery = 0xFFFF;
constexpr qint16 SensorFault = -32768;
constexpr quint16 NeverReported = 0xFFFF;
} // namespace reg

namespace flag {
enum : quint16
{
    Mains = 1 << 0,
    OnBattery = 1 << 1,
    NetworkLink = 1 << 2,
    HqReachable = 1 << 3,
    DoorOpen = 1 << 4,
    LockEngaged = 1 << 5,
    TemperatureAlarm = 1 << 6,
    RfidFault = 1 << 7,
    ScanInProgress = 1 << 8,
};
}

enum class Command : quint16
{
    Scan = 1,
    Unlock = 2,
    ClearLog = 3,
    Reboot = 4,
    EnterBootloader = 0xB007,
};
enum class CommandState : quint16
{
    Idle = 0,
    Busy = 1,
    Done = 2,
    Failed = 3
};

// Event codes 1..12 and their wire names ("power_lost" …); empty if unknown.
QString eventName(int code);
// A sentence for people ("Door opened"), translated.
QString eventDescription(int code, int value);

struct Identity
{
    int mapVersion = 0;
    int modelCode = 0;
    std::optional<DeviceModel> model;
    QString serial;
    int hardware = 0;
    int firmwareMajor = 0, firmwareMinor = 0, firmwarePatch = 0;
    int bootloader = 0; // major * 256 + minor
    QString firmwareText() const;
    QString bootloaderText() const;
    QString modelName() const; // wire name, or "unknown-<n>"
};

struct DeviceStatus
{
    quint16 flags = 0;
    bool has(quint16 bit) const { return (flags & bit) != 0; }
    int supplyMv = 0;
    std::optional<int> batteryPercent; // nullopt: no battery
    std::optional<int> batteryMv;
    std::optional<double> temperatureC; // nullopt: sensor fault
    std::optional<double> setpointC;    // nullopt: ambient model
    quint32 ipv4 = 0;
    int linkMbps = 0;
    std::optional<int> lastReportS; // nullopt: never or ≥ 65535 s
    int doorOpenings = 0;
    int powerFailures = 0;
    int tagsFound = 0;
    quint32 uptimeS = 0;
    QString ipText() const;
};

struct Antenna
{
    int number = 0;
    double returnLossDb = 0;
    int reads = 0;
};

struct Event
{
    QDateTime time;
    int code = 0;
    int value = 0;
    QString name() const { return eventName(code); }
};

struct Settings
{
    double setpointC = 0;
    double alarmHighC = 0;
    double alarmLowC = 0;
    CommandState commandState = CommandState::Idle;
    QDateTime clock;
};

struct Readings
{
    Identity identity;
    DeviceStatus status;
    QList<Antenna> antennas;
    QList<Event> events;
    Settings settings;
    QDateTime takenAt;

    // The `diag read` JSON (cli.md), also a report's `readings`.
    QJsonObject toJson() const;
};

// Decoding; `input` holds registers 0..48, `eventRegs` 4 per stored event,
// `holding` registers 0..6. Malformed contents are a Device error.
Result<Readings> decodeReadings(const QList<quint16> &input, const QList<quint16> &eventRegs,
                                const QList<quint16> &holding);
Identity decodeIdentity(const QList<quint16> &input);

// Per-model limits (device-protocol.md §3).
struct ModelLimits
{
    bool hasSetpoint = false;
    int setpointMin = 0, setpointMax = 0; // 0.01 °C
    int defaultSetpoint = 0;
    int defaultAlarmLow = 0, defaultAlarmHigh = 0;
    int alarmMin = 0, alarmMax = 0; // where alarm limits may be set
};
ModelLimits limitsFor(DeviceModel model);

// Refuses a value the device would refuse (exception 3), with a reason.
Status validateSetpoint(DeviceModel model, double celsius);
Status validateAlarmBand(DeviceModel model, double lowC, double highC, double setpointC);
Status validateClock(const QDateTime &time);

qint16 toCentiDegrees(double celsius);

// Manual deep link, e.g. "manual:freezer/antenna".
QString manualLink(const Identity &identity, const QString &chapter);

} // namespace fb::device
