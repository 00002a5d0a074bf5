#pragma once

// Customers, sites, devices and their service events, read for lists and
// detail panes.

#include "domain/customer.h"
#include "domain/device.h"
#include "domain/result.h"
#include "storage/document_store.h"

#include <QList>

namespace fb::storage {

struct DeviceRow
{
    QString serial;
    QString model;
    QString siteId;
    QString siteName;
    QString customerName;
    QString region;
    QString installDate;
    QString firmware;
    int openTickets = 0;
};

struct SiteRow
{
    QString id;
    QString name;
    QString customerName;
    QString region;
};

class AssetRepository
{
public:
    explicit AssetRepository(Database &db);

    Result<QList<DeviceRow>> devices(const QString &search = {});
    Result<QList<SiteRow>> sites();
    Result<QStringList> deviceSerialsAtSite(const QString &siteId);

    Result<Device> device(const QString &serial);
    Result<Site> site(const QString &id);
    Result<Customer> customer(const QString &id);
    Result<QList<ServiceEvent>> serviceEvents(const QString &serial);

private:
    Database &m_db;
    DocumentStore m_store;
};

} // namespace fb::storage
