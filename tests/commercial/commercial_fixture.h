#pragma once

// A small real workspace for the commercial tests: a US and an EU customer,
// devices in and out of warranty, the demo parts catalog and rates, tickets.

#include "storage/workspace.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace fb::test {

struct CommercialFixture
{
    QTemporaryDir dir;
    std::unique_ptr<storage::Workspace> workspace;
    QString usOldTicket; // cabinet installed 2024-01-10: out of warranty
    QString usNewTicket; // cabinet installed 60 days ago: in warranty
    QString euOldTicket; // freezer installed 2024-01-10, EU site

    // False (with a warning) when the workspace could not be filled.
    bool setUp();
};

// A drawn signature as PNG bytes.
QByteArray signaturePng();

} // namespace fb::test
