#include "cli/arguments.h"
#include "cli/commands/commands.h"
#include "cli/text_table.h"

#include "documents/document_inputs.h"
#include "documents/documents_module.h"
#include "documents/pdf_file.h"
#include "domain/commercial/money_format.h"
#include "domain/commercial/quote_rules.h"
#include "storage/quote_repository.h"
#include "storage/ticket_repository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using namespace fb::commercial;

namespace fb::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::cli::Quotes", text);
}

QString usageText()
{
    return tr("  quote create --ticket ID\n"
              "  quote add-part ID PN QTY | quote add-labour ID HOURS | quote add-travel ID KM\n"
              "  quote remove-line ID LINE\n"
              "  quote show ID | quote list [--ticket ID]\n"
              "  quote approve ID --signer NAME --signature PNG\n"
              "  quote decline ID --reason TEXT\n"
              "  quote pdf ID --out FILE\n"
              "  quote report --ticket ID --out FILE   (service report PDF)");
}

int printQuote(CliContext &context, const Quote &quote)
{
    if (context.json) {
        context.printJson(quote.toJson());
        return ExitOk;
    }
    const QLocale locale(quote.locale);
    auto money = [&](Decimal amount) {
        return formatMoney(amount, quote.currency, locale);
    };
    QTextStream &out = context.out();
    out << quote.number << "  " << displayName(quote.status) << "  " << quote.currency;
    if (quote.isChangeOrder())
        out << "  " << tr("change order of %1").arg(quote.extends);
    out << Qt::endl;
    QList<QStringList> rows;
    for (const QuoteLine &line : quote.lines)
        rows.append({line.id, toString(line.kind),
                     line.partNumber.isEmpty() ? line.description
                                               : line.partNumber + u' ' + line.description,
                     formatQuantity(line.qty, locale), money(line.unitPrice),
                     line.coverage == CoverageBasis::None ? QString() : toString(line.coverage),
                     money(line.amount)});
    printTable(
        out,
        {tr("Line"), tr("Kind"), tr("Item"), tr("Qty"), tr("Unit"), tr("Coverage"), tr("Amount")},
        rows);
    out << tr("Subtotal %1  Tax %2  Total %3")
               .arg(money(quote.subtotal), money(quote.tax), money(quote.total))
        << Qt::endl;
    if (quote.approval)
        out << tr("Approved by %1 at %2 (SHA-256 %3)")
                   .arg(quote.approval->signer, quote.approval->signedAt.toString(Qt::ISODate),
                        quote.approval->contentSha256)
            << Qt::endl;
    if (!quote.declineReason.isEmpty())
        out << tr("Declined: %1").arg(quote.declineReason) << Qt::endl;
    return ExitOk;
}

Result<Decimal> amountArgument(const QString &text, const QString &what)
{
    const auto value = Decimal::parse(text);
    if (!value || *value <= Decimal())
        return makeError(
            ErrorKind::Usage,
            tr("%1 must be a positive decimal number like 2 or 1.5, not \"%2\".").arg(what, text));
    return *value;
}

Result<QByteArray> readSignature(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Usage,
                         tr("Cannot read the signature %1: %2.").arg(path, file.errorString()));
    const QByteArray bytes = file.read(kMaxSignatureBytes + 1);
    auto documents = documents::loadDocumentsModule();
    if (!documents)
        return documents.error();
    if (!(*documents)->isReadablePng(bytes) || bytes.size() > kMaxSignatureBytes)
        return makeError(
            ErrorKind::Usage,
            tr("The signature %1 is not a readable PNG image (at most 2 MiB).").arg(path));
    return bytes;
}

int writePdf(CliContext &context, const QByteArray &pdf, const QString &out)
{
    if (Status saved = documents::savePdf(pdf, out); !saved)
        return context.fail(saved.error());
    const QString path = QFileInfo(out).absoluteFilePath();
    if (context.json)
        context.printJson(QJsonObject{{"file"_L1, path}});
    else
        context.out() << path << Qt::endl;
    return ExitOk;
}

