// Settling two approvals of one quote (hq-sync.md §4) in a real SQLite
// workspace: the conflict as LocalPeer leaves it, the list, a stale choice
// refused, the choice stored as a new revision over the current leaf with the
// other leaf closed, the discarded approval kept on the quote, and a second
// settling of the same conflict refused; the note on the quote's ticket; a
// kept approval whose file is missing refused with nothing written. (The
// round trip through a real HQ is in tests/sync_gui/tst_sync_gui.cpp, the
// signature files through it in tst_sync_conflict_files.cpp.)

#include "domain/time_format.h"
#include "storage/document_store.h"
#include "support/test_support.h"
#include "sync/conflict_attachments.h"
#include "sync/conflict_settlement.h"
#include "sync/local_peer.h"
#include "sync/sync_settings.h"
#include "sync_fixtures.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fb;

namespace {

QJsonObject approvedQuote(const QString &signer, const QString &total)
{
    return test::approved(test::makeQuote(u"two"_s, u"ticket:t1"_s), signer, total);
}

} // namespace

class TestSyncConflicts : public QObject
{
    Q_OBJECT

private:
    // A workspace where Alice approved here and HQ's approval by Bob won.
    std::unique_ptr<storage::Workspace> conflicted(QTemporaryDir &dir, QString *localRev)
    {
        auto workspace = test::createWorkspace(dir);
        auto stored =
            storage::DocumentStore(workspace->db()).put(approvedQuote(u"Alice"_s, u"129.60"_s));
        if (!stored)
            return {};
        *localRev = stored->value("_rev"_L1).toString();
        sync::RemoteRevision remote;
        remote.id = u"quote:two"_s;
        remote.rev = u"1-ffffffffffffffffffffffffffffffff"_s; // wins over any local 1-<md5>
        remote.history = {remote.rev};
        remote.body = approvedQuote(u"Bob"_s, u"140.00"_s);
        sync::LocalPeer peer(workspace->db());
        auto outcome = peer.applyRemote(remote);
        if (!outcome || outcome->kind != sync::ApplyOutcome::NeedsAttention)
            return {};
        return workspace;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listedAndSettledByKeepingTheOther()
    {
        QTemporaryDir dir;
        QString aliceRev;
        auto workspace = conflicted(dir, &aliceRev);
        QVERIFY(workspace);
        storage::Database &db = workspace->db();
        const QString bobRev = u"1-ffffffffffffffffffffffffffffffff"_s;

        auto open = sync::loadOpenConflicts(db);
        QVERIFY2(open, open ? "" : qPrintable(open.error().message));
        QCOMPARE(open->size(), 1);
        const sync::OpenConflict conflict = open->first();
        QCOMPARE(conflict.docId, u"quote:two"_s);
        QCOMPARE(conflict.reason, u"two_approvals"_s);
        QCOMPARE(conflict.currentRev, bobRev);
        QCOMPARE(conflict.otherRev, aliceRev);
        QCOMPARE(conflict.current.value("approval"_L1)["signer"_L1].toString(), u"Bob"_s);
        QCOMPARE(conflict.other.value("approval"_L1)["signer"_L1].toString(), u"Alice"_s);
        QVERIFY(conflict.foundAt.isValid());
        QCOMPARE(sync::loadSyncStatus(db)->needsAttention, 1);

        // A choice made on what is no longer current is refused; nothing changes.
        auto stale = sync::settleConflict(db, conflict.docId, conflict.otherRev, u"1-old"_s,
                                          sync::ConflictChoice::KeepOther, u"tech7"_s);
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind, ErrorKind::Rule);
        QVERIFY2(stale.error().message.contains(u"look at them again"_s),
                 qPrintable(stale.error().message));
        QCOMPARE(test::localCount(db, "SELECT count(*) FROM sync_conflicts"), 1);
        QCOMPARE(test::localDocument(db, u"quote:two"_s).value("_rev"_L1).toString(), bobRev);

        const int queuedBefore = test::localCount(db, "SELECT count(*) FROM outbox");
        auto settled =
            sync::settleConflict(db, conflict.docId, conflict.otherRev, conflict.currentRev,
                                 sync::ConflictChoice::KeepOther, u"tech7"_s);
        QVERIFY2(settled, settled ? "" : qPrintable(settled.error().message));
        // Alice's approval, as a new revision over Bob's leaf.
        const QJsonObject now = test::localDocument(db, u"quote:two"_s);
        QCOMPARE(now.value("_rev"_L1).toString(), *settled);
        QVERIFY(settled->startsWith(u"2-"_s));
        QCOMPARE(now.value("approval"_L1)["signer"_L1].toString(), u"Alice"_s);
        QCOMPARE(now.value("total"_L1).toString(), u"129.60"_s);
        auto parent = db.prepare("SELECT parent FROM revisions WHERE doc_id = 'quote:two' AND "
                                 "rev = ?1");
        QVERIFY(parent);
        parent->bind(1, *settled);
        QVERIFY(*parent->step());
        QCOMPARE(parent->text(0), bobRev);
        // Bob's approval is not lost: it stays on the quote, whole.
        const QJsonArray discarded = now.value("discarded_approvals"_L1).toArray();
        QCOMPARE(discarded.size(), 1);
        const QJsonObject entry = discarded.first().toObject();
        QCOMPARE(entry.value("rev"_L1).toString(), bobRev);
        QCOMPARE(entry.value("settled_by"_L1).toString(), u"tech7"_s);
        QCOMPARE(entry.value("body"_L1)["approval"_L1]["signer"_L1].toString(), u"Bob"_s);
        QCOMPARE(entry.value("body"_L1)["total"_L1].toString(), u"140.00"_s);
        // Alice's old leaf is closed with a deletion; both go to HQ.
        QCOMPARE(test::localCount(db, "SELECT count(*) FROM revisions WHERE doc_id = 'quote:two' "
                                      "AND deleted = 1"),
                 1);
        QCOMPARE(test::localCount(db, "SELECT count(*) FROM outbox"), queuedBefore + 2);
        QCOMPARE(test::localCount(db, "SELECT count(*) FROM sync_conflicts"), 0);
        QCOMPARE(sync::loadSyncStatus(db)->needsAttention, 0);
        QCOMPARE(test::localCount(db, "SELECT count(*) FROM quote_rows WHERE total = '129.60'"), 1);

        // Settled already: said so, nothing written.
        auto again = sync::settleConflict(db, conflict.docId, conflict.otherRev, *settled,
                                          sync::ConflictChoice::KeepCurrent, u"tech7"_s);
        QVERIFY(!again);
        QCOMPARE(again.error().kind, ErrorKind::NotFound);
        QVERIFY2(again.error().message.contains(u"settled already"_s),
                 qPrintable(again.error().message));
        QCOMPARE(test::localDocument(db, u"quote:two"_s).value("_rev"_L1).toString(), *settled);
    }

