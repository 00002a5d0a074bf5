#include "manuals/impact_index.h"

#include "manuals/manuals_log.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QtEndian>

#include <sqlite3.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace fb::manuals {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::manuals::Search", text);
}

bool isGerman(const QString &language)
{
    return language == "de"_L1;
}

// FTS5's bm25 IDF: ln((N - n + 0.5) / (n + 0.5)), at least 1e-6.
void idfFunction(sqlite3_context *context, int, sqlite3_value **args)
{
    const double rows = sqlite3_value_double(args[0]);
    const double hits = sqlite3_value_double(args[1]);
    const double idf = std::log((rows - hits + 0.5) / (hits + 0.5));
    sqlite3_result_double(context, idf > 0 ? idf : 1e-6);
}

// One language's statements; table names cannot be bound.
#define FB_IMPACT_SQL(lang)                                                                        \
    "PRAGMA temp_store = MEMORY;"                                                                  \
    "CREATE VIRTUAL TABLE temp.fb_vocab USING fts5vocab(main, fts_" lang ", instance);"            \
    "CREATE TEMP TABLE fb_tf AS SELECT term, doc, "                                                \
    "  sum(CASE WHEN col = 'title' THEN 10.0 ELSE 1.0 END) AS tf "                                 \
    "  FROM temp.fb_vocab GROUP BY term, doc;"                                                     \
    "CREATE TEMP TABLE fb_len AS SELECT doc, count(*) AS n FROM temp.fb_vocab GROUP BY doc;"       \
    "DELETE FROM terms_" lang ";"                                                                  \
    "DELETE FROM postings_" lang ";"                                                               \
    "INSERT INTO terms_" lang " (term, df) SELECT term, count(*) FROM fb_tf GROUP BY term;"        \
    "INSERT INTO postings_" lang " (term, impact, row) "                                           \
    "  SELECT f.term, fb_idf(c.rows, t.df) * f.tf * 2.2 / "                                        \
    "    (f.tf + 1.2 * (0.25 + 0.75 * l.n / c.avgdl)) AS impact, f.doc "                           \
    "  FROM fb_tf f JOIN terms_" lang " t ON t.term = f.term JOIN fb_len l ON l.doc = f.doc, "     \
    "    (SELECT count(*) AS rows, avg(n) AS avgdl FROM fb_len) c "                                \
    "  ORDER BY f.term, impact DESC, f.doc;"                                                       \
    "DROP TABLE temp.fb_tf; DROP TABLE temp.fb_len; DROP TABLE temp.fb_vocab;"

// The tokens a prefix stands for: most frequent first, at most 64 (a one- or
// two-letter prefix would otherwise open hundreds of lists).
#define FB_EXPAND_SQL(lang)                                                                        \
    "SELECT term FROM terms_" lang " WHERE term >= ?1 AND term < ?2 ORDER BY df DESC LIMIT 64"
// A token's next blocks of postings.
#define FB_BLOCKS_SQL(lang)                                                                        \
    "SELECT data FROM blocks_" lang " WHERE term = ?1 AND block >= ?2 ORDER BY block LIMIT ?3"
// What one query word adds to a section: its best token there.
#define FB_WORD_SCORE_SQL(lang)                                                                    \
    "SELECT max(impact) FROM postings_" lang " WHERE row = ?1 AND term >= ?2 AND term < ?3"

constexpr int kBlockPostings = 64;
struct Posting
{
    double impact;
    qint64 row;
};
static_assert(sizeof(Posting) == 16);

// At most this many postings are read per query word (a filter that refuses
// nearly everything would otherwise read whole lists); past it the top N is
// the best found, scored exactly, but a better row may have been missed.
constexpr qint64 kWordCap = 1024;

// Every token that starts with `prefix` sorts before prefix + U+10FFFF.
QByteArray prefixEnd(const QByteArray &prefix)
{
    return prefix + "\xF4\x8F\xBF\xBF";
}

