#pragma once

// The ticket document of hq-sync.md §2 as a value type. Fields the app does
// not know are kept in `raw` (and in each entry's `raw`) and written back
// unchanged, because HQ may add fields before the app learns them.

#include "domain/enums.h"
#include "domain/result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace fb {

struct StatusChange
{
    TicketStatus status = TicketStatus::New;
    QDateTime at;
    QString by;
    QString reason;
    QJsonObject raw;
};

struct TicketNote
{
    QString id;
    QDateTime at;
    QString by;
    QString text;
    QJsonObject raw;
};

struct TimeEntry
{
    QString id;
    QString kind; // "labour" or "travel"
    QDateTime start;
    QDateTime end;
    QString by;
    QJsonObject raw;
};

struct PartUsed
{
    QString id;
    QString partNumber;
    int qty = 1;
    QJsonObject raw;
};

struct TroubleshootingRun
{
    QString id;
    QString wizard;
    QDateTime at;
    QJsonArray path;
    QString outcome;
    QJsonObject raw;
};

struct Ticket
{
    QString id; // "ticket:<key>"
    QString rev;
    QString number;
    QString customerId;
    QString siteId;
    QString deviceSerial;
    Priority priority = Priority::Normal;
    Channel channel = Channel::Phone;
    QString summary;
    TicketStatus status = TicketStatus::New;
    QDateTime receivedAt;
    QList<StatusChange> statusHistory;
    QList<TicketNote> notes;
    QList<TimeEntry> timeEntries;
    QList<PartUsed> partsUsed;
    QList<TroubleshootingRun> troubleshooting;
    QMap<QString, QDateTime> changed; // field name -> time of its last change
    QDateTime updatedAt;
    QJsonObject raw;

    static Result<Ticket> fromJson(const QJsonObject &document);
    QJsonObject toJson() const;

    // Records that `field` changed at `at`, for the merge rules of hq-sync.md §4.
    void touch(const QString &field, const QDateTime &at);
};

} // namespace fb
