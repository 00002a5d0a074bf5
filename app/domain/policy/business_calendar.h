#pragma once

// A region's business calendar (service-policy.md §2): business hours in the
// region's local wall time, weekdays, and holidays by rule for any year. DST is
// the time zone's business: windows are built from local wall times.

#include "domain/policy/policy.h"
#include "domain/result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QTimeZone>

#include <memory>

namespace fb::policy {

struct Holiday
{
    QDate date;   // the day off (the observed day where the rules shift it)
    QDate actual; // the calendar date of the holiday itself
    QString name;
    bool observed() const { return date != actual; }
};

// Easter Sunday by the Gregorian computus (anonymous algorithm, Meeus/Jones/Butcher).
QDate easterSunday(int year);

class BusinessCalendar
{
public:
    explicit BusinessCalendar(RegionPolicy region);

    const RegionPolicy &region() const { return m_region; }
    const QTimeZone &timeZone() const { return m_zone; }

    // The days off whose `date` falls in `year`, sorted; includes a day
    // observed in `year` for a holiday of the next or previous year.
    QList<Holiday> holidays(int year) const;
    bool isHoliday(QDate date) const;
    bool isBusinessDay(QDate date) const;

    // Counts `seconds` of business time forward from `from` and returns the
    // instant reached, in the region's zone. A count that ends exactly at
    // closing time ends there (not at the next opening). Fails only when the
    // calendar has no business time within ten years.
    Result<QDateTime> addBusinessSeconds(const QDateTime &from, qint64 seconds) const;
    // Business seconds between two instants (0 when `to` is not after `from`).
    qint64 businessSecondsBetween(const QDateTime &from, const QDateTime &to) const;

    QDateTime toLocal(const QDateTime &time) const { return time.toTimeZone(m_zone); }

private:
    QList<Holiday> rulesForYear(int year) const;

    struct Cache
    {
        QMutex mutex;
        QHash<int, QSet<QDate>> daysOff; // by year
    };

    RegionPolicy m_region;
    QTimeZone m_zone;
    std::shared_ptr<Cache> m_cache; // shared by copies; guarded, so threads may share a calendar
};

} // namespace fb::policy
