#pragma once

// One chapter of a service manual, compiled from its Markdown source
// (manuals/<lang>/<manual>/<NN>-<chapter>.md, format in manuals/README.md):
// the rendered HTML page and the plain text of each section for the index.

#include "domain/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fb::manuals {

// The languages the package holds; English is every chapter's fallback.
inline constexpr char16_t kFallbackLanguage[] = u"en";
QStringList supportedLanguages();

struct ChapterMeta
{
    QString manual;   // "freezer"
    QString language; // "en"
    QString version;  // "1.2.0"
    QString chapter;  // "temperature-probe"
    QString title;
    int order = 0; // NN of the file name; 0 for chapters from HQ
};

struct ChapterSection
{
    QString anchor; // empty: the top of the chapter
    QString title;
    int level = 1; // 1 chapter top, 2 "##", 3 "###"
    QString text;  // plain text for the search index
};

struct ChapterLink
{
    QString target; // "manual:freezer/door-lock#solenoid"
    int line = 0;   // 1-based line in the source
};

struct Chapter
{
    ChapterMeta meta;
    QString bodyHtml; // the rendered body, without <html>/<head>
    QList<ChapterSection> sections;
    QList<ChapterLink> links; // every manual: link, for link checks
    QStringList images;       // image file names under images/
    QStringList warnings;     // things the author should fix; not fatal
    QString summary;          // first paragraph, plain text

    QStringList anchors() const;
    // The complete page: <html> with head, style and the body.
    QString pageHtml() const;
};

// Parses and renders one source. `origin` names the file in messages.
Result<Chapter> compileChapter(const QString &source, const QString &origin);

// "Door lock & solenoid" -> "door-lock-solenoid"
QString slugify(const QString &text);
bool isSemanticVersion(const QString &version);
// <0, 0, >0 like strcmp; both must be semantic versions.
int compareVersions(const QString &a, const QString &b);

} // namespace fb::manuals
