#include "core/gossipsub/seencache.h"

namespace meshscope::gossipsub {

SeenCache::SeenCache(Duration ttl, std::size_t capacity)
    : m_ttl(ttl)
    , m_capacity(capacity)
{ }

bool SeenCache::add(const MessageId& id, TimePoint now)
{
    if (!m_ids.insert(id, now).second)
        return false;
    while (m_ids.size() > m_capacity)
        m_ids.popFront();
    return true;
}

void SeenCache::expire(TimePoint now)
{
    while (!m_ids.empty() && m_ids.front().stamp + m_ttl <= now)
        m_ids.popFront();
}

} // namespace meshscope::gossipsub
