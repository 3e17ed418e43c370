#pragma once
// DigestSet: a flat open-addressed set of message-id digests (idDigest, folded to 32 bits), each
// stamped with the heartbeat tick it was recorded at, for a peer's IDONTWANT list. One allocation per
// table (no node per id), 8-byte slots, linear probing at load <= 1/2. A digest recorded at tick t
// is held while t + ttl > now. 32 bits suffice: a collision only withholds one message from the peer
// that sent the IDONTWANT (about one lookup in 10^8 with a peer's usual few dozen digests), and a
// mesh peer's table was a sixth of a simulated node's memory with 16-byte slots. Ticks are kept
// modulo 2^32 and compared by difference (a heartbeat table lives far shorter than 2^32 ticks).
// Expired digests are ignored by lookups and dropped lazily, when the table would have to grow (or
// all at once when every one has expired), so a heartbeat does not scan every peer's table: a
// router's heartbeat touches all its peers, and those scans were an eighth of a simulator's cache
// misses. Digest 0 marks an empty slot, so a digest of 0 is stored as 1 (a collision only withholds
// a message, like any other).

#include "core/gossipsub/idhash.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace meshscope::gossipsub {

class DigestSet {
public:
    // Records `digest` at tick `now` unless it is held (the first tick is kept).
    void insert(std::uint64_t digest, std::uint64_t now, std::uint64_t ttl)
    {
        const std::uint32_t k = key(digest);
        if (!m_slots.empty()) {
            Slot& s = m_slots[find(k)];
            if (s.digest == k) {
                if (!held(s, now, ttl))
                    s.tick = static_cast<std::uint32_t>(now); // expired: recorded anew
                m_newest = std::max(m_newest, now);
                return;
            }
        }
        if ((m_size + 1) * 2 > m_slots.size())
            rebuild(now, ttl);
        m_slots[find(k)] = { k, static_cast<std::uint32_t>(now) };
        ++m_size;
        m_newest = std::max(m_newest, now);
    }
    // True when `digest` is held at tick `now`.
    bool contains(std::uint64_t digest, std::uint64_t now, std::uint64_t ttl) const
    {
        if (m_size == 0)
            return false;
        return held(m_slots[find(key(digest))], now, ttl);
    }
    // The 32-bit key `digest` is kept as (0 marks an empty slot, so it becomes 1).
    static std::uint32_t key(std::uint64_t digest)
    {
        const std::uint32_t k = fold32(digest);
        return k == 0 ? 1 : k;
    }
    // Starts loading the slot where `digest` would be (a CPU cache hint: a router checks several
    // peers' tables for one message, and the tables are cold).
    void prefetch(std::uint64_t digest) const
    {
        if (m_size != 0)
            __builtin_prefetch(&m_slots[home(key(digest))]);
    }
    // Digests held at tick `now` (a scan: for tests and views).
    std::size_t count(std::uint64_t now, std::uint64_t ttl) const
    {
        return static_cast<std::size_t>(
            std::count_if(m_slots.begin(), m_slots.end(), [&](const Slot& s) { return held(s, now, ttl); }));
    }
    // Slots allocated (memory: 8 bytes each).
    std::size_t capacity() const { return m_slots.size(); }
    // Call at each heartbeat: frees the table when every digest has expired (without reading it), so
    // memory follows the peer's recent IDONTWANTs.
    void expire(std::uint64_t now, std::uint64_t ttl)
    {
        if (m_size != 0 && m_newest + ttl <= now) {
            m_slots = {};
            m_size = 0;
        }
    }

private:
    struct Slot {
        std::uint32_t digest = 0; // stored key (0: empty)
        std::uint32_t tick = 0; // heartbeat tick it was recorded at, modulo 2^32
    };
    static constexpr std::size_t kMinCapacity = 16;

    // Recorded at s.tick and not yet expired at `now` (ticks compared modulo 2^32).
    static bool held(const Slot& s, std::uint64_t now, std::uint64_t ttl)
    {
        return s.digest != 0 && static_cast<std::uint32_t>(static_cast<std::uint32_t>(now) - s.tick) < ttl;
    }
    // Where `k`'s probe run starts. Mixes all its bits in: digests are well spread, but this is cheap
    // insurance against weak ones.
    std::size_t home(std::uint32_t k) const
    {
        return static_cast<std::size_t>(k * 0x9e3779b97f4a7c15ull >> 32) & (m_slots.size() - 1);
    }
    // The slot holding `k`, or the empty slot where it would go (the table is never full).
    std::size_t find(std::uint32_t k) const
    {
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = home(k);
        while (m_slots[i].digest != 0 && m_slots[i].digest != k)
            i = (i + 1) & mask;
        return i;
    }
    // Keeps the digests still held at `now`, in a table they fill at most a quarter of (so rebuilds
    // come at most every capacity/4 inserts).
    void rebuild(std::uint64_t now, std::uint64_t ttl)
    {
        std::vector<Slot> old = std::move(m_slots);
        std::size_t live = 0;
        for (const Slot& s : old)
            live += held(s, now, ttl) ? 1 : 0;
        std::size_t capacity = kMinCapacity;
        while (capacity < (live + 1) * 4)
            capacity *= 2;
        m_slots.assign(capacity, Slot {});
        m_size = 0;
        for (const Slot& s : old)
            if (held(s, now, ttl)) {
                m_slots[find(s.digest)] = s;
                ++m_size;
            }
    }

    std::vector<Slot> m_slots; // open-addressed table, power-of-two size (empty until first insert)
    std::size_t m_size = 0; // digests in the table, expired ones included
    std::uint64_t m_newest = 0; // latest tick a digest was recorded at
};

} // namespace meshscope::gossipsub
