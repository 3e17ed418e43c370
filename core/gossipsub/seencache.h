#pragma once
// SeenCache: message ids seen within the last seenTTL (the spec's seen cache, go's TimeCache with
// first-seen expiry). Bounded: past `capacity` the oldest ids are evicted early. The ids sit in an
// IdFifo (each stored once, flat index, exact lookups, no rehash on expiry).

#include "core/base/time.h"
#include "core/gossipsub/idfifo.h"
#include "core/gossipsub/types.h"

#include <cstddef>

namespace meshscope::gossipsub {

class SeenCache {
public:
    SeenCache(Duration ttl, std::size_t capacity);

    // Records `id` as seen at `now`; false if it was already there (a duplicate).
    bool add(const MessageId& id, TimePoint now);
    // True if `id` was seen and has not expired.
    bool contains(std::string_view id) const { return m_ids.find(id) != nullptr; }
    // Cache hints before contains() on a batch of ids (see IdFifo::prefetchSlot): call prefetchSlot
    // for every id, then prefetchEntry for every id, then contains().
    void prefetchSlot(std::string_view id) const { m_ids.prefetchSlot(id); }
    void prefetchEntry(std::string_view id) const { m_ids.prefetchEntry(id); }
    // Drops ids older than the TTL (call on every heartbeat).
    void expire(TimePoint now);
    // Changes the TTL (applies to later expiry).
    void setTtl(Duration ttl) { m_ttl = ttl; }
    std::size_t size() const { return m_ids.size(); }

private:
    struct Nothing { };

    Duration m_ttl; // how long an id stays
    std::size_t m_capacity; // hard bound on ids kept
    IdFifo<Nothing> m_ids; // ids stamped with when they were first seen, oldest first
};

} // namespace meshscope::gossipsub
