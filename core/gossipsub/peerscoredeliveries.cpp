#include "core/gossipsub/peerscoredeliveries.h"

namespace meshscope::gossipsub {

DeliveryRecords::DeliveryRecords(Duration ttl, std::size_t capacity)
    : m_ttl(ttl), m_capacity(capacity < 1 ? 1 : capacity)
{
}

DeliveryRecord& DeliveryRecords::get(const MessageId& id, TimePoint now)
{
    if (auto it = m_records.find(id); it != m_records.end())
        return it->second;
    while (m_records.size() >= m_capacity)
        evictOldest();
    DeliveryRecord& rec = m_records[id];
    rec.firstSeen = now;
    m_queue.emplace_back(now + m_ttl, id);
    return rec;
}

void DeliveryRecords::expire(TimePoint now)
{
    while (!m_queue.empty() && m_queue.front().first < now)
        evictOldest();
}

void DeliveryRecords::setLimits(Duration ttl, std::size_t capacity)
{
    m_ttl = ttl;
    m_capacity = capacity < 1 ? 1 : capacity;
    while (m_records.size() > m_capacity)
        evictOldest();
}

void DeliveryRecords::evictOldest()
{
    if (m_queue.empty())
        return;
    m_records.erase(m_queue.front().second);
    m_queue.pop_front();
}

} // namespace meshscope::gossipsub
