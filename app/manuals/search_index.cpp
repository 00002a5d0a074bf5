#include "manuals/search_index.h"

#include "manuals/german_stemmer.h"
#include "manuals/manuals_log.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fb::manuals {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::manuals::Search", text);
}

// ---- The German tokenizer: unicode61 (case folded) + Snowball German ----

struct GermanTokenizer
{
    fts5_tokenizer parent;
    Fts5Tokenizer *parentInstance = nullptr;
    // Stems by word: manual text repeats its words, and stemming (two UTF-16
    // conversions and the suffix rules) was a third of a snippet's time.
    // An instance serves one connection, used by one thread at a time.
    QHash<QByteArray, QByteArray> stems;
};

struct TokenSink
{
    void *context;
    int (*forward)(void *, int, const char *, int, int, int);
    GermanTokenizer *tokenizer;
};

int germanCreate(void *context, const char **, int, Fts5Tokenizer **out)
{
    auto *api = static_cast<fts5_api *>(context);
    void *parentContext = nullptr;
    fts5_tokenizer parent{};
    int rc = api->xFindTokenizer(api, "unicode61", &parentContext, &parent);
    if (rc != SQLITE_OK)
        return rc;
    auto *tokenizer = new GermanTokenizer{parent, nullptr, {}};
    // Diacritics are kept for the stemmer (it needs ä, ö, ü) and folded by it.
    const char *args[] = {"remove_diacritics", "0"};
    rc = parent.xCreate(parentContext, args, 2, &tokenizer->parentInstance);
    if (rc != SQLITE_OK) {
        delete tokenizer;
        return rc;
    }
    *out = reinterpret_cast<Fts5Tokenizer *>(tokenizer);
    return SQLITE_OK;
}

void germanDelete(Fts5Tokenizer *instance)
{
    auto *tokenizer = reinterpret_cast<GermanTokenizer *>(instance);
    tokenizer->parent.xDelete(tokenizer->parentInstance);
    delete tokenizer;
}

int germanToken(void *context, int flags, const char *token, int size, int start, int end)
{
    auto *sink = static_cast<TokenSink *>(context);
    QHash<QByteArray, QByteArray> &stems = sink->tokenizer->stems;
    auto known = stems.constFind(QByteArray::fromRawData(token, size));
    if (known == stems.constEnd()) {
        if (stems.size() >= 65536) // bounded: a corpus has far fewer words
            stems.clear();
        known = stems.insert(QByteArray(token, size),
                             germanStem(QString::fromUtf8(token, size)).toUtf8());
    }
    const QByteArray &stem = *known;
    return sink->forward(sink->context, flags, stem.constData(), static_cast<int>(stem.size()),
                         start, end);
}

int germanTokenize(Fts5Tokenizer *instance, void *context, int flags, const char *text, int size,
                   int (*forward)(void *, int, const char *, int, int, int))
{
    auto *tokenizer = reinterpret_cast<GermanTokenizer *>(instance);
    TokenSink sink{context, forward, tokenizer};
    return tokenizer->parent.xTokenize(tokenizer->parentInstance, &sink, flags, text, size,
                                       germanToken);
}

fts5_api *ftsApi(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(stmt);
    }
    sqlite3_finalize(stmt);
    return api;
}

// ---- Schema and queries ----

const char kSchema[] = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE chapters (
    language TEXT NOT NULL, manual TEXT NOT NULL, chapter TEXT NOT NULL,
    title TEXT NOT NULL, version TEXT NOT NULL,
    PRIMARY KEY (language, manual, chapter)) WITHOUT ROWID;
CREATE TABLE sections (
    id INTEGER PRIMARY KEY, language TEXT NOT NULL, manual TEXT NOT NULL,
    chapter TEXT NOT NULL, anchor TEXT NOT NULL, title TEXT NOT NULL,
    chapter_title TEXT NOT NULL);
