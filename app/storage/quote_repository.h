#pragma once

// Quotes in the workspace (service-policy.md §6): created from a ticket,
// priced with the catalog and the region's rates, judged against the
// device's warranty, approved with a signature (stored as the attachment
// signature.png) or declined. Approved quotes never change; further costs
// are change orders: new quotes that `extend` the approved one.

#include "domain/commercial/decimal.h"
#include "domain/commercial/quote.h"
#include "domain/commercial/warranty.h"
#include "domain/commercial/work_log.h"
#include "domain/result.h"
#include "domain/ticket.h"
#include "storage/document_store.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace fb::storage {

struct QuoteRow
{
    QString id;
    QString number;
    QString ticketId;
    QString status;
    QString extends;
    QString currency;
    QString total;
    QString createdAt;
};

// The warranty engine for a device from its document and service events.
Result<commercial::WarrantyEngine> loadWarranty(Database &db, const QString &serial);

// The dispatch gate: an out-of-warranty ticket (device warranty on `date`)
// needs an approved quote before onsite_scheduled.
Status checkDispatchGate(Database &db, const Ticket &ticket, QDate date);

// The work gate (service-policy.md §6, change orders): every part must be in
// the catalog, and out-of-warranty work must be within the approved quotes
// (commercial::checkWorkLogAuthorized) before it is logged on the ticket.
Status checkWorkLogGate(Database &db, const Ticket &ticket,
                        const commercial::WorkLogRequest &request);

class QuoteRepository
{
public:
    explicit QuoteRepository(Database &db);

    // By `_id` ("quote:…") or number ("Q-000001").
    Result<commercial::Quote> find(const QString &idOrNumber);
    Result<QList<commercial::Quote>> forTicket(const QString &ticketId);
    Result<QList<QuoteRow>> list(const QString &ticketId = {});

    // A new draft for the ticket. When the ticket has an approved quote the
    // new one is a change order extending it; open drafts become superseded.
    Result<commercial::Quote> create(const QString &ticketIdOrNumber, const QDateTime &now = {});
    Result<commercial::Quote> addPart(const QString &idOrNumber, const QString &partNumber,
                                      commercial::Decimal qty);
    Result<commercial::Quote> addLabour(const QString &idOrNumber, commercial::Decimal hours);
    Result<commercial::Quote> addTravel(const QString &idOrNumber, commercial::Decimal km);
    Result<commercial::Quote> removeLine(const QString &idOrNumber, const QString &lineId);
    Result<commercial::Quote> approve(const QString &idOrNumber, const QString &signer,
                                      const QByteArray &signaturePng, const QDateTime &at = {});
    Result<commercial::Quote> decline(const QString &idOrNumber, const QString &reason,
                                      const QDateTime &at = {});

    // The approval's signature image, empty when there is none.
    Result<QByteArray> signature(const QString &quoteId);
    // Attaches a rendered document (quote.pdf) to the quote for sync.
    Result<commercial::Quote> attachPdf(const QString &quoteId, const QByteArray &pdf);

private:
    Result<QString> nextNumber();
    Result<commercial::Quote> save(const commercial::Quote &quote);
    template<class Edit> Result<commercial::Quote> edit(const QString &idOrNumber, Edit edit);

    Database &m_db;
    DocumentStore m_store;
};

} // namespace fb::storage
