#pragma once

// The closed vocabularies of the contracts, with their exact wire spellings.

#include <QString>
#include <QStringList>

#include <optional>

namespace fb {

enum class TicketStatus {
    New,
    RemoteTroubleshooting,
    EscalatedInternal,
    OnsiteScheduled,
    Onsite,
    Resolved,
    Closed,
};

enum class Priority { High, Normal };
enum class Channel { Phone, Email, Monitoring, Onsite };
enum class DeviceModel { Cabinet = 1, Refrigerator = 2, Freezer = 3, Locker = 4 };
enum class Region { Us, Eu };

QString toString(TicketStatus status);
QString toString(Priority priority);
QString toString(Channel channel);
QString toString(DeviceModel model);
QString toString(Region region);

std::optional<TicketStatus> ticketStatusFromString(const QString &text);
std::optional<Priority> priorityFromString(const QString &text);
std::optional<Channel> channelFromString(const QString &text);
std::optional<DeviceModel> deviceModelFromString(const QString &text);
std::optional<Region> regionFromString(const QString &text);

QStringList allTicketStatusNames();
QStringList allDeviceModelNames();

// Names for people, translated (the wire names above never are).
QString displayName(TicketStatus status);
QString displayName(Priority priority);
QString displayName(Channel channel);
QString displayName(DeviceModel model);
QString displayName(Region region);

} // namespace fb
