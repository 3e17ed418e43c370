#include "core/gossipsub/promises.h"

namespace meshscope::gossipsub {

void GossipPromises::add(const PeerId& peer, const MessageId& id, TimePoint expires)
{
    auto& peers = m_promises[id];
    const auto it = peers.find(peer);
    if (it != peers.end())
        return; // keep the first (earliest) deadline
    if (m_count >= m_capacity) {
        if (peers.empty())
            m_promises.erase(id);
        return;
    }
    peers.emplace(peer, expires);
    ++m_count;
}

void GossipPromises::fulfilled(const MessageId& id)
{
    const auto it = m_promises.find(id);
    if (it == m_promises.end())
        return;
    m_count -= it->second.size();
    m_promises.erase(it);
}

std::map<PeerId, int> GossipPromises::takeBroken(TimePoint now)
{
    std::map<PeerId, int> broken;
    for (auto it = m_promises.begin(); it != m_promises.end();) {
        auto& peers = it->second;
        for (auto p = peers.begin(); p != peers.end();) {
            if (p->second <= now) {
                ++broken[p->first];
                p = peers.erase(p);
                --m_count;
            } else {
                ++p;
            }
        }
        it = peers.empty() ? m_promises.erase(it) : std::next(it);
    }
    return broken;
}

void GossipPromises::removePeer(const PeerId& peer)
{
    for (auto it = m_promises.begin(); it != m_promises.end();) {
        m_count -= it->second.erase(peer);
        it = it->second.empty() ? m_promises.erase(it) : std::next(it);
    }
}

std::vector<PromiseEntry> GossipPromises::entries() const
{
    std::vector<PromiseEntry> out;
    for (const auto& [id, peers] : m_promises)
        for (const auto& [peer, t] : peers)
            out.push_back({id, peer, t});
    return out;
}

} // namespace meshscope::gossipsub
