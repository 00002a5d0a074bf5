#pragma once

// The merge rules of hq-sync.md §4, applied when a document has two leaves
// (an edit here and one at HQ, or two at HQ). Pure functions on the JSON
// bodies (Qt Core only), so fields the app does not know survive untouched.

#include <QJsonObject>
#include <QList>
#include <QString>

namespace fb::sync {

struct MergeOutcome
{
    QJsonObject merged;                // body of the new revision (no _rev)
    QList<QJsonObject> extraDocuments; // new documents to create (a change-order quote)
    bool needsAttention = false;       // the user must settle it (two approvals)
    QString note;                      // what was settled, for the sync log (wire words)
};

// `ours` is the local leaf, `theirs` HQ's (for two HQ leaves: the losing and
// the winning one). `theirsWinsTies`: the side CouchDB would pick as winner,
// used where the rules leave a tie.
MergeOutcome mergeConflict(const QJsonObject &ours, const QJsonObject &theirs, bool theirsWinsTies);

// The pieces, exposed for the unit tests.
QJsonObject mergeTicket(const QJsonObject &ours, const QJsonObject &theirs, bool theirsWinsTies);
MergeOutcome mergeQuote(const QJsonObject &ours, const QJsonObject &theirs, bool theirsWinsTies);

} // namespace fb::sync