// The postings of each token again, packed kBlockPostings to a row
// (little-endian double impact, int64 row), best first: a query reads 64
// postings with one step instead of 64.
Status writeBlocks(storage::Database &db, bool german)
{
    if (Status ok = db.exec(german ? "DELETE FROM blocks_de" : "DELETE FROM blocks_en"); !ok)
        return ok;
    auto read = db.prepare(german ? "SELECT term, impact, row FROM postings_de "
                                    "ORDER BY term, impact DESC, row"
                                  : "SELECT term, impact, row FROM postings_en "
                                    "ORDER BY term, impact DESC, row");
    if (!read)
        return read.error();
    // Statement binds QByteArray as text; a blob needs the C API.
    sqlite3_stmt *insert = nullptr;
    if (sqlite3_prepare_v2(db.handle(),
                           german ? "INSERT INTO blocks_de (term, block, data) VALUES (?1, ?2, ?3)"
                                  : "INSERT INTO blocks_en (term, block, data) VALUES (?1, ?2, ?3)",
                           -1, &insert, nullptr) != SQLITE_OK)
        return makeError(ErrorKind::Data,
                         tr("Could not prepare the search ranking: %1").arg(db.lastErrorMessage()));
    QByteArray term;
    QByteArray data;
    int block = 0;
    int count = 0;
    bool failed = false;
    auto flush = [&] {
        if (count == 0 || failed)
            return;
        sqlite3_reset(insert);
        sqlite3_bind_text(insert, 1, term.constData(), static_cast<int>(term.size()),
                          SQLITE_TRANSIENT);
        sqlite3_bind_int(insert, 2, block);
        sqlite3_bind_blob(insert, 3, data.constData(), static_cast<int>(data.size()),
                          SQLITE_TRANSIENT);
        failed = sqlite3_step(insert) != SQLITE_DONE;
        ++block;
        count = 0;
        data.clear();
    };
    Status ok = read->forEachRow([&] {
        const QByteArray next = read->bytes(0);
        if (next != term) {
            flush();
            term = next;
            block = 0;
        }
        Posting posting{qToLittleEndian(read->real(1)), qToLittleEndian(read->integer(2))};
        data.append(reinterpret_cast<const char *>(&posting), sizeof posting);
        if (++count == kBlockPostings)
            flush();
    });
    flush();
    sqlite3_finalize(insert);
    if (!ok)
        return ok;
    if (failed)
        return makeError(ErrorKind::Data,
                         tr("Could not write the search ranking: %1").arg(db.lastErrorMessage()));
    return {};
}

} // namespace

Status buildImpacts(storage::Database &db, const QString &language)
{
    if (sqlite3_create_function_v2(db.handle(), "fb_idf", 2,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY, nullptr,
                                   idfFunction, nullptr, nullptr, nullptr) != SQLITE_OK)
        return makeError(ErrorKind::Data,
                         tr("Could not prepare the search ranking: %1").arg(db.lastErrorMessage()));
    // One write transaction (also inside a caller's): thousands of block
    // rows would otherwise each commit, and sync, on their own.
    if (Status ok = db.exec("SAVEPOINT fb_rank"); !ok)
        return ok;
    const bool german = isGerman(language);
    Status ok = db.exec(german ? FB_IMPACT_SQL("de") : FB_IMPACT_SQL("en"));
    if (ok)
        ok = writeBlocks(db, german);
    if (!ok) {
        (void)db.exec("ROLLBACK TO fb_rank; RELEASE fb_rank");
        return ok;
    }
    return db.exec("RELEASE fb_rank");
}

// ---- QueryStemmer ----

struct QueryStemmer::Private
{
    fts5_tokenizer tokenizer{};
    Fts5Tokenizer *instance = nullptr;
};

