// Fault injection and control lines for the simulated enclosure.

#include "device/sim_model.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace fb::device {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::device::Simulator", text);
}

} // namespace

QString EnclosureSimulator::controlHelp()
{
    return tr("Commands:\n"
              "  mains off|on            mains failure / return (runs on battery)\n"
              "  battery PERCENT|remove|fit\n"
              "  supply MV|normal        force the supply voltage\n"
              "  network down|up         Ethernet link\n"
              "  hq down|up              HQ reachability (link stays up)\n"
              "  antenna N open|weak|ok  antenna fault\n"
              "  sensor fault|ok         temperature sensor\n"
              "  temperature C           set the box temperature now\n"
              "  door open [SECONDS]|close\n"
              "  lock stuck|ok           lock does not engage\n"
              "  advance SECONDS         run the model forward\n"
              "  drop N | corrupt N | garbage N | wrong-address N | exception N\n"
              "                          damage the next N replies on the link\n"
              "  unplug | plug           pull / reconnect the service cable\n"
              "  status                  print the model's state");
}

Result<QString> EnclosureSimulator::control(const QString &line)
{
    const QStringList words = line.simplified().toLower().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return QString();
    std::optional<bool> plug;
    Result<QString> result = QString();
    {
        QMutexLocker lock(&m_mutex);
        if (words.first() == "advance"_L1) {
            bool ok = false;
            const double seconds = words.value(1).toDouble(&ok);
            if (!ok || seconds < 0 || seconds > 7 * 86400)
                return Error{ErrorKind::Usage, tr("advance needs a number of seconds (0–604800).")};
            lock.unlock();
            advance(seconds);
            return tr("advanced %1 s").arg(seconds);
        }
        const bool wasUnplugged = m_unplugged;
        result = controlLocked(words);
        if (m_unplugged != wasUnplugged)
            plug = m_unplugged;
    }
    if (plug && onPlugChanged)
        onPlugChanged(*plug);
    return result;
}

