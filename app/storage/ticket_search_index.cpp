#include "storage/ticket_search_index.h"

#include "storage/sqlite_database.h"

namespace fb::storage {

// The triggers of migrations.cpp (createTicketSearchIndex) test this key.
Status pauseTicketSearchIndex(Database &db)
{
    return db.exec("INSERT OR REPLACE INTO meta (key, value) VALUES ('ticket_search_paused', '1')");
}

Status rebuildTicketSearchIndex(Database &db)
{
    Transaction transaction(db);
    if (!transaction.began())
        return transaction.began();
    if (Status s = db.exec("INSERT INTO ticket_search (ticket_search) VALUES ('rebuild')"); !s)
        return s;
    if (Status s = db.exec("DELETE FROM meta WHERE key = 'ticket_search_paused'"); !s)
        return s;
    return transaction.commit();
}

Result<bool> ticketSearchIndexPaused(Database &db)
{
    auto paused = db.scalar("SELECT count(*) FROM meta WHERE key = 'ticket_search_paused'");
    if (!paused)
        return paused.error();
    return paused->toLongLong() > 0;
}

} // namespace fb::storage
