#pragma once
// IdFifo<Value>: message ids with a value each, kept in insertion order (oldest leave first) and
// found through a flat open-addressed index. Each id is stored once, in a ring buffer (no hash
// node, no second copy for the expiry order). An index slot is 8 bytes: the low half of the id's
// IdHash (it places the slot and filters lookups) and the entry's ring position, so a lookup reads
// one index slot and, on a match, the entry, and moving slots never reads an entry or rehashes.
// Linear probing at load <= 1/2, backward-shift deletion as the oldest leave, so expiry never
// rehashes. Lookups compare the full id (exact). References to entries stay valid until the next
// push(), insert() or popFront().
// Used by SeenCache (no value) and PeerScore's DeliveryRecords: one of each per router, holding
// every message of the last two minutes, so their size is most of a simulated node's memory.

#include "core/base/time.h"
#include "core/gossipsub/idhash.h"
#include "core/gossipsub/types.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace meshscope::gossipsub {

// A message id as stored in an IdFifo, in 48 bytes: inline up to kInline bytes (every standard
// id: content 32, go from||seqno up to 46, ethereum 20), so finding it needs no heap allocation or
// pointer chase; a longer id is kept on the heap, its pointer in the inline bytes.
class StoredId {
public:
    static constexpr std::size_t kInline = 47;

    StoredId() = default; // the empty id (a free ring entry)
    explicit StoredId(std::string_view id)
    {
        if (id.size() <= kInline) {
            std::memcpy(m_bytes.data(), id.data(), id.size());
            m_bytes[kInline] = static_cast<char>(id.size());
        } else {
            setLong(new std::string(id));
        }
    }
    StoredId(const StoredId& other)
        : m_bytes(other.m_bytes)
    {
        if (other.isLong())
            setLong(new std::string(*other.longId()));
    }
    StoredId(StoredId&& other) noexcept
        : m_bytes(other.m_bytes)
    {
        other.m_bytes[kInline] = 0; // the heap id, if any, is ours now
    }
    StoredId& operator=(const StoredId& other)
    {
        if (this != &other)
            *this = StoredId(other);
        return *this;
    }
    StoredId& operator=(StoredId&& other) noexcept
    {
        if (this != &other) {
            release();
            m_bytes = other.m_bytes;
            other.m_bytes[kInline] = 0;
        }
        return *this;
    }
    ~StoredId() { release(); }

    std::string_view view() const
    {
        return isLong() ? std::string_view(*longId())
                        : std::string_view(m_bytes.data(), static_cast<std::uint8_t>(m_bytes[kInline]));
    }
    bool operator==(std::string_view id) const { return view() == id; }

private:
    static constexpr char kLong = static_cast<char>(0xff); // last byte of a heap-held id

    bool isLong() const { return m_bytes[kInline] == kLong; }
    std::string* longId() const
    {
        std::string* p = nullptr;
        std::memcpy(&p, m_bytes.data(), sizeof p);
        return p;
    }
    void setLong(std::string* p)
    {
        std::memcpy(m_bytes.data(), &p, sizeof p);
        m_bytes[kInline] = kLong;
    }
    void release()
    {
        if (isLong())
            delete longId();
        m_bytes[kInline] = 0;
    }

    // The id's bytes (or a std::string* when longer than kInline); the last byte is the inline
    // length, or kLong.
    std::array<char, kInline + 1> m_bytes {};
};

