#include "manuals/chapter.h"

#include "manuals/markdown_blocks.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace fb::manuals {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::manuals::Chapter", text);
}

// The page style: a subset QTextBrowser understands and a browser shows alike.
const char16_t kStyle[] = uR"css(
body { font-family: sans-serif; }
h1 { font-size: x-large; }
h2 { font-size: large; margin-top: 18px; }
h3 { font-size: medium; margin-top: 12px; }
pre { background-color: #f3f3f3; font-family: monospace; }
code { font-family: monospace; background-color: #f3f3f3; }
th { background-color: #e8e8e8; }
)css";

} // namespace

QStringList supportedLanguages()
{
    return {u"en"_s, u"de"_s};
}

QStringList Chapter::anchors() const
{
    QStringList result;
    for (const ChapterSection &section : sections) {
        if (!section.anchor.isEmpty())
            result.append(section.anchor);
    }
    return result;
}

QString Chapter::pageHtml() const
{
    return u"<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"/>"
           "<meta name=\"fieldbench-version\" content=\"%2\"/><title>%3</title>"
           "<style>%4</style></head>\n<body>\n%5</body></html>\n"_s.arg(
               meta.language, meta.version, meta.title.toHtmlEscaped(), QString::fromUtf16(kStyle),
               bodyHtml);
}

QString slugify(const QString &text)
{
    QString slug;
    bool dash = false;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber()) {
            if (dash && !slug.isEmpty())
                slug += u'-';
            slug += c;
            dash = false;
        } else {
            dash = true;
        }
    }
    return slug;
}

bool isSemanticVersion(const QString &version)
{
    static const QRegularExpression pattern(u"^\\d+\\.\\d+\\.\\d+$"_s);
    return pattern.match(version).hasMatch();
}

int compareVersions(const QString &a, const QString &b)
{
    const QStringList left = a.split(u'.');
    const QStringList right = b.split(u'.');
    for (qsizetype i = 0; i < qMax(left.size(), right.size()); ++i) {
        const int l = left.value(i).toInt();
        const int r = right.value(i).toInt();
        if (l != r)
            return l < r ? -1 : 1;
    }
    return 0;
}

Result<Chapter> compileChapter(const QString &source, const QString &origin)
{
    QString text = source;
    text.replace(u"\r\n"_s, u"\n"_s);
    QStringList lines = text.split(u'\n');
    if (lines.isEmpty() || lines.first().trimmed() != "---"_L1)
        return makeError(
            ErrorKind::Data,
            tr("%1: the file must start with front matter between \"---\" lines.").arg(origin));
    Chapter chapter;
    qsizetype end = 1;
    for (; end < lines.size() && lines.at(end).trimmed() != "---"_L1; ++end) {
        const QString line = lines.at(end);
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            return makeError(
                ErrorKind::Data,
                tr("%1:%2: front matter lines are \"key: value\".").arg(origin).arg(end + 1));
        const QString key = line.left(colon).trimmed();
        QString value = line.mid(colon + 1).trimmed();
        if (value.size() >= 2 && (value.startsWith(u'"') || value.startsWith(u'\'')) &&
            value.endsWith(value.at(0)))
            value = value.mid(1, value.size() - 2);
        if (key == "manual"_L1)
            chapter.meta.manual = value;
        else if (key == "language"_L1)
            chapter.meta.language = value;
        else if (key == "version"_L1)
            chapter.meta.version = value;
        else if (key == "chapter"_L1)
            chapter.meta.chapter = value;
        else if (key == "title"_L1)
            chapter.meta.title = value;
    }
    if (end >= lines.size())
        return makeError(ErrorKind::Data,
                         tr("%1: the front matter is not closed by a \"---\" line.").arg(origin));
    static const QRegularExpression slugPattern(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    const struct
    {
        const char *key;
        QString value;
    } required[] = {{"manual", chapter.meta.manual},
                    {"language", chapter.meta.language},
                    {"version", chapter.meta.version},
                    {"chapter", chapter.meta.chapter},
                    {"title", chapter.meta.title}};
    for (const auto &field : required) {
        if (field.value.isEmpty())
            return makeError(ErrorKind::Data, tr("%1: the front matter lacks \"%2\".")
                                                  .arg(origin, QString::fromLatin1(field.key)));
    }
    if (!supportedLanguages().contains(chapter.meta.language))
        return makeError(ErrorKind::Data, tr("%1: language \"%2\" is not one of %3.")
                                              .arg(origin, chapter.meta.language,
                                                   supportedLanguages().join(u", "_s)));
    if (!isSemanticVersion(chapter.meta.version))
        return makeError(
            ErrorKind::Data,
            tr("%1: version \"%2\" must look like 1.0.0.").arg(origin, chapter.meta.version));
    if (!slugPattern.match(chapter.meta.manual).hasMatch() ||
        !slugPattern.match(chapter.meta.chapter).hasMatch())
        return makeError(
            ErrorKind::Data,
            tr("%1: manual and chapter must be lower-case kebab-case names.").arg(origin));

    MarkdownBlocks renderer(chapter, origin, static_cast<int>(end) + 1);
    Status rendered = renderer.render(lines.mid(end + 1));
    if (!rendered)
        return rendered.error();
    return chapter;
}

} // namespace fb::manuals
