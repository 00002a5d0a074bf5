#include "sync/conflict_settlement.h"

#include "domain/ticket.h"
#include "domain/ticket_workflow.h"
#include "domain/time_format.h"
#include "storage/document_store.h"
#include "sync/conflict_attachments.h"
#include "sync/local_peer.h"
#include "sync/sync_log.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace fb::sync {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::sync::ConflictSettlement", text);
}

// One fixed form ("2026-11-29 14:03 UTC"): the note is stored and goes to HQ.
QString noteTime(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

QString approvalText(const QJsonObject &quote)
{
    const QJsonObject approval = quote.value("approval"_L1).toObject();
    const QString signer = approval.value("signer"_L1).toString();
    const auto signedAt = parseIsoTime(approval.value("signed_at"_L1).toString());
    return tr("%1, signed %2")
        .arg(signer.isEmpty() ? tr("(no signer named)") : signer,
             signedAt ? noteTime(*signedAt) : tr("(no time given)"));
}

// The settlement as a note on the quote's ticket, written in the
// settlement's transaction, so it syncs and merges like any note. A quote
// whose ticket is not in this workspace gets none; the record on the quote
// stays.
Status noteOnTicket(storage::DocumentStore::BulkWriter &writer, storage::DocumentStore &store,
                    const QJsonObject &kept, const QJsonObject &discarded, const QString &by,
                    const QDateTime &at)
{
    const QString ticketId = kept.value("ticket_id"_L1).toString();
    auto document =
        ticketId.isEmpty() ? Result<std::optional<QJsonObject>>(std::nullopt) : store.get(ticketId);
    if (!document)
        return document.error();
    if (!document->has_value()) {
        qCWarning(lcSync).noquote() << "settled" << kept.value("_id"_L1).toString()
                                    << "without a note: its ticket" << ticketId << "is not here";
        return {};
    }
    auto ticket = Ticket::fromJson(**document);
    if (!ticket)
        return ticket.error();
    const QString text =
        tr("Two approvals of quote %1 were settled by %2 at %3. Kept: the approval by %4. "
           "Discarded: the approval by %5.")
            .arg(kept.value("number"_L1).toString(), by, noteTime(at), approvalText(kept),
                 approvalText(discarded));
    const QString noteId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (Status added = addNote(*ticket, noteId, text, by, at); !added) {
        // A closed ticket takes no more work notes, but the record of what
        // happened to its quote still belongs on it.
        if (ticket->status != TicketStatus::Closed)
            return added;
        ticket->notes.append(TicketNote{noteId, at.toUTC(), by, text, {}});
        ticket->touch(u"notes"_s, at.toUTC());
    }
    return writer.add(ticket->toJson());
}

} // namespace

Result<QList<OpenConflict>> loadOpenConflicts(storage::Database &db)
{
    auto statement = db.prepare("SELECT c.doc_id, c.rev, c.body, c.reason, c.found_at, d.rev, "
                                "d.body FROM sync_conflicts c JOIN docs d ON d.id = c.doc_id "
                                "AND d.deleted = 0 ORDER BY c.found_at, c.doc_id");
    if (!statement)
        return statement.error();
    QList<OpenConflict> conflicts;
    Status read = statement->forEachRow([&] {
        OpenConflict conflict;
        conflict.docId = statement->text(0);
        conflict.otherRev = statement->text(1);
        conflict.other = QJsonDocument::fromJson(statement->bytes(2)).object();
        conflict.reason = statement->text(3);
        conflict.foundAt = parseIsoTime(statement->text(4)).value_or(QDateTime());
        conflict.currentRev = statement->text(5);
        conflict.current = QJsonDocument::fromJson(statement->bytes(6)).object();
        conflicts.append(conflict);
    });
    if (!read)
        return read.error();
    return conflicts;
}

