#pragma once
// IdFifo<Value>: message ids with a value each, kept in insertion order (oldest leave first) and
// found through a flat open-addressed index of (IdHash, sequence number). Each id is stored once,
// in a ring buffer (no hash node, no second copy for the expiry order, and an entry's address is
// computed from its sequence number: a lookup reads the index slot and the entry, nothing else);
// linear probing at load <= 1/2, backward-shift deletion as the oldest leave, so expiry never
// rehashes. Lookups compare the full id (exact). References to entries stay valid until the next
// push() or popFront().
// Used by SeenCache (no value) and PeerScore's DeliveryRecords.

#include "core/base/time.h"
#include "core/gossipsub/idhash.h"
#include "core/gossipsub/types.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace meshscope::gossipsub {

// A message id as stored in an IdFifo: inline up to kInline bytes (every standard id: content 32,
// go from||seqno 42, ethereum 20), so finding it needs no heap allocation or pointer chase;
// longer ids go to the heap.
class StoredId {
public:
    static constexpr std::size_t kInline = 47;

    StoredId() = default; // the empty id (a free ring entry)
    explicit StoredId(std::string_view id)
        : m_size(static_cast<std::uint8_t>(id.size() <= kInline ? id.size() : 0))
    {
        if (id.size() <= kInline)
            std::memcpy(m_inline.data(), id.data(), id.size());
        else
            m_long = std::make_unique<std::string>(id);
    }
    StoredId(const StoredId& other)
        : m_inline(other.m_inline)
        , m_size(other.m_size)
        , m_long(other.m_long ? std::make_unique<std::string>(*other.m_long) : nullptr)
    { }
    StoredId(StoredId&&) noexcept = default;
    StoredId& operator=(const StoredId& other)
    {
        if (this != &other)
            *this = StoredId(other);
        return *this;
    }
    StoredId& operator=(StoredId&&) noexcept = default;
    ~StoredId() = default;

    std::string_view view() const
    {
        return m_long ? std::string_view(*m_long) : std::string_view(m_inline.data(), m_size);
    }
    bool operator==(std::string_view id) const { return view() == id; }

private:
    std::array<char, kInline> m_inline {}; // the id when it fits
    std::uint8_t m_size = 0; // its length when inline
    std::unique_ptr<std::string> m_long; // the id when longer than kInline
};

