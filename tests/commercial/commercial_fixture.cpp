#include "commercial_fixture.h"

#include "domain/commercial/demo_catalog.h"
#include "storage/document_store.h"
#include "storage/ticket_repository.h"
#include "support/test_support.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QPainter>

using namespace Qt::Literals::StringLiterals;

namespace fb::test {

bool CommercialFixture::setUp()
{
    workspace = createWorkspace(dir);
    if (!workspace)
        return false;
    storage::DocumentStore store(workspace->db());
    QList<QJsonObject> documents = commercial::demoCatalogDocuments();
    const QString today = QDateTime::currentDateTimeUtc().date().addDays(-60).toString(Qt::ISODate);
    documents << QJsonObject{{"_id"_L1, u"customer:us"_s},
                             {"type"_L1, u"customer"_s},
                             {"name"_L1, u"Mercy Hospital"_s},
                             {"region"_L1, u"us"_s},
                             {"contacts"_L1, QJsonArray()}}
              << QJsonObject{{"_id"_L1, u"customer:eu"_s},
                             {"type"_L1, u"customer"_s},
                             {"name"_L1, u"Klinikum Süd"_s},
                             {"region"_L1, u"eu"_s},
                             {"contacts"_L1, QJsonArray()}}
              << QJsonObject{{"_id"_L1, u"site:us1"_s},
                             {"type"_L1, u"site"_s},
                             {"customer_id"_L1, u"customer:us"_s},
                             {"name"_L1, u"Pharmacy"_s},
                             {"address"_L1, u"1 Main St, Chicago"_s},
                             {"region"_L1, u"us"_s}}
              << QJsonObject{{"_id"_L1, u"site:eu1"_s},
                             {"type"_L1, u"site"_s},
                             {"customer_id"_L1, u"customer:eu"_s},
                             {"name"_L1, u"Apotheke"_s},
                             {"address"_L1, u"Hauptstr. 1, Heidelberg"_s},
                             {"region"_L1, u"eu"_s}}
              << QJsonObject{{"_id"_L1, u"device:FBC-OLD"_s}, {"type"_L1, u"device"_s},
                             {"serial"_L1, u"FBC-OLD"_s},     {"model"_L1, u"cabinet"_s},
                             {"site_id"_L1, u"site:us1"_s},   {"install_date"_L1, u"2024-01-10"_s},
                             {"firmware"_L1, u"1.4.2"_s}}
              << QJsonObject{{"_id"_L1, u"device:FBC-NEW"_s}, {"type"_L1, u"device"_s},
                             {"serial"_L1, u"FBC-NEW"_s},     {"model"_L1, u"cabinet"_s},
                             {"site_id"_L1, u"site:us1"_s},   {"install_date"_L1, today},
                             {"firmware"_L1, u"1.4.2"_s}}
              << QJsonObject{{"_id"_L1, u"device:FBF-EU"_s}, {"type"_L1, u"device"_s},
                             {"serial"_L1, u"FBF-EU"_s},     {"model"_L1, u"freezer"_s},
                             {"site_id"_L1, u"site:eu1"_s},  {"install_date"_L1, u"2024-01-10"_s},
                             {"firmware"_L1, u"1.4.2"_s}};
    for (const QJsonObject &document : std::as_const(documents)) {
        if (auto stored = store.put(document); !stored) {
            qWarning("fixture: %s", qPrintable(stored.error().message));
            return false;
        }
    }
    storage::TicketRepository tickets(workspace->db());
    const std::pair<QString *, std::pair<QString, QString>> wanted[] = {
        {&usOldTicket, {u"site:us1"_s, u"FBC-OLD"_s}},
        {&usNewTicket, {u"site:us1"_s, u"FBC-NEW"_s}},
        {&euOldTicket, {u"site:eu1"_s, u"FBF-EU"_s}},
    };
    for (const auto &[target, where] : wanted) {
        storage::NewTicket request;
        request.siteId = where.first;
        request.deviceSerial = where.second;
        request.summary = u"Antenna reads dropped"_s;
        request.by = u"tester"_s;
        auto ticket = tickets.create(request);
        if (!ticket) {
            qWarning("fixture ticket: %s", qPrintable(ticket.error().message));
            return false;
        }
        *target = ticket->id;
    }
    return true;
}

QByteArray signaturePng()
{
    QImage image(320, 120, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setPen(QPen(Qt::black, 4));
        painter.drawLine(20, 90, 120, 30);
        painter.drawLine(120, 30, 200, 100);
        painter.drawLine(200, 100, 300, 20);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace fb::test
