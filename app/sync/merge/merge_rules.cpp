#include "sync/merge/merge_rules.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fb::sync {
namespace {

// Lists merged entry by entry (union by `id`) instead of field by field.
const QLatin1StringView kTicketLists[] = {"notes"_L1, "time_entries"_L1, "parts_used"_L1,
                                          "troubleshooting"_L1};
const QLatin1StringView kQuoteLists[] = {"lines"_L1};

bool isMeta(const QString &key)
{
    return key.startsWith(u'_');
}

QString compact(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

// The time an entry last changed. ISO UTC strings order as times do, so the
// latest of the fields an entry may carry is the string maximum.
QString entryTime(const QJsonObject &entry)
{
    QString latest;
    for (auto key : {"updated_at"_L1, "changed_at"_L1, "at"_L1, "end"_L1, "start"_L1})
        latest = std::max(latest, entry.value(key).toString());
    return latest;
}

QString sortTime(const QJsonObject &entry)
{
    for (auto key : {"at"_L1, "start"_L1, "signed_at"_L1})
        if (entry.contains(key))
            return entry.value(key).toString();
    return {};
}

// Union by id; an entry present on both sides with different content keeps
// the later change (ties: the winning side). Entries without an id are kept
// from both sides unless identical.
QJsonArray unionById(const QJsonArray &winner, const QJsonArray &loser)
{
    QList<QJsonObject> merged;
    QHash<QString, qsizetype> byId;
    QSet<QString> seen;
    auto add = [&](const QJsonObject &entry, bool fromWinner) {
        const QString id = entry.value("id"_L1).toString();
        if (id.isEmpty()) {
            const QString key = compact(entry);
            if (!seen.contains(key)) {
                seen.insert(key);
                merged.append(entry);
            }
            return;
        }
        const auto it = byId.constFind(id);
        if (it == byId.constEnd()) {
            byId.insert(id, merged.size());
            merged.append(entry);
            return;
        }
        QJsonObject &existing = merged[*it];
        if (existing == entry)
            return;
        const QString existingTime = entryTime(existing);
        const QString candidateTime = entryTime(entry);
        if (candidateTime > existingTime || (candidateTime == existingTime && fromWinner))
            existing = entry;
    };
    for (const QJsonValue &value : winner)
        add(value.toObject(), true);
    for (const QJsonValue &value : loser)
        add(value.toObject(), false);
    std::stable_sort(merged.begin(), merged.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return sortTime(a) < sortTime(b);
    });
    QJsonArray out;
    for (const QJsonObject &entry : std::as_const(merged))
        out.append(entry);
    return out;
}

// Field by field: the side whose changed[field] is later; the winner on ties.
// Lists named in `lists` are merged by entry; status_history is a log, so it
// keeps every entry of both sides.
QJsonObject mergeFields(const QJsonObject &ours, const QJsonObject &theirs, bool theirsWinsTies,
                        std::initializer_list<QLatin1StringView> lists)
{
    const QJsonObject &winner = theirsWinsTies ? theirs : ours;
    const QJsonObject &loser = theirsWinsTies ? ours : theirs;
    const QJsonObject oursChanged = ours.value("changed"_L1).toObject();
    const QJsonObject theirsChanged = theirs.value("changed"_L1).toObject();

    QJsonObject merged = winner;
    QSet<QString> listKeys;
    for (auto list : lists)
        listKeys.insert(QString(list));
    QStringList keys = winner.keys();
    for (const QString &key : loser.keys())
        if (!winner.contains(key))
            keys.append(key);

    for (const QString &key : std::as_const(keys)) {
        if (isMeta(key) || key == "changed"_L1 || key == "updated_at"_L1)
            continue;
        if (listKeys.contains(key)) {
            merged.insert(key, unionById(winner.value(key).toArray(), loser.value(key).toArray()));
            continue;
        }
        if (key == "status_history"_L1) {
            merged.insert(key, unionById(winner.value(key).toArray(), loser.value(key).toArray()));
            continue;
        }
        if (!winner.contains(key)) {
            merged.insert(key, loser.value(key)); // a field only one side has: keep it
            continue;
        }
        if (!loser.contains(key) || winner.value(key) == loser.value(key))
            continue;
        const QString oursAt = oursChanged.value(key).toString();
        const QString theirsAt = theirsChanged.value(key).toString();
        if (oursAt == theirsAt)
            continue; // winner's value
        merged.insert(key, oursAt > theirsAt ? ours.value(key) : theirs.value(key));
    }

    QJsonObject changed = winner.value("changed"_L1).toObject();
    const QJsonObject loserChanged = loser.value("changed"_L1).toObject();
    for (auto it = loserChanged.begin(); it != loserChanged.end(); ++it) {
        if (it.value().toString() > changed.value(it.key()).toString())
            changed.insert(it.key(), it.value());
    }
    if (!changed.isEmpty() || winner.contains("changed"_L1) || loser.contains("changed"_L1))
        merged.insert("changed"_L1, changed);
    const QString updated =
        std::max(ours.value("updated_at"_L1).toString(), theirs.value("updated_at"_L1).toString());
    if (!updated.isEmpty())
        merged.insert("updated_at"_L1, updated);
    return merged;
}

bool isApproved(const QJsonObject &quote)
{
    return quote.value("status"_L1).toString() == "approved"_L1;
}

// What a change order must keep: the priced content, not the workflow state.
bool sameContent(const QJsonObject &a, const QJsonObject &b)
{
    for (auto key : {"lines"_L1, "tax_rate"_L1, "subtotal"_L1, "tax"_L1, "total"_L1, "currency"_L1})
        if (a.value(key) != b.value(key))
            return false;
    return true;
}

QJsonObject changeOrderFrom(const QJsonObject &approved, const QJsonObject &edit)
{
    // The id derives from the losing edit, so two replicas settling the same
    // conflict create the same document instead of two.
    const QByteArray digest =
        QCryptographicHash::hash(QJsonDocument(edit).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Md5)
            .toHex()
            .left(10);
    const QString approvedId = approved.value("_id"_L1).toString();
    QJsonObject order = edit;
    for (const QString &key : order.keys())
        if (isMeta(key))
            order.remove(key);
    order.insert("_id"_L1, QString(approvedId + u"-co-"_s + QString::fromLatin1(digest)));
    order.insert("status"_L1, u"draft"_s);
    order.insert("extends"_L1, approvedId);
    order.remove("approval"_L1);
    const QString number = approved.value("number"_L1).toString();
    if (!number.isEmpty())
        order.insert("number"_L1, QString(number + u"-CO"_s));
    return order;
}

} // namespace

