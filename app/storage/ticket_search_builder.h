#pragma once

#include "domain/result.h"

#include <QString>

#include <memory>
#include <thread>

namespace fb::storage {

// Builds the ticket search index of a large pull on a thread of its own while
// the pull stores the tickets, so the pull does not end with a rebuild
// (~0.3 s per 10,000 tickets) on its own thread. The index is paused
// meanwhile (ticket_search_index.h). The thread copies the text of each
// batch of committed tickets into a scratch database beside the workspace
// and indexes it there, with the workspace's own index declaration. finish()
// brings the scratch index level with every ticket as it is then (new,
// changed or gone since its batch), copies it into the workspace and ends
// the pause, in one transaction. Until then nothing in the workspace
// changes: an error or a crash leaves the pause, and the caller (or the next
// pull) rebuilds instead. One builder works on a workspace at a time (a lock
// file beside the scratch file); another one fails at finish().
class TicketSearchBuilder
{
public:
    // `workspacePath`: the workspace file; the scratch file sits beside it.
    explicit TicketSearchBuilder(const QString &workspacePath);
    ~TicketSearchBuilder(); // stops the thread and removes the scratch file
    TicketSearchBuilder(const TicketSearchBuilder &) = delete;
    TicketSearchBuilder &operator=(const TicketSearchBuilder &) = delete;

    // Tickets committed since the last call get indexed next; returns at once.
    void indexCommitted();
    // Waits for the thread, then puts the index in place and ends the pause.
    // The caller's connection must not be inside a transaction.
    Status finish();

    static QString scratchPath(const QString &workspacePath);

private:
    struct Shared;
    void run();

    std::unique_ptr<Shared> m_shared;
    std::thread m_thread;
};

} // namespace fb::storage
