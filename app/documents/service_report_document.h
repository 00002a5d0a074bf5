#pragma once

// The service report the customer signs at the end of a visit: work done
// (notes and troubleshooting), parts fitted, time spent, diagnostics
// (`report` documents of the ticket) and the customer's signature.

#include "domain/device.h"
#include "domain/result.h"
#include "domain/ticket.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QTextDocument>

#include <memory>

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

std::unique_ptr<QTextDocument> buildServiceReportDocument(const ServiceReportInput &input);
Result<QByteArray> renderServiceReportPdf(const ServiceReportInput &input);

} // namespace fb::documents
