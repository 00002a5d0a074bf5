#include "domain/policy/business_calendar.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fb::policy {
namespace {

QDate nthWeekday(int year, int month, int weekday, int n)
{
    QDate date(year, month, 1);
    date = date.addDays((weekday - date.dayOfWeek() + 7) % 7);
    date = date.addDays(7 * (n - 1));
    return date.month() == month ? date : QDate(); // "5th Monday" may not exist
}

QDate lastWeekday(int year, int month, int weekday)
{
    QDate date(year, month, QDate(year, month, 1).daysInMonth());
    return date.addDays(-((date.dayOfWeek() - weekday + 7) % 7));
}

} // namespace

QDate easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

BusinessCalendar::BusinessCalendar(RegionPolicy region)
    : m_region(std::move(region)), m_zone(m_region.timeZoneId.toUtf8()),
      m_cache(std::make_shared<Cache>())
{}

QList<Holiday> BusinessCalendar::rulesForYear(int year) const
{
    QList<Holiday> result;
    const bool shiftWeekends = m_region.holidayObservance == "us_weekend_shift"_L1;
    for (const HolidayRule &rule : m_region.holidays) {
        QDate actual;
        if (rule.rule == "fixed"_L1)
            actual = QDate(year, rule.month, rule.day);
        else if (rule.rule == "nth_weekday"_L1)
            actual = nthWeekday(year, rule.month, rule.weekday, rule.n);
        else if (rule.rule == "last_weekday"_L1)
            actual = lastWeekday(year, rule.month, rule.weekday);
        else if (rule.rule == "easter"_L1)
            actual = easterSunday(year);
        if (!actual.isValid())
            continue;
        actual = actual.addDays(rule.offsetDays);
        QDate observed = actual;
        // Only fixed-date holidays move; rules by weekday already avoid weekends.
        if (shiftWeekends && rule.rule == "fixed"_L1) {
            if (actual.dayOfWeek() == 6)
                observed = actual.addDays(-1);
            else if (actual.dayOfWeek() == 7)
                observed = actual.addDays(1);
        }
        result.append({observed, actual, rule.name});
    }
    return result;
}

QList<Holiday> BusinessCalendar::holidays(int year) const
{
    QList<Holiday> result;
    // A holiday of a neighbouring year can be observed in this one (1 Jan on a
    // Saturday is observed on 31 Dec of the year before).
    for (int y = year - 1; y <= year + 1; ++y) {
        for (const Holiday &holiday : rulesForYear(y)) {
            if (holiday.date.year() == year)
                result.append(holiday);
        }
    }
    std::sort(result.begin(), result.end(),
              [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    return result;
}

bool BusinessCalendar::isHoliday(QDate date) const
{
    const int year = date.year();
    {
        QMutexLocker lock(&m_cache->mutex);
        const auto it = m_cache->daysOff.constFind(year);
        if (it != m_cache->daysOff.constEnd())
            return it->contains(date);
    }
    // Computed once per year and kept: SLA states are computed for every row shown.
    QSet<QDate> days;
    for (const Holiday &holiday : holidays(year))
        days.insert(holiday.date);
    const bool found = days.contains(date);
    QMutexLocker lock(&m_cache->mutex);
    m_cache->daysOff.insert(year, std::move(days));
    return found;
}

bool BusinessCalendar::isBusinessDay(QDate date) const
{
    return m_region.weekdays.contains(date.dayOfWeek()) && !isHoliday(date);
}

Result<QDateTime> BusinessCalendar::addBusinessSeconds(const QDateTime &from, qint64 seconds) const
{
    QDateTime cursor = from.toTimeZone(m_zone);
    qint64 remaining = qMax<qint64>(0, seconds);
    if (remaining == 0)
        return cursor;
    // Ten years of days is far more than any SLA span; the bound only stops a
    // calendar without business time from looping forever.
    for (int day = 0; day < 3700; ++day) {
        const QDate date = cursor.date();
        if (isBusinessDay(date)) {
            // Windows come from wall times, so a DST change moves them with the zone.
            const QDateTime open(date, m_region.businessStart, m_zone);
            const QDateTime close(date, m_region.businessEnd, m_zone);
            if (cursor < open)
                cursor = open;
            if (cursor <= close) {
                const qint64 available = cursor.secsTo(close);
                if (remaining <= available)
                    return cursor.addSecs(remaining).toTimeZone(m_zone);
                remaining -= available;
            }
        }
        cursor = date.addDays(1).startOfDay(m_zone);
    }
    return makeError(ErrorKind::Data, QCoreApplication::translate(
                                          "fb::policy::Calendar",
                                          "Region %1 has no business hours within ten years; "
                                          "check its weekdays and holidays in the policy.")
                                          .arg(m_region.code));
}

qint64 BusinessCalendar::businessSecondsBetween(const QDateTime &from, const QDateTime &to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    qint64 total = 0;
    QDateTime cursor = from.toTimeZone(m_zone);
    const QDateTime end = to.toTimeZone(m_zone);
    while (cursor < end) {
        const QDate date = cursor.date();
        if (isBusinessDay(date)) {
            const QDateTime open(date, m_region.businessStart, m_zone);
            const QDateTime close(date, m_region.businessEnd, m_zone);
            const QDateTime a = qMax(cursor, open);
            const QDateTime b = qMin(end, close);
            if (a < b)
                total += a.secsTo(b);
        }
        cursor = date.addDays(1).startOfDay(m_zone);
    }
    return total;
}

} // namespace fb::policy
