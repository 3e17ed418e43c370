// Node: construction, timers, commands, output and snapshots. Streams are in nodestreams.cpp.
#include "core/node/node.h"

#include "core/gossipsub/peerrecord.h"

#include <algorithm>

namespace meshscope::node {

using gossipsub::PubsubProtocol;

std::string ipOf(const multiformats::Multiaddr& addr)
{
    for (const auto& c : addr.components())
        if (c.name == "ip4" || c.name == "ip6")
            return c.value;
    return {};
}

Node::Node(host::Host& host, NodeConfig config, Rng& rng, TimePoint now)
    : m_host(host)
    , m_config(std::move(config))
{
    gossipsub::RouterConfig rc;
    rc.self = m_host.localPeer();
    rc.key = m_host.identity();
    rc.signPolicy = m_config.signPolicy;
    rc.msgId = m_config.msgId;
    m_router = std::make_unique<gossipsub::Router>(rc, m_config.profile.gossipsub, rng, now);
    attachScoring(m_config.profile);
    m_host.handle(protocolIds());
}

Node::~Node()
{
    if (m_router)
        m_router->setScoring(nullptr, {});
}

void Node::attachScoring(const gossipsub::GossipsubProfile& profile)
{
    if (!profile.score.enabled()) {
        m_router->setScoring(nullptr, {});
        m_scoreObserver.reset();
        m_score.reset();
        return;
    }
    if (m_score) {
        m_score->setParams(profile.score, profile.thresholds);
    } else {
        m_score = std::make_unique<gossipsub::PeerScore>(profile.score, profile.thresholds);
        m_scoreObserver = std::make_unique<gossipsub::PeerScoreObserver>(*m_score);
    }
    m_router->setScoring(m_scoreObserver.get(), gossipsub::gatesFrom(profile.thresholds));
}

std::vector<std::string> Node::protocolIds() const
{
    std::vector<std::string> ids;
    for (auto p : m_config.protocols)
        ids.emplace_back(gossipsub::protocolIdOf(p));
    return ids;
}

std::optional<PubsubProtocol> Node::protocolOf(const std::string& id) const
{
    for (auto p : m_config.protocols)
        if (gossipsub::protocolIdOf(p) == id)
            return p;
    return std::nullopt;
}

void Node::onHostEvent(const host::HostEvent& event, TimePoint now)
{
    std::visit(
        [&](const auto& e) {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, host::PeerConnected>) {
                onConnected(e);
            } else if constexpr (std::is_same_v<T, host::PeerIdentified>) {
                onIdentified(e, now);
            } else if constexpr (std::is_same_v<T, host::PingRtt>) {
                if (auto it = m_hostPeers.find(e.peer); it != m_hostPeers.end())
                    it->second.rtt = e.rtt;
            } else if constexpr (std::is_same_v<T, host::PeerDisconnected>) {
                onDisconnected(e, now);
            } else if constexpr (std::is_same_v<T, host::StreamOpened>) {
                onStreamOpened(e, now);
            } else if constexpr (std::is_same_v<T, host::StreamData>) {
                onStreamData(e, now);
            } else if constexpr (std::is_same_v<T, host::StreamClosed>) {
                // The peer will send nothing more on its stream: forget it (ours stays usable).
                for (auto& [peer, link] : m_links)
                    if (link.inbound == e.handle) {
                        link.inbound.reset();
                        link.decoder.reset();
                        break;
                    }
            } else if constexpr (std::is_same_v<T, host::StreamReset>) {
                onStreamGone(e.handle, now);
            }
        },
        event);
    flush(now);
}

void Node::onTimeout(TimePoint now)
{
    if (auto d = m_host.nextTimeout(); d && *d <= now)
        m_host.onTimeout(now);
    if (auto d = m_router->nextTimeout(); d && *d <= now)
        m_router->onTimeout(now);
    flush(now);
}

Deadline Node::nextTimeout() const
{
    return earliest(m_host.nextTimeout(), m_router->nextTimeout());
}

void Node::subscribe(const TopicId& topic, TimePoint now)
{
    m_router->subscribe(topic, now);
    flush(now);
}

void Node::unsubscribe(const TopicId& topic, TimePoint now)
{
    m_router->unsubscribe(topic, now);
    flush(now);
}

Result<gossipsub::MessageId> Node::publish(const TopicId& topic, const Bytes& data, TimePoint now)
{
    auto id = m_router->publish(topic, data, now);
    flush(now);
    return id;
}

Status Node::applyProfile(const gossipsub::GossipsubProfile& profile, TimePoint now)
{
    if (auto s = m_router->setParams(profile.gossipsub); !s)
        return s;
    if (profile.score.enabled()) {
        if (auto s = profile.score.validate(); !s)
            return s;
        if (auto s = profile.thresholds.validate(); !s)
            return s;
    }
    m_config.profile = profile;
    attachScoring(profile);
    flush(now);
    return {};
}

void Node::addDirectPeer(const PeerId& peer, std::vector<multiformats::Multiaddr> addrs, TimePoint now)
{
    m_directAddrs[peer] = std::move(addrs);
    m_router->addDirectPeer(peer);
    flush(now);
}

void Node::removeDirectPeer(const PeerId& peer, TimePoint now)
{
    m_directAddrs.erase(peer);
    m_router->removeDirectPeer(peer);
    flush(now);
}

bool Node::hasPubsubPeer(const PeerId& peer) const
{
    auto it = m_links.find(peer);
    return it != m_links.end() && it->second.outboundReady;
}

