// Router: publishing our own messages (spec v1.0 "Message Processing", v1.1 flood publishing,
// fanout) and forwarding validated messages to the mesh, direct and floodsub peers.
#include "core/gossipsub/router.h"

namespace meshscope::gossipsub {

namespace {
// Framing and RPC envelope bytes around one message: tag, length varint, RPC tag.
constexpr std::size_t kRpcOverhead = 16;
} // namespace

std::set<PeerId> Router::publishPeers(const TopicId& topic, TimePoint now)
{
    std::set<PeerId> out;
    const auto t = m_topics.find(topic);
    if (t == m_topics.end())
        return out;
    for (const auto& p : t->second) {
        const auto& info = m_peers.at(p);
        if (!isMeshsub(info) || m_direct.count(p))
            out.insert(p); // floodsub peers and direct peers get everything
        else if (m_params.floodPublish && scoreOf(p, now) >= m_gates.publishThreshold)
            out.insert(p);
    }
    if (m_params.floodPublish)
        return out;
    if (m_mySubs.count(topic)) {
        if (const auto m = m_mesh.find(topic); m != m_mesh.end())
            out.insert(m->second.begin(), m->second.end());
        return out;
    }
    // Not subscribed: publish to the fanout, creating it with D peers if needed.
    auto& fanout = m_fanout[topic];
    if (fanout.empty()) {
        std::vector<PeerId> candidates;
        for (const auto& p : t->second)
            if (isMeshsub(m_peers.at(p)) && !m_direct.count(p) && scoreOf(p, now) >= m_gates.publishThreshold)
                candidates.push_back(p);
        m_rng.shuffle(candidates);
        for (std::size_t i = 0; i < candidates.size() && static_cast<int>(i) < m_params.D; ++i)
            fanout.insert(candidates[i]);
    }
    m_lastPublish[topic] = now;
    out.insert(fanout.begin(), fanout.end());
    return out;
}

Result<MessageId> Router::publish(const TopicId& topic, const Bytes& data, TimePoint now)
{
    if (data.size() > m_params.maxMessageSize)
        return fail("message of " + std::to_string(data.size()) + " bytes exceeds maxMessageSize "
            + std::to_string(m_params.maxMessageSize));
    pb::rpc::Message m;
    m.set_data(std::string(data.begin(), data.end()));
    m.set_topic(topic);
    if (m_config.signPolicy != SignPolicy::StrictNoSign) {
        std::string seqno(8, '\0');
        const auto value = ++m_seqno;
        for (int i = 0; i < 8; ++i)
            seqno[static_cast<std::size_t>(i)] = static_cast<char>((value >> (8 * (7 - i))) & 0xff);
        m.set_from(std::string(m_config.self.bytes().begin(), m_config.self.bytes().end()));
        m.set_seqno(seqno);
    }
    if (policySigns(m_config.signPolicy)) {
        if (!m_config.key)
            return fail("the sign policy " + std::string(signPolicyName(m_config.signPolicy))
                + " needs a private key");
        signMessage(m, m_config.self, *m_config.key);
    }
    if (m.ByteSizeLong() + kRpcOverhead > m_params.maxTransmissionSize)
        return fail("message does not fit in maxTransmissionSize");
    MessageId id;
    messageId(m, id);
    if (m_seen.contains(id))
        return fail("duplicate message id (already published or seen)");
    if (const auto v = m_validators.find(topic);
        v != m_validators.end() && v->second(m_config.self, m) != ValidationResult::Accept)
        return fail("rejected by the local validator");
    m_seen.add(id, now);
    const MessagePtr body = std::make_shared<const pb::rpc::Message>(std::move(m));
    m_mcache.put(id, body);
    ++m_counters.published;
    record(now, [&] { return EvPublish { id, topic }; });
    for (const auto& peer : publishPeers(topic, now))
        queueMessage(peer, body, now);
    return id;
}

void Router::forward(const MessageId& id, const MessagePtr& body, const PeerId& from, TimePoint now)
{
    const pb::rpc::Message& message = *body;
    const auto& topic = message.topic();
    const auto t = m_topics.find(topic);
    if (t == m_topics.end())
        return;
    static const std::set<PeerId> kNoMesh;
    static const MeshView kNoView;
    const auto m = m_mesh.find(topic);
    const auto& mesh = m != m_mesh.end() ? m->second : kNoMesh;
    const auto& view = m != m_mesh.end() ? meshView(topic) : kNoView;
    // Floodsub and direct peers outside the mesh get everything too (looked for only when there are any);
    // kept in PeerId order like the mesh so that peers are visited in the same order as a merged set.
    std::vector<std::pair<const PeerId*, PeerInfo*>> extra;
    if (m_floodsubPeers > 0 || !m_direct.empty())
        for (const auto& p : t->second)
            if (!mesh.count(p) && (m_direct.count(p) || !isMeshsub(m_peers.at(p))))
                if (const auto it = m_peers.find(p); it != m_peers.end())
                    extra.emplace_back(&it->first, &it->second);
    const std::string_view origin = message.from();
    const std::uint64_t digest = idDigest(id);
    const std::uint64_t ttl = dontWantTtl();
    for (const auto& target : view.peers) // their IDONTWANT tables are read below: load them together
        target.second->dontWant.prefetch(digest);
    auto send = [&](const std::pair<const PeerId*, PeerInfo*>& target) {
        const auto& [peer, info] = target;
        if (*peer == from)
            return;
        const auto& bytes = peer->bytes();
        if (!origin.empty()
            && std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()) == origin)
            return; // never back to the origin
        if (info->dontWant.contains(digest, m_heartbeatTicks, ttl))
            return;
        queueMessage(*peer, *info, body, now);
    };
    auto a = view.peers.begin();
    auto b = extra.begin();
    while (a != view.peers.end() || b != extra.end()) {
        if (b == extra.end() || (a != view.peers.end() && *a->first < *b->first))
            send(*a++);
        else
            send(*b++);
    }
}

} // namespace meshscope::gossipsub
