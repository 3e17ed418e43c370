#pragma once
// DigestSet: a flat open-addressed set of 64-bit message-id digests (idDigest), each stamped with the
// heartbeat tick it was recorded at, for a peer's IDONTWANT list. One allocation per table (no node
// per id), linear probing at load <= 1/2, expiry by rebuilding at the heartbeat. Digest 0 marks an
// empty slot, so a digest of 0 is stored as 1 (a collision only withholds a message, like any other).

#include <cstddef>
#include <cstdint>
#include <vector>

namespace meshscope::gossipsub {

class DigestSet {
public:
    // Records `digest` at `tick` unless it is already held (the first tick is kept).
    void insert(std::uint64_t digest, std::uint64_t tick)
    {
        if ((m_size + 1) * 2 > m_slots.size())
            rebuild(m_slots.empty() ? kMinCapacity : m_slots.size() * 2);
        Slot& s = m_slots[find(key(digest))];
        if (s.digest != 0)
            return;
        s = { key(digest), tick };
        ++m_size;
    }
    // True when `digest` is held.
    bool contains(std::uint64_t digest) const
    {
        return m_size != 0 && m_slots[find(key(digest))].digest != 0;
    }
    bool empty() const { return m_size == 0; }
    std::size_t size() const { return m_size; }
    // Call at each heartbeat: drops the digests recorded at a tick t with t + ttl <= now; shrinks the
    // table when few are left (memory follows the live count).
    void expire(std::uint64_t now, std::uint64_t ttl)
    {
        if (m_size == 0)
            return;
        std::size_t live = 0;
        for (const Slot& s : m_slots)
            live += s.digest != 0 && s.tick + ttl > now ? 1 : 0;
        if (live == m_size)
            return; // nothing expired: no allocation
        std::vector<Slot> keep;
        keep.reserve(live);
        for (const Slot& s : m_slots)
            if (s.digest != 0 && s.tick + ttl > now)
                keep.push_back(s);
        std::size_t capacity = kMinCapacity;
        while (capacity < keep.size() * 2)
            capacity *= 2;
        if (keep.empty()) {
            m_slots = {};
            m_size = 0;
            return;
        }
        m_slots.assign(capacity, Slot {});
        m_size = 0;
        for (const Slot& s : keep) {
            m_slots[find(s.digest)] = s;
            ++m_size;
        }
    }

private:
    struct Slot {
        std::uint64_t digest = 0; // stored digest (0: empty)
        std::uint64_t tick = 0; // heartbeat tick it was recorded at
    };
    static constexpr std::size_t kMinCapacity = 16;

    static std::uint64_t key(std::uint64_t digest) { return digest == 0 ? 1 : digest; }
    // The slot holding `k`, or the empty slot where it would go (the table is never full).
    std::size_t find(std::uint64_t k) const
    {
        const std::size_t mask = m_slots.size() - 1;
        // Mix the high bits in: digests are well spread, but cheap insurance against weak ones.
        std::size_t i = static_cast<std::size_t>((k ^ (k >> 29)) * 0x9e3779b97f4a7c15ull >> 32) & mask;
        while (m_slots[i].digest != 0 && m_slots[i].digest != k)
            i = (i + 1) & mask;
        return i;
    }
    void rebuild(std::size_t capacity)
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(capacity, Slot {});
        for (const Slot& s : old)
            if (s.digest != 0)
                m_slots[find(s.digest)] = s;
    }

    std::vector<Slot> m_slots; // open-addressed table, power-of-two size (empty until first insert)
    std::size_t m_size = 0; // digests held
};

} // namespace meshscope::gossipsub