bool Node::sendRaw(const PeerId& peer, const pb::rpc::RPC& rpc, TimePoint now)
{
    auto it = m_links.find(peer);
    if (it == m_links.end() || !it->second.outboundReady || !it->second.outbound)
        return false;
    const Bytes frame = gossipsub::encodeFrame(rpc);
    if (!m_host.write(*it->second.outbound, frame, now))
        return false;
    auto& t = m_traffic[peer];
    t.bytesOut += frame.size();
    t.rpcsOut += 1;
    t.messagesOut += static_cast<std::uint64_t>(rpc.publish_size());
    m_hostCounters.bytesOut += frame.size();
    return true;
}

std::vector<PeerId> Node::pubsubPeers() const
{
    std::vector<PeerId> out;
    for (const auto& [peer, link] : m_links)
        if (link.outboundReady)
            out.push_back(peer);
    return out;
}

void Node::flush(TimePoint now)
{
    for (auto& out : m_router->pollOutgoing()) {
        auto it = m_links.find(out.peer);
        if (it == m_links.end() || !it->second.outboundReady || !it->second.outbound)
            continue; // the peer went away meanwhile
        const Bytes frame = gossipsub::encodeFrame(out.rpc);
        if (!m_host.write(*it->second.outbound, frame, now))
            continue;
        auto& t = m_traffic[out.peer];
        t.bytesOut += frame.size();
        t.rpcsOut += 1;
        t.messagesOut += static_cast<std::uint64_t>(out.rpc.publish_size());
        m_hostCounters.bytesOut += frame.size();
        if (m_rpcObserver)
            m_rpcObserver(out.peer, false, out.rpc, now);
    }
    for (auto& d : m_router->pollDeliveries())
        m_deliveries.push_back(std::move(d));
    drainRouterEvents();
}

void Node::drainRouterEvents()
{
    for (auto& ev : m_router->pollEvents()) {
        m_tally.apply(ev);
        if (auto* px = std::get_if<gossipsub::EvPxCandidates>(&ev.body); px && m_config.dialPx) {
            for (const auto& [peer, record] : px->peers) {
                if (m_links.count(peer) || peer == m_host.localPeer() || m_dials.size() >= m_config.maxDialRequests)
                    continue;
                auto verified = gossipsub::verifySignedPeerRecord(record);
                if (!verified || verified.value().peer != peer)
                    continue;
                DialRequest req{peer, {}, "px"};
                for (const auto& a : verified.value().addresses)
                    if (auto m = multiformats::Multiaddr::fromBytes(a); m && m.value().tcpEndpoint())
                        req.addrs.push_back(m.value().withoutPeerId().withPeerId(peer));
                if (!req.addrs.empty())
                    m_dials.push_back(std::move(req));
            }
        } else if (auto* dc = std::get_if<gossipsub::EvDirectConnect>(&ev.body)) {
            auto it = m_directAddrs.find(dc->peer);
            if (it != m_directAddrs.end() && !it->second.empty() && m_dials.size() < m_config.maxDialRequests)
                m_dials.push_back(DialRequest{dc->peer, it->second, "direct"});
        }
        if (m_events.size() >= m_config.maxQueuedEvents) {
            ++m_droppedEvents;
            continue;
        }
        m_events.push_back(std::move(ev));
    }
}

std::vector<gossipsub::Delivery> Node::pollDeliveries()
{
    return std::exchange(m_deliveries, {});
}

std::vector<gossipsub::RouterEvent> Node::pollEvents()
{
    return std::exchange(m_events, {});
}

std::vector<DialRequest> Node::pollDialRequests()
{
    std::vector<DialRequest> out(std::make_move_iterator(m_dials.begin()), std::make_move_iterator(m_dials.end()));
    m_dials.clear();
    return out;
}

trace::NodeSnapshot Node::snapshot(TimePoint now, std::uint64_t sequence, std::uint64_t droppedBatches,
                                   const std::vector<std::string>& listenAddrs) const
{
    const auto state = m_router->state(now);
    std::vector<gossipsub::PeerScoreBreakdown> scores;
    if (m_score)
        scores = m_score->breakdown(now);
    auto hostPeers = m_hostPeers;
    for (auto& [peer, info] : hostPeers)
        if (auto t = m_traffic.find(peer); t != m_traffic.end()) {
            info.bytesIn = t->second.bytesIn;
            info.bytesOut = t->second.bytesOut;
        }
    auto tallies = m_tally.tallies();
    for (auto& [peer, tally] : tallies)
        if (auto t = m_traffic.find(peer); t != m_traffic.end()) {
            tally.messagesOut = t->second.messagesOut;
            tally.rpcsIn = t->second.rpcsIn;
            tally.rpcsOut = t->second.rpcsOut;
        }
    trace::SnapshotInputs in;
    in.now = now;
    in.peerId = m_host.localPeer().toBase58();
    in.listenAddrs = listenAddrs;
    in.agent = m_host.config().agentVersion;
    in.router = &state;
    in.params = &m_router->params();
    if (m_score) {
        in.scores = &scores;
        in.scoreParams = &m_score->params();
        in.thresholds = &m_score->thresholds();
    }
    in.hostPeers = &hostPeers;
    in.tallies = &tallies;
    in.hostCounters = m_hostCounters;
    in.sequence = sequence;
    in.droppedBatches = droppedBatches;
    return trace::buildSnapshot(in);
}

} // namespace meshscope::node
