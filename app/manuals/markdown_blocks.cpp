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

const QRegularExpression &headingPattern()
{
    static const QRegularExpression pattern(
        u"^(#{1,6})\\s+(.*?)(?:\\s*\\{#([A-Za-z0-9_-]+)\\})?\\s*$"_s);
    return pattern;
}
const QRegularExpression &listItemPattern()
{
    static const QRegularExpression pattern(u"^(\\s*)([-*+]|(\\d{1,9})[.)])\\s+(.*)$"_s);
    return pattern;
}
const QRegularExpression &tableSeparatorPattern()
{
    static const QRegularExpression pattern(
        u"^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$"_s);
    return pattern;
}

bool isFence(const QString &line)
{
    return line.trimmed().startsWith("```"_L1);
}
bool isBlank(const QString &line)
{
    return line.trimmed().isEmpty();
}
bool isRule(const QString &line)
{
    const QString t = line.trimmed();
    return t == "---"_L1 || t == "***"_L1 || t == "___"_L1;
}
int indentOf(const QString &line)
{
    int n = 0;
    for (QChar c : line) {
        if (c == u' ')
            ++n;
        else if (c == u'\t')
            n += 4;
        else
            break;
    }
    return n;
}

QStringList splitRow(QString row)
{
    row = row.trimmed();
    if (row.startsWith(u'|'))
        row.remove(0, 1);
    if (row.endsWith(u'|') && !row.endsWith("\\|"_L1))
        row.chop(1);
    QStringList cells;
    QString cell;
    bool inCode = false;
    for (qsizetype i = 0; i < row.size(); ++i) {
        const QChar c = row.at(i);
        if (c == u'\\' && i + 1 < row.size() && row.at(i + 1) == u'|') {
            cell += u'|';
            ++i;
        } else if (c == u'`') {
            inCode = !inCode;
            cell += c;
        } else if (c == u'|' && !inCode) {
            cells.append(cell.trimmed());
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells.append(cell.trimmed());
    return cells;
}

QString attribute(const QString &value)
{
    return value.toHtmlEscaped();
}

} // namespace

MarkdownBlocks::MarkdownBlocks(Chapter &chapter, QString origin, int firstLine)
    : m_chapter(chapter), m_origin(std::move(origin)), m_firstLine(firstLine)
{}

Status MarkdownBlocks::render(const QStringList &lines)
{
    m_chapter.sections.append({QString(), m_chapter.meta.title, 1, QString()});
    QString html;
    renderBlocks(lines, m_firstLine, html);
    if (m_error)
        return *m_error;
    if (!m_haveTitle)
        return makeError(ErrorKind::Data,
                         tr("%1: the chapter has no \"# Title\" heading.").arg(m_origin));
    m_chapter.bodyHtml = html;
    for (ChapterSection &section : m_chapter.sections)
        section.text = section.text.simplified();
    return {};
}

void MarkdownBlocks::fail(int line, const QString &message)
{
    if (!m_error)
        m_error = Error{ErrorKind::Data, u"%1:%2: %3"_s.arg(m_origin).arg(line).arg(message)};
}

void MarkdownBlocks::warn(int line, const QString &message)
{
    m_chapter.warnings.append(u"%1:%2: %3"_s.arg(m_origin).arg(line).arg(message));
}

void MarkdownBlocks::addText(const QString &plain)
{
    QString &text = m_chapter.sections.last().text;
    if (!text.isEmpty())
        text += u'\n';
    text += plain;
}

void MarkdownBlocks::renderBlocks(const QStringList &lines, int firstLine, QString &out)
{
    QStringList paragraph;
    int paragraphLine = firstLine;
    auto flush = [&] {
        if (paragraph.isEmpty())
            return;
        const Inline text = inlineText(paragraph.join(u'\n'), paragraphLine);
        out += u"<p>"_s + text.html + u"</p>\n"_s;
        addText(text.plain);
        if (m_chapter.summary.isEmpty() && m_haveTitle)
            m_chapter.summary = text.plain.simplified();
        paragraph.clear();
    };
    auto startsBlock = [&](qsizetype i) {
        const QString &line = lines.at(i);
        return isBlank(line) || isFence(line) || headingPattern().match(line).hasMatch() ||
               line.trimmed().startsWith(u'>') || listItemPattern().match(line).hasMatch() ||
               (line.trimmed().startsWith(u'|') && i + 1 < lines.size() &&
                tableSeparatorPattern().match(lines.at(i + 1)).hasMatch());
    };

    for (qsizetype i = 0; i < lines.size() && !m_error;) {
        const QString &line = lines.at(i);
        const int lineNo = firstLine + static_cast<int>(i);
        if (isBlank(line)) {
            flush();
            ++i;
            continue;
        }
        if (!paragraph.isEmpty() && !startsBlock(i)) {
            paragraph.append(line.trimmed());
            ++i;
            continue;
        }
        flush();
        if (isFence(line)) {
            QString code;
            qsizetype j = i + 1;
            for (; j < lines.size() && !isFence(lines.at(j)); ++j)
                code += lines.at(j) + u'\n';
            if (j >= lines.size())
                warn(lineNo, tr("the code block is not closed by ```."));
            code.chop(code.endsWith(u'\n') ? 1 : 0);
            out += u"<pre>"_s + code.toHtmlEscaped() + u"</pre>\n"_s;
            addText(code);
            i = j + 1;
            continue;
        }
        if (const auto match = headingPattern().match(line); match.hasMatch()) {
            heading(static_cast<int>(match.capturedLength(1)), match.captured(2), match.captured(3),
                    lineNo, out);
            ++i;
            continue;
        }
        if (line.trimmed().startsWith(u'>')) {
            QStringList quoted;
            qsizetype j = i;
            for (; j < lines.size() && lines.at(j).trimmed().startsWith(u'>'); ++j) {
                QString inner = lines.at(j).trimmed().mid(1);
                quoted.append(inner.startsWith(u' ') ? inner.mid(1) : inner);
            }
            blockQuote(quoted, lineNo, out);
            i = j;
            continue;
        }
        if (line.trimmed().startsWith(u'|') && i + 1 < lines.size() &&
            tableSeparatorPattern().match(lines.at(i + 1)).hasMatch()) {
            QStringList rows{line};
            qsizetype j = i + 2;
            for (; j < lines.size() && lines.at(j).trimmed().startsWith(u'|'); ++j)
                rows.append(lines.at(j));
            rows.insert(1, lines.at(i + 1));
            table(rows, lineNo, out);
            i = j;
            continue;
        }
        if (listItemPattern().match(line).hasMatch()) {
            QStringList items;
            qsizetype j = i;
            for (; j < lines.size(); ++j) {
                const QString &next = lines.at(j);
                if (listItemPattern().match(next).hasMatch() ||
                    (!isBlank(next) && indentOf(next) >= 2 && !isFence(next))) {
                    items.append(next);
                } else if (isBlank(next) && j + 1 < lines.size() &&
                           (listItemPattern().match(lines.at(j + 1)).hasMatch() ||
                            (!isBlank(lines.at(j + 1)) && indentOf(lines.at(j + 1)) >= 2))) {
                    continue; // a loose list: the blank line does not end it
                } else if (!isBlank(next) && j > i && !startsBlock(j) && !isRule(next) &&
                           !isBlank(lines.at(j - 1))) {
                    items.append(next); // lazy continuation of the item's text
                } else {
                    break;
                }
            }
            list(items, lineNo, out);
            i = j;
            continue;
        }
        if (isRule(line)) {
            out += u"<hr/>\n"_s;
            ++i;
            continue;
        }
        paragraph.append(line.trimmed());
        paragraphLine = lineNo;
        ++i;
    }
    flush();
}

void MarkdownBlocks::heading(int level, const QString &text, const QString &explicitAnchor,
                             int line, QString &out)
{
    const Inline title = inlineText(text, line);
    if (level == 1) {
        if (m_haveTitle) {
            fail(line, tr("a chapter has exactly one \"# Title\" heading."));
            return;
        }
        m_haveTitle = true;
        out += u"<h1><a name=\"top\"></a>"_s + title.html + u"</h1>\n"_s;
        return;
    }
    QString anchor = explicitAnchor.isEmpty() ? slugify(title.plain) : explicitAnchor;
    if (anchor.isEmpty() || anchor == "top"_L1) {
        fail(line, tr("the heading needs an anchor: add {#some-name}."));
        return;
    }
    if (m_anchors.contains(anchor)) {
        fail(line, tr("the anchor \"%1\" is used twice in this chapter.").arg(anchor));
        return;
    }
    m_anchors.insert(anchor);
    const QString tag = u"h%1"_s.arg(qMin(level, 6));
    // <a name> is what QTextBrowser::scrollToAnchor() finds; id serves browsers.
    out += u"<%1 id=\"%2\"><a name=\"%2\"></a>%3</%1>\n"_s.arg(tag, attribute(anchor), title.html);
    if (level <= 3)
        m_chapter.sections.append({anchor, title.plain.simplified(), level, QString()});
    else
        addText(title.plain);
}

void MarkdownBlocks::table(const QStringList &rows, int firstLine, QString &out)
{
    const QStringList header = splitRow(rows.at(0));
    QStringList align;
    for (const QString &cell : splitRow(rows.at(1))) {
        const bool left = cell.startsWith(u':');
        const bool right = cell.endsWith(u':');
        align.append(left && right ? u"center"_s : right ? u"right"_s : u"left"_s);
    }
    out += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n<tr>"_s;
    QStringList plain;
    for (qsizetype c = 0; c < header.size(); ++c) {
        const Inline cell = inlineText(header.at(c), firstLine);
        out += u"<th align=\"%1\">%2</th>"_s.arg(align.value(c, u"left"_s), cell.html);
        plain.append(cell.plain);
    }
    out += u"</tr>\n"_s;
    addText(plain.join(u" | "_s));
    for (qsizetype r = 2; r < rows.size(); ++r) {
        const QStringList cells = splitRow(rows.at(r));
        plain.clear();
        out += u"<tr>"_s;
        for (qsizetype c = 0; c < header.size(); ++c) {
            const Inline cell = inlineText(cells.value(c), firstLine + static_cast<int>(r));
            out += u"<td align=\"%1\">%2</td>"_s.arg(align.value(c, u"left"_s), cell.html);
            plain.append(cell.plain);
        }
        out += u"</tr>\n"_s;
        addText(plain.join(u" | "_s));
    }
    out += u"</table>\n"_s;
}

void MarkdownBlocks::list(const QStringList &lines, int firstLine, QString &out)
{
    struct Level
    {
        int indent;
        bool ordered;
    };
    QList<Level> open;
    QString itemPlain;
    auto endItem = [&] {
        if (!itemPlain.isEmpty())
            addText(itemPlain);
        itemPlain.clear();
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = firstLine + static_cast<int>(i);
        const auto match = listItemPattern().match(lines.at(i));
        if (!match.hasMatch()) {
            // Continuation text of the current item.
            const Inline more = inlineText(lines.at(i).trimmed(), lineNo);
            out += u" "_s + more.html;
            itemPlain += u' ' + more.plain;
            continue;
        }
        endItem();
        const int indent = indentOf(lines.at(i));
        const bool ordered = !match.captured(3).isEmpty();
        while (!open.isEmpty() && indent < open.last().indent) {
            out += open.last().ordered ? u"</li></ol>\n"_s : u"</li></ul>\n"_s;
            open.removeLast();
        }
        if (!open.isEmpty() && indent == open.last().indent && open.last().ordered != ordered) {
            out += open.last().ordered ? u"</li></ol>\n"_s : u"</li></ul>\n"_s;
            open.removeLast();
        }
        if (!open.isEmpty() && indent == open.last().indent) {
            out += u"</li>\n"_s;
        } else {
            if (ordered) {
                const QString start = match.captured(3);
                out += start == "1"_L1 ? u"<ol>\n"_s : u"<ol start=\"%1\">\n"_s.arg(start.toInt());
            } else {
                out += u"<ul>\n"_s;
            }
            open.append({indent, ordered});
        }
        const Inline text = inlineText(match.captured(4), lineNo);
        out += u"<li>"_s + text.html;
        itemPlain = text.plain;
    }
    endItem();
    while (!open.isEmpty()) {
        out += open.last().ordered ? u"</li></ol>\n"_s : u"</li></ul>\n"_s;
        open.removeLast();
    }
}

void MarkdownBlocks::blockQuote(const QStringList &lines, int firstLine, QString &out)
{
    // "> **Warning:** ..." and "> **Note:** ..." are admonitions: a coloured box.
    static const QRegularExpression kind(u"^\\*\\*([^*:]+):\\*\\*"_s);
    const auto match = kind.match(lines.value(0).trimmed());
    const QString label = match.hasMatch() ? match.captured(1).toLower() : QString();
    const bool danger = label == "warning"_L1 || label == "caution"_L1 || label == "danger"_L1 ||
                        label == "warnung"_L1 || label == "vorsicht"_L1 || label == "achtung"_L1;
    const bool note = !label.isEmpty() && !danger;
    const QString colour = danger ? u"#fdecea"_s : note ? u"#e8f1fb"_s : u"#f5f5f5"_s;
    const QString cssClass = danger ? u"warning"_s : note ? u"note"_s : u"quote"_s;
    QString inner;
    renderBlocks(lines, firstLine, inner);
    out += u"<table class=\"%1\" width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" border=\"0\">"
           "<tr><td bgcolor=\"%2\">\n%3</td></tr></table>\n"_s.arg(cssClass, colour, inner);
}

MarkdownBlocks::Inline MarkdownBlocks::inlineText(const QString &text, int line)
{
    Inline result;
    inlineInto(text, line, result);
    return result;
}

void MarkdownBlocks::inlineInto(QStringView t, int line, Inline &result)
{
    const qsizetype n = t.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = t.at(i);
        if (c == u'\\' && i + 1 < n && t.at(i + 1).isPunct()) {
            result.html += QString(t.at(i + 1)).toHtmlEscaped();
            result.plain += t.at(i + 1);
            i += 2;
            continue;
        }
        if (c == u'\n') {
            result.html += u'\n';
            result.plain += u' ';
            ++i;
            continue;
        }
        if (c == u'`') {
            qsizetype run = 0;
            while (i + run < n && t.at(i + run) == u'`')
                ++run;
            const QString fence(run, u'`');
            const qsizetype close = t.indexOf(fence, i + run);
            if (close > 0) {
                const QString code = t.mid(i + run, close - i - run).trimmed().toString();
                result.html += u"<code>"_s + code.toHtmlEscaped() + u"</code>"_s;
                result.plain += code;
                i = close + run;
                continue;
            }
        }
        if (c == u'!' && i + 1 < n && t.at(i + 1) == u'[') {
            qsizetype at = i + 1;
            if (link(t, at, true, line, result)) {
                i = at;
                continue;
            }
        }
        if (c == u'[') {
            qsizetype at = i;
            if (link(t, at, false, line, result)) {
                i = at;
                continue;
            }
        }
        if (c == u'*' || c == u'_') {
            qsizetype run = 0;
            while (i + run < n && t.at(i + run) == c && run < 3)
                ++run;
            const bool wordStart = c == u'*' || i == 0 || !t.at(i - 1).isLetterOrNumber();
            const QString marker(run, c);
            qsizetype close = i + run < n && !t.at(i + run).isSpace() && wordStart
                                  ? t.indexOf(marker, i + run + 1)
                                  : -1;
            while (close > 0 && t.at(close - 1).isSpace())
                close = t.indexOf(marker, close + 1);
            if (close > 0) {
                const QString open = run == 3 ? u"<b><i>"_s : run == 2 ? u"<b>"_s : u"<i>"_s;
                const QString shut = run == 3 ? u"</i></b>"_s : run == 2 ? u"</b>"_s : u"</i>"_s;
                result.html += open;
                inlineInto(t.mid(i + run, close - i - run), line, result);
                result.html += shut;
                i = close + run;
                continue;
            }
        }
        result.html += QString(c).toHtmlEscaped();
        result.plain += c;
        ++i;
    }
}

