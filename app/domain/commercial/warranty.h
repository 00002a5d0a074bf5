#pragma once

// Warranty coverage of service-policy.md §5, computed from the device and its
// service history:
// - device warranty: install_date … install_date.addMonths(term).addDays(-1);
// - an event inside the device warranty is covered by it, not longer;
// - an event after it (charged, or a free repeat failure) gives each part it
//   fits a repair window through event_date.addDays(repair_days);
//   a failure inside such a window is free and opens a fresh window, so
//   repeat failures chain without limit.

#include "domain/commercial/commercial_policy.h"
#include "domain/device.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace fb::commercial {

enum class CoverageBasis
{
    None,
    DeviceWarranty,
    RepairWarranty
};

QString toString(CoverageBasis basis);
std::optional<CoverageBasis> coverageBasisFromString(const QString &text);
QString displayName(CoverageBasis basis);

struct Coverage
{
    bool covered = false;
    CoverageBasis basis = CoverageBasis::None;
    QDate until;     // last covered date; null when not covered
    QString eventId; // the service event it rests on; empty for the device warranty

    // cli.md: {"covered", "basis", "until", "event_id"}
    QJsonObject toJson() const;
};

// One part's cover from one service event, for the coverage timeline.
struct RepairWindow
{
    QString eventId;
    QString partNumber;
    QDate from;
    QDate until;
    CoverageBasis basis = CoverageBasis::None;
    bool repeatFailure = false; // fitted free because an earlier window covered the date
    QString replacesEventId;    // as recorded on the event, if any
};

class WarrantyEngine
{
public:
    // Events of other devices are ignored; the order of `events` does not matter.
    WarrantyEngine(Device device, const QList<ServiceEvent> &events, WarrantyTerms terms);

    const Device &device() const { return m_device; }
    QDate deviceWarrantyStart() const { return m_device.installDate; }
    // The last day of the device warranty (before the start when the term is 0).
    QDate deviceWarrantyEnd() const { return m_deviceEnd; }

    // No part: the device warranty alone. A part: the device warranty or the
    // longest repair window of that part number covering the date.
    Coverage coverage(QDate date, const QString &partNumber = {}) const;
    Coverage deviceCoverage(QDate date) const;
    Coverage partCoverage(QDate date, const QString &partNumber) const;

    const QList<RepairWindow> &windows() const { return m_windows; }
    const QList<ServiceEvent> &events() const { return m_events; }

private:
    std::optional<RepairWindow> bestRepairWindow(QDate date, const QString &partNumber,
                                                 const QString &excludeEventId = {}) const;

    Device m_device;
    QList<ServiceEvent> m_events; // this device's, by date then id
    WarrantyTerms m_terms;
    QDate m_deviceEnd;
    QList<RepairWindow> m_windows;
};

} // namespace fb::commercial