template <class Value> class IdFifo {
public:
    struct Entry {
        TimePoint stamp; // caller's time (first seen, or expiry)
        std::uint64_t hash; // IdHash of id
        StoredId id; // the id
        Value value; // caller's data
    };

    // The entry for `id`, or null.
    Entry* find(const MessageId& id) { return entryAt(slotOf(id, IdHash {}(id))); }
    const Entry* find(const MessageId& id) const { return entryAt(slotOf(id, IdHash {}(id))); }
    // Appends `id` (which must not be held) stamped `stamp`; its entry.
    Entry& push(const MessageId& id, TimePoint stamp)
    {
        const std::uint64_t hash = IdHash {}(id);
        if ((m_count + 1) * 2 > m_slots.size())
            reindex(m_slots.empty() ? kMinSlots : m_slots.size() * 2);
        if (m_count == m_ring.size())
            resizeRing(m_ring.empty() ? kMinRing : m_ring.size() + m_ring.size() / 2);
        const std::uint64_t seq = m_frontSeq + m_count;
        Entry& e = m_ring[ringPos(m_count)];
        e = Entry { stamp, hash, StoredId(id), Value {} };
        ++m_count;
        m_slots[freeSlot(hash)] = { hash, seq };
        return e;
    }
    // The oldest entry; the fifo must not be empty.
    const Entry& front() const { return m_ring[m_head]; }
    // Drops the oldest entry (the fifo must not be empty); shrinks the index when mostly empty.
    void popFront()
    {
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = home(front().hash);
        while (m_slots[i].seq != m_frontSeq)
            i = (i + 1) & mask;
        // Backward-shift deletion: pull later entries of the probe run into the hole.
        for (std::size_t j = (i + 1) & mask; m_slots[j].seq != kEmpty; j = (j + 1) & mask) {
            const std::size_t k = home(m_slots[j].hash);
            // The entry at j may move to i only if its home is not cyclically within (i, j].
            const bool stays = i <= j ? (i < k && k <= j) : (i < k || k <= j);
            if (stays)
                continue;
            m_slots[i] = m_slots[j];
            i = j;
        }
        m_slots[i] = Slot {};
        m_ring[m_head] = Entry {}; // frees what the entry held
        m_head = ringPos(1);
        --m_count;
        ++m_frontSeq;
        if (m_count == 0) {
            m_ring = {}; // memory follows the live count
            m_head = 0;
            m_slots = {};
        } else if (m_slots.size() > kMinSlots && m_count * 8 < m_slots.size()) {
            resizeRing(std::max(kMinRing, m_count * 2));
            reindex(m_slots.size() / 4);
        }
    }
    bool empty() const { return m_count == 0; }
    std::size_t size() const { return m_count; }

private:
    struct Slot {
        std::uint64_t hash = 0; // IdHash of the id
        std::uint64_t seq = kEmpty; // sequence number of its Entry (kEmpty: free slot)
    };
    static constexpr std::uint64_t kEmpty = ~std::uint64_t { 0 };
    static constexpr std::size_t kNone = ~std::size_t { 0 };
    static constexpr std::size_t kMinSlots = 16;
    static constexpr std::size_t kMinRing = 8; // entries of the first ring (it grows by half)

    std::size_t home(std::uint64_t hash) const
    {
        return static_cast<std::size_t>(hash) & (m_slots.size() - 1);
    }
    // The index slot holding `id` (hash `hash`), or kNone.
    std::size_t slotOf(const MessageId& id, std::uint64_t hash) const
    {
        if (m_count == 0)
            return kNone;
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = home(hash);; i = (i + 1) & mask) {
            const Slot& s = m_slots[i];
            if (s.seq == kEmpty)
                return kNone;
            if (s.hash == hash && entry(s.seq).id == id)
                return i;
        }
    }
    // The entry with sequence number `seq` (held).
    Entry& entry(std::uint64_t seq) { return m_ring[ringPos(static_cast<std::size_t>(seq - m_frontSeq))]; }
    const Entry& entry(std::uint64_t seq) const
    {
        return m_ring[ringPos(static_cast<std::size_t>(seq - m_frontSeq))];
    }
    Entry* entryAt(std::size_t slot) { return slot == kNone ? nullptr : &entry(m_slots[slot].seq); }
    const Entry* entryAt(std::size_t slot) const
    {
        return slot == kNone ? nullptr : &entry(m_slots[slot].seq);
    }
    // Ring position of the k-th oldest entry (k <= the ring's size).
    std::size_t ringPos(std::size_t k) const
    {
        const std::size_t p = m_head + k;
        return p >= m_ring.size() ? p - m_ring.size() : p;
    }
    // Moves the entries, oldest first, into a ring of `size` entries (>= the count).
    void resizeRing(std::size_t size)
    {
        std::vector<Entry> ring(size);
        for (std::size_t k = 0; k < m_count; ++k)
            ring[k] = std::move(m_ring[ringPos(k)]);
        m_ring = std::move(ring);
        m_head = 0;
    }
    // The first free slot of `hash`'s probe run (the index is never full).
    std::size_t freeSlot(std::uint64_t hash) const
    {
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = home(hash);
        while (m_slots[i].seq != kEmpty)
            i = (i + 1) & mask;
        return i;
    }
    // Rebuilds the index with `size` slots (a power of two, more than twice the entries). (Not named
    // `slots`: Qt defines that as a macro.)
    void reindex(std::size_t size)
    {
        m_slots.assign(size, Slot {});
        for (std::size_t k = 0; k < m_count; ++k) {
            const std::uint64_t hash = m_ring[ringPos(k)].hash;
            m_slots[freeSlot(hash)] = { hash, m_frontSeq + k };
        }
    }

    // Entries in insertion order: the one with sequence number m_frontSeq + k is at
    // (m_head + k) mod the ring's size; free entries are default (empty). The ring grows by half
    // (not doubling: entries are large, and at most a third of it is then unused).
    std::vector<Entry> m_ring;
    std::size_t m_head = 0; // ring position of the oldest entry
    std::size_t m_count = 0; // entries held
    std::uint64_t m_frontSeq = 0; // sequence number of the oldest entry
    std::vector<Slot> m_slots; // open-addressed index, power-of-two size (empty until the first id)
};

} // namespace meshscope::gossipsub
