#pragma once

// The installed manual package at run time: verified against its manifest
// (SHA-256 of every file) when opened, so a damaged package is refused with
// a clear message instead of showing half a manual. Chapters fall back to
// English when the chosen language lacks them. Chapter updates from HQ
// (`manual` documents, see app/manuals/README.md) replace bundled chapters
// when their version is newer, in the table of contents, pages and search.
//
// Not thread-safe: use one instance from one thread at a time.

#include "domain/result.h"
#include "manuals/chapter.h"
#include "manuals/manual_link.h"
#include "manuals/search_index.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace fb::storage {
class Database;
}

namespace fb::manuals {

struct ChapterEntry
{
    ChapterMeta meta;
    QString summary;
    QList<ChapterSection> sections; // headings only (no text)
    QStringList links;              // manual: links in the chapter
    QString file;                   // package-relative page
    QString updatedHtml;            // the page of an HQ update; empty for bundled pages
    bool updated() const { return !updatedHtml.isEmpty(); }
    QString link() const { return u"manual:" + meta.manual + u'/' + meta.chapter; }
};

struct ResolvedLink
{
    ChapterEntry chapter;
    QString anchor; // empty: top of the chapter
};

class ManualLibrary
{
public:
    ~ManualLibrary();

    // Where the package is looked for, in order: $FIELDBENCH_MANUALS_DIR (only
    // that, when set), <exe dir>/../../manuals-package (build tree),
    // <exe dir>/../share/fieldbench/manuals, <install prefix>/share/fieldbench/manuals.
    static QStringList candidateDirectories();
    static Result<QString> locate();

    static Result<std::unique_ptr<ManualLibrary>> open(const QString &directory);
    static Result<std::unique_ptr<ManualLibrary>> openDefault();

    // Applies `manual` documents from HQ; returns a message per refused document.
    QStringList applyUpdates(const QList<QJsonObject> &documents);
    // Reads the `manual` documents of a workspace and applies them.
    Result<QStringList> applyUpdatesFrom(storage::Database &workspace);

    const QString &directory() const { return m_directory; }
    QStringList manuals() const;
    QStringList languages() const;
    // The chapters of a manual in `language`, English where it lacks one, in order.
    QList<ChapterEntry> tableOfContents(const QString &manual, const QString &language) const;
    // Every chapter in every language.
    QList<ChapterEntry> allChapters() const { return m_chapters; }
    std::optional<ChapterEntry> chapter(const QString &manual, const QString &chapter,
                                        const QString &language) const;

    // The page, read from the package and checked against the manifest again.
    Result<QString> pageHtml(const ChapterEntry &chapter) const;
    // Absolute path of the page file (also for an update: where it would be),
    // the base for resolving its relative image paths.
    QString pagePath(const ChapterEntry &chapter) const;
    QString imagesDirectory() const { return m_directory + QStringLiteral("/images"); }

    // Resolves a manual: link in `language` (with fallback); the error says why not.
    Result<ResolvedLink> resolve(const QString &url, const QString &language) const;

    Result<QList<SearchHit>> search(const SearchQuery &query);

private:
    ManualLibrary() = default;
    Status load();
    QString key(const QString &language, const QString &manual, const QString &chapter) const;

    QString m_directory;
    QHash<QString, QString> m_digests; // relative path -> sha256 hex
    QList<ChapterEntry> m_chapters;
    QHash<QString, qsizetype> m_byKey;
    std::unique_ptr<SearchIndex> m_index;
};

// The language to use for `requested` ("de_DE", "de", "", "fr"): a supported one.
QString effectiveLanguage(const QString &requested);

} // namespace fb::manuals
