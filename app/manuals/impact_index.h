#pragma once

// Ranked search that does not score every match. FTS5's `ORDER BY rank`
// computes bm25 for every row that matches (about 3 µs a row); a common word
// on a large corpus matches tens of thousands of sections. So the bm25 terms
// are computed once, when the index is built: for every (stemmed token,
// section) its impact = IDF × saturated term frequency (title hits count 10,
// body hits 1; k1 = 1.2, b = 0.75, as FTS5's bm25(10.0, 1.0)), stored in
// `postings_<lang>` sorted by impact. A query reads each word's postings
// best first, in rounds (about 2N a word, then twice as many each round),
// and stops as soon as the top N is certain: when no row it has not seen
// (at most the sum of the words' last impacts read) and no row it has seen
// (its known impacts plus those last impacts for the words it lacks) can
// beat the N-th best. The ranking is exact bm25 then; the rows kept are
// completed with one index lookup per word they still lack. A word reads at
// most 1024 postings (every list of the bundled manuals is shorter, so there
// the ranking is always exact); past that, on a far larger corpus, the top N
// is the best of what was read, scored exactly, as the fixed 1024-a-word
// reading before it did. (A threshold algorithm with random access per row
// was tried first: thousands of lookups a query on the 100x corpus.)
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
// `accept` is called once for each section read (keep it cheap).
Result<QList<RankedRow>> topRows(storage::Database &db, const QString &language,
                                 const QList<QByteArray> &tokens, int limit,
                                 const std::function<bool(qint64)> &accept);

} // namespace fb::manuals
