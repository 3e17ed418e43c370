// Router: heartbeat, mesh maintenance (spec v1.0 "Mesh Maintenance", v1.1 D_score, D_out and
// opportunistic grafting) and fanout maintenance.
#include "core/gossipsub/router.h"

#include <algorithm>

namespace meshscope::gossipsub {

const Router::MeshView& Router::meshView(const TopicId& topic)
{
    const auto m = m_mesh.find(topic);
    return refreshView(m_meshViews[topic], m == m_mesh.end() ? nullptr : &m->second);
}

const Router::MeshView& Router::subscriberView(const TopicId& topic)
{
    const auto t = m_topics.find(topic);
    return refreshView(m_subscriberViews[topic], t == m_topics.end() ? nullptr : &t->second);
}

const Router::MeshView& Router::refreshView(MeshView& view, const std::set<PeerId>* peers)
{
    if (view.generation == m_meshGeneration)
        return view;
    view.generation = m_meshGeneration;
    view.peers.clear();
    if (peers)
        for (const auto& peer : *peers)
            if (const auto it = m_peers.find(peer); it != m_peers.end())
                view.peers.emplace_back(&it->first, &it->second);
    return view;
}

void Router::addToMesh(const TopicId& topic, const PeerId& peer, TimePoint now)
{
    if (!m_mesh[topic].insert(peer).second)
        return;
    ++m_meshGeneration;
    if (m_score)
        m_score->graft(peer, topic, now);
    record(now, [&] { return EvGraft { peer, topic }; });
}

void Router::removeFromMesh(const TopicId& topic, const PeerId& peer, TimePoint now)
{
    const auto it = m_mesh.find(topic);
    if (it == m_mesh.end() || !it->second.erase(peer))
        return;
    ++m_meshGeneration;
    if (m_score)
        m_score->prune(peer, topic, now);
    record(now, [&] { return EvPrune { peer, topic }; });
}

std::vector<PeerId> Router::meshCandidates(const TopicId& topic, TimePoint now,
    const std::function<bool(const PeerId&, const PeerInfo&)>& filter) const
{
    std::vector<PeerId> out;
    const auto t = m_topics.find(topic);
    if (t == m_topics.end())
        return out;
    const auto m = m_mesh.find(topic);
    for (const auto& peer : t->second) {
        const auto& info = m_peers.at(peer);
        if (!isMeshsub(info) || m_direct.count(peer) || (m != m_mesh.end() && m->second.count(peer))
            || m_backoff.has(topic, peer) || scoreOf(peer, info, now) < 0 || !filter(peer, info))
            continue;
        out.push_back(peer);
    }
    return out;
}

void Router::heartbeat(TimePoint now)
{
    ++m_heartbeatTicks;
    ++m_counters.heartbeats;
    const std::uint64_t ttl = dontWantTtl();
    for (auto& [peer, info] : m_peers) {
        info.ihaveReceived = 0;
        info.iasked = 0;
        info.iwantServed = 0;
        info.idontwantReceived = 0;
        info.dontWant.expire(m_heartbeatTicks, ttl);
    }
    for (const auto& [peer, count] : m_promises.takeBroken(now))
        penalize(peer, count, "broken IWANT promise", now);
    m_backoff.expire(now, m_params.heartbeatInterval * std::max(1, m_params.backoffSlackTicks));

    std::map<PeerId, std::vector<TopicId>> toGraft, toPrune;
    for (const auto& topic : m_mySubs) {
        recordHealth(topic); // what this heartbeat found, before rebalancing
        maintainMesh(topic, toGraft, toPrune, now);
    }
    maintainFanout(now);
    for (const auto& [peer, topics] : toGraft)
        for (const auto& topic : topics)
            sendGraft(peer, topic);
    for (const auto& [peer, topics] : toPrune)
        for (const auto& topic : topics) {
            // No PX to peers we drop for a negative score (go's noPX).
            sendPrune(peer, topic, m_params.doPX && scoreOf(peer, now) >= 0, m_params.pruneBackoff, now);
            m_backoff.add(topic, peer, now + m_params.pruneBackoff);
        }
    static const std::set<PeerId> kNoMesh;
    for (const auto& topic : m_mySubs) {
        const auto m = m_mesh.find(topic);
        emitGossip(topic, m == m_mesh.end() ? kNoMesh : m->second, now); // by reference, not a copy
    }
    for (const auto& [topic, peers] : m_fanout)
        emitGossip(topic, peers, now);

    if (m_params.directConnectTicks > 0
        && m_heartbeatTicks % static_cast<std::uint64_t>(m_params.directConnectTicks) == 0)
        for (const auto& peer : m_direct)
            if (!m_peers.count(peer))
                record(now, [&] { return EvDirectConnect { peer }; });
    m_mcache.shift();
    m_seen.expire(now);
}

void Router::maintainMesh(const TopicId& topic, std::map<PeerId, std::vector<TopicId>>& toGraft,
    std::map<PeerId, std::vector<TopicId>>& toPrune, TimePoint now)
{
    auto& mesh = m_mesh[topic];
    auto graft = [&](const PeerId& peer) {
        addToMesh(topic, peer, now);
        toGraft[peer].push_back(topic);
    };
    auto prune = [&](const PeerId& peer) {
        removeFromMesh(topic, peer, now);
        toPrune[peer].push_back(topic);
    };
    // Peers with a negative score leave the mesh (spec v1.1).
    for (const auto& peer : std::vector<PeerId>(mesh.begin(), mesh.end()))
        if (scoreOf(peer, now) < 0)
            prune(peer);

    // Too few peers: graft up to D.
    if (static_cast<int>(mesh.size()) < m_params.Dlo) {
        auto candidates = meshCandidates(topic, now, [](const PeerId&, const PeerInfo&) { return true; });
        m_rng.shuffle(candidates);
        const auto need = static_cast<std::size_t>(m_params.D)
            - std::min(mesh.size(), static_cast<std::size_t>(m_params.D));
        for (std::size_t i = 0; i < candidates.size() && i < need; ++i)
            graft(candidates[i]);
    }

    // Too many peers: keep the Dscore best, then random ones, making sure Dout are outbound.
    if (static_cast<int>(mesh.size()) > m_params.Dhi) {
        std::vector<PeerId> peers(mesh.begin(), mesh.end());
        m_rng.shuffle(peers);
        std::vector<double> scores;
        std::stable_sort(peers.begin(), peers.end(),
            [&](const PeerId& a, const PeerId& b) { return scoreOf(a, now) > scoreOf(b, now); });
        const auto dscore = std::min(peers.size(), static_cast<std::size_t>(std::max(0, m_params.Dscore)));
        std::vector<PeerId> rest(peers.begin() + static_cast<std::ptrdiff_t>(dscore), peers.end());
        m_rng.shuffle(rest);
        std::copy(rest.begin(), rest.end(), peers.begin() + static_cast<std::ptrdiff_t>(dscore));
        const auto d = static_cast<std::size_t>(m_params.D);
        int outbound = 0;
        for (std::size_t i = 0; i < d && i < peers.size(); ++i)
            outbound += m_peers.at(peers[i]).outbound ? 1 : 0;
        if (outbound < m_params.Dout) {
            int missing = m_params.Dout - outbound;
            for (std::size_t i = d; i < peers.size() && missing > 0; ++i) {
                if (!m_peers.at(peers[i]).outbound)
                    continue;
                std::rotate(peers.begin(), peers.begin() + static_cast<std::ptrdiff_t>(i),
                    peers.begin() + static_cast<std::ptrdiff_t>(i) + 1);
                --missing;
            }
        }
        for (std::size_t i = d; i < peers.size(); ++i)
            prune(peers[i]);
    }

    // Enough peers but too few outbound ones: graft outbound peers.
    if (static_cast<int>(mesh.size()) >= m_params.Dlo) {
        int outbound = 0;
        for (const auto& peer : mesh)
            outbound += m_peers.at(peer).outbound ? 1 : 0;
        if (outbound < m_params.Dout) {
            auto candidates = meshCandidates(
                topic, now, [](const PeerId&, const PeerInfo& info) { return info.outbound; });
            m_rng.shuffle(candidates);
            for (std::size_t i = 0; i < candidates.size() && static_cast<int>(i) < m_params.Dout - outbound;
                 ++i)
                graft(candidates[i]);
        }
    }

    // Opportunistic grafting: if the median mesh score is low, graft peers scoring above it.
    if (m_params.opportunisticGraftTicks > 0
        && m_heartbeatTicks % static_cast<std::uint64_t>(m_params.opportunisticGraftTicks) == 0
        && mesh.size() > 1) {
        std::vector<double> scores;
        for (const auto& peer : mesh)
            scores.push_back(scoreOf(peer, now));
        std::sort(scores.begin(), scores.end());
        const double median = scores[scores.size() / 2];
        if (median < m_gates.opportunisticGraftThreshold) {
            auto candidates = meshCandidates(
                topic, now, [&](const PeerId& p, const PeerInfo&) { return scoreOf(p, now) > median; });
            m_rng.shuffle(candidates);
            for (std::size_t i = 0;
                 i < candidates.size() && static_cast<int>(i) < m_params.opportunisticGraftPeers; ++i)
                graft(candidates[i]);
        }
    }
}

void Router::recordHealth(const TopicId& topic)
{
    const auto m = m_mesh.find(topic);
    const auto size = m == m_mesh.end() ? 0 : static_cast<int>(m->second.size());
    MeshHealth health = MeshHealth::Healthy;
    if (size == 0) {
        health = MeshHealth::NoPeers;
        ++m_counters.healthNoPeers;
    } else if (size < m_params.Dlo) {
        health = MeshHealth::Low;
        ++m_counters.healthLow;
    } else if (size > m_params.Dhi) {
        health = MeshHealth::AboveDhi;
        ++m_counters.healthAboveDhi;
    } else {
        ++m_counters.healthHealthy;
    }
    int outbound = 0;
    if (m != m_mesh.end())
        for (const auto& peer : m->second)
            outbound += m_peers.at(peer).outbound ? 1 : 0;
    if (outbound < m_params.Dout)
        ++m_counters.healthUnderDout;
    m_health[topic] = health;
}

void Router::maintainFanout(TimePoint now)
{
    for (auto it = m_lastPublish.begin(); it != m_lastPublish.end();) {
        if (it->second + m_params.fanoutTTL <= now) {
            m_fanout.erase(it->first);
            it = m_lastPublish.erase(it);
        } else {
            ++it;
        }
    }
    for (auto& [topic, peers] : m_fanout) {
        const auto t = m_topics.find(topic);
        std::erase_if(peers, [&](const PeerId& p) {
            return t == m_topics.end() || !t->second.count(p) || scoreOf(p, now) < m_gates.publishThreshold;
        });
        if (static_cast<int>(peers.size()) >= m_params.D || t == m_topics.end())
            continue;
        std::vector<PeerId> candidates;
        for (const auto& p : t->second)
            if (!peers.count(p) && !m_direct.count(p) && isMeshsub(m_peers.at(p))
                && scoreOf(p, now) >= m_gates.publishThreshold)
                candidates.push_back(p);
        m_rng.shuffle(candidates);
        for (const auto& p : candidates) {
            if (static_cast<int>(peers.size()) >= m_params.D)
                break;
            peers.insert(p);
        }
    }
}

} // namespace meshscope::gossipsub