CREATE INDEX sections_chapter ON sections (language, manual, chapter);
CREATE VIRTUAL TABLE fts_en USING fts5(title, body,
    tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3');
CREATE VIRTUAL TABLE fts_de USING fts5(title, body,
    tokenize = 'fieldbench_german', prefix = '2 3');
CREATE TABLE terms_en (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE postings_en (term TEXT NOT NULL, impact REAL NOT NULL, row INTEGER NOT NULL,
    PRIMARY KEY (term, impact DESC, row)) WITHOUT ROWID;
CREATE INDEX postings_en_row ON postings_en (row, term);
CREATE TABLE terms_de (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE postings_de (term TEXT NOT NULL, impact REAL NOT NULL, row INTEGER NOT NULL,
    PRIMARY KEY (term, impact DESC, row)) WITHOUT ROWID;
CREATE INDEX postings_de_row ON postings_de (row, term);
CREATE TABLE blocks_en (term TEXT NOT NULL, block INTEGER NOT NULL, data BLOB NOT NULL,
    PRIMARY KEY (term, block)) WITHOUT ROWID;
CREATE TABLE blocks_de (term TEXT NOT NULL, block INTEGER NOT NULL, data BLOB NOT NULL,
    PRIMARY KEY (term, block)) WITHOUT ROWID;
INSERT INTO meta (key, value) VALUES ('format', '3');
)sql";

// Ranking and snippets are impact_index.h's; FTS5 keeps the text.
#define FB_BODY_SQL(table) "SELECT body FROM " table " WHERE rowid = ?1"
#define FB_INSERT_SQL(table) "INSERT INTO " table " (rowid, title, body) VALUES (?1, ?2, ?3)"
#define FB_DELETE_SQL(table)                                                                       \
    "DELETE FROM " table " WHERE rowid IN (SELECT id FROM sections WHERE language = ?1 AND "       \
    "manual = ?2 AND chapter = ?3)"

bool isGerman(const QString &language)
{
    return language == "de"_L1;
}

// A bit per supported language (0 for any other).
quint8 languageMask(const QString &language)
{
    const qsizetype at = supportedLanguages().indexOf(language);
    return at >= 0 && at < 8 ? quint8(1u << at) : quint8(0);
}

const QSet<QString> &stopWords(const QString &language)
{
    static const QSet<QString> english{
        u"a"_s,   u"an"_s,    u"and"_s,  u"are"_s,    u"as"_s,     u"at"_s,   u"be"_s,
        u"but"_s, u"by"_s,    u"can"_s,  u"cannot"_s, u"do"_s,     u"does"_s, u"doesn"_s,
        u"don"_s, u"for"_s,   u"from"_s, u"has"_s,    u"have"_s,   u"how"_s,  u"i"_s,
        u"if"_s,  u"in"_s,    u"is"_s,   u"it"_s,     u"its"_s,    u"my"_s,   u"no"_s,
        u"not"_s, u"of"_s,    u"on"_s,   u"or"_s,     u"the"_s,    u"this"_s, u"to"_s,
        u"was"_s, u"what"_s,  u"when"_s, u"where"_s,  u"which"_s,  u"will"_s, u"with"_s,
        u"won"_s, u"would"_s, u"isn"_s,  u"after"_s,  u"before"_s, u"why"_s,  u"there"_s};
    static const QSet<QString> german{
        u"der"_s,   u"die"_s,   u"das"_s,   u"den"_s,   u"dem"_s,    u"des"_s,  u"ein"_s,
        u"eine"_s,  u"einer"_s, u"eines"_s, u"einem"_s, u"einen"_s,  u"und"_s,  u"oder"_s,
        u"nicht"_s, u"ist"_s,   u"sind"_s,  u"wird"_s,  u"werden"_s, u"mit"_s,  u"von"_s,
        u"zu"_s,    u"im"_s,    u"in"_s,    u"am"_s,    u"an"_s,     u"auf"_s,  u"für"_s,
        u"bei"_s,   u"aus"_s,   u"wie"_s,   u"was"_s,   u"wenn"_s,   u"kein"_s, u"keine"_s,
        u"sich"_s,  u"es"_s,    u"er"_s,    u"sie"_s,   u"ich"_s,    u"nach"_s, u"vor"_s,
        u"lässt"_s, u"geht"_s,  u"mehr"_s,  u"warum"_s};
    return isGerman(language) ? german : english;
}

} // namespace

QString SearchHit::link() const
{
    return anchor.isEmpty() ? u"manual:%1/%2"_s.arg(manual, chapter)
                            : u"manual:%1/%2#%3"_s.arg(manual, chapter, anchor);
}

QString snippetToHtml(const QString &snippet)
{
    QString html = snippet.toHtmlEscaped();
    html.replace(QChar(kHighlightStart), u"<b>"_s);
    html.replace(QChar(kHighlightEnd), u"</b>"_s);
    return html;
}

QString snippetToMarkdown(const QString &snippet)
{
    QString text = snippet;
    text.replace(QChar(kHighlightStart), u"**"_s);
    text.replace(QChar(kHighlightEnd), u"**"_s);
    return text;
}

namespace {

// The words of a query that are searched: stop words dropped (unless nothing
// else is left), no duplicates, letters and digits only.
QStringList queryWords(const QString &text, const QString &language)
{
    QStringList words;
    QString word;
    auto take = [&] {
        if (word.size() >= 2 || (word.size() == 1 && word.at(0).isDigit()))
            words.append(word);
        word.clear();
    };
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            word += c;
        else
            take();
    }
    take();
    QStringList kept;
    for (const QString &w : std::as_const(words)) {
        if (!stopWords(language).contains(w) && !stopWords(u"en"_s).contains(w) &&
            !kept.contains(w))
            kept.append(w);
    }
    if (kept.isEmpty())
        kept = words; // only stop words: search them rather than nothing
    return kept;
}

} // namespace

