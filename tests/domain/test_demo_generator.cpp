// The demo generator is deterministic and produces documents the domain accepts.

#include "domain/customer.h"
#include "domain/demo_generator.h"
#include "domain/device.h"
#include "domain/ticket.h"
#include "domain/ticket_workflow.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private:
    static QByteArray digestOf(int tickets, quint64 seed, QList<QJsonObject> *documents = nullptr)
    {
        fb::DemoOptions options;
        options.tickets = tickets;
        options.seed = seed;
        options.anchor = QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        fb::DemoGenerator(options).generate([&](const QJsonObject &document) {
            hash.addData(QJsonDocument(document).toJson(QJsonDocument::Compact));
            if (documents)
                documents->append(document);
        });
        return hash.result().toHex();
    }

private slots:
    void sameSeedSameDocuments()
    {
        QCOMPARE(digestOf(500, 42), digestOf(500, 42));
        QVERIFY(digestOf(500, 42) != digestOf(500, 43));
    }

    void sizesFromHandfulToLarge()
    {
        for (int size : {0, 5, 1000}) {
            QList<QJsonObject> documents;
            digestOf(size, 1, &documents);
            int tickets = 0;
            for (const QJsonObject &document : documents)
                tickets += document.value("type"_L1).toString() == "ticket"_L1;
            QCOMPARE(tickets, size);
        }
    }

    void documentsAreValidAndConsistent()
    {
        QList<QJsonObject> documents;
        digestOf(2000, 9, &documents);
        QSet<QString> ids, sites, serials, regions, models;
        for (const QJsonObject &document : documents) {
            const QString id = document.value("_id"_L1).toString();
            QVERIFY2(!ids.contains(id), qPrintable(u"duplicate id "_s + id));
            ids.insert(id);
            const QString type = document.value("type"_L1).toString();
            if (type == "site"_L1) {
                auto site = fb::Site::fromJson(document);
                QVERIFY(site.ok());
                sites.insert(site->id);
                regions.insert(fb::toString(site->region));
            } else if (type == "device"_L1) {
                auto device = fb::Device::fromJson(document);
                QVERIFY(device.ok());
                QVERIFY(sites.contains(device->siteId));
                serials.insert(device->serial);
                models.insert(fb::toString(device->model));
            } else if (type == "ticket"_L1) {
                auto ticket = fb::Ticket::fromJson(document);
                QVERIFY2(ticket.ok(), qPrintable(ticket.ok() ? QString() : ticket.error().message));
                QVERIFY(serials.contains(ticket->deviceSerial));
                QVERIFY(sites.contains(ticket->siteId));
                // The recorded history is a path the workflow allows.
                QCOMPARE(fb::toString(ticket->statusHistory.first().status), u"new"_s);
                for (qsizetype i = 1; i < ticket->statusHistory.size(); ++i) {
                    QVERIFY(fb::isTransitionAllowed(ticket->statusHistory[i - 1].status,
                                                    ticket->statusHistory[i].status));
                    QVERIFY(ticket->statusHistory[i - 1].at <= ticket->statusHistory[i].at);
                }
                QCOMPARE(fb::toString(ticket->statusHistory.last().status), fb::toString(ticket->status));
                QVERIFY(ticket->receivedAt <= QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC));
            }
        }
        QCOMPARE(regions, (QSet<QString>{u"us"_s, u"eu"_s}));
        QCOMPARE(models, (QSet<QString>{u"cabinet"_s, u"refrigerator"_s, u"freezer"_s, u"locker"_s}));
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "test_demo_generator.moc"
