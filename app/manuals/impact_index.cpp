#include "manuals/impact_index.h"

#include "manuals/manuals_log.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <bit>
#include <cmath>

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
// A token's best postings.
#define FB_POSTINGS_SQL(lang)                                                                      \
    "SELECT impact, row FROM postings_" lang " WHERE term = ?1 "                                   \
    "ORDER BY impact DESC, row LIMIT ?2 OFFSET ?3"
// What one query word adds to a section: its best token there.
#define FB_WORD_SCORE_SQL(lang)                                                                    \
    "SELECT max(impact) FROM postings_" lang " WHERE row = ?1 AND term >= ?2 AND term < ?3"

// Every token that starts with `prefix` sorts before prefix + U+10FFFF.
QByteArray prefixEnd(const QByteArray &prefix)
{
    return prefix + "\xF4\x8F\xBF\xBF";
}

} // namespace

Status buildImpacts(storage::Database &db, const QString &language)
{
    if (sqlite3_create_function_v2(db.handle(), "fb_idf", 2,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY, nullptr,
                                   idfFunction, nullptr, nullptr, nullptr) != SQLITE_OK)
        return makeError(ErrorKind::Data,
                         tr("Could not prepare the search ranking: %1").arg(db.lastErrorMessage()));
    return db.exec(isGerman(language) ? FB_IMPACT_SQL("de") : FB_IMPACT_SQL("en"));
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

// ---- Ranking: the best postings of each word, summed ----

Result<QList<RankedRow>> topRows(storage::Database &db, const QString &language,
                                 const QList<QByteArray> &tokens, int limit,
                                 const std::function<bool(qint64)> &accept)
{
    const bool german = isGerman(language);
    struct List
    {
        QByteArray term;
        int word;
    };
    QList<List> lists;
    QList<int> listsPerWord(tokens.size(), 0);
    {
        auto expand = german ? db.cached(FB_EXPAND_SQL("de")) : db.cached(FB_EXPAND_SQL("en"));
        if (!expand)
            return expand.error();
        for (int word = 0; word < tokens.size(); ++word) {
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
    auto postings = german ? db.cached(FB_POSTINGS_SQL("de")) : db.cached(FB_POSTINGS_SQL("en"));
    if (!postings)
        return postings.error();

    // Each word reads its best kWordBudget postings (split over its tokens):
    // every list of the bundled manuals is shorter, so there the sums are
    // exact; on a larger corpus a section deep in every list can be missed.
    constexpr int kWordBudget = 1024;
    const int words = static_cast<int>(tokens.size());
    QHash<qint64, qsizetype> index; // row -> its slot in `best`
    QList<qint64> rows;
    QList<double> best; // per row, per word: the best impact read
    QList<bool> complete(words, true);
    for (const List &list : std::as_const(lists)) {
        const int budget = std::max(limit * 2, kWordBudget / listsPerWord.at(list.word));
        (*postings)->reset();
        (*postings)->bind(1, list.term).bind(2, budget).bind(3, 0);
        int read = 0;
        Status ok = (*postings)->forEachRow([&] {
            ++read;
            const qint64 row = (*postings)->integer(1);
            auto slot = index.constFind(row);
            if (slot == index.constEnd()) {
                slot = index.insert(row, rows.size());
                rows.append(row);
                best.resize(best.size() + words, 0.0);
            }
            double &value = best[*slot * words + list.word];
            value = std::max(value, (*postings)->real(0));
        });
        if (!ok)
            return ok.error();
        if (read == budget)
            complete[list.word] = false;
    }

    auto better = [](const RankedRow &a, const RankedRow &b) {
        return a.score > b.score || (a.score == b.score && a.row < b.row);
    };
    QList<RankedRow> ranked;
    ranked.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        double score = 0;
        for (int w = 0; w < words; ++w)
            score += best.at(i * words + w);
        ranked.append({rows.at(i), score});
    }
    std::sort(ranked.begin(), ranked.end(), better);

    // The filters run on the best rows only; words whose lists were cut are
    // scored again exactly for the rows kept.
    const bool exact = std::all_of(complete.begin(), complete.end(), [](bool c) { return c; });
    const qsizetype keep = exact ? limit : qsizetype(limit) * 2;
    QList<RankedRow> top;
    for (const RankedRow &row : std::as_const(ranked)) {
        if (top.size() >= keep)
            break;
        if (accept(row.row))
            top.append(row);
    }
    if (!exact) {
        auto wordScore =
            german ? db.cached(FB_WORD_SCORE_SQL("de")) : db.cached(FB_WORD_SCORE_SQL("en"));
        if (!wordScore)
            return wordScore.error();
        for (RankedRow &row : top) {
            const qsizetype slot = index.value(row.row);
            for (int w = 0; w < words; ++w) {
                if (complete.at(w))
                    continue;
                (*wordScore)->reset();
                (*wordScore)
                    ->bind(1, row.row)
                    .bind(2, tokens.at(w))
                    .bind(3, prefixEnd(tokens.at(w)));
                auto found = (*wordScore)->step();
                if (!found)
                    return found.error();
                const double exactValue = *found ? (*wordScore)->real(0) : 0.0;
                row.score += exactValue - best.at(slot * words + w);
            }
        }
        std::sort(top.begin(), top.end(), better);
        if (top.size() > limit)
            top.resize(limit);
    }
    qCDebug(lcManuals) << "ranked" << tokens << lists.size() << "lists," << rows.size()
                       << "rows read," << (exact ? "exact" : "lists cut");
    return top;
}

} // namespace fb::manuals
