#include "core/gossipsub/seencache.h"

namespace meshscope::gossipsub {

SeenCache::SeenCache(Duration ttl, std::size_t capacity)
    : m_ttl(ttl)
    , m_capacity(capacity)
{ }

std::size_t SeenCache::find(const MessageId& id, std::uint64_t hash) const
{
    if (m_order.empty())
        return kNone;
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = home(hash);; i = (i + 1) & mask) {
        const Slot& s = m_slots[i];
        if (s.seq == kEmpty)
            return kNone;
        if (s.hash == hash && m_order[static_cast<std::size_t>(s.seq - m_frontSeq)].id == id)
            return i;
    }
}

bool SeenCache::add(const MessageId& id, TimePoint now)
{
    const std::uint64_t hash = IdHash {}(id);
    if (find(id, hash) != kNone)
        return false;
    if ((m_order.size() + 1) * 2 > m_slots.size())
        reindex(m_slots.empty() ? kMinSlots : m_slots.size() * 2);
    const std::uint64_t seq = m_frontSeq + m_order.size();
    m_order.push_back({ now, hash, id });
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = home(hash);
    while (m_slots[i].seq != kEmpty)
        i = (i + 1) & mask;
    m_slots[i] = { hash, seq };
    while (m_order.size() > m_capacity)
        popOldest();
    return true;
}

void SeenCache::expire(TimePoint now)
{
    const std::size_t before = m_order.size();
    while (!m_order.empty() && m_order.front().seen + m_ttl <= now)
        popOldest();
    // Memory follows the live count: shrink once the index is mostly empty.
    if (m_order.size() < before && m_slots.size() > kMinSlots && m_order.size() * 8 < m_slots.size()) {
        std::size_t slots = kMinSlots;
        while (slots < m_order.size() * 4)
            slots *= 2;
        reindex(slots);
    }
}

void SeenCache::popOldest()
{
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = home(m_order.front().hash);
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
    m_order.pop_front();
    ++m_frontSeq;
    if (m_order.empty()) {
        m_order = {};
        m_slots = {};
    }
}

void SeenCache::reindex(std::size_t slots)
{
    m_slots.assign(slots, Slot {});
    const std::size_t mask = slots - 1;
    std::uint64_t seq = m_frontSeq;
    for (const Entry& e : m_order) {
        std::size_t i = home(e.hash);
        while (m_slots[i].seq != kEmpty)
            i = (i + 1) & mask;
        m_slots[i] = { e.hash, seq++ };
    }
}

} // namespace meshscope::gossipsub
