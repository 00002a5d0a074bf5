// Pull: HQ's changes into the workspace (hq-sync.md §3).

#include "sync/conflict_attachments.h"
#include "sync/replication_session.h"
#include "sync/sync_log.h"

#include "storage/ticket_search_index.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <algorithm>
#include <future>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace fb::sync {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::sync::Replicator", text);
}

QString seqParameter(const QJsonValue &seq)
{
    if (seq.isString())
        return QString::fromLatin1(QUrl::toPercentEncoding(seq.toString()));
    if (seq.isDouble())
        return QString::number(seq.toInteger());
    return u"0"_s;
}

QString changesPath(const QString &database, const QJsonValue &since, int limit)
{
    return database + u"/_changes?style=all_docs&include_docs=true&since="_s + seqParameter(since) +
           u"&limit="_s + QString::number(limit);
}

QString allDocsPath(const QString &database, const QString &startKey, int limit)
{
    QString path =
        database + u"/_all_docs?include_docs=true&conflicts=true&limit="_s + QString::number(limit);
    if (!startKey.isEmpty()) {
        const QByteArray key = QJsonDocument(QJsonArray{startKey}).toJson(QJsonDocument::Compact);
        path +=
            u"&skip=1&startkey="_s +
            QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(key.mid(1).chopped(1))));
    }
    return path;
}

using Page = Result<QJsonValue>;

// The next page, on the second connection, while this thread writes the
// current one. The future's destructor waits, so an early return is safe.
std::future<Page> fetchAhead(HttpClient *http, QString path)
{
    return std::async(std::launch::async, [http, path = std::move(path)] {
        return callJson(*http, "GET", path, {}, {200});
    });
}

// HQ's copy of a checkpoint (200) or its absence (404), with the status: the
// answer and its status arrive together, so neither is read before the other.
std::future<Session::CheckpointAnswer> askForCheckpoint(HttpClient *http, QString path)
{
    return std::async(std::launch::async, [http, path = std::move(path)] {
        int status = 0;
        Page answer = callJson(*http, "GET", path, {}, {200, 404}, &status);
        return Session::CheckpointAnswer{std::move(answer), status};
    });
}

// A row of _all_docs: the document's leaves and, for a single leaf, the
// document.
struct LoadRow
{
    QString id;
    QStringList revs;
    QJsonObject document; // only with a single leaf
};

struct LoadPage
{
    Status status;
    qsizetype rowCount = 0; // rows HQ sent, design documents included
    QString lastKey;        // where the next page starts
    QList<LoadRow> rows;
};

LoadPage loadPage(HttpClient &http, const QString &path)
{
    LoadPage page;
    auto answer = callJson(http, "GET", path, {}, {200});
    if (!answer) {
        page.status = answer.error();
        return page;
    }
    if (!answer->toObject().contains("rows"_L1)) {
        page.status = makeError(ErrorKind::Network,
                                tr("HQ at %1 sent a document list without rows; try again later.")
                                    .arg(http.displayUrl()));
        return page;
    }
    const QJsonArray rows = answer->toObject().value("rows"_L1).toArray();
    page.rowCount = rows.size();
    if (!rows.isEmpty()) {
        const QJsonObject lastRow = rows.last().toObject();
        page.lastKey = lastRow.value("key"_L1).toString(lastRow.value("id"_L1).toString());
    }
    page.rows.reserve(rows.size());
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        LoadRow loaded;
        loaded.id = row.value("id"_L1).toString();
        const QJsonObject doc = row.value("doc"_L1).toObject();
        if (loaded.id.isEmpty() || loaded.id.startsWith(u'_') || doc.isEmpty())
            continue;
        loaded.revs.append(doc.value("_rev"_L1).toString());
        for (const QJsonValue &conflict : doc.value("_conflicts"_L1).toArray())
            loaded.revs.append(conflict.toString());
        if (loaded.revs.size() == 1)
            loaded.document = doc;
        page.rows.append(std::move(loaded));
    }
    return page;
}

} // namespace

