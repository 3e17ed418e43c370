// SnapshotBuilder: rebuilds a NodeSnapshot by folding go trace events (recordings).
#include "core/trace/snapshotbuilder.h"

#include <algorithm>

namespace meshscope::trace {

SnapshotBuilder::SnapshotBuilder(std::size_t maxPeers, std::size_t maxTopics)
    : m_maxPeers(maxPeers)
    , m_maxTopics(maxTopics)
{
}

void SnapshotBuilder::setParams(const gossipsub::GossipsubParams& params)
{
    m_params = params;
    m_paramsKnown = true;
}

void SnapshotBuilder::setScoreParams(const gossipsub::PeerScoreParams& params)
{
    m_scoreParams = params;
    m_scoreParams.appSpecificScore = nullptr;
}

SnapshotBuilder::PeerState* SnapshotBuilder::peer(const std::string& id, bool create)
{
    if (id.empty())
        return nullptr;
    auto it = m_peers.find(id);
    if (it != m_peers.end())
        return &it->second;
    if (!create)
        return nullptr;
    if (m_peers.size() >= m_maxPeers) {
        ++m_overflow;
        return nullptr;
    }
    return &m_peers[id];
}

std::set<std::string>* SnapshotBuilder::meshOf(const std::string& topic, bool create)
{
    auto it = m_mesh.find(topic);
    if (it != m_mesh.end())
        return &it->second;
    if (!create)
        return nullptr;
    if (m_mesh.size() >= m_maxTopics) {
        ++m_overflow;
        return nullptr;
    }
    return &m_mesh[topic];
}

void SnapshotBuilder::applyRpcMeta(const std::string& id, const RpcMeta& meta, bool received)
{
    PeerState* p = peer(id, received);
    auto& c = m_counters;
    if (received) {
        ++c.rpcsReceived;
        if (p) {
            ++p->rpcsIn;
            p->messagesIn += static_cast<std::uint64_t>(meta.messages_size());
            for (const auto& sub : meta.subscription()) {
                if (sub.subscribe()) {
                    if (p->topics.size() < m_maxTopics)
                        p->topics.insert(sub.topic());
                    else
                        ++m_overflow;
                } else {
                    p->topics.erase(sub.topic());
                }
            }
        }
    } else {
        ++c.rpcsSent;
        if (p) {
            ++p->rpcsOut;
            p->messagesOut += static_cast<std::uint64_t>(meta.messages_size());
        }
    }
    if (!meta.has_control())
        return;
    const auto& ctl = meta.control();
    const auto n = [](int v) { return static_cast<std::uint64_t>(v); };
    if (received) {
        c.ihaveReceived += n(ctl.ihave_size());
        c.iwantReceived += n(ctl.iwant_size());
        c.graftReceived += n(ctl.graft_size());
        c.pruneReceived += n(ctl.prune_size());
        c.idontwantReceived += n(ctl.idontwant_size());
    } else {
        c.ihaveSent += n(ctl.ihave_size());
        c.iwantSent += n(ctl.iwant_size());
        c.graftSent += n(ctl.graft_size());
        c.pruneSent += n(ctl.prune_size());
        c.idontwantSent += n(ctl.idontwant_size());
    }
}

void SnapshotBuilder::applyScore(const pb::trace::TraceEvent_ScoreUpdate& u)
{
    PeerState* p = peer(peerText(asBytes(u.peerid())), true);
    if (!p)
        return;
    ScoreComponents s;
    s.known = true;
    s.total = u.score();
    const auto& sp = m_scoreParams;
    s.p5 = sp.appSpecificWeight * u.appspecific();
    s.p6 = sp.ipColocationFactorWeight * u.ipcolocation();
    s.behaviourPenalty = u.behaviourpenalty();
    const double excess = u.behaviourpenalty() - sp.behaviourPenaltyThreshold;
    s.p7 = excess > 0 ? sp.behaviourPenaltyWeight * excess * excess : 0;
    for (const auto& ts : u.topics()) {
        if (s.topics.size() >= m_maxTopics)
            break;
        gossipsub::TopicScoreBreakdown t;
        t.topic = ts.topic();
        t.firstDeliveries = ts.firstmessagedeliveries();
        t.meshDeliveries = ts.meshmessagedeliveries();
        t.invalidDeliveries = ts.invalidmessagedeliveries();
        auto it = sp.topics.find(t.topic);
        if (it != sp.topics.end()) {
            const auto& tp = it->second;
            t.p1 = tp.timeInMeshWeight * std::min(ts.timeinmesh(), tp.timeInMeshCap);
            t.p2 = tp.firstMessageDeliveriesWeight * t.firstDeliveries;
            t.p4 = tp.invalidMessageDeliveriesWeight * t.invalidDeliveries * t.invalidDeliveries;
        }
        s.topics.push_back(std::move(t));
    }
    std::sort(s.topics.begin(), s.topics.end(),
              [](const auto& a, const auto& b) { return a.topic < b.topic; });
    summariseScore(s, m_scoreParams);
    p->score = std::move(s);
}

void SnapshotBuilder::apply(const TraceEvent& e)
{
    ++m_events;
    if (e.has_timestamp())
        m_lastTimestamp = e.timestamp();
    if (m_self.empty() && e.has_peerid())
        m_self = peerText(asBytes(e.peerid()));
    auto& c = m_counters;
    switch (rawType(e)) {
    case TraceEvent::PUBLISH_MESSAGE: ++c.published; break;
    case TraceEvent::REJECT_MESSAGE: {
        ++c.rejected;
        if (auto* p = peer(peerText(asBytes(e.rejectmessage().receivedfrom())), false))
            ++p->messagesIn;
        break;
    }
    case TraceEvent::DUPLICATE_MESSAGE: ++c.duplicates; break;
    case TraceEvent::DELIVER_MESSAGE: ++c.delivered; break;
    case TraceEvent::ON_NEW_OUTBOUND_STREAM: {
        if (auto* p = peer(peerText(asBytes(e.onnewoutboundstream().peerid())), true)) {
            p->connected = true;
            p->protocol = e.onnewoutboundstream().proto();
        }
        break;
    }
    case TraceEvent::ON_CLOSED_OUTBOUND_STREAM: {
        const std::string id = peerText(asBytes(e.onclosedoutboundstream().peerid()));
        m_peers.erase(id);
        for (auto& [topic, mesh] : m_mesh)
            mesh.erase(id);
        break;
    }
    case TraceEvent::RECV_RPC:
        applyRpcMeta(peerText(asBytes(e.recvrpc().receivedfrom())), e.recvrpc().meta(), true);
        break;
    case TraceEvent::SEND_RPC:
        applyRpcMeta(peerText(asBytes(e.sendrpc().sendto())), e.sendrpc().meta(), false);
        break;
    case TraceEvent::DROP_RPC: ++c.droppedRpcs; break;
    case TraceEvent::JOIN:
        if (m_joined.size() < m_maxTopics)
            m_joined.insert(e.join().topic());
        else
            ++m_overflow;
        meshOf(e.join().topic(), true);
        break;
    case TraceEvent::LEAVE:
        m_joined.erase(e.leave().topic());
        if (auto* mesh = meshOf(e.leave().topic(), false))
            mesh->clear();
        break;
    case TraceEvent::GRAFT:
        if (auto* mesh = meshOf(e.graft().topic(), true))
            mesh->insert(peerText(asBytes(e.graft().peerid())));
        break;
    case TraceEvent::PRUNE:
        if (auto* mesh = meshOf(e.prune().topic(), false))
            mesh->erase(peerText(asBytes(e.prune().peerid())));
        break;
    case TraceEvent::SCORE_UPDATE: applyScore(e.scoreupdate()); break;
    case TraceEvent::THROTTLE_PEER: ++c.throttled; break;
    default: break; // VALIDATION_RESULT and unknown types change no state
    }
}

NodeSnapshot SnapshotBuilder::snapshot() const
{
    NodeSnapshot snap;
    snap.time = fromNanos(m_lastTimestamp);
    snap.peerId = m_self;
    snap.params = m_params;
    snap.paramsKnown = m_paramsKnown;
    snap.scoreParams = m_scoreParams;
    snap.scoringEnabled = m_scoreParams.enabled();
    snap.counters = m_counters;
    snap.eventCount = m_events;
    std::map<std::string, std::set<std::string>> subscribers;
    snap.peers.reserve(m_peers.size());
    for (const auto& [id, st] : m_peers) {
        PeerSnapshot p;
        p.id = id;
        p.pubsubProtocol = st.protocol;
        p.connected = st.connected;
        p.rpcsIn = st.rpcsIn;
        p.rpcsOut = st.rpcsOut;
        p.messagesIn = st.messagesIn;
        p.messagesOut = st.messagesOut;
        p.topics.assign(st.topics.begin(), st.topics.end());
        p.score = st.score;
        for (const auto& t : st.topics)
            subscribers[t].insert(id);
        snap.peers.push_back(std::move(p));
    }
    std::set<std::string> names(m_joined.begin(), m_joined.end());
    for (const auto& [topic, mesh] : m_mesh)
        names.insert(topic);
    for (const auto& [topic, subs] : subscribers)
        if (names.size() < m_maxTopics)
            names.insert(topic);
    for (const auto& name : names) {
        TopicSnapshot t;
        t.topic = name;
        t.subscribed = m_joined.count(name) != 0;
        if (auto it = m_mesh.find(name); it != m_mesh.end())
            t.mesh.assign(it->second.begin(), it->second.end());
        if (auto it = subscribers.find(name); it != subscribers.end()) {
            t.peers.assign(it->second.begin(), it->second.end());
            for (const auto& id : t.peers)
                if (!std::binary_search(t.mesh.begin(), t.mesh.end(), id))
                    t.gossip.push_back(id);
        }
        t.D = m_params.D;
        t.Dlo = m_params.Dlo;
        t.Dhi = m_params.Dhi;
        t.Dout = m_params.Dout;
        t.outboundInMesh = -1; // a trace does not say who dialed
        t.health = classifyHealth(t.mesh.size(), m_params.Dlo, m_params.Dhi);
        snap.topics.push_back(std::move(t));
    }
    return snap;
}

} // namespace meshscope::trace
