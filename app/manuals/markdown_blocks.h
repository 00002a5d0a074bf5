#pragma once

// The Markdown subset of the manual sources (manuals/README.md), rendered to
// HTML that QTextBrowser shows well and that loads nothing remote: headings
// with explicit anchors, paragraphs, lists, GFM tables, fenced code, block
// quotes (admonitions), emphasis, code spans, manual: links and images from
// the package's images/ folder. The plain text of each section is collected
// for the search index. Internal to the manuals module.

#include "domain/result.h"
#include "manuals/chapter.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace fb::manuals {

class MarkdownBlocks
{
public:
    MarkdownBlocks(Chapter &chapter, QString origin, int firstLine);
    Status render(const QStringList &lines);

private:
    struct Inline
    {
        QString html;
        QString plain;
    };

    void renderBlocks(const QStringList &lines, int firstLine, QString &out);
    void heading(int level, const QString &text, const QString &explicitAnchor, int line,
                 QString &out);
    void table(const QStringList &rows, int firstLine, QString &out);
    void list(const QStringList &lines, int firstLine, QString &out);
    void blockQuote(const QStringList &lines, int firstLine, QString &out);

    Inline inlineText(const QString &text, int line);
    void inlineInto(QStringView text, int line, Inline &result);
    bool link(QStringView text, qsizetype &i, bool image, int line, Inline &result);
    void addText(const QString &plain);
    void fail(int line, const QString &message);
    void warn(int line, const QString &message);

    Chapter &m_chapter;
    QString m_origin;
    int m_firstLine;
    std::optional<Error> m_error;
    QSet<QString> m_anchors;
    bool m_haveTitle = false;
};

} // namespace fb::manuals