Result<QString> EnclosureSimulator::controlLocked(const QStringList &words)
{
    const QString verb = words.first();
    const QString arg = words.value(1);
    bool ok = false;
    const int number = arg.toInt(&ok);
    const auto usage = [](const QString &text) {
        return Result<QString>(Error{ErrorKind::Usage, text});
    };

    if (verb == "mains"_L1 && (arg == "off"_L1 || arg == "on"_L1)) {
        const bool on = arg == "on"_L1;
        if (on != m_mains) {
            m_mains = on;
            if (!on)
                ++m_powerFailures;
            log(on ? 2 : 1);
        }
        return tr("mains %1").arg(arg);
    }
    if (verb == "battery"_L1) {
        if (arg == "remove"_L1 || arg == "fit"_L1) {
            m_batteryFitted = arg == "fit"_L1;
            return tr("battery %1").arg(arg);
        }
        if (ok && number >= 0 && number <= 100) {
            m_batteryFitted = true;
            m_batteryPercent = number;
            return tr("battery %1 %").arg(number);
        }
        return usage(tr("battery needs a percentage 0–100, remove or fit."));
    }
    if (verb == "supply"_L1) {
        if (arg == "normal"_L1) {
            m_supplyOverride = 0;
            return tr("supply normal");
        }
        if (ok && number > 0 && number < 65535) {
            m_supplyOverride = number;
            if (m_mains)
                m_supplyMv = number;
            return tr("supply %1 mV").arg(number);
        }
        return usage(tr("supply needs millivolts (1–65534) or normal."));
    }
    if (verb == "network"_L1 && (arg == "down"_L1 || arg == "up"_L1)) {
        const bool up = arg == "up"_L1;
        if (up != m_networkLink) {
            m_networkLink = up;
            log(up ? 9 : 8);
        }
        return tr("network %1").arg(arg);
    }
    if (verb == "hq"_L1 && (arg == "down"_L1 || arg == "up"_L1)) {
        m_hqBlocked = arg == "down"_L1;
        if (!m_hqBlocked)
            m_lastReport = 0;
        return tr("hq %1").arg(arg);
    }
    if (verb == "antenna"_L1) {
        const QString state = words.value(2);
        if (!ok || number < 1 || number > m_antennaCount)
            return usage(tr("antenna needs a number from 1 to %1.").arg(m_antennaCount));
        const auto n = size_t(number - 1);
        if (state == "open"_L1 || state == "weak"_L1) {
            m_antennaState[n] = state == "open"_L1 ? AntennaState::Open : AntennaState::Weak;
            m_returnLoss[n] = state == "open"_L1 ? 0 : 70;
            log(10, quint16(number));
        } else if (state == "ok"_L1) {
            m_antennaState[n] = AntennaState::Ok;
            m_returnLoss[n] = m_returnLossBase[n];
        } else {
            return usage(tr("antenna N needs open, weak or ok."));
        }
        return tr("antenna %1 %2").arg(number).arg(state);
    }
    if (verb == "sensor"_L1 && (arg == "fault"_L1 || arg == "ok"_L1)) {
        m_sensorFault = arg == "fault"_L1;
        return tr("sensor %1").arg(arg);
    }
    if (verb == "temperature"_L1) {
        const double celsius = arg.toDouble(&ok);
        if (!ok || celsius < -50 || celsius > 80)
            return usage(tr("temperature needs °C between -50 and 80."));
        m_temperature = celsius;
        step(0); // update the alarm state and log now
        return tr("temperature %1 °C").arg(celsius);
    }
    if (verb == "door"_L1) {
        if (arg == "open"_L1) {
            const double seconds = words.size() > 2 ? words.value(2).toDouble(&ok) : 0;
            if (words.size() > 2 && (!ok || seconds <= 0))
                return usage(tr("door open takes an optional number of seconds."));
            if (!m_doorOpen) {
                m_doorOpen = true;
                ++m_doorOpenings;
                log(3);
            }
            m_doorCloseAt = seconds > 0 ? m_now + seconds : 0;
            return tr("door open");
        }
        if (arg == "close"_L1) {
            if (m_doorOpen) {
                m_doorOpen = false;
                log(4);
            }
            return tr("door closed");
        }
        return usage(tr("door needs open [SECONDS] or close."));
    }
    if (verb == "lock"_L1 && (arg == "stuck"_L1 || arg == "ok"_L1)) {
        m_lockStuck = arg == "stuck"_L1;
        if (m_lockStuck)
            m_lockEngaged = false;
        else if (!m_doorOpen)
            m_lockEngaged = true;
        return tr("lock %1").arg(arg);
    }
    const QStringList linkFaults{u"drop"_s, u"corrupt"_s, u"garbage"_s, u"wrong-address"_s,
                                 u"exception"_s};
    if (linkFaults.contains(verb)) {
        const int count = arg.isEmpty() ? 1 : number;
        if ((!arg.isEmpty() && !ok) || count < 0 || count > 100000)
            return usage(tr("%1 takes a count of replies.").arg(verb));
        int *counters[] = {&m_drop, &m_corrupt, &m_garbage, &m_wrongAddress, &m_exceptions};
        *counters[linkFaults.indexOf(verb)] = count;
        return tr("%1 next %2 replies").arg(verb).arg(count);
    }
    if (verb == "unplug"_L1 || verb == "plug"_L1) {
        m_unplugged = verb == "unplug"_L1;
        return verb == "unplug"_L1 ? tr("cable pulled") : tr("cable plugged in");
    }
    if (verb == "status"_L1) {
        return tr("t=%1 °C%2 compressor %3 mains %4 battery %5 % network %6 door %7 events %8")
            .arg(m_temperature, 0, 'f', 2)
            .arg(m_sensorFault ? tr(" (sensor fault)") : QString())
            .arg(m_compressorOn ? u"on"_s : u"off"_s)
            .arg(m_mains ? u"on"_s : u"off"_s)
            .arg(m_batteryFitted ? QString::number(m_batteryPercent, 'f', 0) : u"-"_s)
            .arg(m_networkLink ? u"up"_s : u"down"_s)
            .arg(m_doorOpen ? u"open"_s : u"closed"_s)
            .arg(m_events.size());
    }
    if (verb == "help"_L1)
        return controlHelp();
    return usage(tr("Unknown simulator command \"%1\". %2").arg(words.join(u' '), controlHelp()));
}

} // namespace fb::device
