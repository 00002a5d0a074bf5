#include "domain/policy/bulletins.h"

#include "domain/json_fields.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fb::policy {

Result<Bulletin> Bulletin::fromJson(const QJsonObject &document)
{
    const auto invalid = [&](const QString &what) {
        return makeError(ErrorKind::Data, QCoreApplication::translate("fb::policy::Bulletins",
                                                                      "Invalid bulletin %1: %2")
                                              .arg(document.value("_id"_L1).toString(), what));
    };
    Bulletin bulletin;
    bulletin.raw = document;
    bulletin.id = document.value("_id"_L1).toString();
    if (!bulletin.id.startsWith("bulletin:"_L1))
        return invalid(u"_id must start with \"bulletin:\""_s);
    bulletin.kind = document.value("kind"_L1).toString();
    if (bulletin.kind.isEmpty())
        return invalid(u"kind is missing"_s);
    bulletin.title = document.value("title"_L1).toString();
    bulletin.body = document.value("body"_L1).toString();
    auto published = json::requireTime(document, "published_at"_L1);
    if (!published)
        return invalid(published.error().message);
    bulletin.publishedAt = *published;
    auto effective = json::optionalTime(document, "effective_at"_L1);
    if (!effective)
        return invalid(effective.error().message);
    bulletin.effectiveAt = *effective;
    if (!bulletin.effectiveAt.isValid() && bulletin.kind != "advisory"_L1)
        return invalid(u"effective_at is required for %1"_s.arg(bulletin.kind));
    return bulletin;
}

qint64 noticeDays(const Bulletin &bulletin)
{
    if (!bulletin.effectiveAt.isValid() || !bulletin.publishedAt.isValid())
        return 0;
    return bulletin.publishedAt.secsTo(bulletin.effectiveAt) / 86400;
}

bool isShortNotice(const Bulletin &bulletin, const Policy &policy)
{
    if (bulletin.kind != "discontinuation"_L1 || !bulletin.effectiveAt.isValid())
        return false;
    return bulletin.publishedAt.addDays(policy.discontinuationMinNoticeDays) > bulletin.effectiveAt;
}

QList<Bulletin> orderForNotices(QList<Bulletin> bulletins, const QDateTime &now)
{
    const auto when = [](const Bulletin &b) {
        return b.effectiveAt.isValid() ? b.effectiveAt : b.publishedAt;
    };
    std::stable_sort(bulletins.begin(), bulletins.end(), [&](const Bulletin &a, const Bulletin &b) {
        const bool aAhead = when(a) >= now;
        const bool bAhead = when(b) >= now;
        if (aAhead != bAhead)
            return aAhead;
        return aAhead ? when(a) < when(b) : when(a) > when(b);
    });
    return bulletins;
}

} // namespace fb::policy
