#include "domain/demo_generator.h"

#include "domain/customer.h"
#include "domain/device.h"
#include "domain/ticket.h"
#include "domain/time_format.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fb {
namespace {

const char *const kCompanyStems[] = {
    "Northwind", "Bluebird", "Cedar Valley", "Harbor", "Summit", "Riverside", "Lakeside",
    "Meridian", "Oakridge", "Pinecrest", "Rheintal", "Bergstrasse", "Neckar", "Kraichgau",
    "Elbe", "Alster", "Isar", "Main", "Prairie", "Granite"};
const char *const kCompanyKinds[] = {"Health", "Clinic", "Medical Center", "Hospital", "Labs",
                                     "Pharmacy", "Biotech", "Research", "Dental", "Veterinary"};
const char *const kUsCities[] = {"Chicago, IL", "Madison, WI", "St. Louis, MO", "Omaha, NE",
                                 "Minneapolis, MN", "Des Moines, IA", "Dallas, TX",
                                 "Kansas City, MO", "Milwaukee, WI", "Indianapolis, IN"};
const char *const kEuCities[] = {"Heidelberg", "Mannheim", "Karlsruhe", "Stuttgart",
                                 "Frankfurt am Main", "München", "Köln", "Walldorf", "Ulm",
                                 "Freiburg im Breisgau"};
const char *const kStreets[] = {"Main Street", "Oak Avenue", "Hauptstraße", "Bahnhofstraße",
                                "Industrial Parkway", "Lindenweg", "Research Drive",
                                "Schillerstraße", "Lake Road", "Gartenstraße"};
const char *const kSiteNames[] = {"Main pharmacy", "Operating suite", "Central lab",
                                  "Emergency department", "Oncology ward", "Supply room B",
                                  "Cardiology cath lab", "Outpatient clinic", "ICU",
                                  "Research wing"};
const char *const kFirstNames[] = {"Alex", "Maria", "Jonas", "Priya", "Sam", "Lena", "Tom",
                                   "Aisha", "Felix", "Grace", "Jana", "Omar"};
const char *const kLastNames[] = {"Fischer", "Nguyen", "Schmidt", "Johnson", "Weber", "Garcia",
                                  "Becker", "Miller", "Hoffmann", "Brown", "Wagner", "Davis"};
const char *const kTechnicians[] = {"tech-anna", "tech-ben", "tech-carla", "tech-deniz",
                                    "tech-erik"};
const char *const kSummaries[] = {
    "Door will not unlock with badge",
    "Temperature alarm: box above high limit",
    "RFID scan misses items on shelf 3",
    "Antenna fault reported by monitoring",
    "Controller offline since last night",
    "Backup battery warning after power cut",
    "Display blank after power outage",
    "Compressor runs continuously",
    "Door ajar alarm keeps sounding",
    "Inventory count does not match dispensing records",
    "Request firmware update to current release",
    "Lock clicks but door stays shut",
    "Frost build-up on evaporator",
    "Network link drops every few hours",
    "Tags read twice after restocking",
    "Power supply fan noisy"};
const char *const kNotes[] = {
    "Called site contact; issue confirmed on two scans.",
    "Asked the customer to power-cycle the reader; no change.",
    "Remote session: event log shows repeated antenna_fault on antenna 2.",
    "Customer reports the door was propped open during restocking.",
    "Checked HQ link: last report 40 minutes ago.",
    "Replacement part reserved at the regional warehouse.",
    "Temperature back in range after door gasket reseated."};

constexpr DeviceModel kModels[] = {DeviceModel::Cabinet, DeviceModel::Refrigerator,
                                   DeviceModel::Freezer, DeviceModel::Locker};

QString padded(int number, int width) { return u"%1"_s.arg(number, width, 10, QChar(u'0')); }

} // namespace

DemoGenerator::DemoGenerator(const DemoOptions &options)
    : m_options(options), m_state(options.seed ^ 0x9E3779B97F4A7C15ull)
{
    if (!m_options.anchor.isValid())
        m_options.anchor = QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);
}

