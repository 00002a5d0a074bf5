#pragma once

#include "domain/enums.h"
#include "domain/result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace fb {

struct Device
{
    QString id; // "device:<serial>"
    QString serial;
    DeviceModel model = DeviceModel::Cabinet;
    QString siteId;
    QDate installDate;
    std::optional<int> warrantyMonths; // else the policy default
    QString firmware;
    QJsonObject raw;

    static Result<Device> fromJson(const QJsonObject &document);
    QJsonObject toJson() const;
};

struct ServicePart
{
    QString partNumber;
    int qty = 1;
    QString replacesEventId; // the earlier event whose part failed, if any
};

struct ServiceEvent
{
    QString id; // "service_event:<key>"
    QString deviceSerial;
    QDate date;
    QString ticketId;
    bool charged = false;
    QList<ServicePart> parts;
    double labourHours = 0.0;
    QJsonObject raw;

    static Result<ServiceEvent> fromJson(const QJsonObject &document);
    QJsonObject toJson() const;
};

} // namespace fb
