// Router: peer exchange in PRUNE (spec v1.1 "PRUNE Backoff and Peer Exchange"). We offer peers
// with their signed records when we have them, and accept only entries whose signed peer record
// verifies and names the advertised peer.
#include "core/gossipsub/peerrecord.h"
#include "core/gossipsub/router.h"

namespace meshscope::gossipsub {

void Router::addPx(pb::rpc::ControlPrune& prune, const PeerId& pruned, const TopicId& topic, TimePoint now)
{
    const auto t = m_topics.find(topic);
    if (t == m_topics.end())
        return;
    std::vector<PeerId> candidates;
    for (const auto& p : t->second)
        if (p != pruned && isMeshsub(m_peers.at(p)) && scoreOf(p, now) >= 0)
            candidates.push_back(p);
    m_rng.shuffle(candidates);
    for (std::size_t i = 0; i < candidates.size() && static_cast<int>(i) < m_params.prunePeers; ++i) {
        auto* info = prune.add_peers();
        const auto& bytes = candidates[i].bytes();
        info->set_peerid(std::string(bytes.begin(), bytes.end()));
        if (const auto r = m_peerRecords.find(candidates[i]); r != m_peerRecords.end())
            info->set_signedpeerrecord(std::string(r->second.begin(), r->second.end()));
    }
}

void Router::acceptPx(const PeerId& peer, const pb::rpc::ControlPrune& prune, TimePoint now)
{
    EvPxCandidates event { peer, prune.topicid(), {} };
    std::size_t considered = 0;
    int refused = 0;
    for (const auto& info : prune.peers()) {
        if (++considered > m_config.maxPxPeers)
            break;
        if (!info.has_signedpeerrecord()) {
            ++refused;
            continue;
        }
        const auto& raw = info.signedpeerrecord();
        auto record = verifySignedPeerRecord(
            BytesView(reinterpret_cast<const std::uint8_t*>(raw.data()), raw.size()));
        if (!record
            || std::string(record->peer.bytes().begin(), record->peer.bytes().end()) != info.peerid()) {
            ++refused;
            continue;
        }
        if (record->peer == m_config.self || m_peers.count(record->peer))
            continue;
        event.peers.emplace_back(record->peer, Bytes(raw.begin(), raw.end()));
    }
    if (refused > 0)
        record(now, [&] {
            return EvDropRpc { peer,
                "PX entries without a valid signed peer record: " + std::to_string(refused) };
        });
    if (!event.peers.empty())
        record(now, [&] { return std::move(event); });
}

} // namespace meshscope::gossipsub
