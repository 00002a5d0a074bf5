// The merge rules of hq-sync.md §4 on plain JSON.

#include "sync/merge/merge_rules.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fb;

namespace {

QJsonObject note(const QString &id, const QString &at, const QString &text)
{
    return QJsonObject{{u"id"_s, id}, {u"at"_s, at}, {u"by"_s, u"x"_s}, {u"text"_s, text}};
}

QJsonObject baseTicket()
{
    return QJsonObject{{u"_id"_s, u"ticket:1"_s},    {u"type"_s, u"ticket"_s},
                       {u"status"_s, u"new"_s},      {u"priority"_s, u"normal"_s},
                       {u"summary"_s, u"s"_s},       {u"notes"_s, QJsonArray{}},
                       {u"changed"_s, QJsonObject{}}};
}

} // namespace

class TestMergeRules : public QObject
{
    Q_OBJECT

private slots:
    void ticketFieldsTakeTheLaterChange()
    {
        QJsonObject ours = baseTicket();
        ours.insert("status"_L1, u"onsite"_s);
        ours.insert("priority"_L1, u"normal"_s);
        ours.insert("changed"_L1, QJsonObject{{u"status"_s, u"2026-11-02T10:00:00Z"_s},
                                              {u"priority"_s, u"2026-11-01T10:00:00Z"_s}});
        QJsonObject theirs = baseTicket();
        theirs.insert("status"_L1, u"resolved"_s);
        theirs.insert("priority"_L1, u"high"_s);
        theirs.insert("changed"_L1, QJsonObject{{u"status"_s, u"2026-11-02T09:00:00Z"_s},
                                                {u"priority"_s, u"2026-11-02T11:00:00Z"_s}});
        for (bool theirsWins : {true, false}) {
            const QJsonObject merged = sync::mergeTicket(ours, theirs, theirsWins);
            QCOMPARE(merged.value("status"_L1).toString(), u"onsite"_s);
            QCOMPARE(merged.value("priority"_L1).toString(), u"high"_s);
            const QJsonObject changed = merged.value("changed"_L1).toObject();
            QCOMPARE(changed.value("status"_L1).toString(), u"2026-11-02T10:00:00Z"_s);
            QCOMPARE(changed.value("priority"_L1).toString(), u"2026-11-02T11:00:00Z"_s);
        }
    }

    void ticketListsAreUnitedById()
    {
        QJsonObject ours = baseTicket();
        ours.insert("notes"_L1, QJsonArray{note(u"a"_s, u"2026-11-02T10:00:00Z"_s, u"old"_s),
                                           note(u"b"_s, u"2026-11-02T10:01:00Z"_s, u"mine"_s)});
        QJsonObject theirs = baseTicket();
        QJsonObject edited = note(u"a"_s, u"2026-11-02T10:00:00Z"_s, u"edited at HQ"_s);
        edited.insert("updated_at"_L1, u"2026-11-02T12:00:00Z"_s);
        theirs.insert("notes"_L1,
                      QJsonArray{edited, note(u"c"_s, u"2026-11-02T09:00:00Z"_s, u"hq"_s)});
        const QJsonArray notes = sync::mergeTicket(ours, theirs, false).value("notes"_L1).toArray();
        QCOMPARE(notes.size(), 3);
        // Sorted by time; the entry changed on both sides keeps the later change.
        QCOMPARE(notes[0].toObject().value("id"_L1).toString(), u"c"_s);
        QCOMPARE(notes[1].toObject().value("text"_L1).toString(), u"edited at HQ"_s);
        QCOMPARE(notes[2].toObject().value("text"_L1).toString(), u"mine"_s);
    }

    void unknownFieldsFromEitherSideSurvive()
    {
        QJsonObject ours = baseTicket();
        ours.insert("laptop_extra"_L1, 1);
        QJsonObject theirs = baseTicket();
        theirs.insert("hq_extra"_L1, QJsonObject{{u"k"_s, u"v"_s}});
        const QJsonObject merged = sync::mergeTicket(ours, theirs, true);
        QCOMPARE(merged.value("laptop_extra"_L1).toInt(), 1);
        QCOMPARE(merged.value("hq_extra"_L1).toObject().value("k"_L1).toString(), u"v"_s);
    }

