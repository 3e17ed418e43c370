#include "core/gossipsub/router.h"

#include "core/gossipsub/rpcframing.h"

#include <algorithm>
#include <utility>

namespace meshscope::gossipsub {

namespace {
// Largest message whose id handleRpc() computes before the graylist gate (a cache hint only).
constexpr std::size_t kEarlyIdMaxBytes = 4096;
} // namespace

Router::Router(RouterConfig config, GossipsubParams params, Rng& rng, TimePoint now)
    : m_config(std::move(config))
    , m_params(params)
    , m_rng(rng)
    , m_mcache(params.historyLength, params.historyGossip)
    , m_seen(params.seenTTL, m_config.seenCapacity)
    , m_promises(m_config.maxPromises)
    , m_nextHeartbeat(now + params.heartbeatInitialDelay)
{
    m_seqno = rng.next(); // like js, start from a random seqno so restarts do not repeat ids
}

Status Router::setParams(const GossipsubParams& params)
{
    if (auto status = params.validate(); !status)
        return status;
    m_params = params;
    m_mcache.resize(params.historyLength, params.historyGossip);
    m_seen.setTtl(params.seenTTL);
    return {};
}

void Router::setRawEvents(bool on)
{
    m_config.rawEvents = on;
}

void Router::setScoring(ScoreObserver* score, ScoreGates gates)
{
    m_score = score;
    m_gates = gates;
    for (auto& [peer, info] : m_peers) // handles are per scorer
        info.scoreHandle = m_score ? m_score->handle(peer) : ScoreHandle {};
}

double Router::scoreOf(const PeerId& peer, TimePoint now) const
{
    return m_score ? m_score->score(peer, now) : 0.0;
}

void Router::penalize(const PeerId& peer, int count, const std::string& reason, TimePoint now)
{
    ++m_counters.penalties;
    if (m_score)
        m_score->addPenalty(peer, count);
    record(now, [&] { return EvPenalty { peer, count, reason }; });
}

Router::PeerRef Router::addPeer(
    const PeerId& peer, PubsubProtocol protocol, bool outbound, const std::string& ip, TimePoint now)
{
    const auto [entry, added] = m_peers.try_emplace(peer);
    if (!added)
        return PeerRef(&*entry);
    ++m_meshGeneration;
    auto& info = entry->second;
    if (auto other = m_pendingOther.find(peer); other != m_pendingOther.end()) { // queued before it was added
        pending(entry->first, info) = std::move(other->second);
        m_pendingOther.erase(other);
    }
    info.protocol = protocol;
    if (!isMeshsub(info))
        ++m_floodsubPeers;
    info.outbound = outbound;
    info.ip = ip;
    if (m_score) {
        m_score->addPeer(peer, now);
        if (!ip.empty())
            m_score->setPeerIp(peer, ip);
        info.scoreHandle = m_score->handle(peer);
    }
    record(now, [&] { return EvAddPeer { peer, protocol }; });
    // Hello: our subscriptions (spec: sent on stream open).
    if (!m_mySubs.empty()) {
        auto& rpc = pending(peer);
        for (const auto& topic : m_mySubs) {
            auto* sub = rpc.add_subscriptions();
            sub->set_subscribe(true);
            sub->set_topicid(topic);
        }
    }
    return PeerRef(&*entry);
}

Router::PeerRef Router::peerRef(const PeerId& peer)
{
    const auto it = m_peers.find(peer);
    return it == m_peers.end() ? PeerRef() : PeerRef(&*it);
}

void Router::removePeer(const PeerId& peer, TimePoint now)
{
    const auto it = m_peers.find(peer);
    if (it == m_peers.end())
        return;
    ++m_meshGeneration; // its PeerInfo goes: no MeshView may point at it
    ++m_peerRemovals;
    for (const auto& topic : it->second.topics) {
        auto t = m_topics.find(topic);
        if (t != m_topics.end()) {
            t->second.erase(peer);
            if (t->second.empty())
                m_topics.erase(t);
        }
    }
    for (auto& entry : m_mesh) {
        const TopicId& topic = entry.first; // not a structured binding: lambdas capture it (clang 14)
        if (entry.second.erase(peer)) {
            if (m_score)
                m_score->prune(peer, topic, now);
            record(now, [&] { return EvPrune { peer, topic }; });
        }
    }
    for (auto& [topic, peers] : m_fanout)
        peers.erase(peer);
    if (!isMeshsub(it->second))
        --m_floodsubPeers;
    std::erase_if(m_queued, [&](const auto& q) { return q.second == &it->second; });
    m_peers.erase(it);
    m_pendingOther.erase(peer);
    m_promises.removePeer(peer);
    if (m_score)
        m_score->removePeer(peer, now);
    record(now, [&] { return EvRemovePeer { peer }; });
}

Status Router::handleFrame(const PeerId& peer, BytesView body, TimePoint now)
{
    auto rpc = decodeRpc(body, m_params.maxTransmissionSize);
    if (!rpc) {
        ++m_counters.droppedRpcs;
        record(now, [&] { return EvDropRpc { peer, rpc.error().message }; });
        penalize(peer, 1, "malformed RPC", now);
        return rpc.error();
    }
    return handleRpc(peer, *rpc, now);
}

Status Router::handleRpc(const PeerId& peer, const pb::rpc::RPC& rpc, TimePoint now)
{
    return handleRpc(peer, rpc, {}, now);
}

Status Router::handleRpc(
    const PeerId& peer, const pb::rpc::RPC& rpc, std::span<const MessagePtr> shared, TimePoint now)
{
    const auto it = m_peers.find(peer);
    if (it == m_peers.end())
        return fail("RPC from a peer that was not added");
    return handleRpc(PeerRef(&*it), rpc, shared, now);
}

void Router::prefetch(PeerRef from) const
{
    // The entry's key and the PeerInfo fields every RPC reads (they come first: see PeerInfo).
    const auto* bytes = reinterpret_cast<const char*>(from.m_entry);
    __builtin_prefetch(bytes);
    __builtin_prefetch(bytes + 64);
    __builtin_prefetch(bytes + 128);
}

Status Router::handleRpc(
    PeerRef from, const pb::rpc::RPC& rpc, std::span<const MessagePtr> shared, TimePoint now)
{
    // A copy: a validator may remove the peer (re-entrantly), and its entry with it.
    const PeerId peer = from.m_entry->first;
    auto& info = from.m_entry->second;
    if (m_score) // the graylist gate below reads its scoring state: asked for now, the misses overlap
        m_score->prefetch(info.scoreHandle);
    // The first message's seen-cache lookup misses twice (index slot, then entry) when the router is
    // cold, as is the score below: its id is computed now and both lines are asked for early, so
    // the misses overlap instead of following one another. Only for small messages: a graylisted
    // peer's big ones are dropped below without hashing them.
    const pb::rpc::Message* first = nullptr; // the message handled first (publish before shared)
    if (rpc.publish_size() > 0)
        first = &rpc.publish(0);
    else if (!shared.empty())
        first = shared.front().get();
    if (first && first->data().size() > kEarlyIdMaxBytes)
        first = nullptr;
    if (first) {
        messageId(*first, m_arrivalId);
        m_seen.prefetchSlot(m_arrivalId);
    }
    const auto size = [&] {
        std::size_t bytes = rpc.ByteSizeLong();
        for (const auto& m : shared)
            bytes += publishEntrySize(*m);
        return bytes;
    };
    if (!admitRpc(peer, info, size, now))
        return {};
    if (first)
        m_seen.prefetchEntry(m_arrivalId);
    bool idKnown = first != nullptr; // for the first handleMessage() call only (its message is `first`)
    handleSubscriptions(peer, info, rpc, now);
    // When a validator removed `peer`, its PeerInfo went with it: stop (and if it was added again, its
    // score handle is read again).
    const std::uint64_t removals = m_peerRemovals;
    ScoreHandle fromScore = info.scoreHandle;
    const auto stillThere = [&] {
        if (m_peerRemovals == removals)
            return true;
        const auto it = m_peers.find(peer);
        if (it == m_peers.end())
            return false;
        fromScore = it->second.scoreHandle;
        return true;
    };
    for (const auto& message : rpc.publish()) {
        handleMessage(peer, fromScore, message, nullptr, now, std::exchange(idKnown, false));
        if (!stillThere())
            return {};
    }
    for (const auto& message : shared) {
        handleMessage(peer, fromScore, *message, &message, now, std::exchange(idKnown, false));
        if (!stillThere())
            return {};
    }
    if (rpc.has_control() && isMeshsub(info))
        handleControl(peer, info, rpc.control(), now);
    return {};
}

Status Router::handleFlatRpc(PeerRef from, FlatKind kind, std::string_view bytes, TimePoint now)
{
    const PeerId& peer = from.m_entry->first; // nothing here removes the peer
    auto& info = from.m_entry->second;
    if (m_score)
        m_score->prefetch(info.scoreHandle);
    // Where its (usually only) id goes in the peer's IDONTWANT set, asked for before the checks.
    bool first = true;
    const auto prefetchFirst = [&](std::string_view id) {
        if (std::exchange(first, false))
            info.dontWant.prefetch(idDigest(id));
        return true;
    };
    const bool wellFormed = kind == FlatKind::IDontWant ? forEachFlatId(bytes, prefetchFirst)
                                                        : kind == FlatKind::IHave && collectFlatIHave(bytes);
    if (!wellFormed) { // as handleFrame(): nothing applied
        ++m_counters.droppedRpcs;
        record(now, [&] { return EvDropRpc { peer, "malformed flat RPC" }; });
        penalize(peer, 1, "malformed RPC", now);
        return fail("malformed flat RPC");
    }
    if (!admitRpc(
            peer, info, [&] { return flatRpcSize(kind, bytes.size()); }, now)
        || !isMeshsub(info))
        return {};
    if (kind == FlatKind::IDontWant) {
        handleFlatIDontWant(peer, info, bytes, now);
    } else { // as handleControl() does with an RPC of IHAVEs
        m_counters.ihaveReceived += m_ihaveEntries.size();
        if (!m_ihaveEntries.empty())
            handleIHave(peer, info, now);
    }
    return {};
}

void Router::handleSubscriptions(const PeerId& peer, PeerInfo& info, const pb::rpc::RPC& rpc, TimePoint now)
{
    std::size_t processed = 0;
    for (const auto& sub : rpc.subscriptions()) {
        if (++processed > m_config.maxSubscriptionsPerRpc) {
            ++m_counters.throttled;
            record(now, [&] { return EvThrottled { peer, "subscriptions per RPC" }; });
            break;
        }
        const auto& topic = sub.topicid();
        if (sub.subscribe()) {
            if (info.topics.count(topic))
                continue;
            if (info.topics.size() >= m_config.maxPeerTopics) {
                ++m_counters.throttled;
                record(now, [&] { return EvThrottled { peer, "peer topic limit" }; });
                continue;
            }
            info.topics.insert(topic);
            m_topics[topic].insert(peer);
            ++m_meshGeneration; // subscriber views
            record(now, [&] { return EvPeerSubscribed { peer, topic, true }; });
        } else {
            if (!info.topics.erase(topic))
                continue;
            ++m_meshGeneration; // subscriber views
            auto t = m_topics.find(topic);
            if (t != m_topics.end()) {
                t->second.erase(peer);
                if (t->second.empty())
                    m_topics.erase(t);
            }
            if (auto m = m_mesh.find(topic); m != m_mesh.end() && m->second.count(peer))
                removeFromMesh(topic, peer, now);
            if (auto f = m_fanout.find(topic); f != m_fanout.end())
                f->second.erase(peer);
            record(now, [&] { return EvPeerSubscribed { peer, topic, false }; });
        }
    }
}

void Router::subscribe(const TopicId& topic, TimePoint now)
{
    if (!m_mySubs.insert(topic).second)
        return;
    for (const auto& [peer, info] : m_peers) {
        auto* sub = pending(peer).add_subscriptions();
        sub->set_subscribe(true);
        sub->set_topicid(topic);
    }
    record(now, [&] { return EvJoin { topic }; });
    // Join (spec): start from fanout peers, fill up to D from other topic peers.
    auto& mesh = m_mesh[topic];
    if (auto f = m_fanout.find(topic); f != m_fanout.end()) {
        for (const auto& peer : f->second)
            if (static_cast<int>(mesh.size()) < m_params.D && scoreOf(peer, now) >= 0
                && !m_backoff.has(topic, peer) && !m_direct.count(peer))
                addToMesh(topic, peer, now);
        m_fanout.erase(f);
        m_lastPublish.erase(topic);
    }
    if (static_cast<int>(mesh.size()) < m_params.D) {
        auto candidates = meshCandidates(topic, now, [](const PeerId&, const PeerInfo&) { return true; });
        m_rng.shuffle(candidates);
        for (const auto& peer : candidates) {
            if (static_cast<int>(mesh.size()) >= m_params.D)
                break;
            addToMesh(topic, peer, now);
        }
    }
    for (const auto& peer : mesh)
        sendGraft(peer, topic);
}

void Router::unsubscribe(const TopicId& topic, TimePoint now)
{
    if (!m_mySubs.erase(topic))
        return;
    for (const auto& [peer, info] : m_peers) {
        auto* sub = pending(peer).add_subscriptions();
        sub->set_subscribe(false);
        sub->set_topicid(topic);
    }
    record(now, [&] { return EvLeave { topic }; });
    if (auto m = m_mesh.find(topic); m != m_mesh.end()) {
        const auto peers = m->second;
        for (const auto& peer : peers) {
            removeFromMesh(topic, peer, now);
            sendPrune(peer, topic, m_params.doPX, m_params.unsubscribeBackoff, now);
            m_backoff.add(topic, peer, now + m_params.unsubscribeBackoff);
        }
        m_mesh.erase(topic);
        ++m_meshGeneration;
    }
    m_meshViews.erase(topic);
    m_health.erase(topic);
}

void Router::addDirectPeer(const PeerId& peer)
{
    m_direct.insert(peer);
}

void Router::removeDirectPeer(const PeerId& peer)
{
    m_direct.erase(peer);
}

void Router::setPeerRecord(const PeerId& peer, Bytes signedEnvelope)
{
    if (signedEnvelope.empty())
        m_peerRecords.erase(peer);
    else
        m_peerRecords[peer] = std::move(signedEnvelope);
}

void Router::setValidator(const TopicId& topic, Validator validator)
{
    if (validator)
        m_validators[topic] = std::move(validator);
    else
        m_validators.erase(topic);
}

void Router::setAsyncValidation(const TopicId& topic, bool async)
{
    if (async)
        m_asyncTopics.insert(topic);
    else
        m_asyncTopics.erase(topic);
}

void Router::onTimeout(TimePoint now)
{
    if (m_score) {
        const auto due = m_score->nextTimeout();
        if (due && *due <= now)
            m_score->refresh(now);
    }
    if (now >= m_nextHeartbeat) {
        heartbeat(now);
        m_nextHeartbeat += m_params.heartbeatInterval;
        if (m_nextHeartbeat <= now) // far behind (suspended driver): skip missed beats
            m_nextHeartbeat = now + m_params.heartbeatInterval;
    }
}

Deadline Router::nextTimeout() const
{
    Deadline next = m_nextHeartbeat;
    if (m_score)
        next = earliest(next, m_score->nextTimeout());
    return next;
}

} // namespace meshscope::gossipsub