QString matchExpression(const QString &text, const QString &language)
{
    QStringList terms;
    for (const QString &w : queryWords(text, language))
        terms.append(u"\"%1\"*"_s.arg(w)); // letters and digits only: safe inside quotes
    return terms.join(u" OR "_s);
}

Status registerTokenizers(sqlite3 *db)
{
    fts5_api *api = ftsApi(db);
    if (!api || api->iVersion < 2)
        return makeError(ErrorKind::Data, tr("This SQLite has no FTS5 full-text search; install "
                                             "a SQLite library built with FTS5."));
    static fts5_tokenizer german{germanCreate, germanDelete, germanTokenize};
    if (api->xCreateTokenizer(api, "fieldbench_german", api, &german, nullptr) != SQLITE_OK)
        return makeError(ErrorKind::Data, tr("Could not register the German search tokenizer."));
    return {};
}

// ---- IndexWriter ----

Result<std::unique_ptr<IndexWriter>> IndexWriter::create(storage::Database &db)
{
    if (Status ok = registerTokenizers(db.handle()); !ok)
        return ok.error();
    if (Status ok = db.exec(kSchema); !ok)
        return ok.error();
    return std::unique_ptr<IndexWriter>(new IndexWriter(db));
}

Status IndexWriter::add(const Chapter &chapter)
{
    const ChapterMeta &meta = chapter.meta;
    auto insertChapter = m_db.cached("INSERT INTO chapters (language, manual, chapter, title, "
                                     "version) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!insertChapter)
        return insertChapter.error();
    (*insertChapter)->bind(1, meta.language).bind(2, meta.manual).bind(3, meta.chapter);
    (*insertChapter)->bind(4, meta.title).bind(5, meta.version);
    if (Status ok = (*insertChapter)->run(); !ok)
        return ok;
    auto insertSection = m_db.cached("INSERT INTO sections (language, manual, chapter, anchor, "
                                     "title, chapter_title) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!insertSection)
        return insertSection.error();
    auto insertText = isGerman(meta.language) ? m_db.cached(FB_INSERT_SQL("fts_de"))
                                              : m_db.cached(FB_INSERT_SQL("fts_en"));
    if (!insertText)
        return insertText.error();
    for (const ChapterSection &section : chapter.sections) {
        if (section.anchor.isEmpty() && section.text.isEmpty())
            continue;              // a chapter that starts right with its first section
        (*insertSection)->reset(); // a finished statement ignores new bindings otherwise
        (*insertText)->reset();
        (*insertSection)->bind(1, meta.language).bind(2, meta.manual).bind(3, meta.chapter);
        (*insertSection)->bind(4, section.anchor).bind(5, section.title).bind(6, meta.title);
        if (Status ok = (*insertSection)->run(); !ok)
            return ok;
        const QString title =
            section.anchor.isEmpty() ? meta.title : meta.title + u" — "_s + section.title;
        (*insertText)->bind(1, m_db.lastInsertRowId()).bind(2, title).bind(3, section.text);
        if (Status ok = (*insertText)->run(); !ok)
            return ok;
    }
    return {};
}

Status IndexWriter::remove(const QString &language, const QString &manual, const QString &chapter)
{
    auto text = isGerman(language) ? m_db.prepare(FB_DELETE_SQL("fts_de"))
                                   : m_db.prepare(FB_DELETE_SQL("fts_en"));
    if (!text)
        return text.error();
    text->bind(1, language).bind(2, manual).bind(3, chapter);
    if (Status ok = text->run(); !ok)
        return ok;
    for (const char *sql :
         {"DELETE FROM sections WHERE language = ?1 AND manual = ?2 AND chapter = ?3",
          "DELETE FROM chapters WHERE language = ?1 AND manual = ?2 AND chapter = ?3"}) {
        auto statement = m_db.prepare(sql);
        if (!statement)
            return statement.error();
        statement->bind(1, language).bind(2, manual).bind(3, chapter);
        if (Status ok = statement->run(); !ok)
            return ok;
    }
    return {};
}

Status IndexWriter::finish()
{
    if (Status ok = m_db.exec("INSERT INTO fts_en (fts_en) VALUES ('optimize')"); !ok)
        return ok;
    if (Status ok = m_db.exec("INSERT INTO fts_de (fts_de) VALUES ('optimize')"); !ok)
        return ok;
    return rank();
}

Status IndexWriter::rank()
{
    for (const QString &language : supportedLanguages()) {
        if (Status ok = buildImpacts(m_db, language); !ok)
            return ok;
    }
    return {};
}

// ---- SearchIndex ----

Result<std::unique_ptr<SearchIndex>> SearchIndex::open(const QString &path)
{
    auto db = storage::Database::open(path, storage::Database::Mode::ReadOnly, false);
    if (!db)
        return makeError(ErrorKind::Data, tr("The manual search index %1 is missing.").arg(path));
    if (Status ok = registerTokenizers(db->handle()); !ok)
        return ok.error();
    // The package never changes while open: keep the shared lock and the page
    // cache instead of taking the lock again (two fcntl calls) per statement.
    if (Status ok = db->exec("PRAGMA locking_mode = EXCLUSIVE"); !ok)
        return ok.error();
    // Read the index through a memory map instead of a pread() and a copy per
    // page (a tenth of a query's time on a large index); mapped pages are
    // shared with the page cache, so a 250 MB index does not cost 250 MB.
    if (Status ok = db->exec("PRAGMA mmap_size = 1073741824"); !ok)
        return ok.error();
    auto format = db->prepare("SELECT value FROM meta WHERE key = 'format'");
    auto row = format ? format->step() : Result<bool>(format.error());
    if (!row || !*row || format->text(0) != QString::number(kIndexFormat))
        return makeError(ErrorKind::Data, tr("The manual search index %1 is damaged or was made by "
                                             "another Fieldbench version; reinstall the manuals.")
                                              .arg(path));
    return std::unique_ptr<SearchIndex>(new SearchIndex(std::move(db).value()));
}

Status SearchIndex::replaceChapters(const QList<Chapter> &chapters)
{
    auto memory = storage::Database::open(u":memory:"_s, storage::Database::Mode::ReadWrite, true);
    if (!memory)
        return memory.error();
    sqlite3_backup *backup = sqlite3_backup_init(memory->handle(), "main", m_db.handle(), "main");
    const int rc = backup ? sqlite3_backup_step(backup, -1) : SQLITE_ERROR;
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return makeError(ErrorKind::Data,
                         tr("Could not copy the manual index: %1").arg(memory->lastErrorMessage()));
    if (Status ok = registerTokenizers(memory->handle()); !ok)
        return ok;
    IndexWriter writer(*memory);
    storage::Transaction transaction(*memory);
    for (const Chapter &chapter : chapters) {
        if (Status ok =
                writer.remove(chapter.meta.language, chapter.meta.manual, chapter.meta.chapter);
            !ok)
            return ok;
        if (Status ok = writer.add(chapter); !ok)
            return ok;
    }
    if (Status ok = writer.rank(); !ok) // document frequencies changed
        return ok;
    if (Status ok = transaction.commit(); !ok)
        return ok;
    m_englishStemmer.reset(); // bound to the old connection
    m_germanStemmer.reset();
    m_sectionsLoaded = false;
    m_db = std::move(memory).value();
    return {};
}

Result<int> SearchIndex::sectionCount()
{
    auto count = m_db.scalar("SELECT count(*) FROM sections");
    if (!count)
        return count.error();
    return count->toInt();
}

Status SearchIndex::loadSections()
{
    m_sections.clear();
    m_manualIds.clear();
    m_chapterIds.clear();
    m_chapterLanguages.clear();
    auto chapterId = [&](const QString &manual, const QString &chapter) {
        const QString key = manual + u'/' + chapter;
        auto found = m_chapterIds.constFind(key);
        if (found == m_chapterIds.constEnd()) {
            found = m_chapterIds.insert(key, static_cast<qint32>(m_chapterLanguages.size()));
            m_chapterLanguages.append(0);
        }
        return *found;
    };
    auto chapters = m_db.prepare("SELECT language, manual, chapter FROM chapters");
    if (!chapters)
        return chapters.error();
    if (Status ok = chapters->forEachRow([&] {
            const qint32 id = chapterId(chapters->text(1), chapters->text(2));
            m_chapterLanguages[id] |= languageMask(chapters->text(0));
        });
        !ok)
        return ok;
    auto sections = m_db.prepare("SELECT id, manual, chapter FROM sections ORDER BY id");
    if (!sections)
        return sections.error();
    if (Status ok = sections->forEachRow([&] {
            const qint64 id = sections->integer(0);
            if (id < 0 || id > (qint64(1) << 28))
                return; // not a row this index writes; never matched
            const QString manual = sections->text(1);
            auto known = m_manualIds.constFind(manual);
            if (known == m_manualIds.constEnd())
                known = m_manualIds.insert(manual, static_cast<qint32>(m_manualIds.size()));
            if (id >= m_sections.size())
                m_sections.resize(id + 1);
            m_sections[id] = {*known, chapterId(manual, sections->text(2))};
        });
        !ok)
        return ok;
    m_sectionsLoaded = true;
    return {};
}

Result<QList<SearchHit>> SearchIndex::searchTable(const QString &language, const QString &text,
                                                  const SearchQuery &query, bool fallbackOnly)
{
    const bool german = isGerman(language);
    std::unique_ptr<QueryStemmer> &stemmer = german ? m_germanStemmer : m_englishStemmer;
    if (!stemmer) {
        auto made = QueryStemmer::create(m_db, language);
        if (!made)
            return made.error();
        stemmer = std::move(made).value();
    }
    QList<QByteArray> tokens;
    for (const QString &word : queryWords(text, language)) {
        const QByteArray token = stemmer->stem(word);
        if (!token.isEmpty() && !tokens.contains(token))
            tokens.append(token);
    }
    if (tokens.isEmpty())
        return QList<SearchHit>();

    if (!m_sectionsLoaded) {
        if (Status ok = loadSections(); !ok)
            return ok.error();
    }
    qint32 model = -1;
    if (!query.model.isEmpty()) {
        model = m_manualIds.value(query.model, -2);
        if (model == -2)
            return QList<SearchHit>(); // no such manual
    }
    const quint8 languageBit = languageMask(query.language);
    auto accept = [&](qint64 row) {
        if (row < 0 || row >= m_sections.size())
            return false;
        const SectionKey &key = m_sections.at(row);
        if (key.manual < 0 || (model >= 0 && key.manual != model))
            return false;
        // English only where the language lacks the chapter.
        return !fallbackOnly || (m_chapterLanguages.at(key.chapter) & languageBit) == 0;
    };
    auto rows = topRows(m_db, language, tokens, query.limit, accept);
    if (!rows)
        return rows.error();

    // Text only for the rows returned.
    auto section = m_db.cached("SELECT language, manual, chapter, anchor, chapter_title, title "
                               "FROM sections WHERE id = ?1");
    if (!section)
        return section.error();

    auto body = german ? m_db.cached(FB_BODY_SQL("fts_de")) : m_db.cached(FB_BODY_SQL("fts_en"));
    if (!body)
        return body.error();
    QList<SearchHit> hits;
    for (const RankedRow &row : std::as_const(*rows)) {
        (*section)->reset();
        (*section)->bind(1, row.row);
        auto known = (*section)->step();
        if (!known)
            return known.error();
        if (!*known)
            continue;
        SearchHit hit{(*section)->text(1),
                      (*section)->text(2),
                      (*section)->text(3),
                      (*section)->text(0),
                      (*section)->text(4),
                      (*section)->text(5),
                      {},
                      row.score};
        (*body)->reset();
        (*body)->bind(1, row.row);
        auto found = (*body)->step();
        if (!found)
            return found.error();
        if (*found)
            hit.snippet = stemmer->snippet((*body)->text(0), tokens).simplified();
        hits.append(hit);
    }
    return hits;
}

Result<QList<SearchHit>> SearchIndex::search(const SearchQuery &query)
{
    const QString language =
        query.language.isEmpty() ? QString::fromUtf16(kFallbackLanguage) : query.language;
    const QString match = matchExpression(query.text, language);
    if (match.isEmpty() || query.limit <= 0)
        return QList<SearchHit>();
    SearchQuery effective = query;
    effective.language = language;
    auto hits = searchTable(language, query.text, effective, false);
    if (!hits)
        return hits;
    if (language != QString::fromUtf16(kFallbackLanguage)) {
        // English chapters stand in for those the language lacks.
        auto fallback =
            searchTable(QString::fromUtf16(kFallbackLanguage), query.text, effective, true);
        if (!fallback)
            return fallback;
        hits->append(*fallback);
        std::stable_sort(hits->begin(), hits->end(),
                         [](const SearchHit &a, const SearchHit &b) { return a.score > b.score; });
        if (hits->size() > query.limit)
            hits->resize(query.limit);
    }
    qCDebug(lcManuals) << "search" << match << "->" << hits->size() << "hits";
    return hits;
}

} // namespace fb::manuals
