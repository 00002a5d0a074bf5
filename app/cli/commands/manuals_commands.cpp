#include "cli/arguments.h"
#include "cli/commands/commands.h"
#include "cli/text_table.h"

#include "manuals/manual_library.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

// `manuals list` and `manuals search` (cli.md). Both print rows of
// {"manual", "section", "title", "snippet", "score"}:
//   list:   one row per chapter in the chosen language (English where it lacks
//           one): section = the chapter name, title = its title, snippet =
//           its first paragraph, score = null.
//   search: one row per matching section, best first: section =
//           "<chapter>#<anchor>" (just "<chapter>" for a chapter's top), so
//           "manual:<manual>/<section>" is the deep link; title = "Chapter —
//           Section"; snippet = text around the matches with each match
//           between ** and **; score = relevance (negated bm25), higher is better.
// The language is the global --lang, else the system's; English when the
// manuals lack it. (main() consumes --lang and makes it the default QLocale.)

namespace fb::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::cli::Manuals", text);
}

QString usageText()
{
    return tr("  manuals list [--model M] [--lang L]\n"
              "  manuals search TEXT [--model M] [--lang L] [--limit N]");
}

// Opens the package and applies HQ updates from the workspace, when there is one.
Result<std::unique_ptr<manuals::ManualLibrary>> openLibrary(CliContext &context)
{
    auto library = manuals::ManualLibrary::openDefault();
    if (!library)
        return library;
    if (QFile::exists(context.workspacePath())) {
        auto workspace = context.workspace();
        if (!workspace) {
            context.err()
                << "fieldbench-cli: "
                << tr("Manual updates from HQ are not shown: %1").arg(workspace.error().message)
                << Qt::endl;
            return library;
        }
        auto problems = (*library)->applyUpdatesFrom((*workspace)->db());
        const QStringList messages = problems ? *problems : QStringList{problems.error().message};
        for (const QString &message : messages)
            context.err() << "fieldbench-cli: " << message << Qt::endl;
    }
    return library;
}

Status checkModel(const manuals::ManualLibrary &library, const QString &model)
{
    if (!model.isEmpty() && !library.manuals().contains(model))
        return makeError(ErrorKind::Usage, tr("There is no manual for \"%1\". Manuals: %2.")
                                               .arg(model, library.manuals().join(u", "_s)));
    return {};
}

QString manualLanguage(const CliContext &context)
{
    return manuals::effectiveLanguage(context.lang.isEmpty() ? QLocale().name() : context.lang);
}

int list(CliContext &context, const Arguments &args)
{
    auto library = openLibrary(context);
    if (!library)
        return context.fail(library.error());
    const QString model = args.value(u"model"_s);
    if (Status ok = checkModel(**library, model); !ok)
        return context.fail(ok.error());
    const QString language = manualLanguage(context);
    QJsonArray rows;
    QList<QStringList> table;
    for (const QString &manual : (*library)->manuals()) {
        if (!model.isEmpty() && manual != model)
            continue;
        for (const manuals::ChapterEntry &entry : (*library)->tableOfContents(manual, language)) {
            rows.append(QJsonObject{{"manual"_L1, manual},
                                    {"section"_L1, entry.meta.chapter},
                                    {"title"_L1, entry.meta.title},
                                    {"snippet"_L1, entry.summary},
                                    {"score"_L1, QJsonValue()}});
            table.append({manual, entry.meta.chapter, entry.meta.language, entry.meta.version,
                          entry.meta.title});
        }
    }
    if (context.json) {
        context.printJson(rows);
        return ExitOk;
    }
    printTable(context.out(),
               {tr("Manual"), tr("Chapter"), tr("Language"), tr("Version"), tr("Title")}, table);
    return ExitOk;
}

int search(CliContext &context, const Arguments &args)
{
    const QString text = args.positionals().mid(1).join(u' ').trimmed();
    if (text.isEmpty())
        return context.fail(ErrorKind::Usage,
                            tr("Give the words to search for. Usage:\n%1").arg(usageText()));
    auto limit = args.integer(u"limit"_s, 20, 1, 1000);
    if (!limit)
        return context.fail(limit.error());
    auto library = openLibrary(context);
    if (!library)
        return context.fail(library.error());
    manuals::SearchQuery query;
    query.text = text;
    query.model = args.value(u"model"_s);
    query.language = manualLanguage(context);
    query.limit = static_cast<int>(*limit);
    if (Status ok = checkModel(**library, query.model); !ok)
        return context.fail(ok.error());
    auto hits = (*library)->search(query);
    if (!hits)
        return context.fail(hits.error());
    if (context.json) {
        QJsonArray rows;
        for (const manuals::SearchHit &hit : std::as_const(*hits)) {
            const QString section =
                hit.anchor.isEmpty() ? hit.chapter : hit.chapter + u'#' + hit.anchor;
            const QString title = hit.anchor.isEmpty()
                                      ? hit.chapterTitle
                                      : hit.chapterTitle + u" — "_s + hit.sectionTitle;
            rows.append(QJsonObject{{"manual"_L1, hit.manual},
                                    {"section"_L1, section},
                                    {"title"_L1, title},
                                    {"snippet"_L1, manuals::snippetToMarkdown(hit.snippet)},
                                    {"score"_L1, qRound(hit.score * 1000.0) / 1000.0}});
        }
        context.printJson(rows);
        return ExitOk;
    }
    QList<QStringList> table;
    for (const manuals::SearchHit &hit : std::as_const(*hits))
        table.append({QLocale().toString(hit.score, 'f', 2), hit.link(),
                      hit.anchor.isEmpty() ? hit.chapterTitle : hit.sectionTitle,
                      manuals::snippetToMarkdown(hit.snippet)});
    printTable(context.out(), {tr("Score"), tr("Link"), tr("Title"), tr("Snippet")}, table);
    return ExitOk;
}

int run(CliContext &context, const QStringList &words)
{
    auto args = Arguments::parse(words, {{u"model"_s}, {u"limit"_s}});
    if (!args)
        return context.fail(args.error());
    const QString verb = args->positionals().value(0);
    if (verb == "list"_L1) {
        if (Status count = args->expectPositionals(1, 1, usageText()); !count)
            return context.fail(count.error());
        return list(context, *args);
    }
    if (verb == "search"_L1)
        return search(context, *args);
    return context.fail(ErrorKind::Usage, tr("Usage:\n%1").arg(usageText()));
}

} // namespace

CommandGroup manualsCommands()
{
    return {u"manuals"_s, usageText(), run};
}

} // namespace fb::cli
