#pragma once

// Bulletins (hq-sync.md `bulletin`) for the notices page, and the notice rule
// of service-policy.md §7: a discontinuation needs at least 30 days' notice.

#include "domain/policy/policy.h"
#include "domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace fb::policy {

struct Bulletin
{
    QString id;
    QString kind; // "planned_outage", "discontinuation", "advisory" (others kept as given)
    QString title;
    QString body;
    QDateTime publishedAt;
    QDateTime effectiveAt; // may be invalid for advisories
    QJsonObject raw;

    static Result<Bulletin> fromJson(const QJsonObject &document);
};

// True for a discontinuation announced less than the policy's minimum notice
// (30 days) before it takes effect.
bool isShortNotice(const Bulletin &bulletin, const Policy &policy);
// Days of notice given (effective date minus publication, whole days, may be negative).
qint64 noticeDays(const Bulletin &bulletin);

// Notices in display order: those still ahead (effective at or after `now`),
// soonest first, then past ones, most recent first.
QList<Bulletin> orderForNotices(QList<Bulletin> bulletins, const QDateTime &now);

} // namespace fb::policy
