#pragma once
// Node: one gossipsub Router (+ optional PeerScore) bound to one host::Host. Sans-IO: the driver
// (core/qt NodeHost, tests) owns the Host's sockets and timers, hands every HostEvent it drains
// to onHostEvent(), calls onTimeout() at nextTimeout(), and then writes the Host's output.
//
// What it does:
// - serves /meshsub/1.2.0, /meshsub/1.1.0, /meshsub/1.0.0 and /floodsub/1.0.0 (only the ids in
//   NodeConfig::protocols are registered with the host, so identify lists exactly what we serve);
// - opens ONE outbound pubsub stream per peer (ids tried in NodeConfig::protocols order) when
//   identify lists a pubsub id or when the peer opened a pubsub stream to us; the negotiated id,
//   the connection direction and the remote IP go to Router::addPeer;
// - decodes uvarint-length-prefixed RPC frames from the peer's inbound stream (one per peer; a
//   newer one resets the older, as go does) with the router's maxTransmissionSize: an oversized or
//   malformed frame resets that stream and counts a behaviour penalty event;
// - writes Router::pollOutgoing() as frames on the outbound stream; removePeer when the outbound
//   stream or the connection carrying it goes;
// - surfaces deliveries, router events, dial requests (verified PX records, direct peers) and
//   per-peer traffic counters for snapshots.
// Signing key = host identity; sign policy and message id function from NodeConfig.

