#include "domain/commercial/demo_catalog.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace fb::commercial {
namespace {

struct DemoPart
{
    const char *number;
    const char *description;
    const char *models; // space separated; empty = all
    const char *usd;
    const char *eur;
};

const DemoPart kParts[] = {
    {"ANT-UHF-01", "UHF RFID antenna, 8 dBi, shelf mount", "cabinet refrigerator freezer", "149.00",
     "139.00"},
    {"ANT-CBL-02", "Antenna coax cable, 1.5 m, SMA", "cabinet refrigerator freezer", "24.50",
     "22.90"},
    {"RDR-UHF-4P", "4-port UHF RFID reader module", "", "1180.00", "1095.00"},
    {"LCK-SOL-24", "Door lock solenoid, 24 V", "locker", "68.40", "63.75"},
    {"LCK-SOL-12", "Door lock solenoid, 12 V", "cabinet refrigerator freezer", "61.20", "57.10"},
    {"DOR-SNS-01", "Door reed sensor with cable", "", "18.95", "17.45"},
    {"PSU-24V-150", "Power supply 24 V, 150 W", "", "212.00", "198.50"},
    {"BAT-UPS-7AH", "Backup battery 12 V, 7 Ah", "", "54.99", "49.99"},
    {"CMP-REF-220", "Refrigeration compressor", "refrigerator", "845.00", "789.00"},
    {"CMP-FRZ-330", "Low-temperature compressor", "freezer", "1265.00", "1179.00"},
    {"TMP-PRB-NTC", "Temperature probe, NTC 10k", "refrigerator freezer", "32.80", "29.90"},
    {"FAN-EVP-12", "Evaporator fan, 12 V", "refrigerator freezer", "77.35", "71.65"},
    {"CTL-MB-R3", "Controller main board rev 3", "", "489.00", "455.00"},
    {"TCH-LCD-07", "7-inch touch display", "", "312.50", "289.00"},
    {"NET-ETH-01", "Ethernet interface board", "", "96.00", "89.00"},
    {"GSK-DOR-FR", "Door gasket, freezer", "freezer", "58.25", "53.95"},
};

} // namespace

QList<QJsonObject> demoCatalogDocuments()
{
    QList<QJsonObject> documents;
    for (const DemoPart &part : kParts) {
        const QString number = QString::fromLatin1(part.number);
        QJsonArray models;
        for (const QString &model :
             QString::fromLatin1(part.models).split(u' ', Qt::SkipEmptyParts))
            models.append(model);
        QJsonObject price;
        price.insert("USD"_L1, QString::fromLatin1(part.usd));
        price.insert("EUR"_L1, QString::fromLatin1(part.eur));
        QJsonObject document;
        document.insert("_id"_L1, QString(u"part:"_s + number));
        document.insert("type"_L1, u"part"_s);
        document.insert("part_number"_L1, number);
        document.insert("description"_L1, QString::fromLatin1(part.description));
        document.insert("models"_L1, models);
        document.insert("price"_L1, price);
        documents.append(document);
    }
    // The same figures as the default policy: HQ's rate documents win over
    // the policy file, and the demo shows that path.
    documents.append(QJsonObject{{"_id"_L1, u"rate:us"_s},
                                 {"type"_L1, u"rate"_s},
                                 {"region"_L1, u"us"_s},
                                 {"currency"_L1, u"USD"_s},
                                 {"labour_hourly"_L1, u"125.00"_s},
                                 {"travel_callout"_L1, u"95.00"_s},
                                 {"travel_per_km"_L1, u"1.10"_s},
                                 {"tax_rate"_L1, u"0.0825"_s}});
    documents.append(QJsonObject{{"_id"_L1, u"rate:eu"_s},
                                 {"type"_L1, u"rate"_s},
                                 {"region"_L1, u"eu"_s},
                                 {"currency"_L1, u"EUR"_s},
                                 {"labour_hourly"_L1, u"110.00"_s},
                                 {"travel_callout"_L1, u"85.00"_s},
                                 {"travel_per_km"_L1, u"0.90"_s},
                                 {"tax_rate"_L1, u"0.19"_s}});
    return documents;
}

} // namespace fb::commercial