    void tiesGoToTheWinningSide()
    {
        QJsonObject ours = baseTicket();
        ours.insert("summary"_L1, u"ours"_s);
        QJsonObject theirs = baseTicket();
        theirs.insert("summary"_L1, u"theirs"_s);
        QCOMPARE(sync::mergeTicket(ours, theirs, true).value("summary"_L1).toString(), u"theirs"_s);
        QCOMPARE(sync::mergeTicket(ours, theirs, false).value("summary"_L1).toString(), u"ours"_s);
    }

    void approvedQuoteWinsAndTheEditBecomesAChangeOrder()
    {
        QJsonObject draft{
            {u"_id"_s, u"quote:7"_s},  {u"type"_s, u"quote"_s},
            {u"number"_s, u"Q-7"_s},   {u"status"_s, u"sent"_s},
            {u"total"_s, u"200.00"_s}, {u"lines"_s, QJsonArray{QJsonObject{{u"id"_s, u"l1"_s}}}}};
        QJsonObject approved = draft;
        approved.insert("status"_L1, u"approved"_s);
        approved.insert("total"_L1, u"100.00"_s);
        approved.insert("approval"_L1, QJsonObject{{u"signer"_s, u"A"_s}});
        for (bool ourApproval : {true, false}) {
            const sync::MergeOutcome outcome = ourApproval
                                                   ? sync::mergeQuote(approved, draft, true)
                                                   : sync::mergeQuote(draft, approved, true);
            QCOMPARE(outcome.merged.value("status"_L1).toString(), u"approved"_s);
            QCOMPARE(outcome.merged.value("total"_L1).toString(), u"100.00"_s);
            QVERIFY(!outcome.needsAttention);
            QCOMPARE(outcome.extraDocuments.size(), 1);
            const QJsonObject order = outcome.extraDocuments.first();
            QCOMPARE(order.value("extends"_L1).toString(), u"quote:7"_s);
            QCOMPARE(order.value("status"_L1).toString(), u"draft"_s);
            QCOMPARE(order.value("total"_L1).toString(), u"200.00"_s);
            QVERIFY(order.value("_id"_L1).toString().startsWith(u"quote:7-co-"_s));
            QVERIFY(!order.contains("approval"_L1));
        }
        // The same settling on two machines names the change order the same.
        QCOMPARE(sync::mergeQuote(approved, draft, true).extraDocuments.first().value("_id"_L1),
                 sync::mergeQuote(draft, approved, false).extraDocuments.first().value("_id"_L1));
    }

    void twoDifferentApprovalsNeedTheUser()
    {
        QJsonObject a{{u"_id"_s, u"quote:8"_s},
                      {u"type"_s, u"quote"_s},
                      {u"status"_s, u"approved"_s},
                      {u"approval"_s, QJsonObject{{u"signer"_s, u"A"_s}}}};
        QJsonObject b = a;
        b.insert("approval"_L1, QJsonObject{{u"signer"_s, u"B"_s}});
        const sync::MergeOutcome outcome = sync::mergeQuote(a, b, true);
        QVERIFY(outcome.needsAttention);
        QCOMPARE(outcome.note, u"two_approvals"_s);
        QVERIFY(outcome.extraDocuments.isEmpty());
    }

    void otherTypesTakeHqsSide()
    {
        QJsonObject ours{
            {u"_id"_s, u"device:1"_s}, {u"type"_s, u"device"_s}, {u"firmware"_s, u"1.0"_s}};
        QJsonObject theirs = ours;
        theirs.insert("firmware"_L1, u"2.0"_s);
        QCOMPARE(sync::mergeConflict(ours, theirs, false).merged.value("firmware"_L1).toString(),
                 u"2.0"_s);
    }
};

QTEST_GUILESS_MAIN(TestMergeRules)
#include "tst_merge_rules.moc"