template <class Value> class IdFifo {
public:
    struct Entry {
        StoredId id; // the id (first: a lookup reads it, then maybe the stamp)
        TimePoint stamp; // caller's time (first seen, or expiry)
        [[no_unique_address]] Value value; // caller's data
    };

    // The entry for `id`, or null.
    Entry* find(std::string_view id) { return entryAt(slotOf(id, hashOf(id))); }
    const Entry* find(std::string_view id) const { return entryAt(slotOf(id, hashOf(id))); }
    // Cache hints for a coming find(id) (no effect on results): prefetchSlot() starts loading the
    // id's index slot; prefetchEntry(), called once that slot has arrived, the entry it points to.
    // Checking a batch of ids (an IHAVE's) after both passes overlaps their misses.
    void prefetchSlot(std::string_view id) const
    {
        if (!m_slots.empty())
            __builtin_prefetch(&m_slots[home(hashOf(id))]);
    }
    void prefetchEntry(std::string_view id) const
    {
        if (m_slots.empty())
            return;
        const Slot& s = m_slots[home(hashOf(id))];
        if (s.pos != kEmpty)
            __builtin_prefetch(&m_ring[s.pos]);
    }
    // Appends `id` (which must not be held) stamped `stamp`; its entry.
    Entry& push(const MessageId& id, TimePoint stamp) { return append(id, hashOf(id), stamp); }
    // The entry for `id` and false, or, when it is not held, a new one stamped `stamp` and true.
    std::pair<Entry*, bool> insert(const MessageId& id, TimePoint stamp)
    {
        const std::uint32_t hash = hashOf(id);
        if (Entry* e = entryAt(slotOf(id, hash)))
            return { e, false };
        return { &append(id, hash, stamp), true };
    }
    // The oldest entry; the fifo must not be empty.
    const Entry& front() const { return m_ring[m_head]; }
    // Drops the oldest entry (the fifo must not be empty); shrinks when mostly empty.
    void popFront()
    {
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = home(hashOf(front().id.view()));
        while (m_slots[i].pos != m_head)
            i = (i + 1) & mask;
        // Backward-shift deletion: pull later entries of the probe run into the hole.
        for (std::size_t j = (i + 1) & mask; m_slots[j].pos != kEmpty; j = (j + 1) & mask) {
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
        if (m_count == 0) {
            m_ring = {}; // memory follows the live count
            m_head = 0;
            m_slots = {};
        } else if (m_slots.size() > kMinSlots && m_count * 8 < m_slots.size()) {
            resizeRing(std::max(kMinRing, m_count * 2), m_slots.size() / 4);
        }
    }
    bool empty() const { return m_count == 0; }
    std::size_t size() const { return m_count; }

private:
    struct Slot {
        std::uint32_t hash = 0; // low half of the id's IdHash
        std::uint32_t pos = kEmpty; // ring position of its entry (kEmpty: free slot)
    };
    static constexpr std::uint32_t kEmpty = ~std::uint32_t { 0 };
    static constexpr std::size_t kNone = ~std::size_t { 0 };
    static constexpr std::size_t kMinSlots = 16;
    static constexpr std::size_t kMinRing = 8; // entries of the first ring (it grows by half)

    // The index keeps the low half of IdHash (slot counts stay far below 2^32).
    static std::uint32_t hashOf(std::string_view id) { return static_cast<std::uint32_t>(IdHash {}(id)); }
    std::size_t home(std::uint32_t hash) const { return hash & (m_slots.size() - 1); }
    Entry& append(const MessageId& id, std::uint32_t hash, TimePoint stamp)
    {
        const std::size_t slotCount = (m_count + 1) * 2 > m_slots.size()
            ? (m_slots.empty() ? kMinSlots : m_slots.size() * 2)
            : m_slots.size();
        if (m_count == m_ring.size())
            resizeRing(m_ring.empty() ? kMinRing : m_ring.size() + m_ring.size() / 2, slotCount);
        else if (slotCount != m_slots.size())
            reindex(slotCount);
        const std::size_t pos = ringPos(m_count);
        Entry& e = m_ring[pos];
        e = Entry { StoredId(id), stamp, Value {} };
        ++m_count;
        m_slots[freeSlot(hash)] = { hash, static_cast<std::uint32_t>(pos) };
        return e;
    }
    // The index slot holding `id` (hash `hash`), or kNone.
    std::size_t slotOf(std::string_view id, std::uint32_t hash) const
    {
        if (m_count == 0)
            return kNone;
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = home(hash);; i = (i + 1) & mask) {
            const Slot& s = m_slots[i];
            if (s.pos == kEmpty)
                return kNone;
            if (s.hash == hash && m_ring[s.pos].id == id)
                return i;
        }
    }
    Entry* entryAt(std::size_t slot) { return slot == kNone ? nullptr : &m_ring[m_slots[slot].pos]; }
    const Entry* entryAt(std::size_t slot) const
    {
        return slot == kNone ? nullptr : &m_ring[m_slots[slot].pos];
    }
    // Ring position of the k-th oldest entry (k <= the ring's size).
    std::size_t ringPos(std::size_t k) const
    {
        const std::size_t p = m_head + k;
        return p >= m_ring.size() ? p - m_ring.size() : p;
    }
    // Moves the entries, oldest first, into a ring of `size` entries (>= the count; below kEmpty),
    // points the index at their new positions and gives it `slotCount` slots.
    void resizeRing(std::size_t size, std::size_t slotCount)
    {
        std::vector<Entry> ring(size);
        for (std::size_t k = 0; k < m_count; ++k)
            ring[k] = std::move(m_ring[ringPos(k)]);
        for (Slot& s : m_slots) // the entry at ring position p was the ((p - head) mod size)-th oldest
            if (s.pos != kEmpty)
                s.pos = static_cast<std::uint32_t>((s.pos + m_ring.size() - m_head) % m_ring.size());
        m_ring = std::move(ring);
        m_head = 0;
        if (slotCount != m_slots.size())
            reindex(slotCount);
    }
    // The first free slot of `hash`'s probe run (the index is never full).
    std::size_t freeSlot(std::uint32_t hash) const
    {
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = home(hash);
        while (m_slots[i].pos != kEmpty)
            i = (i + 1) & mask;
        return i;
    }
    // Rebuilds the index with `size` slots (a power of two, more than twice the entries). (Not named
    // `slots`: Qt defines that as a macro.)
    void reindex(std::size_t size)
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(size, Slot {});
        for (const Slot& s : old)
            if (s.pos != kEmpty)
                m_slots[freeSlot(s.hash)] = s;
    }

    // Entries in insertion order: the k-th oldest is at (m_head + k) mod the ring's size; free
    // entries are default (empty). The ring grows by half (not doubling: entries are large, and at
    // most a third of it is then unused).
    std::vector<Entry> m_ring;
    std::size_t m_head = 0; // ring position of the oldest entry
    std::size_t m_count = 0; // entries held
    std::vector<Slot> m_slots; // open-addressed index, power-of-two size (empty until the first id)
};

} // namespace meshscope::gossipsub
