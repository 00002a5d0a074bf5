#pragma once

#include "domain/result.h"

namespace fb::storage {

class Database;

// The ticket filter's trigram index (schema v8) is kept in step with
// ticket_rows by triggers. A large first pull stores thousands of tickets at
// once, and filling the index in batches costs about a third of filling it
// row by row, so such a pull pauses the triggers and has the index built
// beside the workspace meanwhile (ticket_search_builder.h), or rebuilds it
// when it is done. While paused (also after an interrupted pull, until a
// later one finishes) the ticket filter matches text with LIKE, so no search
// ever misses a ticket.
Status pauseTicketSearchIndex(Database &db);
// Refills the index from ticket_rows and ends the pause, in one transaction.
Status rebuildTicketSearchIndex(Database &db);
Result<bool> ticketSearchIndexPaused(Database &db);

} // namespace fb::storage