Result<QString> settleConflict(storage::Database &db, const QString &docId, const QString &otherRev,
                               const QString &expectedCurrentRev, ConflictChoice choice,
                               const QString &by)
{
    storage::DocumentStore store(db);
    // Its transaction covers everything below: all of it is stored, or nothing.
    storage::DocumentStore::BulkWriter writer(store, true);

    auto aside = db.prepare("SELECT body FROM sync_conflicts WHERE doc_id = ?1 AND rev = ?2");
    if (!aside)
        return aside.error();
    aside->bind(1, docId).bind(2, otherRev);
    auto asideRow = aside->step();
    if (!asideRow)
        return asideRow.error();
    if (!*asideRow)
        return makeError(
            ErrorKind::NotFound,
            tr("This conflict of %1 is settled already; the list is refreshed.").arg(docId));
    const QJsonObject other = QJsonDocument::fromJson(aside->bytes(0)).object();
    aside->reset();

    auto currentRow = db.prepare("SELECT rev, body FROM docs WHERE id = ?1 AND deleted = 0");
    if (!currentRow)
        return currentRow.error();
    currentRow->bind(1, docId);
    auto found = currentRow->step();
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorKind::NotFound,
                         tr("%1 is no longer in this workspace; nothing was changed.").arg(docId));
    const QString currentRev = currentRow->text(0);
    const QJsonObject current = QJsonDocument::fromJson(currentRow->bytes(1)).object();
    currentRow->reset();
    if (!expectedCurrentRev.isEmpty() && currentRev != expectedCurrentRev)
        return makeError(ErrorKind::Rule, tr("%1 changed since the two approvals were shown "
                                             "(a sync ran); look at them again and choose.")
                                              .arg(docId));

    const bool keepCurrent = choice == ConflictChoice::KeepCurrent;
    QJsonObject kept = keepCurrent ? current : other;
    QJsonObject discarded = keepCurrent ? other : current;
    const QString discardedRev = keepCurrent ? otherRev : currentRev;
    for (auto key : {"_id"_L1, "_rev"_L1, "discarded_approvals"_L1})
        discarded.remove(key);
    // The kept revision carries exactly the kept approval's files (and the
    // discarded one's, under names of their own, for the record).
    auto files = settleAttachments(db, docId, kept, keepCurrent, otherRev, discarded, discardedRev);
    if (!files)
        return files.error();
    const QDateTime settledAt = QDateTime::currentDateTimeUtc();
    QJsonObject entry{{"rev"_L1, discardedRev},
                      {"settled_at"_L1, toIsoUtc(settledAt)},
                      {"settled_by"_L1, by},
                      {"body"_L1, discarded}};
    if (!files->discarded.isEmpty())
        entry.insert("attachments"_L1, files->discarded);
    QJsonArray record = kept.value("discarded_approvals"_L1).toArray();
    record.append(entry);
    kept.insert("discarded_approvals"_L1, record);
    kept.insert("_id"_L1, docId);
    kept.remove("_rev"_L1);
    if (files->stubs.isEmpty())
        kept.remove("_attachments"_L1);
    else
        kept.insert("_attachments"_L1, files->stubs);

    // The new revision's parent is the current leaf (DocumentStore's rule).
    if (Status s = writer.add(kept); !s)
        return s.error();
    if (Status s = noteOnTicket(writer, store, kept, discarded, by, settledAt); !s)
        return s.error();
    LocalPeer peer(db);
    if (auto closed = peer.closeLeaf(docId, otherRev); !closed)
        return closed.error();
    auto forget = db.prepare("DELETE FROM sync_conflicts WHERE doc_id = ?1 AND rev = ?2");
    if (!forget)
        return forget.error();
    forget->bind(1, docId).bind(2, otherRev);
    if (Status s = forget->run(); !s)
        return s.error();
    auto newRev = db.prepare("SELECT rev FROM docs WHERE id = ?1");
    if (!newRev)
        return newRev.error();
    newRev->bind(1, docId);
    auto row = newRev->step();
    if (!row)
        return row.error();
    const QString rev = newRev->text(0);
    newRev->reset();
    if (Status s = writer.commit(); !s)
        return s.error();
    return rev;
}

} // namespace fb::sync
