#include "domain/enums.h"

#include <QCoreApplication>

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace fb {
namespace {

template<class E, std::size_t N>
QString nameOf(const std::array<std::pair<E, QString>, N> &table, E value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return name;
    }
    return {};
}

template<class E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, QString>, N> &table, const QString &text)
{
    for (const auto &[e, name] : table) {
        if (name == text)
            return e;
    }
    return std::nullopt;
}

const std::array<std::pair<TicketStatus, QString>, 7> kStatusNames{{
    {TicketStatus::New, u"new"_s},
    {TicketStatus::RemoteTroubleshooting, u"remote_troubleshooting"_s},
    {TicketStatus::EscalatedInternal, u"escalated_internal"_s},
    {TicketStatus::OnsiteScheduled, u"onsite_scheduled"_s},
    {TicketStatus::Onsite, u"onsite"_s},
    {TicketStatus::Resolved, u"resolved"_s},
    {TicketStatus::Closed, u"closed"_s},
}};
const std::array<std::pair<Priority, QString>, 2> kPriorityNames{{
    {Priority::High, u"high"_s},
    {Priority::Normal, u"normal"_s},
}};
const std::array<std::pair<Channel, QString>, 4> kChannelNames{{
    {Channel::Phone, u"phone"_s},
    {Channel::Email, u"email"_s},
    {Channel::Monitoring, u"monitoring"_s},
    {Channel::Onsite, u"onsite"_s},
}};
const std::array<std::pair<DeviceModel, QString>, 4> kModelNames{{
    {DeviceModel::Cabinet, u"cabinet"_s},
    {DeviceModel::Refrigerator, u"refrigerator"_s},
    {DeviceModel::Freezer, u"freezer"_s},
    {DeviceModel::Locker, u"locker"_s},
}};
const std::array<std::pair<Region, QString>, 2> kRegionNames{{
    {Region::Us, u"us"_s},
    {Region::Eu, u"eu"_s},
}};

} // namespace

QString toString(TicketStatus status) { return nameOf(kStatusNames, status); }
QString toString(Priority priority) { return nameOf(kPriorityNames, priority); }
QString toString(Channel channel) { return nameOf(kChannelNames, channel); }
QString toString(DeviceModel model) { return nameOf(kModelNames, model); }
QString toString(Region region) { return nameOf(kRegionNames, region); }

std::optional<TicketStatus> ticketStatusFromString(const QString &text)
{
    return valueOf(kStatusNames, text);
}
std::optional<Priority> priorityFromString(const QString &text)
{
    return valueOf(kPriorityNames, text);
}
std::optional<Channel> channelFromString(const QString &text)
{
    return valueOf(kChannelNames, text);
}
std::optional<DeviceModel> deviceModelFromString(const QString &text)
{
    return valueOf(kModelNames, text);
}
std::optional<Region> regionFromString(const QString &text) { return valueOf(kRegionNames, text); }

QStringList allTicketStatusNames()
{
    QStringList names;
    for (const auto &entry : kStatusNames)
        names << entry.second;
    return names;
}

QStringList allDeviceModelNames()
{
    QStringList names;
    for (const auto &entry : kModelNames)
        names << entry.second;
    return names;
}

QString displayName(TicketStatus status)
{
    switch (status) {
    case TicketStatus::New:
        return QCoreApplication::translate("fb::TicketStatus", "New");
    case TicketStatus::RemoteTroubleshooting:
        return QCoreApplication::translate("fb::TicketStatus", "Remote troubleshooting");
    case TicketStatus::EscalatedInternal:
        return QCoreApplication::translate("fb::TicketStatus", "Escalated internally");
    case TicketStatus::OnsiteScheduled:
        return QCoreApplication::translate("fb::TicketStatus", "On-site scheduled");
    case TicketStatus::Onsite:
        return QCoreApplication::translate("fb::TicketStatus", "On site");
    case TicketStatus::Resolved:
        return QCoreApplication::translate("fb::TicketStatus", "Resolved");
    case TicketStatus::Closed:
        return QCoreApplication::translate("fb::TicketStatus", "Closed");
    }
    return {};
}

QString displayName(Priority priority)
{
    return priority == Priority::High ? QCoreApplication::translate("fb::Priority", "High")
                                      : QCoreApplication::translate("fb::Priority", "Normal");
}

QString displayName(Channel channel)
{
    switch (channel) {
    case Channel::Phone:
        return QCoreApplication::translate("fb::Channel", "Phone");
    case Channel::Email:
        return QCoreApplication::translate("fb::Channel", "Email");
    case Channel::Monitoring:
        return QCoreApplication::translate("fb::Channel", "Monitoring");
    case Channel::Onsite:
        return QCoreApplication::translate("fb::Channel", "On site");
    }
    return {};
}

QString displayName(DeviceModel model)
{
    switch (model) {
    case DeviceModel::Cabinet:
        return QCoreApplication::translate("fb::DeviceModel", "RFID cabinet");
    case DeviceModel::Refrigerator:
        return QCoreApplication::translate("fb::DeviceModel", "RFID refrigerator");
    case DeviceModel::Freezer:
        return QCoreApplication::translate("fb::DeviceModel", "RFID freezer");
    case DeviceModel::Locker:
        return QCoreApplication::translate("fb::DeviceModel", "RFID locker");
    }
    return {};
}

QString displayName(Region region)
{
    return region == Region::Us ? QCoreApplication::translate("fb::Region", "United States")
                                : QCoreApplication::translate("fb::Region", "Europe");
}

} // namespace fb