    void keepingTheCurrentOneClosesTheOther()
    {
        QTemporaryDir dir;
        QString aliceRev;
        auto workspace = conflicted(dir, &aliceRev);
        QVERIFY(workspace);
        storage::Database &db = workspace->db();
        auto settled = sync::settleConflict(db, u"quote:two"_s, aliceRev,
                                            u"1-ffffffffffffffffffffffffffffffff"_s,
                                            sync::ConflictChoice::KeepCurrent, u"tech7"_s);
        QVERIFY2(settled, settled ? "" : qPrintable(settled.error().message));
        const QJsonObject now = test::localDocument(db, u"quote:two"_s);
        QCOMPARE(now.value("approval"_L1)["signer"_L1].toString(), u"Bob"_s);
        const QJsonObject entry = now.value("discarded_approvals"_L1).toArray().first().toObject();
        QCOMPARE(entry.value("rev"_L1).toString(), aliceRev);
        QCOMPARE(entry.value("body"_L1)["approval"_L1]["signer"_L1].toString(), u"Alice"_s);
        // The tombstone to push carries Alice's leaf as its parent.
        sync::LocalPeer peer(db);
        auto tombstone = db.prepare("SELECT rev FROM revisions WHERE doc_id = 'quote:two' AND "
                                    "deleted = 1 AND parent = ?1");
        QVERIFY(tombstone);
        tombstone->bind(1, aliceRev);
        QVERIFY(*tombstone->step());
        auto pushed = peer.documentToPush(u"quote:two"_s, tombstone->text(0));
        QVERIFY(pushed && *pushed);
        QVERIFY((*pushed)->value("_deleted"_L1).toBool());
        QCOMPARE((*pushed)->value("_revisions"_L1)["ids"_L1].toArray().size(), 2);
        QVERIFY(sync::loadOpenConflicts(db)->isEmpty());
    }

    // The settling is written on the quote's ticket as a normal note (queued
    // for HQ with the settlement), also on a closed ticket.
    void settlingNotesTheTicket_data()
    {
        QTest::addColumn<QString>("status");
        QTest::newRow("open ticket") << u"new"_s;
        QTest::newRow("closed ticket") << u"closed"_s;
    }

