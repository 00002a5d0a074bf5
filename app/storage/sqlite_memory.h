#pragma once

// SQLite's memory (internal to the storage library). Its cache pages come
// from an arena in huge pages, everything else from malloc.
//
// Why: a sync fills a 64 MB page cache a page at a time. From malloc every
// 4 KB page is a page fault, which was a seventh of a first pull's CPU; the
// arena takes one per 2 MB where the kernel has transparent huge pages. Its
// first 4 MB stay on 4 KB pages, so a short session (a no-change sync, a CLI
// query) does not clear a whole huge page for a few cache pages. The arena is
// address space until used (nothing is touched ahead) and its pages are
// reused, never returned.

#include <cstddef>

namespace fb::storage {

// Before SQLite initialises (Database::open does it once); false when SQLite
// had already started or the arena could not be reserved: malloc then.
bool useSqliteMemory();

// Bytes of the arena ever handed out (a high-water mark).
std::size_t sqliteArenaBytesUsed();

} // namespace fb::storage
