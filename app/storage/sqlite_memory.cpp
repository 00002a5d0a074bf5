#include "storage/sqlite_memory.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <mutex>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace fb::storage {
namespace {

// Every block starts with its size, so xSize needs no help from malloc;
// SQLite asks for 8-byte alignment, which this keeps.
constexpr std::size_t kHeader = 8;
// A cache page of a 4 KB-page database with SQLite's headers for it: the
// requests that go to the arena.
constexpr std::size_t kPageRequestMin = 4096 + 1;
constexpr std::size_t kPageRequestMax = 4096 + 504;
constexpr std::size_t kSlot = kPageRequestMax + kHeader;
constexpr std::size_t kArenaBytes = std::size_t(1) << 30; // address space only
constexpr std::size_t kHugePage = std::size_t(2) << 20;
// The arena's start stays on 4 KB pages: a short session (a no-change sync, a
// CLI query) touches a few dozen cache pages, and its first touch of a huge
// page would clear all 2 MB of it (a fifth of a no-change sync's CPU). Large
// loads reach the huge pages beyond.
constexpr std::size_t kSmallPagesBytes = 2 * kHugePage;

struct Arena
{
    std::mutex mutex;
    char *begin = nullptr;
    char *end = nullptr;
    char *next = nullptr;  // never handed out from here on
    void *freed = nullptr; // slots given back, linked through their first word
};
Arena arena;

bool inArena(const void *block)
{
    return block >= arena.begin && block < arena.end;
}

bool isPageRequest(std::size_t size)
{
    return size >= kPageRequestMin && size <= kPageRequestMax;
}

char *takeSlot()
{
    std::lock_guard lock(arena.mutex);
    if (arena.freed) {
        void *slot = arena.freed;
        std::memcpy(&arena.freed, slot, sizeof(void *));
        return static_cast<char *>(slot);
    }
    if (std::size_t(arena.end - arena.next) < kSlot)
        return nullptr; // full: malloc from here on
    char *slot = arena.next;
    arena.next += kSlot;
    return slot;
}

void giveSlot(char *slot)
{
    std::lock_guard lock(arena.mutex);
    std::memcpy(slot, &arena.freed, sizeof(void *));
    arena.freed = slot;
}

std::size_t roundUp8(int size)
{
    return (std::size_t(size) + 7) & ~std::size_t(7);
}

void *withSize(char *block, std::size_t size)
{
    const sqlite3_int64 stored = sqlite3_int64(size);
    std::memcpy(block, &stored, sizeof stored);
    return block + kHeader;
}

int sizeOf(void *memory)
{
    if (!memory)
        return 0;
    sqlite3_int64 stored = 0;
    std::memcpy(&stored, static_cast<char *>(memory) - kHeader, sizeof stored);
    return int(stored);
}

void *allocate(int requested)
{
    const std::size_t size = roundUp8(requested);
    char *block = isPageRequest(size) ? takeSlot() : nullptr;
    if (!block)
        block = static_cast<char *>(std::malloc(size + kHeader));
    return block ? withSize(block, size) : nullptr;
}

void release(void *memory)
{
    if (!memory)
        return;
    char *block = static_cast<char *>(memory) - kHeader;
    if (inArena(block))
        giveSlot(block);
    else
        std::free(block);
}

void *reallocate(void *memory, int requested)
{
    const std::size_t size = roundUp8(requested);
    char *block = static_cast<char *>(memory) - kHeader;
    if (!inArena(block) && !isPageRequest(size)) {
        char *grown = static_cast<char *>(std::realloc(block, size + kHeader));
        return grown ? withSize(grown, size) : nullptr;
    }
    void *moved = allocate(requested);
    if (!moved)
        return nullptr;
    std::memcpy(moved, memory, std::min(std::size_t(sizeOf(memory)), size));
    release(memory);
    return moved;
}

int roundUp(int size)
{
    return int(roundUp8(size));
}

int initialise(void *)
{
    return SQLITE_OK;
}

void shutDown(void *) {}

} // namespace

bool useSqliteMemory()
{
#ifdef __linux__
    void *mapped = mmap(nullptr, kArenaBytes + kHugePage, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (mapped == MAP_FAILED)
        return false;
    auto *aligned = reinterpret_cast<char *>(
        (reinterpret_cast<std::uintptr_t>(mapped) + kHugePage - 1) & ~(kHugePage - 1));
    // Advice only: without transparent huge pages the arena is all 4 KB pages.
    (void)madvise(aligned, kSmallPagesBytes, MADV_NOHUGEPAGE);
    (void)madvise(aligned + kSmallPagesBytes, kArenaBytes - kSmallPagesBytes, MADV_HUGEPAGE);
    arena.begin = arena.next = aligned;
    arena.end = aligned + kArenaBytes;
    static const sqlite3_mem_methods methods{allocate, release,    reallocate, sizeOf,
                                             roundUp,  initialise, shutDown,   nullptr};
    if (sqlite3_config(SQLITE_CONFIG_MALLOC, &methods) == SQLITE_OK)
        return true;
    arena.begin = arena.end = arena.next = nullptr;
    munmap(mapped, kArenaBytes + kHugePage);
#endif
    return false;
}

std::size_t sqliteArenaBytesUsed()
{
    std::lock_guard lock(arena.mutex);
    return std::size_t(arena.next - arena.begin);
}

} // namespace fb::storage
