#pragma once

// The simulated enclosure controller: a believable model of one of the four
// enclosure types behind the register map, shared by fieldbench-devsim, the
// GUI's "Simulated …" devices and the tests. Thread-safe: the servers call
// handle() from their I/O threads while a timer calls advance().

#include "device/register_map.h"
#include "domain/enums.h"
#include "domain/result.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>

#include <array>
#include <functional>
#include <random>

namespace fb::device {

class EnclosureSimulator
{
public:
    // `now`: the simulated Unix time to start at (0: the current time).
    explicit EnclosureSimulator(DeviceModel model, const QString &serial = {}, quint64 seed = 1,
                                qint64 now = 0);

    DeviceModel model() const { return m_model; }
    QString serial() const { return m_serial; }

    // Runs the physics for `seconds` of simulated time.
    void advance(double seconds);

    // One Modbus request PDU in, the reply PDU out; empty means the device
    // stays silent (it does for broadcasts).
    QByteArray handle(const QByteArray &pdu);

    // Fault injection and control, one line: "mains off", "antenna 3 open",
    // "corrupt 2", … Returns what happened, or a Usage error listing commands.
    Result<QString> control(const QString &line);
    static QString controlHelp();

    // Link-level faults the servers apply to the next replies.
    enum class LinkFault
    {
        None,
        Drop,
        Corrupt,
        Garbage,
        WrongAddress
    };
    LinkFault takeLinkFault();
    bool unplugged() const;
    // The servers react to plug/unplug (close/reopen the pty, drop clients).
    std::function<void(bool unplugged)> onPlugChanged;
    // Called (outside the lock) when 0xB007 is written; the firmware issue
    // plugs YMODEM in here. Without it the command fails.
    std::function<bool()> onEnterBootloader;

    // The whole map as the device holds it (input 0..191, holding 0..6).
    QList<quint16> inputRegisters() const;
    QList<quint16> holdingRegisters() const;

    // Ground truth for tests and the devsim status line.
    struct Truth
    {
        double temperatureC = 0;
        bool sensorFault = false;
        bool mains = true;
        bool batteryFitted = true;
        double batteryPercent = 100;
        int supplyMv = 24000;
        bool networkLink = true;
        bool hqReachable = true;
        bool doorOpen = false;
        bool lockEngaged = true;
        bool compressorOn = false;
        int antennaCount = 0;
        int eventCount = 0;
        qint64 now = 0;
    };
    Truth truth() const;

private:
    struct Event
    {
        quint32 time;
        quint16 code;
        quint16 value;
    };
    enum class AntennaState
    {
        Ok,
        Open,
        Weak
    };

    void step(double dt);
    void log(quint16 code, quint16 value = 0);
    quint16 flags() const;
    int batteryMv() const;
    QList<quint16> inputLocked() const;
    QList<quint16> holdingLocked() const;
    QByteArray read(quint8 function, quint16 start, quint16 count) const;
    QByteArray write(quint8 function, quint16 start, const QList<quint16> &values,
                     const QByteArray &echo, bool *enterBootloader);
    quint8 startCommand(quint16 command, bool *enterBootloader);
    void finishCommand();
    Result<QString> controlLocked(const QStringList &words);

    mutable QMutex m_mutex;
    const DeviceModel m_model;
    const QString m_serial;
    std::mt19937 m_random;
    double m_now = 0;
    double m_bootTime = 0;

    double m_temperature = 0;
    bool m_sensorFault = false;
    bool m_compressorOn = false;
    int m_alarmState = 0; // -1 low, 0 normal, 1 high
    qint16 m_setpoint = 0, m_alarmHigh = 0, m_alarmLow = 0;

    bool m_mains = true;
    bool m_batteryFitted = true;
    double m_batteryPercent = 100;
    int m_supplyOverride = 0; // mV, 0 = normal
    int m_supplyMv = 24000;

    bool m_networkLink = true;
    bool m_hqBlocked = false;
    double m_lastReport = 120;

    bool m_doorOpen = false;
    double m_doorCloseAt = 0;
    bool m_lockEngaged = true;
    bool m_lockStuck = false;
    double m_relockAt = 0;
    int m_doorOpenings = 0;
    int m_powerFailures = 0;

    int m_antennaCount = 4;
    std::array<int, 8> m_returnLossBase{};
    std::array<int, 8> m_returnLoss{};
    std::array<AntennaState, 8> m_antennaState{};
    std::array<int, 8> m_reads{};
    int m_tagsFound = 0;
    bool m_scanning = false;

    QList<Event> m_events; // newest first
    CommandState m_commandState = CommandState::Idle;
    quint16 m_command = 0;
    double m_commandDoneAt = 0;

    int m_drop = 0, m_corrupt = 0, m_garbage = 0, m_wrongAddress = 0, m_exceptions = 0;
    bool m_unplugged = false;
};

} // namespace fb::device
