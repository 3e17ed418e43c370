// Node: connections, pubsub streams and RPC framing.
#include "core/node/node.h"

#include <algorithm>

namespace meshscope::node {

namespace {
// Bad frames from one peer before it is disconnected.
constexpr std::uint64_t kMaxBadFrames = 3;
// RPCs kept per peer while our outbound stream is negotiating.
constexpr std::size_t kMaxEarlyRpcs = 16;
} // namespace

void Node::onConnected(const host::PeerConnected& e)
{
    ConnInfo c;
    c.peer = e.peer;
    c.direction = e.direction;
    c.address = e.remoteAddr.toString();
    c.ip = ipOf(e.remoteAddr);
    m_conns[e.connection] = c;
    ++m_hostCounters.connectionsOpened;
    auto& info = m_hostPeers[e.peer];
    if (info.address.empty()) {
        info.address = c.address;
        info.direction = e.direction == host::Direction::Outbound ? trace::PeerDirection::Outbound
                                                                  : trace::PeerDirection::Inbound;
    }
}

void Node::onIdentified(const host::PeerIdentified& e, TimePoint now)
{
    auto& info = m_hostPeers[e.peer];
    info.agent = e.agentVersion;
    info.protocols = e.protocols;
    const bool speaksPubsub = std::any_of(e.protocols.begin(), e.protocols.end(),
        [&](const std::string& p) { return protocolOf(p).has_value(); });
    if (speaksPubsub)
        openOutbound(e.peer, now);
}

void Node::openOutbound(const PeerId& peer, TimePoint now)
{
    auto& link = m_links[peer];
    if (link.outbound)
        return;
    if (auto h = m_host.openStream(peer, protocolIds(), now))
        link.outbound = *h;
}

void Node::onStreamOpened(const host::StreamOpened& e, TimePoint now)
{
    const auto proto = protocolOf(e.protocol);
    if (!proto)
        return; // not ours
    auto& link = m_links[e.peer];
    if (e.direction == host::Direction::Inbound) {
        if (link.inbound && *link.inbound != e.handle)
            m_host.reset(*link.inbound, now); // go: a newer inbound stream replaces the older
        link.inbound = e.handle;
        link.decoder = std::make_unique<gossipsub::FrameDecoder>(m_router->params().maxTransmissionSize);
        m_traffic.try_emplace(e.peer);
        openOutbound(e.peer, now);
        return;
    }
    if (link.outbound != e.handle || link.outboundReady)
        return;
    link.outboundReady = true;
    bool outbound = false;
    std::string ip;
    if (auto c = m_conns.find(e.handle.connection); c != m_conns.end()) {
        outbound = c->second.direction == host::Direction::Outbound;
        ip = c->second.ip;
    }
    m_traffic.try_emplace(e.peer);
    m_router->addPeer(e.peer, *proto, outbound, ip, now);
    for (const auto& rpc : std::exchange(link.early, {}))
        (void)m_router->handleRpc(e.peer, rpc, now);
}

void Node::onStreamData(const host::StreamData& e, TimePoint now)
{
    PeerId peer;
    PeerLink* link = nullptr;
    for (auto& [p, l] : m_links)
        if (l.inbound == e.handle) {
            peer = p;
            link = &l;
            break;
        }
    if (!link || !link->decoder)
        return; // data on our own stream or an unknown one: ignored
    auto& traffic = m_traffic[peer];
    traffic.bytesIn += e.data.size();
    m_hostCounters.bytesIn += e.data.size();

    bool bad = !link->decoder->feed(e.data);
    while (!bad) {
        auto next = link->decoder->next();
        if (!next)
            break;
        if (!*next) {
            bad = true;
            break;
        }
        const auto& rpc = next->value();
        traffic.rpcsIn += 1;
        traffic.messagesIn += static_cast<std::uint64_t>(rpc.publish_size());
        if (m_rpcObserver)
            m_rpcObserver(peer, true, rpc, now);
        if (!link->outboundReady) {
            // The router learns of the peer once our stream is negotiated: keep a few RPCs
            // (its subscriptions) until then.
            if (link->early.size() < kMaxEarlyRpcs)
                link->early.push_back(rpc);
            continue;
        }
        (void)m_router->handleRpc(peer, rpc, now);
    }
    if (!bad)
        return;
    // Oversized or malformed frame: drop the stream, penalise, and drop a repeat offender.
    ++m_badFrames;
    traffic.badFrames += 1;
    m_host.reset(e.handle, now);
    link->inbound.reset();
    link->decoder.reset();
    if (m_score)
        m_score->addPenalty(peer, 1);
    if (traffic.badFrames >= kMaxBadFrames)
        m_host.disconnect(peer, "too many bad pubsub frames", now);
}

void Node::onStreamGone(host::StreamHandle handle, TimePoint now)
{
    for (auto& [peer, link] : m_links) {
        if (link.inbound == handle) {
            link.inbound.reset();
            link.decoder.reset();
            return;
        }
        if (link.outbound == handle) {
            link.outbound.reset();
            link.early.clear();
            if (link.outboundReady) {
                link.outboundReady = false;
                m_router->removePeer(peer, now);
            }
            return;
        }
    }
}

void Node::onDisconnected(const host::PeerDisconnected& e, TimePoint now)
{
    if (m_conns.erase(e.connection))
        ++m_hostCounters.connectionsClosed;
    if (auto it = m_links.find(e.peer); it != m_links.end()) {
        auto& link = it->second;
        if (link.inbound && link.inbound->connection == e.connection) {
            link.inbound.reset();
            link.decoder.reset();
        }
        if (link.outbound && link.outbound->connection == e.connection)
            onStreamGone(*link.outbound, now);
    }
    const bool stillConnected = std::any_of(m_conns.begin(), m_conns.end(),
        [&](const auto& kv) { return kv.second.peer == e.peer; });
    if (!stillConnected)
        dropPeerStreams(e.peer, now);
}

void Node::dropPeerStreams(const PeerId& peer, TimePoint now)
{
    if (auto it = m_links.find(peer); it != m_links.end()) {
        if (it->second.outboundReady)
            m_router->removePeer(peer, now);
        m_links.erase(it);
    }
    m_hostPeers.erase(peer);
    m_traffic.erase(peer);
}

} // namespace meshscope::node
