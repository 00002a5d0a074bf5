#pragma once

// The contacts panel's links (service-policy.md §1): click-to-call on the
// region's 24/7 high-priority line and a prepared email to the non-urgent
// address, naming the ticket, device, summary and latest diagnostic result.

#include "domain/policy/policy.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace fb::policy {

struct SupportEmailContent
{
    QString ticketNumber;
    QString deviceSerial;
    QString deviceModel; // wire name, may be empty
    QString summary;
    QString diagnostic; // from diagnosticSummary(); empty when there is no report
};

// "tel:+18883760257": digits and a leading plus only, as dialers expect.
QUrl telUrl(const QString &phone);
// mailto: with subject and body percent-encoded (RFC 6068, CRLF line breaks).
QUrl mailtoUrl(const QString &address, const QString &subject, const QString &body);
QUrl supportEmailUrl(const RegionContacts &contacts, const SupportEmailContent &content);

// One paragraph from a `report` document: when it was taken and which checks
// passed or failed (with their detail), as plain text.
QString diagnosticSummary(const QJsonObject &report);

} // namespace fb::policy
