#pragma once

#include "domain/enums.h"
#include "domain/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace fb {

struct CustomerContact
{
    QString name;
    QString email;
    QString phone;
    bool trained = false;
};

struct Customer
{
    QString id; // "customer:<key>"
    QString name;
    Region region = Region::Us;
    QList<CustomerContact> contacts;
    QJsonObject raw;

    static Result<Customer> fromJson(const QJsonObject &document);
    QJsonObject toJson() const;
};

struct Site
{
    QString id; // "site:<key>"
    QString customerId;
    QString name;
    QString address;
    Region region = Region::Us;
    QJsonObject raw;

    static Result<Site> fromJson(const QJsonObject &document);
    QJsonObject toJson() const;
};

} // namespace fb
