// Router: read-only views for snapshots (topics, mesh/fanout/gossip sets, peers, backoffs,
// promises, counters).
#include "core/gossipsub/router.h"

#include <algorithm>

namespace meshscope::gossipsub {

std::vector<PeerId> Router::mesh(const TopicId& topic) const
{
    const auto it = m_mesh.find(topic);
    return it == m_mesh.end() ? std::vector<PeerId> {}
                              : std::vector<PeerId>(it->second.begin(), it->second.end());
}

std::vector<PeerId> Router::fanout(const TopicId& topic) const
{
    const auto it = m_fanout.find(topic);
    return it == m_fanout.end() ? std::vector<PeerId> {}
                                : std::vector<PeerId>(it->second.begin(), it->second.end());
}

RouterState Router::state(TimePoint now) const
{
    RouterState s;
    std::set<TopicId> topics(m_mySubs.begin(), m_mySubs.end());
    for (const auto& [t, p] : m_topics)
        topics.insert(t);
    for (const auto& [t, p] : m_fanout)
        topics.insert(t);
    for (const auto& topic : topics) {
        TopicState ts;
        ts.topic = topic;
        ts.subscribed = m_mySubs.count(topic) != 0;
        ts.mesh = mesh(topic);
        ts.fanout = fanout(topic);
        if (auto t = m_topics.find(topic); t != m_topics.end()) {
            ts.peers.assign(t->second.begin(), t->second.end());
            for (const auto& p : t->second) {
                const auto& info = m_peers.at(p);
                if (isMeshsub(info) && !m_direct.count(p) && scoreOf(p, now) >= m_gates.gossipThreshold
                    && std::find(ts.mesh.begin(), ts.mesh.end(), p) == ts.mesh.end()
                    && std::find(ts.fanout.begin(), ts.fanout.end(), p) == ts.fanout.end())
                    ts.gossipEligible.push_back(p);
            }
        }
        if (auto h = m_health.find(topic); h != m_health.end())
            ts.health = h->second;
        s.topics.push_back(std::move(ts));
    }
    for (const auto& [peer, info] : m_peers)
        s.peers.push_back({ peer, info.protocol, info.outbound, m_direct.count(peer) != 0, info.ip,
            std::vector<TopicId>(info.topics.begin(), info.topics.end()), scoreOf(peer, now) });
    std::sort(s.peers.begin(), s.peers.end(),
        [](const PeerStateView& a, const PeerStateView& b) { return a.peer < b.peer; });
    s.backoffs = m_backoff.entries();
    s.promises = m_promises.entries();
    s.counters = m_counters;
    s.mcacheSize = m_mcache.size();
    s.seenSize = m_seen.size();
    s.pendingValidations = m_validating.size();
    return s;
}

} // namespace meshscope::gossipsub
