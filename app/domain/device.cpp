#include "domain/device.h"

#include "domain/json_fields.h"
#include "domain/time_format.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace fb {
namespace {

Error invalid(const char *type, const QString &what)
{
    return makeError(ErrorKind::Data, QCoreApplication::translate("fb::Documents", "Invalid %1: %2")
                                          .arg(QLatin1StringView(type), what));
}

} // namespace

Result<Device> Device::fromJson(const QJsonObject &document)
{
    Device device;
    device.raw = document;
    device.id = json::string(document, "_id"_L1);
    if (!device.id.startsWith("device:"_L1))
        return invalid("device", u"_id must start with \"device:\""_s);
    device.serial = json::string(document, "serial"_L1);
    if (device.serial.isEmpty())
        return invalid("device", u"serial is missing"_s);
    const auto model = deviceModelFromString(json::string(document, "model"_L1));
    if (!model)
        return invalid("device", u"model must be cabinet, refrigerator, freezer or locker"_s);
    device.model = *model;
    device.siteId = json::string(document, "site_id"_L1);
    const auto installed = parseIsoDate(json::string(document, "install_date"_L1));
    if (!installed)
        return invalid("device", u"install_date must be a date like 2025-03-31"_s);
    device.installDate = *installed;
    const QJsonValue months = document.value("warranty_months"_L1);
    if (months.isDouble()) {
        if (months.toInt(-1) < 0)
            return invalid("device", u"warranty_months must be a whole number of months"_s);
        device.warrantyMonths = months.toInt();
    }
    device.firmware = json::string(document, "firmware"_L1);
    return device;
}

QJsonObject Device::toJson() const
{
    QJsonObject document = raw;
    document.insert("_id"_L1, id);
    document.insert("type"_L1, u"device"_s);
    document.insert("serial"_L1, serial);
    document.insert("model"_L1, toString(model));
    document.insert("site_id"_L1, siteId);
    document.insert("install_date"_L1, toIsoDate(installDate));
    if (warrantyMonths)
        document.insert("warranty_months"_L1, *warrantyMonths);
    else
        document.remove("warranty_months"_L1);
    document.insert("firmware"_L1, firmware);
    return document;
}

Result<ServiceEvent> ServiceEvent::fromJson(const QJsonObject &document)
{
    ServiceEvent event;
    event.raw = document;
    event.id = json::string(document, "_id"_L1);
    if (!event.id.startsWith("service_event:"_L1))
        return invalid("service event", u"_id must start with \"service_event:\""_s);
    event.deviceSerial = json::string(document, "device_serial"_L1);
    const auto date = parseIsoDate(json::string(document, "date"_L1));
    if (!date)
        return invalid("service event", u"date must be a date like 2026-01-31"_s);
    event.date = *date;
    event.ticketId = json::string(document, "ticket_id"_L1);
    event.charged = document.value("charged"_L1).toBool();
    for (const QJsonValue &value : document.value("parts"_L1).toArray()) {
        const QJsonObject object = value.toObject();
        ServicePart part;
        part.partNumber = json::string(object, "part_number"_L1);
        part.qty = object.value("qty"_L1).toInt(1);
        part.replacesEventId = json::string(object, "replaces_event_id"_L1);
        event.parts.append(part);
    }
    event.labourHours = document.value("labour_hours"_L1).toDouble();
    return event;
}

QJsonObject ServiceEvent::toJson() const
{
    QJsonObject document = raw;
    document.insert("_id"_L1, id);
    document.insert("type"_L1, u"service_event"_s);
    document.insert("device_serial"_L1, deviceSerial);
    document.insert("date"_L1, toIsoDate(date));
    document.insert("ticket_id"_L1, ticketId);
    document.insert("charged"_L1, charged);
    QJsonArray partArray;
    const QJsonArray previous = raw.value("parts"_L1).toArray();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QJsonObject object = i < previous.size() ? previous.at(i).toObject() : QJsonObject();
        object.insert("part_number"_L1, parts[i].partNumber);
        object.insert("qty"_L1, parts[i].qty);
        if (parts[i].replacesEventId.isEmpty())
            object.remove("replaces_event_id"_L1);
        else
            object.insert("replaces_event_id"_L1, parts[i].replacesEventId);
        partArray.append(object);
    }
    document.insert("parts"_L1, partArray);
    document.insert("labour_hours"_L1, labourHours);
    return document;
}

} // namespace fb
