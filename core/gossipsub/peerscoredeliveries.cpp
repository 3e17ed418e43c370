#include "core/gossipsub/peerscoredeliveries.h"

namespace meshscope::gossipsub {

DeliveryRecords::DeliveryRecords(Duration ttl, std::size_t capacity)
    : m_ttl(ttl)
    , m_capacity(capacity < 1 ? 1 : capacity)
{ }

DeliveryRecord& DeliveryRecords::get(const MessageId& id, TimePoint now)
{
    if (auto* e = m_records.find(id))
        return e->value;
    while (m_records.size() >= m_capacity)
        m_records.popFront();
    DeliveryRecord& rec = m_records.push(id, now + m_ttl).value;
    rec.firstSeen = now;
    return rec;
}

void DeliveryRecords::expire(TimePoint now)
{
    while (!m_records.empty() && m_records.front().stamp < now)
        m_records.popFront();
}

void DeliveryRecords::setLimits(Duration ttl, std::size_t capacity)
{
    m_ttl = ttl;
    m_capacity = capacity < 1 ? 1 : capacity;
    while (m_records.size() > m_capacity)
        m_records.popFront();
}

} // namespace meshscope::gossipsub
