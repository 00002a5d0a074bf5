#pragma once

// What a service report shows, gathered from the workspace
// (document_inputs.h). Qt Core only: the CLI fills it without Qt Gui.

#include "domain/device.h"
#include "domain/ticket.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace fb::documents {

struct ServiceReportInput
{
    Ticket ticket;
    Device device;
    QString customerName;
    QString siteName;
    QString locale;                   // the customer's, e.g. "de_DE"
    QMap<QString, QString> partNames; // part number -> catalog description
    QList<QJsonObject> diagnostics;   // `report` documents of the ticket
    QString signer;
    QByteArray signaturePng;
    QDateTime signedAt;
};

} // namespace fb::documents
