// Router: handling of received control messages (spec v1.0 "Control Messages", v1.1 GRAFT/PRUNE
// backoff, spam protection, v1.2 IDONTWANT). Follows nim-libp2p's handleGraft/handlePrune/
// handleIHave/handleIWant rules and go's budgets.
#include "core/gossipsub/router.h"

#include <algorithm>

namespace meshscope::gossipsub {

namespace {
// go GossipSubGossipRetransmission: times one peer may ask for the same message via IWANT.
constexpr int kGossipRetransmission = 3;
// Longest backoff we obey from a PRUNE (nim clamps to one day; larger is hostile or a bug).
constexpr std::uint64_t kMaxPruneBackoffSeconds = 24 * 3600;
} // namespace

void Router::queueMessage(const PeerId& peer, const MessagePtr& message, TimePoint now)
{
    const auto it = m_peers.find(peer);
    if (it != m_peers.end()) {
        queueMessage(it->first, it->second, message, now);
        return;
    }
    auto& rpc = pending(peer); // not added (yet): copied into the RPC kept for it
    if (static_cast<std::size_t>(rpc.publish_size()) >= m_config.maxOutboundMessages) {
        ++m_counters.droppedRpcs;
        record(now, [&] { return EvDropRpc { peer, "outbound queue full" }; });
        return;
    }
    *rpc.add_publish() = *message;
    ++m_counters.forwarded;
}

void Router::queueMessage(const PeerId& peer, PeerInfo& info, const MessagePtr& message, TimePoint now)
{
    markQueued(peer, info); // shared messages: no RPC object needed
    if (static_cast<std::size_t>(info.pending.publish_size()) + info.pendingMessages.size()
        >= m_config.maxOutboundMessages) {
        ++m_counters.droppedRpcs;
        record(now, [&] { return EvDropRpc { peer, "outbound queue full" }; });
        return;
    }
    if (info.pendingMessages.capacity() == 0 && m_config.rpcPool)
        m_config.rpcPool->take(info.pendingMessages);
    info.pendingMessages.push_back(message); // shared: copied (if at all) when polled
    ++m_counters.forwarded;
}

void Router::handleControl(
    const PeerId& peer, PeerInfo& info, const pb::rpc::ControlMessage& control, TimePoint now)
{
    m_counters.ihaveReceived += static_cast<std::uint64_t>(control.ihave_size());
    m_counters.iwantReceived += static_cast<std::uint64_t>(control.iwant_size());
    m_counters.graftReceived += static_cast<std::uint64_t>(control.graft_size());
    m_counters.pruneReceived += static_cast<std::uint64_t>(control.prune_size());
    if (control.ihave_size() > 0) {
        m_ihaveEntries.clear();
        m_ihaveIds.clear();
        for (const auto& ihave : control.ihave()) {
            m_ihaveEntries.push_back({ ihave.topicid(), m_ihaveIds.size(), 0 });
            m_ihaveIds.insert(m_ihaveIds.end(), ihave.messageids().begin(), ihave.messageids().end());
            m_ihaveEntries.back().endId = m_ihaveIds.size();
        }
        handleIHave(peer, info, now);
    }
    if (control.iwant_size() > 0)
        handleIWant(peer, info, control, now);
    std::vector<TopicId> pruneBack;
    bool doPX = m_params.doPX;
    for (const auto& graft : control.graft())
        handleGraft(peer, info, graft, pruneBack, doPX, now);
    for (const auto& topic : pruneBack)
        sendPrune(peer, topic, doPX, m_params.pruneBackoff, now);
    for (const auto& prune : control.prune())
        handlePrune(peer, info, prune, now);
    if (control.idontwant_size() > 0)
        handleIDontWant(peer, info, control, now);
}

void Router::handleGraft(const PeerId& peer, PeerInfo& info, const pb::rpc::ControlGraft& graft,
    std::vector<TopicId>& pruneBack, bool& doPX, TimePoint now)
{
    const auto& topic = graft.topicid();
    // Unknown topic: ignored without a PRUNE (spam hardening; js and go do the same).
    if (!m_mySubs.count(topic))
        return;
    auto& mesh = m_mesh[topic];
    if (mesh.count(peer))
        return;
    auto refuse = [&](bool px) {
        if (!px)
            doPX = false;
        m_backoff.add(topic, peer, now + m_params.pruneBackoff);
        if (std::find(pruneBack.begin(), pruneBack.end(), topic) == pruneBack.end())
            pruneBack.push_back(topic);
    };
    // Direct peers are never in the mesh: refuse (no penalty, no PX).
    if (m_direct.count(peer)) {
        refuse(false);
        return;
    }
    // GRAFT during backoff: behaviour penalty, doubled when it comes right after our PRUNE.
    if (const auto expiry = m_backoff.expiry(topic, peer); expiry && now < *expiry) {
        penalize(peer, 1, "GRAFT during backoff", now);
        if (now < *expiry + m_params.graftFloodThreshold - m_params.pruneBackoff)
            penalize(peer, 1, "GRAFT flood", now);
        refuse(false);
        return;
    }
    // Negative score: refuse without PX.
    if (scoreOf(peer, info, now) < 0) {
        refuse(false);
        return;
    }
    // Mesh full: refuse inbound peers (outbound ones may exceed Dhi, to keep D_out).
    if (static_cast<int>(mesh.size()) >= m_params.Dhi && !info.outbound) {
        refuse(true);
        return;
    }
    addToMesh(topic, peer, now);
}

void Router::handlePrune(const PeerId& peer, PeerInfo&, const pb::rpc::ControlPrune& prune, TimePoint now)
{
    const auto& topic = prune.topicid();
    const auto mesh = m_mesh.find(topic);
    if (mesh == m_mesh.end())
        return;
    removeFromMesh(topic, peer, now);
    if (prune.has_backoff() && prune.backoff() > 0) {
        const auto seconds = std::min(prune.backoff(), kMaxPruneBackoffSeconds);
        m_backoff.add(topic, peer, now + std::chrono::seconds(seconds));
    } else {
        m_backoff.add(topic, peer, now + m_params.pruneBackoff);
    }
    if (prune.peers_size() > 0) {
        if (scoreOf(peer, now) < m_gates.acceptPXThreshold) {
            record(now, [&] { return EvThrottled { peer, "PX below acceptPXThreshold" }; });
            return;
        }
        acceptPx(peer, prune, now);
    }
}

bool Router::collectFlatIHave(std::string_view entries)
{
    m_ihaveEntries.clear();
    m_ihaveIds.clear();
    bool wellFormed = true;
    const bool listed = forEachFlatIHave(entries, [&](std::string_view topic, std::string_view ids) {
        m_ihaveEntries.push_back({ topic, m_ihaveIds.size(), 0 });
        wellFormed
            = forEachFlatField(ids, 2, [&](std::string_view id) { return m_ihaveIds.push_back(id), true; });
        m_ihaveEntries.back().endId = m_ihaveIds.size();
        return wellFormed;
    });
    return listed && wellFormed;
}

void Router::handleIHave(const PeerId& peer, PeerInfo& info, TimePoint now)
{
    if (scoreOf(peer, info, now) < m_gates.gossipThreshold)
        return;
    if (++info.ihaveReceived > m_params.maxIHaveMessages) {
        ++m_counters.throttled;
        record(now, [&] { return EvThrottled { peer, "IHAVE messages per heartbeat" }; });
        return;
    }
    if (info.iasked >= m_params.maxIHaveLength) {
        ++m_counters.throttled;
        record(now, [&] { return EvThrottled { peer, "IHAVE ids per heartbeat" }; });
        return;
    }
    // An IHAVE names dozens of ids, nearly all seen already, and each lookup misses the cache twice
    // (index slot, then entry) when the router is cold: ask for all of them first, so the misses
    // overlap instead of following one another.
    for (const std::string_view id : m_ihaveIds)
        m_seen.prefetchSlot(id);
    for (const std::string_view id : m_ihaveIds)
        m_seen.prefetchEntry(id);
    std::vector<MessageId> wanted;
    std::set<std::string_view> dedupe; // views into the RPC, which outlives this call
    for (const IHaveEntry& ihave : m_ihaveEntries) {
        if (!m_mySubs.count(ihave.topic))
            continue;
        for (std::size_t i = ihave.firstId; i < ihave.endId; ++i)
            if (!m_seen.contains(m_ihaveIds[i]) && dedupe.insert(m_ihaveIds[i]).second)
                wanted.emplace_back(m_ihaveIds[i]);
    }
    if (wanted.empty())
        return;
    const auto budget = static_cast<std::size_t>(m_params.maxIHaveLength - info.iasked);
    m_rng.shuffle(wanted);
    if (wanted.size() > budget)
        wanted.resize(budget);
    info.iasked += static_cast<int>(wanted.size());
    // Track one random id of the request as the peer's promise (go's gossipTracer).
    m_promises.add(peer, wanted[m_rng.below(wanted.size())], now + m_params.iwantFollowupTime);
    auto* iwant = pending(peer).mutable_control()->add_iwant();
    for (auto& id : wanted)
        iwant->add_messageids(std::move(id));
    ++m_counters.iwantSent;
}

// Serves at most maxIHaveLength messages per peer per heartbeat (nim has a smaller fixed
// IWantPeerBudget of 25; go has no per-heartbeat cap, only the retransmission limit).
void Router::handleIWant(
    const PeerId& peer, PeerInfo& info, const pb::rpc::ControlMessage& control, TimePoint now)
{
    if (scoreOf(peer, info, now) < m_gates.gossipThreshold)
        return;
    int retransmissionRefused = 0;
    for (const auto& iwant : control.iwant()) {
        for (const auto& id : iwant.messageids()) {
            if (info.iwantServed >= m_params.maxIHaveLength) {
                ++m_counters.throttled;
                record(now, [&] { return EvThrottled { peer, "IWANT budget" }; });
                return;
            }
            const auto [message, count] = m_mcache.getForPeer(id, peer);
            if (!message)
                continue;
            if (count > kGossipRetransmission) {
                ++retransmissionRefused;
                continue;
            }
            if (info.dontWant.contains(idDigest(id), m_heartbeatTicks, dontWantTtl()))
                continue;
            ++info.iwantServed;
            queueMessage(peer, *message, now);
        }
    }
    if (retransmissionRefused > 0) {
        ++m_counters.throttled;
        record(now, [&] { return EvThrottled { peer, "IWANT retransmission limit" }; });
    }
}

void Router::handleFlatIDontWant(const PeerId& peer, PeerInfo& info, std::string_view ids, TimePoint now)
{
    if (info.protocol < PubsubProtocol::Meshsub12)
        return;
    if (m_params.maxIDontWantLength < 1) { // its one entry is over the limit (as below)
        ++m_counters.throttled;
        record(now, [&] { return EvThrottled { peer, "IDONTWANT entries per RPC" }; });
        return;
    }
    forEachFlatId(ids, [&](std::string_view id) { return noteDontWant(peer, info, id, now); });
}

void Router::handleIDontWant(
    const PeerId& peer, PeerInfo& info, const pb::rpc::ControlMessage& control, TimePoint now)
{
    if (info.protocol < PubsubProtocol::Meshsub12)
        return;
    int entries = 0;
    for (const auto& idw : control.idontwant()) {
        if (++entries > m_params.maxIDontWantLength) {
            ++m_counters.throttled;
            record(now, [&] { return EvThrottled { peer, "IDONTWANT entries per RPC" }; });
            return;
        }
        for (const auto& id : idw.messageids())
            if (!noteDontWant(peer, info, id, now))
                return;
    }
}

bool Router::noteDontWant(const PeerId& peer, PeerInfo& info, std::string_view id, TimePoint now)
{
    if (info.idontwantReceived >= m_params.maxIDontWantMessages) {
        ++m_counters.throttled;
        record(now, [&] { return EvThrottled { peer, "IDONTWANT ids per heartbeat" }; });
        return false;
    }
    ++info.idontwantReceived;
    ++m_counters.idontwantReceived;
    info.dontWant.insert(idDigest(id), m_heartbeatTicks, dontWantTtl());
    return true;
}

} // namespace meshscope::gossipsub