QJsonObject mergeTicket(const QJsonObject &ours, const QJsonObject &theirs, bool theirsWinsTies)
{
    return mergeFields(ours, theirs, theirsWinsTies,
                       {kTicketLists[0], kTicketLists[1], kTicketLists[2], kTicketLists[3]});
}

MergeOutcome mergeQuote(const QJsonObject &ours, const QJsonObject &theirs, bool theirsWinsTies)
{
    MergeOutcome outcome;
    const bool oursApproved = isApproved(ours);
    const bool theirsApproved = isApproved(theirs);
    if (oursApproved && theirsApproved) {
        if (ours.value("approval"_L1) != theirs.value("approval"_L1)) {
            // Two signatures: a person decides, the data stays as both sides wrote it.
            outcome.merged = theirsWinsTies ? theirs : ours;
            outcome.needsAttention = true;
            outcome.note = u"two_approvals"_s;
            return outcome;
        }
        outcome.merged = mergeFields(ours, theirs, theirsWinsTies, {kQuoteLists[0]});
        outcome.note = u"quote_fields"_s;
        return outcome;
    }
    if (oursApproved || theirsApproved) {
        const QJsonObject &approved = oursApproved ? ours : theirs;
        const QJsonObject &edit = oursApproved ? theirs : ours;
        outcome.merged = approved;
        outcome.note = u"approved_wins"_s;
        if (!sameContent(approved, edit)) {
            outcome.extraDocuments.append(changeOrderFrom(approved, edit));
            outcome.note = u"approved_wins_change_order"_s;
        }
        return outcome;
    }
    outcome.merged = mergeFields(ours, theirs, theirsWinsTies, {kQuoteLists[0]});
    outcome.note = u"quote_fields"_s;
    return outcome;
}

MergeOutcome mergeConflict(const QJsonObject &ours, const QJsonObject &theirs, bool theirsWinsTies)
{
    const QString type = theirs.value("type"_L1).toString();
    if (type == "ticket"_L1)
        return MergeOutcome{
            mergeTicket(ours, theirs, theirsWinsTies), {}, false, u"ticket_fields"_s};
    if (type == "quote"_L1)
        return mergeQuote(ours, theirs, theirsWinsTies);
    // Other types: HQ writes them; its side wins.
    return MergeOutcome{theirs, {}, false, u"hq_wins"_s};
}

} // namespace fb::sync
