#include "storage/quote_repository.h"

#include "domain/commercial/quote_pricing.h"
#include "domain/commercial/quote_rules.h"
#include "storage/asset_repository.h"
#include "storage/attachment_store.h"
#include "storage/catalog_repository.h"
#include "storage/ticket_repository.h"

#include <QCoreApplication>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace fb::commercial;

namespace fb::storage {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::storage::Quotes", text);
}

const char *const kRowColumns =
    "SELECT doc_id, number, ticket_id, status, coalesce(extends, ''), currency, total, "
    "coalesce(created_at, '') FROM quote_rows ";

} // namespace

Result<WarrantyEngine> loadWarranty(Database &db, const QString &serial)
{
    const auto &policy = CommercialPolicy::defaults();
    if (!policy)
        return policy.error();
    AssetRepository assets(db);
    auto device = assets.device(serial);
    if (!device)
        return device.error();
    auto events = assets.serviceEvents(serial);
    if (!events)
        return events.error();
    return WarrantyEngine(*device, *events, policy->warranty());
}

Status checkDispatchGate(Database &db, const Ticket &ticket, QDate date)
{
    auto warranty = loadWarranty(db, ticket.deviceSerial);
    if (!warranty)
        return makeError(warranty.error().kind,
                         tr("Cannot check the warranty of device %1 before dispatch: %2")
                             .arg(ticket.deviceSerial, warranty.error().message));
    auto quotes = QuoteRepository(db).forTicket(ticket.id);
    if (!quotes)
        return quotes.error();
    return checkDispatch(*warranty, date, *quotes);
}

Status checkWorkLogGate(Database &db, const Ticket &ticket, const WorkLogRequest &request)
{
    CatalogRepository catalog(db);
    for (const PartUsed &part : request.parts) {
        if (auto known = catalog.part(part.partNumber.trimmed()); !known)
            return known.error();
    }
    auto warranty = loadWarranty(db, ticket.deviceSerial);
    if (!warranty)
        return makeError(warranty.error().kind,
                         tr("Cannot check the warranty of device %1 before logging work: %2")
                             .arg(ticket.deviceSerial, warranty.error().message));
    auto quotes = QuoteRepository(db).forTicket(ticket.id);
    if (!quotes)
        return quotes.error();
    return checkWorkLogAuthorized(*warranty, ticket, *quotes, request);
}

QuoteRepository::QuoteRepository(Database &db) : m_db(db), m_store(db) {}

Result<Quote> QuoteRepository::find(const QString &idOrNumber)
{
    QString id = idOrNumber.trimmed();
    if (!id.startsWith("quote:"_L1)) {
        auto statement = m_db.cached("SELECT doc_id FROM quote_rows WHERE number = ?1");
        if (!statement)
            return statement.error();
        (*statement)->reset();
        (*statement)->bind(1, id);
        auto row = (*statement)->step();
        if (!row)
            return row.error();
        if (!*row)
            return makeError(ErrorKind::NotFound,
                             tr("No quote %1 in this workspace.").arg(idOrNumber));
        id = (*statement)->text(0);
        (*statement)->reset();
    }
    auto document = m_store.get(id);
    if (!document)
        return document.error();
    if (!document->has_value())
        return makeError(ErrorKind::NotFound, tr("No quote %1 in this workspace.").arg(idOrNumber));
    return Quote::fromJson(**document);
}

Result<QList<QuoteRow>> QuoteRepository::list(const QString &ticketId)
{
    QByteArray sql = kRowColumns;
    sql += ticketId.isEmpty() ? "ORDER BY number" : "WHERE ticket_id = ?1 ORDER BY number";
    auto statement = m_db.prepare(sql.constData());
    if (!statement)
        return statement.error();
    if (!ticketId.isEmpty())
        statement->bind(1, ticketId);
    QList<QuoteRow> rows;
    if (Status read = statement->forEachRow([&] {
            rows.append({statement->text(0), statement->text(1), statement->text(2),
                         statement->text(3), statement->text(4), statement->text(5),
                         statement->text(6), statement->text(7)});
        });
        !read)
        return read.error();
    return rows;
}

Result<QList<Quote>> QuoteRepository::forTicket(const QString &ticketId)
{
    auto rows = list(ticketId);
    if (!rows)
        return rows.error();
    QList<Quote> quotes;
    for (const QuoteRow &row : std::as_const(*rows)) {
        auto quote = find(row.id);
        if (!quote)
            return quote.error();
        quotes.append(std::move(quote).value());
    }
    return quotes;
}

Result<QString> QuoteRepository::nextNumber()
{
    auto value = m_db.scalar(
        "SELECT max(CAST(substr(number, 3) AS INTEGER)) FROM quote_rows WHERE number LIKE 'Q-%'");
    if (!value)
        return value.error();
    return u"Q-%1"_s.arg(value->toLongLong() + 1, 6, 10, QChar(u'0'));
}

Result<Quote> QuoteRepository::save(const Quote &quote)
{
    auto stored = m_store.put(quote.toJson());
    if (!stored)
        return stored.error();
    return Quote::fromJson(*stored);
}