    void settlingNotesTheTicket()
    {
        QFETCH(QString, status);
        QTemporaryDir dir;
        QString aliceRev;
        auto workspace = conflicted(dir, &aliceRev);
        QVERIFY(workspace);
        storage::Database &db = workspace->db();
        QJsonObject ticket = test::makeTicket(u"t1"_s, u"T-000001"_s);
        ticket.insert("status"_L1, status);
        QVERIFY(storage::DocumentStore(db).put(ticket));
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        auto settled = sync::settleConflict(db, u"quote:two"_s, aliceRev,
                                            u"1-ffffffffffffffffffffffffffffffff"_s,
                                            sync::ConflictChoice::KeepOther, u"tech7"_s);
        QVERIFY2(settled, settled ? "" : qPrintable(settled.error().message));
        const QJsonObject now = test::localDocument(db, u"ticket:t1"_s);
        const QJsonArray notes = now.value("notes"_L1).toArray();
        QCOMPARE(notes.size(), 1);
        const QJsonObject note = notes.first().toObject();
        QCOMPARE(note.value("by"_L1).toString(), u"tech7"_s);
        QVERIFY(!note.value("id"_L1).toString().isEmpty());
        const auto at = parseIsoTime(note.value("at"_L1).toString());
        QVERIFY(at && *at >= before && *at <= QDateTime::currentDateTimeUtc().addSecs(1));
        QCOMPARE(note.value("text"_L1).toString(),
                 u"Two approvals of quote Q-two were settled by tech7 at %1. Kept: the approval "
                 "by Alice, signed 2026-11-29 14:03 UTC. Discarded: the approval by Bob, signed "
                 "2026-11-29 14:03 UTC."_s.arg(at->toString(u"yyyy-MM-dd HH:mm 'UTC'"_s)));
        QVERIFY(now.value("changed"_L1).toObject().contains("notes"_L1));
        QCOMPARE(now.value("status"_L1).toString(), status);
        // It goes to HQ with the next sync, like any note.
        auto queued = db.prepare("SELECT count(*) FROM outbox WHERE doc_id = 'ticket:t1' AND "
                                 "rev = ?1");
        QVERIFY(queued);
        queued->bind(1, now.value("_rev"_L1).toString());
        QVERIFY(*queued->step());
        QCOMPARE(queued->integer(0), 1);
    }

    // The approval to keep lists a file that is not here: refused with a
    // clear message, and nothing of the settlement (quote, record, note,
    // outbox) is written.
    void keptFileMissingChangesNothing()
    {
        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir);
        storage::Database &db = workspace->db();
        QVERIFY(storage::DocumentStore(db).put(test::makeTicket(u"t1"_s, u"T-000001"_s)));
        QJsonObject alice = approvedQuote(u"Alice"_s, u"129.60"_s);
        alice.insert("_attachments"_L1,
                     QJsonObject{{u"signature.png"_s,
                                  QJsonObject{{"content_type"_L1, u"image/png"_s},
                                              {"digest"_L1, u"md5-AAAAAAAAAAAAAAAAAAAAAA=="_s},
                                              {"length"_L1, 10},
                                              {"stub"_L1, true}}}});
        auto stored = storage::DocumentStore(db).put(alice);
        QVERIFY(stored);
        const QString aliceRev = stored->value("_rev"_L1).toString();
        sync::RemoteRevision remote;
        remote.id = u"quote:two"_s;
        remote.rev = u"1-ffffffffffffffffffffffffffffffff"_s;
        remote.history = {remote.rev};
        remote.body = approvedQuote(u"Bob"_s, u"140.00"_s);
        auto outcome = sync::LocalPeer(db).applyRemote(remote);
        QVERIFY(outcome && outcome->kind == sync::ApplyOutcome::NeedsAttention);
        auto lost = sync::keepSetAsideAttachments(db, remote.id, {});
        QVERIFY(lost);
        QCOMPARE(lost->size(), 1);
        QVERIFY2(lost->first().startsWith(u"signature.png: "_s), qPrintable(lost->first()));

        const int queued = test::localCount(db, "SELECT count(*) FROM outbox");
        auto settled = sync::settleConflict(db, remote.id, aliceRev, remote.rev,
                                            sync::ConflictChoice::KeepOther, u"tech7"_s);
        QVERIFY(!settled);
        QCOMPARE(settled.error().kind, ErrorKind::Data);
        QVERIFY2(settled.error().message.contains(u"signature.png"_s) &&
                     settled.error().message.contains(u"nothing was changed"_s),
                 qPrintable(settled.error().message));
        QCOMPARE(test::localDocument(db, remote.id).value("_rev"_L1).toString(), remote.rev);
        QCOMPARE(test::localCount(db, "SELECT count(*) FROM sync_conflicts"), 1);
        QCOMPARE(test::localCount(db, "SELECT count(*) FROM outbox"), queued);
        QVERIFY(test::localDocument(db, u"ticket:t1"_s).value("notes"_L1).toArray().isEmpty());
        // Keeping the one whose files are here still works.
        QVERIFY(sync::settleConflict(db, remote.id, aliceRev, remote.rev,
                                     sync::ConflictChoice::KeepCurrent, u"tech7"_s));
    }

    void unknownConflictIsRefused()
    {
        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir);
        auto missing = sync::settleConflict(workspace->db(), u"quote:nope"_s, u"1-a"_s, {},
                                            sync::ConflictChoice::KeepOther, u"tech7"_s);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
        QVERIFY(missing.error().message.contains(u"quote:nope"_s));
        QVERIFY(sync::loadOpenConflicts(workspace->db())->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncConflicts)
#include "tst_sync_conflicts.moc"