// The first pull of a database into this workspace reads the current
// documents in pages of _all_docs (far cheaper for a server than a changes
// feed with documents), then the caller goes on with _changes from the
// sequence read before the first page, so nothing written meanwhile is
// missed. Documents with conflicts, or already here, are fetched with their
// history like any other. Returns the sequence to continue from.
Result<QJsonValue> Session::initialLoad(const QString &database, const QString &repId,
                                        const QJsonValue &updateSeq, qint64 documentCount)
{
    auto second = secondConnection();
    if (!second)
        return second.error();
    if (Status s = pauseSearchIndexForLoad(database, documentCount); !s)
        return s.error();
    // Pages two batches long: pouchdb-server answers 2,000 rows at about the
    // cost per row of one page of all (1,000-row pages cost a third more,
    // 5,000-row pages keep this thread waiting longest for the first). The
    // next page is fetched and read on another thread while this one stores.
    // The first page is short, so storing starts soon.
    const int pageSize = m_config.batchSize * 2;
    int asked = std::max(1, m_config.batchSize / 2);
    qint64 done = 0;
    LoadPage page = loadPage(m_http, allDocsPath(database, {}, asked));
    for (;;) {
        if (!page.status)
            return page.status.error();
        if (Status s = checkCancelled(); !s)
            return s.error();
        const bool last = page.rowCount < asked;
        asked = pageSize;
        std::future<LoadPage> next;
        if (!last)
            next =
                std::async(std::launch::async,
                           [http = *second, path = allDocsPath(database, page.lastKey, pageSize)] {
                               return loadPage(*http, path);
                           });
        QList<QJsonObject> fresh; // single leaves new here: stored as HQ sent them
        QList<QPair<QString, QStringList>> wanted;
        {
            ReadTransaction reading(m_db);
            for (LoadRow &row : page.rows) {
                auto missing = m_peer.missingRevisions(row.id, row.revs);
                if (!missing)
                    return missing.error();
                if (missing->isEmpty())
                    continue;
                auto known = m_peer.hasDocument(row.id);
                if (!known)
                    return known.error();
                if (row.revs.size() == 1 && !*known)
                    fresh.append(std::move(row.document));
                else
                    wanted.append({row.id, *missing});
            }
        }
        // Checked here rather than on the fetching thread: that thread's
        // reading of the next page and HQ's making of it are what a pull
        // waits for, while this thread has time to spare between batches
        // (10,000 tickets: 1.345 -> 1.205 s and 1.360 -> 1.305 s, A/B).
        QList<IncomingDocument> documents = prepareIncoming(fresh);
        if (!wanted.isEmpty()) {
            auto fetched = fetch(database, wanted);
            if (!fetched)
                return fetched.error();
            documents.append(prepareIncoming(*fetched));
        }
        // Until the last page the checkpoint stays at 0: an interrupted load
        // starts over, skipping what it already stored.
        if (Status s = applyBatch(database, documents, repId, last ? updateSeq : QJsonValue(0)); !s)
            return s.error();
        if (m_searchBuilder)
            m_searchBuilder->indexCommitted();
        done += page.rowCount;
        if (m_progress)
            m_progress(SyncProgress{database, done, 0});
        if (last)
            break;
        page = next.get();
    }
    if (Status s = saveRemoteCheckpoint(database, repId, updateSeq); !s)
        return s.error();
    return updateSeq;
}

// Files an earlier pull could not fetch are fetched again after the changes
// (due even when nothing else changed; a document that no longer lists one
// has arrived by then, so it is not fetched for nothing).
Status Session::pull(const QString &database)
{
    if (Status s = pullChanges(database); !s)
        return s;
    if (Status s = finishSearchIndex(); !s)
        return s;
    if (Status s = retryMissingAttachments(database); !s)
        return s;
    return retrySetAsideAttachments(database);
}

