#pragma once

// What a customer's quote document shows, gathered from the workspace
// (document_inputs.h). Qt Core only: the CLI fills it without Qt Gui.

#include "domain/commercial/quote.h"

#include <QByteArray>
#include <QString>

namespace fb::documents {

struct QuoteDocumentInput
{
    commercial::Quote quote;
    QByteArray signaturePng; // empty until approved
    QString customerName;
    QString siteName;
    QString siteAddress;
    QString ticketNumber;
    QString deviceModel;   // wire name
    QString extendsNumber; // number of the quote a change order extends
    int repairDays = 90;
};

} // namespace fb::documents
