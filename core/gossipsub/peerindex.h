#pragma once
// PeerIndex<Entry>: a flat open-addressed index over the entries of a node-based map keyed by PeerId
// (std::unordered_map or std::map: their entries never move while they exist). The map keeps owning
// and iterating; lookups go through the index. A libstdc++ unordered_map lookup reads the bucket,
// then the node before the wanted one, then the node: three dependent cache misses when the map is
// cold, as a simulated router's scorer always is. Here it is the slot, then the entry. Slots hold the
// key's hash and the entry's address; linear probing at load <= 1/2, backward-shift deletion.

#include "core/multiformats/peerid.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

namespace meshscope::gossipsub {

template <class Entry> class PeerIndex {
public:
    // The entry keyed `peer`, or null.
    Entry* find(const multiformats::PeerId& peer) const
    {
        if (m_count == 0)
            return nullptr;
        const std::uint64_t hash = hashOf(peer);
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            const Slot& s = m_slots[i];
            if (!s.entry)
                return nullptr;
            if (s.hash == hash && s.entry->first == peer)
                return s.entry;
        }
    }
    // Call after the map gained `entry` (its key must not be indexed yet).
    void insert(Entry* entry)
    {
        if ((m_count + 1) * 2 > m_slots.size())
            rebuild(m_slots.empty() ? kMinSlots : m_slots.size() * 2);
        place({ hashOf(entry->first), entry });
        ++m_count;
    }
    // Call before the map drops the entry keyed `peer` (nothing happens when it is not indexed).
    void erase(const multiformats::PeerId& peer)
    {
        if (m_count == 0)
            return;
        const std::uint64_t hash = hashOf(peer);
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = hash & mask;
        while (m_slots[i].entry && !(m_slots[i].hash == hash && m_slots[i].entry->first == peer))
            i = (i + 1) & mask;
        if (!m_slots[i].entry)
            return;
        // Backward-shift deletion: pull later entries of the probe run into the hole.
        for (std::size_t j = (i + 1) & mask; m_slots[j].entry; j = (j + 1) & mask) {
            const std::size_t home = m_slots[j].hash & mask;
            const bool stays = i <= j ? (i < home && home <= j) : (i < home || home <= j);
            if (stays)
                continue;
            m_slots[i] = m_slots[j];
            i = j;
        }
        m_slots[i] = Slot {};
        --m_count;
    }
    std::size_t size() const { return m_count; }

private:
    struct Slot {
        std::uint64_t hash = 0; // std::hash of the entry's key
        Entry* entry = nullptr; // the map entry (null: free slot)
    };
    static constexpr std::size_t kMinSlots = 16;

    static std::uint64_t hashOf(const multiformats::PeerId& peer)
    {
        return std::hash<multiformats::PeerId> {}(peer);
    }
    // Puts `slot` in the first free slot of its probe run (the table is never full).
    void place(const Slot& slot)
    {
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = slot.hash & mask;
        while (m_slots[i].entry)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
    void rebuild(std::size_t size)
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(size, Slot {});
        for (const Slot& s : old)
            if (s.entry)
                place(s);
    }

    std::vector<Slot> m_slots; // power-of-two size (empty until the first entry)
    std::size_t m_count = 0; // entries indexed
};

} // namespace meshscope::gossipsub
