#pragma once

// The health checks of device-protocol.md §4: pass/fail, a sentence a
// technician can act on, and the manual chapter that fixes the problem.

#include "device/register_map.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace fb::device {

struct CheckResult
{
    QString name; // wire name: "power", "antennas", …
    bool passed = false;
    QString detail;             // plain language, translated
    QString link;               // "manual:freezer/antenna"
    QJsonObject toJson() const; // {"name", "passed", "detail"}
};

// `newestFirmware`: "2.7.1" from the firmware catalog for the device's model;
// nullopt skips the firmware check (no catalog).
QList<CheckResult> runChecks(const Readings &readings,
                             const std::optional<QString> &newestFirmware = std::nullopt);

bool allPassed(const QList<CheckResult> &checks);
// {"passed": bool, "checks": [...]} as `diag check` prints it.
QJsonObject checksJson(const QList<CheckResult> &checks);
QJsonArray checksArray(const QList<CheckResult> &checks);

// Compares dotted versions numerically: -1, 0, 1.
int compareVersions(const QString &a, const QString &b);

} // namespace fb::device