#include "core/base/bytes.h"
#include "core/base/result.h"
#include "core/base/rng.h"
#include "core/base/time.h"
#include "core/gossipsub/paramsjson.h"
#include "core/gossipsub/peerscore.h"
#include "core/gossipsub/peerscoreobserver.h"
#include "core/gossipsub/router.h"
#include "core/gossipsub/rpcframing.h"
#include "core/host/host.h"
#include "core/trace/nodesnapshot.h"
#include "core/trace/routertracer.h"
#include "core/trace/snapshotbuilder.h"

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace meshscope::node {

using gossipsub::PeerId;
using gossipsub::TopicId;

struct NodeConfig {
    gossipsub::GossipsubProfile profile;             // router params, score params (scoring when enabled()), thresholds
    gossipsub::SignPolicy signPolicy = gossipsub::SignPolicy::StrictSign; // publish/accept policy
    gossipsub::MsgIdFunction msgId = gossipsub::MsgIdFunction::Go;        // message id function
    std::vector<gossipsub::PubsubProtocol> protocols{gossipsub::PubsubProtocol::Meshsub12,
        gossipsub::PubsubProtocol::Meshsub11, gossipsub::PubsubProtocol::Meshsub10,
        gossipsub::PubsubProtocol::Floodsub};        // served, and proposed in this order
    bool dialPx = true;                              // turn verified PX candidates into dial requests
    std::size_t maxDialRequests = 256;               // queued dial requests before dropping new ones
    std::size_t maxQueuedEvents = 1u << 16;          // router events kept for pollEvents() before dropping
};

// Pubsub traffic with one peer (RPC frames on its pubsub streams).
struct PeerTraffic {
    std::uint64_t bytesIn = 0, bytesOut = 0;       // frame bytes incl. length prefixes
    std::uint64_t rpcsIn = 0, rpcsOut = 0;         // RPCs
    std::uint64_t messagesIn = 0, messagesOut = 0; // published messages inside those RPCs
    std::uint64_t badFrames = 0;                   // oversized or malformed frames received
};

// A peer the driver should dial (PX candidate or direct peer).
struct DialRequest {
    PeerId peer;                                 // who
    std::vector<multiformats::Multiaddr> addrs;  // where (with /p2p/<peer>)
    std::string why;                             // "px" or "direct"
};

// Called with every RPC received (received=true) or written to a peer, with its contents.
using RpcObserver = std::function<void(const PeerId& peer, bool received, const pb::rpc::RPC& rpc, TimePoint now)>;

class Node {
public:
    // `host` and `rng` must outlive the node. Registers the pubsub protocols with the host.
    Node(host::Host& host, NodeConfig config, Rng& rng, TimePoint now);
    ~Node();
    Node(const Node&) = delete;
    Node& operator=(const Node&) = delete;

    // Call with every event drained from Host::pollEvent() (after the host's own handling).
    void onHostEvent(const host::HostEvent& event, TimePoint now);
    // Call when nextTimeout() has passed (fires the host's and the router's timers as due).
    void onTimeout(TimePoint now);
    // The earliest of the host's, router's and scoring's deadlines.
    Deadline nextTimeout() const;

    // Joins `topic`.
    void subscribe(const TopicId& topic, TimePoint now);
    // Leaves `topic`.
    void unsubscribe(const TopicId& topic, TimePoint now);
    // Publishes `data` on `topic`; the message id, or why not.
    Result<gossipsub::MessageId> publish(const TopicId& topic, const Bytes& data, TimePoint now);
    // Applies a new profile (router params, score params and thresholds) to the running node.
    Status applyProfile(const gossipsub::GossipsubProfile& profile, TimePoint now);
    // Direct peers: the router always forwards to them; EvDirectConnect asks to dial `addrs`.
    void addDirectPeer(const PeerId& peer, std::vector<multiformats::Multiaddr> addrs, TimePoint now);
    void removeDirectPeer(const PeerId& peer, TimePoint now);
    // Writes `rpc` as-is on the peer's pubsub stream, bypassing the router (test and sandbox
    // peers that misbehave on purpose); false when the peer has no ready stream.
    bool sendRaw(const PeerId& peer, const pb::rpc::RPC& rpc, TimePoint now);
    // Peers with a ready pubsub stream.
    std::vector<PeerId> pubsubPeers() const;
    // Observes every RPC with its contents (for go trace RPC meta); empty function removes it.
    void setRpcObserver(RpcObserver observer) { m_rpcObserver = std::move(observer); }

    // Validated messages for the application.
    std::vector<gossipsub::Delivery> pollDeliveries();
    // Router events since the last poll (bounded; see droppedEvents()).
    std::vector<gossipsub::RouterEvent> pollEvents();
    // Peers to dial.
    std::vector<DialRequest> pollDialRequests();

    // A snapshot of everything known, for observers. Call on the node's thread.
    trace::NodeSnapshot snapshot(TimePoint now, std::uint64_t sequence, std::uint64_t droppedBatches,
                                 const std::vector<std::string>& listenAddrs) const;

    host::Host& host() { return m_host; }
    gossipsub::Router& router() { return *m_router; }
    const gossipsub::Router& router() const { return *m_router; }
    // Scoring, or nullptr when the profile has it disabled.
    const gossipsub::PeerScore* score() const { return m_score.get(); }
    const NodeConfig& config() const { return m_config; }
    // Traffic per peer with a pubsub stream (kept while connected).
    const std::map<PeerId, PeerTraffic>& traffic() const { return m_traffic; }
    // Peers the router knows (pubsub stream negotiated).
    bool hasPubsubPeer(const PeerId& peer) const;
    // Router events dropped because pollEvents() was not called often enough.
    std::uint64_t droppedEvents() const { return m_droppedEvents; }
    // Frames refused (oversized or malformed) since start.
    std::uint64_t badFrames() const { return m_badFrames; }

private:
    struct PeerLink {
        std::optional<host::StreamHandle> outbound;   // our stream (negotiated or negotiating)
        bool outboundReady = false;                   // negotiated and added to the router
        std::optional<host::StreamHandle> inbound;    // the peer's stream to us
        std::unique_ptr<gossipsub::FrameDecoder> decoder; // frames of `inbound`
        std::vector<pb::rpc::RPC> early;              // RPCs received before `outbound` was ready (bounded)
    };
    struct ConnInfo {
        PeerId peer;                          // remote peer
        host::Direction direction = host::Direction::Inbound; // who dialed
        std::string address;                  // remote multiaddr text
        std::string ip;                       // remote ip text
    };

    // nodestreams.cpp
    void onConnected(const host::PeerConnected& e);
    void onIdentified(const host::PeerIdentified& e, TimePoint now);
    void onDisconnected(const host::PeerDisconnected& e, TimePoint now);
    void onStreamOpened(const host::StreamOpened& e, TimePoint now);
    void onStreamData(const host::StreamData& e, TimePoint now);
    void onStreamGone(host::StreamHandle handle, TimePoint now);
    void openOutbound(const PeerId& peer, TimePoint now);
    void dropPeerStreams(const PeerId& peer, TimePoint now);
    // node.cpp
    void flush(TimePoint now);
    void drainRouterEvents();
    void attachScoring(const gossipsub::GossipsubProfile& profile);
    std::vector<std::string> protocolIds() const;
    std::optional<gossipsub::PubsubProtocol> protocolOf(const std::string& id) const;

    host::Host& m_host;                                     // the libp2p host (driven by the caller)
    NodeConfig m_config;                                    // configuration (profile kept current)
    std::unique_ptr<gossipsub::Router> m_router;            // the gossipsub router
    std::unique_ptr<gossipsub::PeerScore> m_score;          // scoring, when enabled
    std::unique_ptr<gossipsub::PeerScoreObserver> m_scoreObserver; // adapter for the router
    std::map<PeerId, PeerLink> m_links;                     // pubsub streams per peer
    std::map<host::ConnectionId, ConnInfo> m_conns;         // upgraded connections
    std::map<PeerId, trace::HostPeerInfo> m_hostPeers;      // identify / ping bookkeeping
    std::map<PeerId, PeerTraffic> m_traffic;                // pubsub traffic per peer
    std::map<PeerId, std::vector<multiformats::Multiaddr>> m_directAddrs; // direct peers' addresses
    trace::RouterEventTally m_tally;                        // per-peer tallies for snapshots
    std::vector<gossipsub::RouterEvent> m_events;           // router events not yet polled
    std::vector<gossipsub::Delivery> m_deliveries;          // deliveries not yet polled
    std::deque<DialRequest> m_dials;                        // dial requests not yet polled
    RpcObserver m_rpcObserver;                              // optional RPC contents observer
    trace::HostCounters m_hostCounters;                     // connection and byte totals
    std::uint64_t m_droppedEvents = 0;                      // events over maxQueuedEvents
    std::uint64_t m_badFrames = 0;                          // refused frames
};

// The IP text of a transport multiaddr (/ip4/A/... or /ip6/A/...), empty if none.
std::string ipOf(const multiformats::Multiaddr& addr);

} // namespace meshscope::node
