#include "device/health_checks.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace fb::device {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::device::HealthChecks", text);
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

CheckResult make(const Readings &r, const char *name, const char *chapter, bool passed,
                 const QString &detail)
{
    return CheckResult{QString::fromLatin1(name), passed, detail,
                       manualLink(r.identity, QString::fromLatin1(chapter))};
}

CheckResult power(const Readings &r)
{
    const DeviceStatus &s = r.status;
    const QString volts = number(s.supplyMv / 1000.0, 1);
    if (!s.has(flag::Mains))
        return make(r, "power", "power-supply", false,
                    s.batteryPercent
                        ? tr("Mains power is missing; the enclosure runs on its battery. Check "
                             "the mains cable, the outlet and the fuse.")
                        : tr("Mains power is missing. Check the mains cable, the outlet and the "
                             "fuse."));
    if (s.supplyMv < 22000 || s.supplyMv > 26000)
        return make(r, "power", "power-supply", false,
                    tr("Supply voltage is %1 V, outside 22.0–26.0 V: the power supply unit "
                       "is failing or overloaded.")
                        .arg(volts));
    return make(r, "power", "power-supply", true,
                tr("Mains present, supply voltage %1 V.").arg(volts));
}

CheckResult battery(const Readings &r)
{
    const DeviceStatus &s = r.status;
    if (!s.batteryPercent)
        return make(r, "battery", "backup-battery", true, tr("No backup battery fitted."));
    if (*s.batteryPercent < 20)
        return make(r, "battery", "backup-battery", false,
                    tr("Backup battery at %1 %: below 20 %. Let it charge on mains; replace it "
                       "if it does not recover.")
                        .arg(*s.batteryPercent));
    return make(r, "battery", "backup-battery", true,
                tr("Backup battery at %1 %.").arg(*s.batteryPercent));
}

CheckResult temperature(const Readings &r)
{
    const DeviceStatus &s = r.status;
    if (!s.temperatureC)
        return make(r, "temperature", "temperature-probe", false,
                    tr("Temperature sensor fault: check the probe and its connector on the "
                       "controller board."));
    const double t = *s.temperatureC;
    const QString band =
        tr("%1 to %2 °C").arg(number(r.settings.alarmLowC, 2), number(r.settings.alarmHighC, 2));
    if (t > r.settings.alarmHighC)
        return make(r, "temperature", "temperature-probe", false,
                    tr("Temperature %1 °C is above the alarm band (%2): check the door seal "
                       "and the cooling unit.")
                        .arg(number(t, 2), band));
    if (t < r.settings.alarmLowC)
        return make(r, "temperature", "temperature-probe", false,
                    tr("Temperature %1 °C is below the alarm band (%2): check the setpoint "
                       "and the thermostat.")
                        .arg(number(t, 2), band));
    return make(r, "temperature", "temperature-probe", true,
                tr("Temperature %1 °C, within %2.").arg(number(t, 2), band));
}

CheckResult network(const Readings &r)
{
    if (!r.status.has(flag::NetworkLink))
        return make(r, "network", "network-setup", false,
                    tr("Network link is down: check the Ethernet cable and the switch port."));
    return make(r, "network", "network-setup", true,
                tr("Network link up at %1 Mbit/s, address %2.")
                    .arg(r.status.linkMbps)
                    .arg(r.status.ipText()));
}

CheckResult hq(const Readings &r)
{
    const DeviceStatus &s = r.status;
    if (!s.has(flag::HqReachable))
        return make(r, "hq", "network-setup", false,
                    tr("HQ is not reachable from the enclosure: check the site's firewall, "
                       "DNS and gateway settings."));
    if (!s.lastReportS || *s.lastReportS >= 900)
        return make(r, "hq", "network-setup", false,
                    s.lastReportS ? tr("Last report to HQ was %1 minutes ago (limit 15): "
                                       "check the enclosure's network settings.")
                                        .arg(*s.lastReportS / 60)
                                  : tr("The enclosure has never reported to HQ: check its "
                                       "network settings."));
    return make(r, "hq", "network-setup", true,
                tr("HQ reachable, last report %1 s ago.").arg(*s.lastReportS));
}

CheckResult antennas(const Readings &r)
{
    QStringList problems;
    for (const Antenna &a : r.antennas) {
        if (a.returnLossDb <= 0)
            problems << tr("antenna %1 open circuit: check the cable at the reader").arg(a.number);
        else if (a.returnLossDb < 10.0)
            problems << tr("antenna %1 return loss %2 dB (below 10 dB): check the cable and "
                           "connector, replace a damaged antenna")
                            .arg(a.number)
                            .arg(number(a.returnLossDb, 1));
    }
    if (!problems.isEmpty())
        return make(r, "antennas", "antenna", false, problems.join(u"; "_s));
    return make(
        r, "antennas", "antenna", true,
        tr("All %1 antennas healthy (return loss 10 dB or better).").arg(r.antennas.size()));
}

CheckResult door(const Readings &r)
{
    const bool open = r.status.has(flag::DoorOpen);
    const bool locked = r.status.has(flag::LockEngaged);
    if (open)
        return make(r, "door", "door-lock", false,
                    tr("The door is open: close it and check the door switch."));
    if (!locked)
        return make(r, "door", "door-lock", false,
                    tr("The door is closed but the lock is not engaged: check the lock "
                       "solenoid and the strike plate."));
    return make(r, "door", "door-lock", true, tr("Door closed and locked."));
}

CheckResult firmware(const Readings &r, const QString &newest)
{
    const QString current = r.identity.firmwareText();
    if (compareVersions(current, newest) < 0)
        return make(
            r, "firmware", "controller-board", false,
            tr("Firmware %1 is older than the newest release %2: update it.").arg(current, newest));
    return make(r, "firmware", "controller-board", true,
                tr("Firmware %1 is up to date.").arg(current));
}

} // namespace

QJsonObject CheckResult::toJson() const
{
    return QJsonObject{{"name"_L1, name}, {"passed"_L1, passed}, {"detail"_L1, detail}};
}

QList<CheckResult> runChecks(const Readings &readings, const std::optional<QString> &newestFirmware)
{
    QList<CheckResult> checks{power(readings),   battery(readings), temperature(readings),
                              network(readings), hq(readings),      antennas(readings),
                              door(readings)};
    if (newestFirmware)
        checks.append(firmware(readings, *newestFirmware));
    return checks;
}

bool allPassed(const QList<CheckResult> &checks)
{
    return std::all_of(checks.begin(), checks.end(), [](const auto &c) { return c.passed; });
}

QJsonArray checksArray(const QList<CheckResult> &checks)
{
    QJsonArray array;
    for (const CheckResult &check : checks)
        array.append(check.toJson());
    return array;
}

QJsonObject checksJson(const QList<CheckResult> &checks)
{
    return QJsonObject{{"passed"_L1, allPassed(checks)}, {"checks"_L1, checksArray(checks)}};
}

int compareVersions(const QString &a, const QString &b)
{
    const QStringList left = a.split(u'.'), right = b.split(u'.');
    for (qsizetype i = 0; i < qMax(left.size(), right.size()); ++i) {
        const int x = i < left.size() ? left.at(i).toInt() : 0;
        const int y = i < right.size() ? right.at(i).toInt() : 0;
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

} // namespace fb::device