// Parses "[label](target)" at t[i] == '['; on success moves i past it.
bool MarkdownBlocks::link(QStringView t, qsizetype &i, bool image, int line, Inline &result)
{
    int depth = 0;
    qsizetype close = -1;
    for (qsizetype j = i; j < t.size(); ++j) {
        if (t.at(j) == u'\\') {
            ++j;
        } else if (t.at(j) == u'[') {
            ++depth;
        } else if (t.at(j) == u']' && --depth == 0) {
            close = j;
            break;
        }
    }
    if (close < 0 || close + 1 >= t.size() || t.at(close + 1) != u'(')
        return false;
    const qsizetype end = t.indexOf(u')', close + 2);
    if (end < 0)
        return false;
    const QStringView label = t.mid(i + 1, close - i - 1);
    QString target = t.mid(close + 2, end - close - 2).trimmed().toString();
    if (const qsizetype space = target.indexOf(u' '); space > 0)
        target.truncate(space); // drop a "title"
    i = end + 1;

    if (image) {
        static const QRegularExpression local(
            u"^(?:\\.\\./\\.\\./images/|\\.\\./images/|images/)([A-Za-z0-9._-]+\\.(?:svg|png|jpg))$"_s);
        const auto match = local.match(target);
        if (!match.hasMatch()) {
            fail(line, tr("the image \"%1\" must be a file in manuals/images/, written "
                          "../../images/<name>.svg; remote images are not allowed.")
                           .arg(target));
            return true;
        }
        const QString name = match.captured(1);
        if (!m_chapter.images.contains(name))
            m_chapter.images.append(name);
        const QString alt = label.toString();
        result.html +=
            u"<img src=\"../../../images/%1\" alt=\"%2\"/>"_s.arg(attribute(name), attribute(alt));
        result.plain += alt;
        return true;
    }

    Inline text;
    inlineInto(label, line, text);
    if (target.startsWith(u'#'))
        target = u"manual:%1/%2%3"_s.arg(m_chapter.meta.manual, m_chapter.meta.chapter, target);
    if (target.startsWith("manual:"_L1)) {
        m_chapter.links.append({target, line});
        result.html += u"<a href=\"%1\">%2</a>"_s.arg(attribute(target), text.html);
    } else if (target.startsWith("https://"_L1) || target.startsWith("http://"_L1) ||
               target.startsWith("mailto:"_L1)) {
        // Never a live link: the viewer loads nothing remote. The address stays readable.
        result.html += text.html + u" ("_s + target.toHtmlEscaped() + u')';
    } else {
        warn(line, tr("the link target \"%1\" is not a manual: link; shown as text.").arg(target));
        result.html += text.html;
    }
    result.plain += text.plain;
    return true;
}

} // namespace fb::manuals
