#pragma once
// GossipsubParams: the router's tunables (gossipsub v1.0/v1.1/v1.2 "overlay" and timing parameters).
// Each field names the spec parameter and its default. Defaults are the spec's where the spec gives
// one, go-libp2p-pubsub's otherwise (gossipsub.go `GossipSub*` variables).
//
// Deliberate differences from go-libp2p-pubsub:
// - Dlo defaults to 4 (the spec's D_low), go uses 5.
// - Periodic actions that go counts in heartbeats keep tick units (opportunisticGraftTicks,
//   directConnectTicks, backoffSlackTicks, idontwantMessageTTLTicks); everything else is a Duration.
// - idontwantMessageSizeThreshold is go's 1024 bytes; the spec gives no number and js-libp2p sends
//   IDONTWANT from 512 bytes (see /work/shared/INTEROP.md). Both interoperate: it is a local choice.
// - Host-level go knobs (Connectors, MaxPendingConnections, ConnectionTimeout) live in core/host.

#include "core/base/result.h"
#include "core/base/time.h"

#include <chrono>
#include <cstddef>

namespace meshscope::gossipsub {

using namespace std::chrono_literals;

struct GossipsubParams {
    // --- Mesh degree (spec v1.0 "Parameters", v1.1 "Overview of New Parameters") ---
    int D = 6;      // D: desired outbound degree of the mesh; spec default 6
    int Dlo = 4;    // D_low: lower bound for mesh degree; spec default 4 (go: 5)
    int Dhi = 12;   // D_high: upper bound for mesh degree; spec default 12
    int Dscore = 4; // D_score: peers kept by score when pruning for oversubscription; spec "4 or 5 for D 6"
    int Dout = 2;   // D_out: outbound peers kept in the mesh, < D_low and <= D/2; spec default 2
    int Dlazy = 6;  // D_lazy: minimum peers to emit gossip to per heartbeat; spec/go default 6 (= D)
    double gossipFactor = 0.25; // GossipFactor: share of non-mesh peers to gossip to, [0,1]; default 0.25

    // --- Message cache (spec v1.0 mcache_len / mcache_gossip) ---
    int historyLength = 5; // mcache_len: heartbeat windows of message history kept; default 5
    int historyGossip = 3; // mcache_gossip: windows advertised in IHAVE, <= historyLength; default 3

    // --- Timing ---
    Duration heartbeatInterval = 1s;        // heartbeat_interval: time between heartbeats; default 1 s
    Duration heartbeatInitialDelay = 100ms; // go HeartbeatInitialDelay: first heartbeat after start; 100 ms
    Duration fanoutTTL = 60s;               // fanout_ttl: drop fanout of unpublished topics after; 60 s
    Duration pruneBackoff = 60s;            // PruneBackoff: no re-GRAFT after a PRUNE for; spec 1 minute
    Duration unsubscribeBackoff = 10s;      // UnsubscribeBackoff: backoff sent when leaving a topic; 10 s
    Duration seenTTL = 120s;                // seen_ttl / go TimeCacheDuration: seen-message cache; go 120 s
    Duration iwantFollowupTime = 3s;        // go IWantFollowupTime: promise deadline for IWANT; 3 s
    Duration graftFloodThreshold = 10s;     // go GraftFloodThreshold: GRAFT sooner than this after PRUNE
                                            // is a flood (extra P7 penalty); 10 s
    Duration directConnectInitialDelay = 1s; // go DirectConnectInitialDelay: first direct-peer dial; 1 s

    // --- Periodic actions counted in heartbeats ---
    int opportunisticGraftTicks = 60; // go OpportunisticGraftTicks: heartbeats between opportunistic
                                      // grafts; spec recommends 1 minute; default 60
    int opportunisticGraftPeers = 2;  // go OpportunisticGraftPeers: peers grafted opportunistically; 2
    int backoffSlackTicks = 1;        // go backoff slack: extra heartbeats added to a received backoff; 1
    int directConnectTicks = 300;     // go DirectConnectTicks: heartbeats between direct-peer reconnects; 300
    int idontwantMessageTTLTicks = 3; // go IDontWantMessageTTL: heartbeats an IDONTWANT is remembered; 3

    // --- Peer exchange (spec v1.1 "PRUNE Backoff and Peer Exchange") ---
    int prunePeers = 16; // go PrunePeers: peers offered in PX on PRUNE; default 16
    bool doPX = false;   // go WithPeerExchange: send PX on PRUNE; off by default (bootstrappers only)

    // --- Publishing (spec v1.1 "Flood Publishing") ---
    bool floodPublish = true; // FloodPublish: publish to all peers above publishThreshold; default true

    // --- Gossip and IDONTWANT limits (spam protection) ---
    int maxIHaveLength = 5000;  // go MaxIHaveLength: max message ids in IHAVE per heartbeat per peer; 5000
    int maxIHaveMessages = 10;  // go MaxIHaveMessages: max IHAVE RPCs accepted per heartbeat per peer; 10
    int maxIDontWantLength = 10; // go MaxIDontWantLength: max IDONTWANT control messages per RPC; 10
    int maxIDontWantMessages = 1000; // go MaxIDontWantMessages: max remembered IDONTWANT ids per peer
                                     // per heartbeat window (bounds memory); 1000
    std::size_t idontwantMessageSizeThreshold = 1024; // go IDontWantMessageThreshold: send IDONTWANT
                                                      // for messages at least this big; 1024 bytes

    // --- Sizes ---
    std::size_t maxTransmissionSize = 1 << 20; // go DefaultMaxMessageSize: max RPC frame; 1 MiB
    std::size_t maxMessageSize = 1 << 20;      // largest single message data accepted/published;
                                               // <= maxTransmissionSize; 1 MiB

    // Checks the relations go-libp2p-pubsub and the spec require; the error names the field
    // (e.g. "Dlo must be <= D"). Call before handing params to the router.
    Status validate() const;

    bool operator==(const GossipsubParams&) const = default;
};

} // namespace meshscope::gossipsub