// splitmix64: tiny, fast and identical on every platform and Qt version.
std::uint64_t DemoGenerator::next()
{
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

int DemoGenerator::uniform(int lowInclusive, int highInclusive)
{
    const auto span = static_cast<std::uint64_t>(highInclusive - lowInclusive + 1);
    return lowInclusive + static_cast<int>(next() % span);
}

double DemoGenerator::unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

template<class T, std::size_t N>
const T &DemoGenerator::pick(const T (&items)[N])
{
    return items[next() % N];
}

DemoCounts DemoGenerator::generate(const std::function<void(const QJsonObject &)> &sink)
{
    DemoCounts counts;
    const int ticketTotal = std::max(0, m_options.tickets);
    const int customerTotal = std::clamp(ticketTotal / 40, 3, 2500);
    const QDateTime anchor = m_options.anchor.toUTC();

    struct DeviceRef
    {
        QString serial;
        QString siteId;
        QString customerId;
    };
    QList<DeviceRef> devices;

    for (int c = 1; c <= customerTotal; ++c) {
        Customer customer;
        customer.id = u"customer:C%1"_s.arg(padded(c, 5));
        customer.region = (c % 3 == 0) ? Region::Eu : Region::Us;
        customer.name = QString::fromUtf8(pick(kCompanyStems)) + u' '
                        + QString::fromUtf8(pick(kCompanyKinds));
        const int contactCount = uniform(1, 3);
        for (int k = 0; k < contactCount; ++k) {
            const QString first = QString::fromUtf8(pick(kFirstNames));
            const QString last = QString::fromUtf8(pick(kLastNames));
            const QString domain = customer.region == Region::Eu ? u"example.de"_s : u"example.com"_s;
            customer.contacts.append({first + u' ' + last,
                                      first.toLower() + u'.' + last.toLower() + u'@' + domain,
                                      customer.region == Region::Eu
                                          ? u"+49 6221 %1"_s.arg(uniform(100000, 999999))
                                          : u"+1 312 555 %1"_s.arg(padded(uniform(0, 9999), 4)),
                                      unit() < 0.7});
        }
        sink(customer.toJson());
        ++counts.customers;

        const int siteCount = uniform(1, 3);
        for (int s = 1; s <= siteCount; ++s) {
            Site site;
            site.id = u"site:C%1-S%2"_s.arg(padded(c, 5)).arg(s);
            site.customerId = customer.id;
            site.region = customer.region;
            site.name = QString::fromUtf8(pick(kSiteNames));
            site.address = u"%1 %2, %3"_s.arg(uniform(1, 250))
                               .arg(QString::fromUtf8(pick(kStreets)),
                                    QString::fromUtf8(site.region == Region::Eu ? pick(kEuCities)
                                                                                : pick(kUsCities)));
            sink(site.toJson());
            ++counts.sites;

            const int deviceCount = uniform(1, 4);
            for (int d = 0; d < deviceCount; ++d) {
                Device device;
                const DeviceModel model = kModels[(counts.devices + d) % 4];
                const char modelLetter = "CRFL"[static_cast<int>(model) - 1];
                device.serial = u"FB%1%2"_s.arg(QLatin1Char(modelLetter)).arg(padded(counts.devices + 1, 7));
                device.id = u"device:"_s + device.serial;
                device.model = model;
                device.siteId = site.id;
                device.installDate = anchor.date().addDays(-uniform(30, 5 * 365));
                device.firmware = u"1.%1.%2"_s.arg(uniform(2, 4)).arg(uniform(0, 9));
                sink(device.toJson());
                ++counts.devices;
                devices.append({device.serial, site.id, customer.id});

                // A device past its warranty sometimes has a charged repair on record.
                if (device.installDate.daysTo(anchor.date()) > 400 && unit() < 0.3) {
                    ServiceEvent event;
                    event.id = u"service_event:E%1"_s.arg(padded(counts.serviceEvents + 1, 7));
                    event.deviceSerial = device.serial;
                    event.date = anchor.date().addDays(-uniform(20, 200));
                    event.charged = true;
                    event.parts.append({model == DeviceModel::Locker ? u"LCK-SOL-24"_s : u"ANT-UHF-01"_s, 1, {}});
                    event.labourHours = 1.5;
                    sink(event.toJson());
                    ++counts.serviceEvents;
                }
            }
        }
    }

    for (int t = 1; t <= ticketTotal; ++t) {
        const DeviceRef &device = devices.at(static_cast<qsizetype>(next() % devices.size()));
        Ticket ticket;
        ticket.number = u"T-%1"_s.arg(padded(t, 6));
        ticket.id = u"ticket:"_s + ticket.number;
        ticket.customerId = device.customerId;
        ticket.siteId = device.siteId;
        ticket.deviceSerial = device.serial;
        ticket.priority = unit() < 0.25 ? Priority::High : Priority::Normal;
        const double channelRoll = unit();
        ticket.channel = channelRoll < 0.35   ? Channel::Phone
                         : channelRoll < 0.7  ? Channel::Email
                         : channelRoll < 0.95 ? Channel::Monitoring
                                              : Channel::Onsite;
        ticket.summary = QString::fromUtf8(pick(kSummaries));
        // Older tickets (low numbers) lie further back and are mostly closed.
        const double age = 1.0 - static_cast<double>(t) / (ticketTotal + 1);
        const qint64 secondsBack = static_cast<qint64>(age * age * 720 * 86400) + uniform(600, 86400 * 3);
        ticket.receivedAt = anchor.addSecs(-secondsBack);
        const QString technician = QString::fromUtf8(pick(kTechnicians));

        static const TicketStatus path[] = {TicketStatus::RemoteTroubleshooting,
                                            TicketStatus::EscalatedInternal,
                                            TicketStatus::OnsiteScheduled, TicketStatus::Onsite,
                                            TicketStatus::Resolved, TicketStatus::Closed};
        const bool old = age > 0.05;
        const int steps = old ? (unit() < 0.9 ? 6 : uniform(4, 6)) : uniform(0, 6);
        const bool skipInternal = unit() < 0.6;
        QDateTime at = ticket.receivedAt;
        ticket.statusHistory.append({TicketStatus::New, at, u"hq"_s, u"Received"_s, {}});
        for (int step = 0; step < steps; ++step) {
            const TicketStatus to = path[step];
            if (to == TicketStatus::EscalatedInternal && skipInternal)
                continue;
            at = at.addSecs(uniform(300, 8 * 3600));
            if (at > anchor)
                break;
            QString reason;
            if (to == TicketStatus::EscalatedInternal)
                reason = u"Needs engineering review"_s;
            else if (to == TicketStatus::OnsiteScheduled)
                reason = u"Part must be replaced on site"_s;
            else if (to == TicketStatus::Resolved)
                reason = u"Fixed and verified with a full scan"_s;
            else if (to == TicketStatus::Closed)
                reason = u"Customer confirmed"_s;
            ticket.statusHistory.append({to, at, technician, reason, {}});
            ticket.status = to;
            ticket.touch(u"status"_s, at);
        }
        const int noteCount = uniform(0, 2);
        for (int n = 0; n < noteCount; ++n) {
            const QDateTime noteAt = ticket.receivedAt.addSecs(uniform(60, 3600));
            ticket.notes.append({u"%1-n%2"_s.arg(ticket.number).arg(n + 1), noteAt, technician,
                                 QString::fromUtf8(pick(kNotes)), {}});
            ticket.touch(u"notes"_s, noteAt);
        }
        if (!ticket.updatedAt.isValid())
            ticket.updatedAt = ticket.receivedAt;
        sink(ticket.toJson());
        ++counts.tickets;
    }
    return counts;
}

} // namespace fb
