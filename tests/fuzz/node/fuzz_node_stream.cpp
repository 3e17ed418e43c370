// Fuzz target: hostile bytes on a peer's inbound pubsub stream, split into chunks of a size the
// input chooses, through Node::onHostEvent (framing, bounded early-RPC buffer, penalties, drop).
// Input: byte 0 = chunk size (0 means 1), the rest = stream bytes.
#include "core/gossipsub/presets.h"
#include "core/node/node.h"

#include <cstddef>
#include <cstdint>

using namespace meshscope;

namespace {
const host::PeerId& remotePeer()
{
    static const host::PeerId peer = [] {
        SeededRng rng(7);
        host::Host other(host::HostConfig{}, rng);
        return other.localPeer();
    }();
    return peer;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    // One node for the whole run (building a router per input is most of the cost); every input
    // is a fresh connection that ends disconnected, so no per-peer state may survive it.
    static SeededRng rng(1);
    static host::Host h(host::HostConfig{}, rng);
    static TimePoint now = fromNanos(1'000'000'000);
    static node::Node n(h, [] {
        node::NodeConfig cfg;
        cfg.profile = gossipsub::libp2pScoredPreset();
        return cfg;
    }(), rng, now);
    static host::ConnectionId connection = 0;
    ++connection;
    const auto& peer = remotePeer();
    const host::StreamHandle stream{connection, 3};
    const std::uint64_t badBefore = n.badFrames();
    n.onHostEvent(host::PeerConnected{connection, peer, host::Direction::Inbound,
                      multiformats::Multiaddr::fromString("/ip4/127.0.0.1/tcp/4001").value(), host::kYamuxProtocol},
        now);
    n.onHostEvent(host::StreamOpened{stream, peer, "/meshsub/1.1.0", host::Direction::Inbound}, now);
    const std::size_t chunk = data[0] == 0 ? 1 : data[0];
    for (std::size_t off = 1; off < size; off += chunk) {
        const std::size_t len = std::min(chunk, size - off);
        n.onHostEvent(host::StreamData{stream, Bytes(data + off, data + off + len)}, now);
        now += std::chrono::milliseconds(1);
    }
    if (n.badFrames() - badBefore > 1) // the first bad frame drops the stream: later bytes are ignored
        __builtin_trap();
    now += std::chrono::seconds(2);
    n.onTimeout(now);
    n.onHostEvent(host::StreamClosed{stream}, now);
    n.onHostEvent(host::PeerDisconnected{connection, peer, "done"}, now);
    if (!n.traffic().empty())
        __builtin_trap();
    (void)n.pollEvents();
    (void)n.pollDeliveries();
    return 0;
}