// The files of leaves set aside in an earlier run that did not arrive then
// (a cut connection, a full disk) are fetched again, so the user can settle
// offline later. Only a technician database has conflicts to settle.
Status Session::retrySetAsideAttachments(const QString &database)
{
    if (!database.startsWith(u"tech-"_s))
        return {};
    QList<QPair<QString, QString>> leaves;
    {
        auto select = m_db.prepare("SELECT doc_id, rev FROM sync_conflicts ORDER BY doc_id");
        if (!select)
            return select.error();
        if (Status read = select->forEachRow([&] {
                leaves.append({select->text(0), select->text(1)});
            });
            !read)
            return read;
    }
    for (const auto &[docId, rev] : std::as_const(leaves)) {
        if (m_setAsideThisRun.contains(docId))
            continue; // what failed moments ago is reported already
        auto fetched = fetchSetAsideAttachments(m_db, m_http, database, docId, rev);
        // A cut connection stops the sync; a file HQ no longer has or that
        // arrives damaged is reported and the others are still fetched.
        if (!fetched && fetched.error().kind != ErrorKind::Data &&
            fetched.error().kind != ErrorKind::NotFound)
            return fetched.error();
        if (!fetched)
            reject(docId, rev, fetched.error().message);
    }
    return {};
}

// A first pull of many tickets into a workspace with fewer pauses the ticket
// search index: filling it once at the end costs a third of filling it row
// by row (storage/ticket_search_index.h). Searches meanwhile use LIKE.
Status Session::pauseSearchIndexForLoad(const QString &database, qint64 documentCount)
{
    if (!database.startsWith(u"tech-"_s) || documentCount < m_config.searchIndexRebuildFrom)
        return {};
    auto tickets = m_db.scalar("SELECT count(*) FROM ticket_rows");
    if (!tickets)
        return tickets.error();
    if (documentCount <= tickets->toLongLong())
        return {};
    if (Status s = storage::pauseTicketSearchIndex(m_db); !s)
        return s;
    if (QFileInfo(m_db.path()).isFile())
        m_searchBuilder = std::make_unique<storage::TicketSearchBuilder>(m_db.path());
    return {};
}

// Also after a pull that finished what an interrupted one began.
Status Session::finishSearchIndex()
{
    if (m_searchBuilder) {
        const Status built = m_searchBuilder->finish();
        m_searchBuilder.reset();
        if (!built)
            qCWarning(lcSync).noquote() << built.error().message << "Rebuilding the index instead.";
    }
    auto paused = storage::ticketSearchIndexPaused(m_db);
    if (!paused)
        return paused.error();
    return *paused ? storage::rebuildTicketSearchIndex(m_db) : Status{};
}

Status Session::startPull(const QString &database)
{
    for (const auto &start : m_pullStarts)
        if (start->database == database)
            return {};
    auto repId = replicationId(database, u"pull"_s);
    if (!repId)
        return repId.error();
    auto local = m_peer.checkpoint(*repId);
    if (!local)
        return local.error();
    auto start = std::make_unique<PullStart>();
    start->database = database;
    start->repId = *repId;
    start->local = *local;
    auto checkpointConnection = spareConnection();
    if (!checkpointConnection)
        return checkpointConnection.error();
    start->checkpointConnection = std::move(*checkpointConnection);
    // The common case is nothing new. So the changes since the local
    // checkpoint are asked for while HQ's copy of the checkpoint is read: one
    // round trip instead of two. The answer counts only once HQ's copy proves
    // the database is the one it was written for.
    if (*local) {
        auto changesConnection = spareConnection();
        if (!changesConnection)
            return changesConnection.error();
        start->changesConnection = std::move(*changesConnection);
        start->changes =
            fetchAhead(start->changesConnection.get(), changesPath(database, (*local)->lastSeq, 1));
    }
    start->remoteCheckpoint =
        askForCheckpoint(start->checkpointConnection.get(), database + u"/_local/"_s + *repId);
    m_pullStarts.push_back(std::move(start));
    return {};
}

