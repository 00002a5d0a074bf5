#include "domain/commercial/warranty.h"

#include "domain/time_format.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fb::commercial {

QString toString(CoverageBasis basis)
{
    switch (basis) {
    case CoverageBasis::DeviceWarranty:
        return u"device_warranty"_s;
    case CoverageBasis::RepairWarranty:
        return u"repair_warranty"_s;
    case CoverageBasis::None:
        break;
    }
    return u"none"_s;
}

std::optional<CoverageBasis> coverageBasisFromString(const QString &text)
{
    if (text == "none"_L1 || text.isEmpty())
        return CoverageBasis::None;
    if (text == "device_warranty"_L1)
        return CoverageBasis::DeviceWarranty;
    if (text == "repair_warranty"_L1)
        return CoverageBasis::RepairWarranty;
    return std::nullopt;
}

QString displayName(CoverageBasis basis)
{
    switch (basis) {
    case CoverageBasis::DeviceWarranty:
        return QCoreApplication::translate("fb::commercial::Warranty", "Device warranty");
    case CoverageBasis::RepairWarranty:
        return QCoreApplication::translate("fb::commercial::Warranty", "Repair warranty");
    case CoverageBasis::None:
        break;
    }
    return QCoreApplication::translate("fb::commercial::Warranty", "Not covered");
}

QJsonObject Coverage::toJson() const
{
    return QJsonObject{{"covered"_L1, covered},
                       {"basis"_L1, toString(basis)},
                       {"until"_L1, until.isValid() ? QJsonValue(toIsoDate(until)) : QJsonValue()},
                       {"event_id"_L1, eventId.isEmpty() ? QJsonValue() : QJsonValue(eventId)}};
}

WarrantyEngine::WarrantyEngine(Device device, const QList<ServiceEvent> &events,
                               WarrantyTerms terms)
    : m_device(std::move(device)), m_terms(std::move(terms))
{
    m_deviceEnd = m_device.installDate.addMonths(m_terms.monthsFor(m_device)).addDays(-1);
    for (const ServiceEvent &event : events) {
        if (event.deviceSerial.isEmpty() || event.deviceSerial == m_device.serial)
            m_events.append(event);
    }
    std::stable_sort(m_events.begin(), m_events.end(),
                     [](const ServiceEvent &a, const ServiceEvent &b) {
                         return a.date != b.date ? a.date < b.date : a.id < b.id;
                     });
    // Windows are built in date order so a repeat failure sees the windows
    // of the events before it.
    for (const ServiceEvent &event : std::as_const(m_events)) {
        const bool inDeviceWarranty = deviceCoverage(event.date).covered;
        for (const ServicePart &part : event.parts) {
            RepairWindow window;
            window.eventId = event.id;
            window.partNumber = part.partNumber;
            window.from = event.date;
            window.replacesEventId = part.replacesEventId;
            if (inDeviceWarranty) {
                window.basis = CoverageBasis::DeviceWarranty;
                window.until = m_deviceEnd; // the remainder of the standard warranty
            } else {
                window.basis = CoverageBasis::RepairWarranty;
                window.until = event.date.addDays(m_terms.repairDays);
                window.repeatFailure =
                    bestRepairWindow(event.date, part.partNumber, event.id).has_value();
            }
            m_windows.append(window);
        }
    }
}

Coverage WarrantyEngine::deviceCoverage(QDate date) const
{
    if (date.isValid() && date >= m_device.installDate && date <= m_deviceEnd)
        return Coverage{true, CoverageBasis::DeviceWarranty, m_deviceEnd, {}};
    return {};
}

std::optional<RepairWindow> WarrantyEngine::bestRepairWindow(QDate date, const QString &partNumber,
                                                             const QString &excludeEventId) const
{
    std::optional<RepairWindow> best;
    for (const RepairWindow &window : m_windows) {
        if (window.basis != CoverageBasis::RepairWarranty || window.partNumber != partNumber ||
            window.eventId == excludeEventId || date < window.from || date > window.until)
            continue;
        // Two windows of the same part: the one lasting longer answers.
        if (!best || window.until > best->until)
            best = window;
    }
    return best;
}

Coverage WarrantyEngine::partCoverage(QDate date, const QString &partNumber) const
{
    Coverage device = deviceCoverage(date);
    const auto repair = bestRepairWindow(date, partNumber);
    if (repair && (!device.covered || repair->until > device.until))
        return Coverage{true, CoverageBasis::RepairWarranty, repair->until, repair->eventId};
    return device;
}

Coverage WarrantyEngine::coverage(QDate date, const QString &partNumber) const
{
    return partNumber.isEmpty() ? deviceCoverage(date) : partCoverage(date, partNumber);
}

} // namespace fb::commercial
