#pragma once
// SeenCache: message ids seen within the last seenTTL (the spec's seen cache, go's TimeCache with
// first-seen expiry). Bounded: past `capacity` the oldest ids are evicted early.
//
// Each id is stored once, in a FIFO of (time, hash, id); a flat open-addressed index of
// (hash, sequence number) finds it (linear probing at load <= 1/2, backward-shift deletion as the
// oldest leave). Lookups compare the full id, so the cache is exact; adding an id allocates at most
// its string, and expiry never rehashes.

#include "core/base/time.h"
#include "core/gossipsub/idhash.h"
#include "core/gossipsub/types.h"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <vector>

namespace meshscope::gossipsub {

class SeenCache {
public:
    SeenCache(Duration ttl, std::size_t capacity);

    // Records `id` as seen at `now`; false if it was already there (a duplicate).
    bool add(const MessageId& id, TimePoint now);
    // True if `id` was seen and has not expired.
    bool contains(const MessageId& id) const { return find(id, IdHash {}(id)) != kNone; }
    // Drops ids older than the TTL (call on every heartbeat).
    void expire(TimePoint now);
    // Changes the TTL (applies to later expiry).
    void setTtl(Duration ttl) { m_ttl = ttl; }
    std::size_t size() const { return m_order.size(); }

private:
    struct Entry {
        TimePoint seen; // when it was added
        std::uint64_t hash; // IdHash of id
        MessageId id; // the id
    };
    struct Slot {
        std::uint64_t hash = 0; // IdHash of the id
        std::uint64_t seq = kEmpty; // sequence number of its Entry (kEmpty: free slot)
    };
    static constexpr std::uint64_t kEmpty = ~std::uint64_t { 0 };
    static constexpr std::size_t kNone = ~std::size_t { 0 };
    static constexpr std::size_t kMinSlots = 16;

    std::size_t home(std::uint64_t hash) const
    {
        return static_cast<std::size_t>(hash) & (m_slots.size() - 1);
    }
    // The index slot holding `id` (hash `hash`), or kNone.
    std::size_t find(const MessageId& id, std::uint64_t hash) const;
    // Drops the oldest entry and its index slot.
    void popOldest();
    // Rebuilds the index with `slots` slots (a power of two, more than twice the entries).
    void reindex(std::size_t slots);

    Duration m_ttl; // how long an id stays
    std::size_t m_capacity; // hard bound on ids kept
    std::deque<Entry> m_order; // ids in insertion order; m_order[k] has sequence number m_frontSeq + k
    std::uint64_t m_frontSeq = 0; // sequence number of m_order.front()
    std::vector<Slot> m_slots; // open-addressed index, power-of-two size (empty until the first id)
};

} // namespace meshscope::gossipsub
