#pragma once

// Approval, decline, change orders and the gates that depend on quotes
// (service-policy.md §6).

#include "domain/commercial/quote.h"
#include "domain/commercial/warranty.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace fb::commercial {

// Approved, declined and superseded quotes never change: any edit makes a new quote.
Status checkEditable(const Quote &quote);

// True for PNG bytes (signature line and header) of a sane size.
bool looksLikePng(const QByteArray &bytes);
constexpr qsizetype kMaxSignatureBytes = 2 * 1024 * 1024;

// Records signer, time and the SHA-256 of the canonical content. Needs at
// least one line, a signer name and a PNG signature.
Status approveQuote(Quote &quote, const QString &signer, const QDateTime &at,
                    const QByteArray &signaturePng);
Status declineQuote(Quote &quote, const QString &reason, const QDateTime &at);

// The newest approved quote of a ticket that no approved change order
// extends (what a new change order must extend), or nullptr.
const Quote *latestApproved(const QList<Quote> &ticketQuotes);
bool hasApprovedQuote(const QList<Quote> &ticketQuotes);

// An out-of-warranty ticket cannot be dispatched (onsite_scheduled) without an
// approved quote; an in-warranty one can. Judged on the device warranty on `date`.
Status checkDispatch(const WarrantyEngine &warranty, QDate date, const QList<Quote> &ticketQuotes);

// Work beyond what approved quotes cover needs an approved change order before
// it is logged: `alreadyLogged` + `adding` of a part number (or labour hours,
// partNumber empty) must stay within the approved quotes' lines. In-warranty
// work needs no quote. Travel (quoted as call-out and km, logged as time) only
// needs approved travel lines, whatever their quantity.
Status checkWorkAuthorized(const WarrantyEngine &warranty, QDate date,
                           const QList<Quote> &ticketQuotes, QuoteLineKind kind,
                           const QString &partNumber, Decimal alreadyLogged, Decimal adding);

} // namespace fb::commercial
