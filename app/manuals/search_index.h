#pragma once

// The prebuilt full-text index of a manual package (index.sqlite): one row
// per section, one SQLite FTS5 table per language. English uses FTS5's porter
// stemmer; German a tokenizer with the Snowball German stemmer registered on
// every connection ("fieldbench_german"). Ranked by bm25 with the titles
// weighted 10:1 over the body, precomputed per token (impact_index.h) so a
// query reads a few rows instead of scoring every match; every query word
// also matches as a prefix. FTS5 cuts the snippets of the rows returned.

#include "domain/result.h"
#include "manuals/chapter.h"
#include "manuals/impact_index.h"
#include "storage/sqlite_database.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

struct sqlite3;

namespace fb::manuals {

inline constexpr int kIndexFormat = 3; // 3: postings also in blocks_<lang>

// Snippet highlight markers: private-use characters that never occur in text.
// Use snippetToHtml() / snippetToMarkdown() to show them.
inline constexpr char16_t kHighlightStart = 0xE000;
inline constexpr char16_t kHighlightEnd = 0xE001;
QString snippetToHtml(const QString &snippet);     // escaped, matches in <b>
QString snippetToMarkdown(const QString &snippet); // matches in **…**

struct SearchQuery
{
    QString text;
    QString model;    // empty: every manual
    QString language; // "en", "de"; chapters missing in it fall back to English
    int limit = 20;
};

struct SearchHit
{
    QString manual;
    QString chapter;
    QString anchor;   // empty: the chapter's top
    QString language; // the chapter's language (English for a fallback)
    QString chapterTitle;
    QString sectionTitle;
    QString snippet;  // with kHighlightStart/kHighlightEnd around matches
    double score = 0; // higher is better (negated bm25)

    QString link() const; // manual:<manual>/<chapter>#<anchor>
};

// The FTS5 match expression for a user's words ("door will not unlock" ->
// "door"* OR "unlock"*): stop words dropped, each word quoted (no query
// syntax reaches FTS5) and matched as a prefix. Empty when nothing is left.
QString matchExpression(const QString &text, const QString &language);

// Registers the German tokenizer on a connection. Needed before touching fts_de.
Status registerTokenizers(sqlite3 *db);

class IndexWriter
{
public:
    // Creates the schema in a new, empty database.
    static Result<std::unique_ptr<IndexWriter>> create(storage::Database &db);
    Status add(const Chapter &chapter);
    // Drops a chapter (an HQ update replaces it).
    Status remove(const QString &language, const QString &manual, const QString &chapter);
    Status finish(); // merges FTS segments and ranks; call once after the last add()
    Status rank();   // recomputes the ranking tables after add()/remove()

    // Writes into an existing index (its tokenizers registered).
    explicit IndexWriter(storage::Database &db) : m_db(db) {}

private:
    storage::Database &m_db;
};

class SearchIndex
{
public:
    // Opens index.sqlite read-only and checks that it is a manual index.
    static Result<std::unique_ptr<SearchIndex>> open(const QString &path);
    // Applies HQ chapter updates to a private in-memory copy of the index.
    Status replaceChapters(const QList<Chapter> &chapters);

    Result<QList<SearchHit>> search(const SearchQuery &query);
    Result<int> sectionCount();

private:
    explicit SearchIndex(storage::Database db) : m_db(std::move(db)) {}
    Result<QList<SearchHit>> searchTable(const QString &language, const QString &text,
                                         const SearchQuery &query, bool fallbackOnly);
    Status loadSections();

    // The filters (model, English fallback) look at thousands of candidate
    // sections on a large corpus; a SELECT and six strings for each cost more
    // than the ranking. So each section's manual and chapter are kept here as
    // small numbers, read once on the first search (and after an update).
    struct SectionKey
    {
        qint32 manual = -1;  // index into m_manualIds' values
        qint32 chapter = -1; // index into m_chapterLanguages
    };
    bool m_sectionsLoaded = false;
    QList<SectionKey> m_sections;        // by sections.id
    QHash<QString, qint32> m_manualIds;  // manual -> number
    QHash<QString, qint32> m_chapterIds; // manual/chapter -> number
    QList<quint8> m_chapterLanguages;    // bit per supportedLanguages() entry it exists in
    storage::Database m_db;
    std::unique_ptr<QueryStemmer> m_englishStemmer; // made on first use
    std::unique_ptr<QueryStemmer> m_germanStemmer;
};

} // namespace fb::manuals
