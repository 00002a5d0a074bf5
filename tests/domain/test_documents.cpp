// Documents round-trip as hq-sync.md describes them, unknown fields included,
// and malformed ones are refused with a message naming the problem.

#include "domain/customer.h"
#include "domain/device.h"
#include "domain/ticket.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestDocuments : public QObject
{
    Q_OBJECT

private:
    static QJsonObject sampleTicket()
    {
        return QJsonDocument::fromJson(R"({
            "_id": "ticket:T-000042", "_rev": "3-abc", "type": "ticket", "number": "T-000042",
            "customer_id": "customer:C1", "site_id": "site:C1-S1", "device_serial": "FBC0000001",
            "priority": "high", "channel": "monitoring", "summary": "Antenna fault",
            "status": "remote_troubleshooting", "received_at": "2026-11-29T14:03:00Z",
            "status_history": [{"status": "new", "at": "2026-11-29T14:03:00Z", "by": "hq",
                                "reason": "Received", "hq_trace": 17}],
            "notes": [{"id": "n1", "at": "2026-11-29T14:10:00Z", "by": "anna", "text": "Called",
                       "visibility": "internal"}],
            "time_entries": [{"id": "t1", "kind": "labour", "start": "2026-11-29T14:00:00Z",
                              "end": "2026-11-29T15:00:00Z", "by": "anna"}],
            "parts_used": [{"id": "p1", "part_number": "ANT-UHF-01", "qty": 2}],
            "troubleshooting": [{"id": "w1", "wizard": "antenna", "at": "2026-11-29T14:20:00Z",
                                 "path": ["start", "cable"], "outcome": "replaced"}],
            "changed": {"status": "2026-11-29T14:05:00Z"},
            "updated_at": "2026-11-29T14:20:00Z",
            "sla_contract": {"tier": "gold", "hours": [8, 17]}
        })").object();
    }

private slots:
    void ticketRoundTripKeepsEverything()
    {
        const QJsonObject original = sampleTicket();
        auto ticket = fb::Ticket::fromJson(original);
        QVERIFY2(ticket.ok(), qPrintable(ticket.ok() ? QString() : ticket.error().message));
        QCOMPARE(fb::toString(ticket->priority), u"high"_s);
        QCOMPARE(fb::toString(ticket->channel), u"monitoring"_s);
        QCOMPARE(fb::toString(ticket->status), u"remote_troubleshooting"_s);
        QCOMPARE(ticket->notes.first().text, u"Called"_s);
        QCOMPARE(ticket->timeEntries.first().end, QDateTime(QDate(2026, 11, 29), QTime(15, 0), Qt::UTC));
        QCOMPARE(ticket->partsUsed.first().qty, 2);
        QCOMPARE(ticket->changed.value(u"status"_s), QDateTime(QDate(2026, 11, 29), QTime(14, 5), Qt::UTC));
        // Unknown fields at the top and inside entries come back unchanged.
        QCOMPARE(ticket->toJson(), original);
    }

    void editKeepsUnknownFields()
    {
        auto ticket = fb::Ticket::fromJson(sampleTicket());
        QVERIFY(ticket.ok());
        ticket->summary = u"Antenna 3 fault"_s;
        const QJsonObject written = ticket->toJson();
        QCOMPARE(written.value("summary"_L1).toString(), u"Antenna 3 fault"_s);
        QCOMPARE(written.value("sla_contract"_L1).toObject().value("tier"_L1).toString(), u"gold"_s);
        QCOMPARE(written.value("notes"_L1).toArray().first().toObject().value("visibility"_L1).toString(),
                 u"internal"_s);
    }

    void malformedTickets_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("bad status") << u"status"_s << QJsonValue(u"waiting"_s) << u"waiting"_s;
        QTest::newRow("bad priority") << u"priority"_s << QJsonValue(u"urgent"_s) << u"priority"_s;
        QTest::newRow("bad channel") << u"channel"_s << QJsonValue(u"fax"_s) << u"channel"_s;
        QTest::newRow("local time") << u"received_at"_s << QJsonValue(u"2026-11-29T14:03:00"_s) << u"received_at"_s;
        QTest::newRow("garbage time") << u"received_at"_s << QJsonValue(u"yesterday"_s) << u"received_at"_s;
        QTest::newRow("notes not a list") << u"notes"_s << QJsonValue(u"hello"_s) << u"notes"_s;
        QTest::newRow("wrong type") << u"type"_s << QJsonValue(u"quote"_s) << u"type"_s;
        QTest::newRow("id prefix") << u"_id"_s << QJsonValue(u"quote:1"_s) << u"_id"_s;
    }

    void malformedTickets()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, mentions);
        QJsonObject document = sampleTicket();
        document.insert(field, value);
        auto ticket = fb::Ticket::fromJson(document);
        QVERIFY(!ticket.ok());
        QCOMPARE(ticket.error().kind, fb::ErrorKind::Data);
        QVERIFY2(ticket.error().message.contains(mentions), qPrintable(ticket.error().message));
    }

    void deviceAndSite()
    {
        const QJsonObject device{{"_id"_L1, u"device:FBF1"_s}, {"type"_L1, u"device"_s},
                                 {"serial"_L1, u"FBF1"_s}, {"model"_L1, u"freezer"_s},
                                 {"site_id"_L1, u"site:S1"_s}, {"install_date"_L1, u"2024-02-29"_s},
                                 {"firmware"_L1, u"1.4.2"_s}, {"asset_tag"_L1, u"X-9"_s}};
        auto parsed = fb::Device::fromJson(device);
        QVERIFY(parsed.ok());
        QCOMPARE(fb::toString(parsed->model), u"freezer"_s);
        QCOMPARE(parsed->installDate, QDate(2024, 2, 29));
        QVERIFY(!parsed->warrantyMonths.has_value());
        QCOMPARE(parsed->toJson(), device);

        QJsonObject badModel = device;
        badModel.insert("model"_L1, u"toaster"_s);
        QVERIFY(!fb::Device::fromJson(badModel).ok());
        QJsonObject badDate = device;
        badDate.insert("install_date"_L1, u"2024-02-30"_s);
        QVERIFY(!fb::Device::fromJson(badDate).ok());

        const QJsonObject site{{"_id"_L1, u"site:S1"_s}, {"type"_L1, u"site"_s},
                               {"customer_id"_L1, u"customer:C1"_s}, {"name"_L1, u"Lab"_s},
                               {"address"_L1, u"Main St 1"_s}, {"region"_L1, u"mars"_s}};
        QVERIFY(!fb::Site::fromJson(site).ok());
    }
};

QTEST_GUILESS_MAIN(TestDocuments)
#include "test_documents.moc"
