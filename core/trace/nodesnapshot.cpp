// NodeSnapshot lookups and small classifications shared by every source.
#include "core/trace/nodesnapshot.h"

#include <algorithm>

namespace meshscope::trace {

const PeerSnapshot* NodeSnapshot::findPeer(const std::string& id) const
{
    auto it = std::lower_bound(peers.begin(), peers.end(), id,
                               [](const PeerSnapshot& p, const std::string& key) { return p.id < key; });
    if (it != peers.end() && it->id == id)
        return &*it;
    // Sources keep peers sorted; fall back to a scan for hand-built snapshots.
    for (const auto& p : peers)
        if (p.id == id)
            return &p;
    return nullptr;
}

const TopicSnapshot* NodeSnapshot::findTopic(const std::string& topic) const
{
    auto it = std::lower_bound(topics.begin(), topics.end(), topic,
                               [](const TopicSnapshot& t, const std::string& key) { return t.topic < key; });
    if (it != topics.end() && it->topic == topic)
        return &*it;
    for (const auto& t : topics)
        if (t.topic == topic)
            return &t;
    return nullptr;
}

TopicHealth classifyHealth(std::size_t meshSize, int Dlo, int Dhi)
{
    if (meshSize == 0)
        return TopicHealth::NoPeers;
    if (Dlo > 0 && meshSize < static_cast<std::size_t>(Dlo))
        return TopicHealth::Low;
    if (Dhi > 0 && meshSize > static_cast<std::size_t>(Dhi))
        return TopicHealth::AboveDhi;
    return TopicHealth::Healthy;
}

const char* healthName(TopicHealth health)
{
    switch (health) {
    case TopicHealth::NoPeers: return "no_peers";
    case TopicHealth::Low: return "low";
    case TopicHealth::Healthy: return "healthy";
    case TopicHealth::AboveDhi: return "above_dhi";
    }
    return "unknown";
}

const char* directionName(PeerDirection direction)
{
    switch (direction) {
    case PeerDirection::Unknown: return "unknown";
    case PeerDirection::Inbound: return "inbound";
    case PeerDirection::Outbound: return "outbound";
    }
    return "unknown";
}

std::string peerText(const gossipsub::PeerId& peer)
{
    return peer.toBase58();
}

std::string peerText(BytesView peerIdBytes)
{
    if (peerIdBytes.empty())
        return {};
    auto parsed = gossipsub::PeerId::fromBytes(peerIdBytes);
    if (parsed)
        return parsed->toBase58();
    return "0x" + toHex(peerIdBytes);
}

} // namespace meshscope::trace