Result<Quote> QuoteRepository::create(const QString &ticketIdOrNumber, const QDateTime &now)
{
    const QDateTime at = now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
    auto ticket = TicketRepository(m_db).find(ticketIdOrNumber);
    if (!ticket)
        return ticket.error();
    auto site = AssetRepository(m_db).site(ticket->siteId);
    if (!site)
        return site.error();
    auto pricing = CatalogRepository(m_db).pricing(site->region);
    if (!pricing)
        return pricing.error();
    auto existing = forTicket(ticket->id);
    if (!existing)
        return existing.error();
    auto number = nextNumber();
    if (!number)
        return number.error();

    NewQuoteRequest request;
    request.id = u"quote:"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.number = *number;
    request.ticket = &*ticket;
    request.pricing = *pricing;
    request.coverageDate = at.date();
    request.createdAt = at;
    if (const Quote *approved = latestApproved(*existing))
        request.extends = approved->id;
    Quote quote = newQuote(request);

    // Only one open quote per ticket: a new one replaces open drafts.
    for (Quote &old : *existing) {
        if (!old.isEditable())
            continue;
        old.status = QuoteStatus::Superseded;
        if (auto saved = save(old); !saved)
            return saved.error();
    }
    return save(quote);
}

template<class Edit> Result<Quote> QuoteRepository::edit(const QString &idOrNumber, Edit apply)
{
    auto quote = find(idOrNumber);
    if (!quote)
        return quote.error();
    if (Status editable = checkEditable(*quote); !editable)
        return editable.error();
    auto warranty = loadWarranty(m_db, quote->deviceSerial);
    if (!warranty)
        return warranty.error();
    if (Status applied = apply(*quote, *warranty); !applied)
        return applied.error();
    return save(*quote);
}

Result<Quote> QuoteRepository::addPart(const QString &idOrNumber, const QString &partNumber,
                                       Decimal qty)
{
    auto part = CatalogRepository(m_db).part(partNumber);
    if (!part)
        return part.error();
    return edit(idOrNumber, [&](Quote &quote, const WarrantyEngine &warranty) {
        return addPartLine(quote, *part, qty, warranty);
    });
}

Result<Quote> QuoteRepository::addLabour(const QString &idOrNumber, Decimal hours)
{
    return edit(idOrNumber, [&](Quote &quote, const WarrantyEngine &warranty) -> Status {
        auto pricing = CatalogRepository(m_db).pricing(quote.region);
        if (!pricing)
            return pricing.error();
        return addLabourLine(quote, hours, *pricing, warranty);
    });
}

Result<Quote> QuoteRepository::addTravel(const QString &idOrNumber, Decimal km)
{
    return edit(idOrNumber, [&](Quote &quote, const WarrantyEngine &warranty) -> Status {
        auto pricing = CatalogRepository(m_db).pricing(quote.region);
        if (!pricing)
            return pricing.error();
        return addTravelLines(quote, km, *pricing, warranty);
    });
}

Result<Quote> QuoteRepository::removeLine(const QString &idOrNumber, const QString &lineId)
{
    return edit(idOrNumber, [&](Quote &quote, const WarrantyEngine &warranty) {
        return commercial::removeLine(quote, lineId, warranty);
    });
}

Result<Quote> QuoteRepository::approve(const QString &idOrNumber, const QString &signer,
                                       const QByteArray &signaturePng, const QDateTime &at)
{
    auto quote = find(idOrNumber);
    if (!quote)
        return quote.error();
    const QDateTime when = at.isValid() ? at : QDateTime::currentDateTimeUtc();
    if (Status approved = approveQuote(*quote, signer, when, signaturePng); !approved)
        return approved.error();
    auto stored = AttachmentStore(m_db).putWithAttachments(
        quote->toJson(), {{u"signature.png"_s, u"image/png"_s, signaturePng}});
    if (!stored)
        return stored.error();
    return Quote::fromJson(*stored);
}

Result<Quote> QuoteRepository::decline(const QString &idOrNumber, const QString &reason,
                                       const QDateTime &at)
{
    auto quote = find(idOrNumber);
    if (!quote)
        return quote.error();
    const QDateTime when = at.isValid() ? at : QDateTime::currentDateTimeUtc();
    if (Status declined = declineQuote(*quote, reason, when); !declined)
        return declined.error();
    return save(*quote);
}

Result<QByteArray> QuoteRepository::signature(const QString &quoteId)
{
    auto attachment = AttachmentStore(m_db).get(quoteId, u"signature.png"_s);
    if (!attachment)
        return attachment.error();
    return attachment->has_value() ? (*attachment)->data : QByteArray();
}

Result<Quote> QuoteRepository::attachPdf(const QString &quoteId, const QByteArray &pdf)
{
    auto quote = find(quoteId);
    if (!quote)
        return quote.error();
    auto stored = AttachmentStore(m_db).putWithAttachments(
        quote->toJson(), {{u"quote.pdf"_s, u"application/pdf"_s, pdf}});
    if (!stored)
        return stored.error();
    return Quote::fromJson(*stored);
}

} // namespace fb::storage