Result<std::unique_ptr<QueryStemmer>> QueryStemmer::create(storage::Database &db,
                                                           const QString &language)
{
    fts5_api *api = nullptr;
    {
        // Statement has no pointer binding; the raw handle is needed once.
        sqlite3_stmt *raw = nullptr;
        if (sqlite3_prepare_v2(db.handle(), "SELECT fts5(?1)", -1, &raw, nullptr) == SQLITE_OK) {
            sqlite3_bind_pointer(raw, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
            sqlite3_step(raw);
        }
        sqlite3_finalize(raw);
    }
    const bool german = isGerman(language);
    void *context = nullptr;
    std::unique_ptr<QueryStemmer> stemmer(new QueryStemmer);
    stemmer->d = std::make_unique<Private>();
    if (!api || api->xFindTokenizer(api, german ? "fieldbench_german" : "porter", &context,
                                    &stemmer->d->tokenizer) != SQLITE_OK)
        return makeError(ErrorKind::Data,
                         tr("The search tokenizer for language %1 is missing.").arg(language));
    // As the tables were made: fts_en 'porter unicode61 remove_diacritics 2'.
    const char *englishArgs[] = {"unicode61", "remove_diacritics", "2"};
    const int rc =
        german ? stemmer->d->tokenizer.xCreate(context, nullptr, 0, &stemmer->d->instance)
               : stemmer->d->tokenizer.xCreate(context, englishArgs, 3, &stemmer->d->instance);
    if (rc != SQLITE_OK)
        return makeError(ErrorKind::Data,
                         tr("The search tokenizer for language %1 is missing.").arg(language));
    return stemmer;
}

QueryStemmer::~QueryStemmer()
{
    if (d && d->instance)
        d->tokenizer.xDelete(d->instance);
}

QByteArray QueryStemmer::stem(const QString &word) const
{
    const QByteArray text = word.toUtf8();
    QByteArray first;
    auto collect = [](void *context, int, const char *token, int size, int, int) {
        auto *out = static_cast<QByteArray *>(context);
        if (out->isEmpty())
            *out = QByteArray(token, size);
        return SQLITE_OK;
    };
    d->tokenizer.xTokenize(d->instance, &first, FTS5_TOKENIZE_QUERY | FTS5_TOKENIZE_PREFIX,
                           text.constData(), static_cast<int>(text.size()), collect);
    return first;
}

QString QueryStemmer::snippet(const QString &text, const QList<QByteArray> &tokens, int size) const
{
    struct Token
    {
        int start, end, match; // byte offsets; index of the query token or -1
    };
    struct Sink
    {
        const QList<QByteArray> *query;
        QList<Token> found;
    } sink{&tokens, {}};
    const QByteArray utf8 = text.toUtf8();
    sink.found.reserve(utf8.size() / 5);
    auto collect = [](void *context, int, const char *token, int length, int start, int end) {
        auto *out = static_cast<Sink *>(context);
        const QByteArrayView view(token, length);
        int match = -1;
        for (qsizetype i = 0; i < out->query->size() && match < 0; ++i) {
            if (view.startsWith(out->query->at(i)))
                match = static_cast<int>(i);
        }
        out->found.append({start, end, match});
        return SQLITE_OK;
    };
    d->tokenizer.xTokenize(d->instance, &sink, FTS5_TOKENIZE_DOCUMENT, utf8.constData(),
                           static_cast<int>(utf8.size()), collect);
    const QList<Token> &all = sink.found;
    if (all.isEmpty())
        return {};
    // The window with the most different query tokens, then the most hits;
    // windows start at the text's start or at a hit.
    qsizetype best = 0;
    int bestScore = -1;
    for (qsizetype first = 0; first < all.size(); ++first) {
        if (first > 0 && all.at(first).match < 0)
            continue;
        quint64 distinct = 0;
        int hits = 0;
        for (qsizetype i = first; i < std::min(all.size(), first + size); ++i) {
            if (all.at(i).match >= 0) {
                distinct |= quint64(1) << (all.at(i).match % 64);
                ++hits;
            }
        }
        const int score = std::popcount(distinct) * 1000 + hits * 10 + (first == 0 ? 1 : 0);
        if (score > bestScore) {
            bestScore = score;
            best = first;
        }
    }
    const qsizetype last = std::min(all.size(), best + size) - 1;
    QByteArray out;
    if (best > 0)
        out += "…";
    int at = best == 0 ? 0 : all.at(best).start;
    for (qsizetype i = best; i <= last; ++i) {
        const Token &token = all.at(i);
        out += utf8.mid(at, token.start - at);
        if (token.match >= 0)
            out += "\xEE\x80\x80" + utf8.mid(token.start, token.end - token.start) + "\xEE\x80\x81";
        else
            out += utf8.mid(token.start, token.end - token.start);
        at = token.end;
    }
    if (last + 1 < all.size())
        out += "…";
    else
        out += utf8.mid(at);
    return QString::fromUtf8(out);
}

// ---- Ranking: best postings first, stop when the top N is certain ----

Result<QList<RankedRow>> topRows(storage::Database &db, const QString &language,
                                 const QList<QByteArray> &tokens, int limit,
                                 const std::function<bool(qint64)> &accept)
{
    const bool german = isGerman(language);
    const int words = static_cast<int>(tokens.size());
    if (words == 0 || limit <= 0)
        return QList<RankedRow>();
    struct List
    {
        QByteArray term;
        int word = 0;
        qint64 read = 0;
        qint64 blocks = 0;      // blocks read
        double last = 0;        // the impact of the last posting read: bounds the unread ones
        bool exhausted = false; // every posting read
    };
    QList<List> lists;
    QList<int> listsPerWord(words, 0);
    {
        auto expand = german ? db.cached(FB_EXPAND_SQL("de")) : db.cached(FB_EXPAND_SQL("en"));
        if (!expand)
            return expand.error();
        for (int word = 0; word < words; ++word) {
            (*expand)->reset();
            (*expand)->bind(1, tokens.at(word)).bind(2, prefixEnd(tokens.at(word)));
            if (Status ok = (*expand)->forEachRow([&] {
                    lists.append({(*expand)->bytes(0), word});
                    ++listsPerWord[word];
                });
                !ok)
                return ok.error();
        }
    }
    auto postings = german ? db.cached(FB_BLOCKS_SQL("de")) : db.cached(FB_BLOCKS_SQL("en"));
    if (!postings)
        return postings.error();

    // Candidates: per row and word the best impact read so far (a lower
    // bound of what the word adds; exact once the word's unread postings
    // cannot beat it). Rows the filters refuse are never kept.
    QHash<qint64, qsizetype> index;
    QList<qint64> rows;
    QList<double> best;
    QList<qint64> readPerWord(words, 0);
    QList<double> frontier(words, 0.0); // per word: the most an unread posting can add
    auto better = [](const RankedRow &a, const RankedRow &b) {
        return a.score > b.score || (a.score == b.score && a.row < b.row);
    };
    QList<RankedRow> top;
    bool certain = false;
    int rounds = 0;
    for (int round = 0; round < 30 && !certain; ++round) {
        ++rounds;
        bool readAny = false;
        for (List &list : lists) {
            if (list.exhausted || readPerWord.at(list.word) >= kWordCap)
                continue;
            // The first round reads about 2N postings a word (spread over a
            // prefix's tokens); each further round four times as many.
            const qint64 wanted = std::max<qint64>(1, (2 * limit + listsPerWord.at(list.word) - 1) /
                                                          listsPerWord.at(list.word));
            const qint64 blocks =
                std::min<qint64>(kWordCap / kBlockPostings,
                                 ((wanted + kBlockPostings - 1) / kBlockPostings) << (2 * round));
            (*postings)->reset();
            (*postings)->bind(1, list.term).bind(2, list.blocks).bind(3, blocks);
            qint64 got = 0;
            qint64 blocksGot = 0;
            Status ok = (*postings)->forEachRow([&] {
                ++blocksGot;
                const QByteArray data = (*postings)->bytes(0);
                const qsizetype n = data.size() / qsizetype(sizeof(Posting));
                for (qsizetype p = 0; p < n; ++p) {
                    Posting posting;
                    std::memcpy(&posting, data.constData() + p * sizeof(Posting), sizeof posting);
                    const double impact = qFromLittleEndian(posting.impact);
                    const qint64 row = qFromLittleEndian(posting.row);
                    ++got;
                    list.last = impact;
                    auto slot = index.constFind(row);
                    if (slot == index.constEnd()) {
                        if (!accept(row))
                            continue;
                        slot = index.insert(row, rows.size());
                        rows.append(row);
                        best.resize(best.size() + words, 0.0);
                    }
                    double &value = best[*slot * words + list.word];
                    value = std::max(value, impact);
                }
            });
            if (!ok)
                return ok.error();
            list.blocks += blocksGot;
            list.exhausted = blocksGot < blocks;
            list.read += got;
            readPerWord[list.word] += got;
            readAny = readAny || got > 0;
        }
        std::fill(frontier.begin(), frontier.end(), 0.0);
        for (const List &list : std::as_const(lists)) {
            if (!list.exhausted)
                frontier[list.word] = std::max(frontier.at(list.word), list.last);
        }
        // The best N by what is known, and whether anything else could
        // still overtake the last of them: an unseen row (at most the sum
        // of the frontiers) or a seen one whose unread words are unknown.
        top.clear();
        top.reserve(rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            double score = 0;
            for (int w = 0; w < words; ++w)
                score += best.at(i * words + w);
            top.append({rows.at(i), score});
        }
        const bool more = readAny && std::any_of(lists.begin(), lists.end(), [&](const List &l) {
                              return !l.exhausted && readPerWord.at(l.word) < kWordCap;
                          });
        if (top.size() > limit) {
            std::nth_element(top.begin(), top.begin() + (limit - 1), top.end(), better);
            std::sort(top.begin(), top.begin() + limit, better);
        } else {
            std::sort(top.begin(), top.end(), better);
        }
        double unseen = 0;
        for (double f : std::as_const(frontier))
            unseen += f;
        if (top.size() < limit) {
            certain = unseen <= 0; // every list read
        } else {
            const double floor = top.at(limit - 1).score;
            double challenger = unseen;
            for (qsizetype i = limit; i < top.size() && challenger <= floor; ++i) {
                const qsizetype slot = index.value(top.at(i).row);
                double upper = 0;
                for (int w = 0; w < words; ++w)
                    upper += std::max(best.at(slot * words + w), frontier.at(w));
                challenger = std::max(challenger, upper);
            }
            certain = challenger <= floor;
        }
        if (!more)
            break;
    }
    if (top.size() > limit)
        top.resize(limit);

    // What the rows kept still lack: a word whose unread postings might
    // hold more for them is scored exactly (a few index lookups).
    auto wordScore =
        german ? db.cached(FB_WORD_SCORE_SQL("de")) : db.cached(FB_WORD_SCORE_SQL("en"));
    if (!wordScore)
        return wordScore.error();
    for (RankedRow &row : top) {
        const qsizetype slot = index.value(row.row);
        for (int w = 0; w < words; ++w) {
            const double known = best.at(slot * words + w);
            if (frontier.at(w) <= 0 || known >= frontier.at(w))
                continue; // nothing unread can add more
            (*wordScore)->reset();
            (*wordScore)->bind(1, row.row).bind(2, tokens.at(w)).bind(3, prefixEnd(tokens.at(w)));
            auto found = (*wordScore)->step();
            if (!found)
                return found.error();
            const double exact = *found && !(*wordScore)->isNull(0) ? (*wordScore)->real(0) : 0.0;
            row.score += std::max(exact, known) - known;
        }
    }
    std::sort(top.begin(), top.end(), better);
    qCDebug(lcManuals) << "ranked" << tokens << lists.size() << "lists," << rows.size()
                       << "candidates," << rounds << "rounds," << (certain ? "exact" : "capped");
    return top;
}

} // namespace fb::manuals