Status Session::pullChanges(const QString &database)
{
    if (Status s = startPull(database); !s)
        return s;
    const auto found = std::find_if(m_pullStarts.begin(), m_pullStarts.end(),
                                    [&](const auto &start) { return start->database == database; });
    const std::unique_ptr<PullStart> start = std::move(*found);
    m_pullStarts.erase(found);
    const QString &repId = start->repId;
    const std::optional<Checkpoint> &local = start->local;
    const CheckpointAnswer checkpoint = start->remoteCheckpoint.get();
    auto remote = acceptRemoteCheckpoint(database, repId, checkpoint.json, checkpoint.status);
    if (!remote)
        return remote.error();
    // The local checkpoint is written in the same transaction as the documents,
    // so it is exact. HQ's copy proves the database is the one it was written
    // for: without it (a recreated database) the pull starts over.
    QJsonValue since(0);
    bool loadedNow = false; // initialLoad wrote HQ's checkpoint
    const bool resuming = *remote && local;
    if (resuming) {
        since = local->lastSeq;
        const Page answer = start->changes.get();
        if (!answer)
            return answer.error();
        if (answer->toObject().contains("results"_L1) &&
            answer->toObject().value("results"_L1).toArray().isEmpty())
            return {};
    }
    // Both answers are in (or not needed): their connections serve the rest.
    keepConnections(*start);
    if (!resuming) {
        auto info = checkDatabase(database); // a clear message when it does not exist
        if (!info)
            return info.error();
        if (!local && info->contains("update_seq"_L1)) {
            auto loaded = initialLoad(database, repId, info->value("update_seq"_L1),
                                      info->value("doc_count"_L1).toInteger());
            if (!loaded)
                return loaded.error();
            since = *loaded;
            loadedNow = true;
        }
    }
    auto second = secondConnection();
    if (!second)
        return second.error();
    Page page = call("GET", changesPath(database, since, m_config.batchSize), {}, {200});
    qint64 done = 0;
    bool moved = false;
    for (;;) {
        if (!page)
            return page.error();
        // A cancel stops between batches: each stored batch moved the
        // checkpoint with it, so the next sync goes on from there.
        if (Status s = checkCancelled(); !s)
            return s;
        const QJsonObject feed = page->toObject();
        const QJsonArray results = feed.value("results"_L1).toArray();
        if (!feed.contains("results"_L1) || !feed.contains("last_seq"_L1))
            return makeError(ErrorKind::Network,
                             tr("HQ at %1 sent a changes feed without results; try again later.")
                                 .arg(m_http.displayUrl()));
        const QJsonValue lastSeq = feed.value("last_seq"_L1);
        if (results.isEmpty())
            break;
        std::future<Page> next;
        if (results.size() >= m_config.batchSize)
            next = fetchAhead(*second, changesPath(database, lastSeq, m_config.batchSize));
        QList<QPair<QString, QStringList>> wanted;
        QList<QJsonObject> documents;
        std::optional<ReadTransaction> reading(std::in_place, m_db);
        for (const QJsonValue &value : results) {
            const QJsonObject change = value.toObject();
            const QString id = change.value("id"_L1).toString();
            if (id.isEmpty() || id.startsWith(u'_'))
                continue; // design documents are HQ's business
            QStringList revs;
            for (const QJsonValue &rev : change.value("changes"_L1).toArray())
                revs.append(rev.toObject().value("rev"_L1).toString());
            auto missing = m_peer.missingRevisions(id, revs);
            if (!missing)
                return missing.error();
            if (missing->isEmpty())
                continue;
            // A document new here with a single leaf needs no history to be
            // stored: take the feed's copy and save a _bulk_get round trip
            // (most of an initial pull). Anything else is fetched with history.
            const QJsonObject included = change.value("doc"_L1).toObject();
            if (revs.size() == 1 && included.value("_rev"_L1).toString() == revs.first()) {
                auto known = m_peer.hasDocument(id);
                if (!known)
                    return known.error();
                if (!*known) {
                    documents.append(included);
                    continue;
                }
            }
            wanted.append({id, *missing});
        }
        reading.reset();
        if (!wanted.isEmpty()) {
            auto fetched = fetch(database, wanted);
            if (!fetched)
                return fetched.error();
            documents.append(*fetched);
        }
        if (Status s = applyBatch(database, prepareIncoming(documents), repId, lastSeq); !s)
            return s;
        since = lastSeq;
        moved = true;
        done += results.size();
        if (m_progress) {
            const qint64 pending = feed.value("pending"_L1).toInteger(-1);
            m_progress(SyncProgress{database, done, pending >= 0 ? done + pending : 0});
        }
        if (!next.valid())
            break;
        page = next.get();
    }
    // HQ's copy of the checkpoint only has to exist and name this session's
    // sequence; the local one, written with every batch, is the exact one.
    if (moved || (!*remote && !loadedNow))
        return saveRemoteCheckpoint(database, repId, since);
    return {};
}

} // namespace fb::sync
