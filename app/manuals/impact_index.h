#pragma once

// Ranked search that does not score every match. FTS5's `ORDER BY rank`
// computes bm25 for every row that matches (about 3 µs a row); a common word
// on a large corpus matches tens of thousands of sections. So the bm25 terms
// are computed once, when the index is built: for every (stemmed token,
// section) its impact = IDF × saturated term frequency (title hits count 10,
// body hits 1; k1 = 1.2, b = 0.75, as FTS5's bm25(10.0, 1.0)), stored in
// `postings_<lang>` sorted by impact. A query reads only the best postings of
// each of its words (1024 rows a word, split over the tokens of a prefix),
// sums them per section, filters the best sections and, where a word's lists
// were cut short, scores those again exactly. On the bundled manuals no list
// is that long, so the ranking is exact bm25; on a corpus 100 times larger a
// query still reads a few thousand index rows instead of scoring every match.
// (A threshold algorithm, stopping when no unread row can reach the top N,
// was tried first: exact, but on the 100x corpus it needed thousands of
// random lookups per query.)
//
// A query word is a prefix (as you type): it stands for every indexed token
// that starts with its stem, and it scores a section by the best of those.
// Tokens are stemmed with the FTS5 tables' own tokenizers.

#include "domain/result.h"
#include "storage/sqlite_database.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace fb::manuals {

// (Re)computes terms_<lang> and postings_<lang> from the FTS5 table fts_<lang>.
// `language` is "en" or "de".
Status buildImpacts(storage::Database &db, const QString &language);

struct RankedRow
{
    qint64 row = 0; // sections.id = fts rowid
    double score = 0;
};

// Stems query words with one language's FTS5 tokenizer; bound to a connection.
class QueryStemmer
{
public:
    static Result<std::unique_ptr<QueryStemmer>> create(storage::Database &db,
                                                        const QString &language);
    ~QueryStemmer();
    QByteArray stem(const QString &word) const; // empty when nothing is left
    // Up to `size` words of `text` around the most query tokens, as FTS5's
    // snippet() cuts them (whole tokens that start with a query token
    // between U+E000 and U+E001, "…" where text was cut), without FTS5: its
    // snippet() re-runs the whole prefix query for every row.
    QString snippet(const QString &text, const QList<QByteArray> &tokens, int size = 16) const;

private:
    QueryStemmer() = default;
    struct Private;
    std::unique_ptr<Private> d;
};

// The best `limit` sections for `tokens` (stemmed prefixes, one per query
// word) among those `accept` lets through, best first; ties by section id.
Result<QList<RankedRow>> topRows(storage::Database &db, const QString &language,
                                 const QList<QByteArray> &tokens, int limit,
                                 const std::function<bool(qint64)> &accept);

} // namespace fb::manuals
