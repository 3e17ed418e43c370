#include "core/gossipsub/seencache.h"

namespace meshscope::gossipsub {

SeenCache::SeenCache(Duration ttl, std::size_t capacity) : m_ttl(ttl), m_capacity(capacity) {}

bool SeenCache::add(const MessageId& id, TimePoint now)
{
    if (!m_ids.insert(id).second)
        return false;
    m_order.emplace_back(now, id);
    while (m_order.size() > m_capacity) {
        m_ids.erase(m_order.front().second);
        m_order.pop_front();
    }
    return true;
}

void SeenCache::expire(TimePoint now)
{
    while (!m_order.empty() && m_order.front().first + m_ttl <= now) {
        m_ids.erase(m_order.front().second);
        m_order.pop_front();
    }
}

} // namespace meshscope::gossipsub