int run(CliContext &context, const QStringList &words)
{
    auto args = Arguments::parse(
        words, {{u"ticket"_s}, {u"signer"_s}, {u"signature"_s}, {u"reason"_s}, {u"out"_s}});
    if (!args)
        return context.fail(args.error());
    const QStringList &positionals = args->positionals();
    const QString verb = positionals.value(0);
    static const QMap<QString, int> kPositionals{
        {u"create"_s, 1},      {u"add-part"_s, 4}, {u"add-labour"_s, 3}, {u"add-travel"_s, 3},
        {u"remove-line"_s, 3}, {u"show"_s, 2},     {u"list"_s, 1},       {u"approve"_s, 2},
        {u"decline"_s, 2},     {u"pdf"_s, 2},      {u"report"_s, 1}};
    if (!kPositionals.contains(verb))
        return context.fail(ErrorKind::Usage, tr("Usage:\n%1").arg(usageText()));
    const int expected = kPositionals.value(verb);
    if (Status count = args->expectPositionals(expected, expected, usageText()); !count)
        return context.fail(count.error());
    for (const auto &[needs, option] :
         {std::pair{u"create"_s, u"ticket"_s}, std::pair{u"report"_s, u"ticket"_s},
          std::pair{u"approve"_s, u"signer"_s}, std::pair{u"approve"_s, u"signature"_s},
          std::pair{u"decline"_s, u"reason"_s}, std::pair{u"pdf"_s, u"out"_s},
          std::pair{u"report"_s, u"out"_s}}) {
        if (verb == needs && args->value(option).trimmed().isEmpty())
            return context.fail(ErrorKind::Usage,
                                tr("--%1 is required. Usage:\n%2").arg(option, usageText()));
    }

    // Read inputs before opening the workspace, so bad arguments change nothing.
    Decimal amount;
    if (verb == "add-part"_L1 || verb == "add-labour"_L1 || verb == "add-travel"_L1) {
        const QString what = verb == "add-part"_L1     ? tr("QTY")
                             : verb == "add-labour"_L1 ? tr("HOURS")
                                                       : tr("KM");
        auto parsed = amountArgument(positionals.last(), what);
        if (!parsed)
            return context.fail(parsed.error());
        amount = *parsed;
    }
    QByteArray signature;
    if (verb == "approve"_L1) {
        auto read = readSignature(args->value(u"signature"_s));
        if (!read)
            return context.fail(read.error());
        signature = *read;
    }

    auto workspace = context.workspace();
    if (!workspace)
        return context.fail(workspace.error());
    storage::Database &db = (*workspace)->db();
    storage::QuoteRepository quotes(db);
    auto show = [&](const Result<Quote> &quote) {
        return quote ? printQuote(context, *quote) : context.fail(quote.error());
    };

    if (verb == "create"_L1) {
        auto quote = quotes.create(args->value(u"ticket"_s));
        if (!quote && quote.error().kind == ErrorKind::NotFound)
            return context.fail(ErrorKind::Usage, quote.error().message);
        return show(quote);
    }
    if (verb == "add-part"_L1)
        return show(quotes.addPart(positionals.at(1), positionals.at(2), amount));
    if (verb == "add-labour"_L1)
        return show(quotes.addLabour(positionals.at(1), amount));
    if (verb == "add-travel"_L1)
        return show(quotes.addTravel(positionals.at(1), amount));
    if (verb == "remove-line"_L1)
        return show(quotes.removeLine(positionals.at(1), positionals.at(2)));
    if (verb == "show"_L1)
        return show(quotes.find(positionals.at(1)));
    if (verb == "approve"_L1)
        return show(quotes.approve(positionals.at(1), args->value(u"signer"_s), signature));
    if (verb == "decline"_L1)
        return show(quotes.decline(positionals.at(1), args->value(u"reason"_s)));
    if (verb == "list"_L1) {
        QString ticketId = args->value(u"ticket"_s);
        if (!ticketId.isEmpty()) {
            auto ticket = storage::TicketRepository(db).find(ticketId);
            if (!ticket)
                return context.fail(ticket.error());
            ticketId = ticket->id;
        }
        auto rows = quotes.list(ticketId);
        if (!rows)
            return context.fail(rows.error());
        if (context.json) {
            QJsonArray array;
            for (const storage::QuoteRow &row : std::as_const(*rows))
                array.append(QJsonObject{
                    {"id"_L1, row.id},
                    {"number"_L1, row.number},
                    {"ticket_id"_L1, row.ticketId},
                    {"status"_L1, row.status},
                    {"extends"_L1, row.extends.isEmpty() ? QJsonValue() : QJsonValue(row.extends)},
                    {"currency"_L1, row.currency},
                    {"total"_L1, row.total}});
            context.printJson(array);
            return ExitOk;
        }
        QList<QStringList> table;
        for (const storage::QuoteRow &row : std::as_const(*rows))
            table.append({row.number, row.status, row.ticketId, row.total + u' ' + row.currency,
                          row.extends});
        printTable(context.out(),
                   {tr("Number"), tr("Status"), tr("Ticket"), tr("Total"), tr("Extends")}, table);
        return ExitOk;
    }
    if (verb == "pdf"_L1) {
        auto input = documents::loadQuoteDocumentInput(db, positionals.at(1));
        if (!input)
            return context.fail(input.error());
        auto documents = documents::loadDocumentsModule();
        if (!documents)
            return context.fail(documents.error());
        auto pdf = (*documents)->renderQuotePdf(*input);
        if (!pdf)
            return context.fail(pdf.error());
        // Attached to the quote too, so sync carries it to HQ.
        if (auto attached = quotes.attachPdf(input->quote.id, *pdf); !attached)
            return context.fail(attached.error());
        return writePdf(context, *pdf, args->value(u"out"_s));
    }
    auto input = documents::loadServiceReportInput(db, args->value(u"ticket"_s));
    if (!input)
        return context.fail(input.error());
    auto documents = documents::loadDocumentsModule();
    if (!documents)
        return context.fail(documents.error());
    auto pdf = (*documents)->renderServiceReportPdf(*input);
    if (!pdf)
        return context.fail(pdf.error());
    if (Status attached = documents::attachServiceReport(db, input->ticket.id, *pdf); !attached)
        return context.fail(attached.error());
    return writePdf(context, *pdf, args->value(u"out"_s));
}

} // namespace

CommandGroup quoteCommands()
{
    return {u"quote"_s, usageText(), run};
}

} // namespace fb::cli
