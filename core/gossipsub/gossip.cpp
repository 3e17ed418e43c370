// Router: gossip emission (spec v1.0 "Gossip", v1.1 adaptive gossip with D_lazy and the gossip
// factor) and the control messages the router sends (GRAFT, PRUNE, IDONTWANT).
#include "core/gossipsub/router.h"

#include <algorithm>

namespace meshscope::gossipsub {

void Router::emitGossip(const TopicId& topic, const std::set<PeerId>& exclude, TimePoint now)
{
    auto ids = m_mcache.gossipIds(topic);
    if (ids.empty())
        return;
    const auto& subscribers = subscriberView(topic).peers; // empty exactly when m_topics has no entry
    if (subscribers.empty())
        return;
    std::vector<PeerId> peers;
    auto excluded = exclude.begin(); // both in PeerId order: walked together, no lookup per peer
    for (const auto& [peer, info] : subscribers) {
        while (excluded != exclude.end() && *excluded < *peer)
            ++excluded;
        if (excluded != exclude.end() && *excluded == *peer)
            continue;
        if (!m_direct.count(*peer) && isMeshsub(*info)
            && scoreOf(*peer, *info, now) >= m_gates.gossipThreshold)
            peers.push_back(*peer);
    }
    // go: target = max(Dlazy, int(gossipFactor * eligible)), truncating.
    const auto factor = static_cast<std::size_t>(m_params.gossipFactor * static_cast<double>(peers.size()));
    const auto target = std::max(static_cast<std::size_t>(std::max(0, m_params.Dlazy)), factor);
    m_rng.shuffle(peers);
    if (peers.size() > target)
        peers.resize(target);
    m_rng.shuffle(ids);
    const auto maxLength = static_cast<std::size_t>(std::max(0, m_params.maxIHaveLength));
    std::vector<const MessageId*> subset; // a peer's ids when there are more than maxLength
    for (const auto& peer : peers) {
        const std::vector<const MessageId*>* peerIds = &ids;
        if (ids.size() > maxLength) {
            subset = ids;
            m_rng.shuffle(subset); // a different random subset for each peer (as go does)
            subset.resize(maxLength);
            peerIds = &subset;
        }
        ++m_counters.ihaveSent;
        const auto entry = m_peers.find(peer); // gossip goes to connected peers only
        auto& rpc = pending(entry->first, entry->second);
        if (m_config.flatControl && queueFlatIHave(entry->second, rpc, topic, *peerIds))
            continue;
        auto* ihave = rpc.mutable_control()->add_ihave();
        ihave->set_topicid(topic);
        for (const MessageId* id : *peerIds)
            ihave->add_messageids(*id);
    }
}

bool Router::queueFlatIHave(
    PeerInfo& info, pb::rpc::RPC& rpc, const TopicId& topic, std::span<const MessageId* const> ids)
{
    std::string& flat = info.pendingIHave;
    const std::size_t entry = flatIHaveEntrySize(topic, ids);
    const bool protobufIHave = rpc.has_control() && rpc.control().ihave_size() > 0;
    if (!protobufIHave
        && flatRpcSize(FlatKind::IHave, flat.size() + flatFieldSize(entry)) <= m_params.maxTransmissionSize) {
        if (flat.empty() && m_config.rpcPool)
            m_config.rpcPool->take(flat);
        appendFlatIHave(flat, entry, topic, ids);
        return true;
    }
    // Too much for one RPC: the entries so far go into the pending RPC, which split() cuts up, and
    // this one follows them there, so the peer gets the entries in the order they were made.
    if (!flat.empty()) {
        (void)rpc.mutable_control()->MergeFromString(flat); // our own encoding: always parses
        flat.clear();
    }
    return false;
}

void Router::sendGraft(const PeerId& peer, const TopicId& topic)
{
    pending(peer).mutable_control()->add_graft()->set_topicid(topic);
    ++m_counters.graftSent;
}

void Router::sendPrune(const PeerId& peer, const TopicId& topic, bool doPX, Duration backoff, TimePoint now)
{
    auto* prune = pending(peer).mutable_control()->add_prune();
    prune->set_topicid(topic);
    ++m_counters.pruneSent;
    const auto it = m_peers.find(peer);
    if (it == m_peers.end() || it->second.protocol < PubsubProtocol::Meshsub11)
        return; // v1.0 peers know neither backoff nor PX
    prune->set_backoff(
        static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::seconds>(backoff).count()));
    if (doPX)
        addPx(*prune, peer, topic, now);
}

void Router::sendIDontWant(
    const MessageId& id, const TopicId& topic, const PeerId& from, const pb::rpc::Message& m)
{
    if (m.data().size() < m_params.idontwantMessageSizeThreshold)
        return;
    if (m_mesh.find(topic) == m_mesh.end())
        return;
    const auto& view = meshView(topic);
    for (const auto& [peer, info] : view.peers) // loaded together, not one miss after another
        prefetchSendState(*peer, *info);
    for (const auto& [peer, info] : view.peers) {
        if (info->protocol < PubsubProtocol::Meshsub12 || *peer == from)
            continue;
        ++m_counters.idontwantSent;
        std::string& flat = info->pendingDontWant;
        // Flat while it fits in one RPC (the protobuf form below is split when it does not).
        if (m_config.flatControl
            && flatRpcSize(FlatKind::IDontWant, flat.size() + flatFieldSize(id.size()))
                <= m_params.maxTransmissionSize) {
            if (flat.empty() && m_config.rpcPool)
                m_config.rpcPool->take(flat);
            appendFlatId(flat, id);
            markQueued(*peer, *info);
            continue;
        }
        auto* ctl = pending(*peer, *info).mutable_control();
        if (ctl->idontwant_size() == 0)
            ctl->add_idontwant();
        ctl->mutable_idontwant(0)->add_messageids(id);
    }
}

} // namespace meshscope::gossipsub
