#pragma once
// NodeSnapshot: a value-type copy of everything one gossipsub node knows at one instant, the unit
// every view consumes (ARCHITECTURE.md rule 3). A live node builds it from its Router, PeerScore and
// host bookkeeping (snapshotbuilder.h: buildSnapshot); a recording rebuilds it by folding trace
// events (SnapshotBuilder); a simulation builds it per node. No Qt, std types only, cheap to copy
// across threads (no pointers into engine state).
//
// Conventions:
// - Peer ids are text: base58 (PeerId::toBase58) for valid ids, "0x<hex>" for bytes that do not
//   parse as a peer id (possible in foreign recordings). Message ids are raw bytes in a std::string.
// - Lists are sorted (peers by id, topics by name, mesh/fanout/gossip lists by id) so two snapshots
//   of the same state compare equal and views can merge rows.
// - Score components follow gossipsub::PeerScore::breakdown(): p1..p4 per topic are weighted
//   (wᵢ·Pᵢ) before the topic weight; the peer-level p1..p4 are the sums over topics of
//   topicWeight·wᵢ·Pᵢ (what actually enters the score, before TopicScoreCap).
// - Fields a source cannot know stay at their defaults (a recording has no RTT, no score
//   components unless the extension events carry them, no parameters unless given).

#include "core/base/time.h"
#include "core/gossipsub/params.h"
#include "core/gossipsub/peerscore.h"
#include "core/gossipsub/router.h"
#include "core/gossipsub/scoreparams.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace meshscope::trace {

// Who opened the connection to a peer.
enum class PeerDirection { Unknown, Inbound, Outbound };

// Mesh health of one topic, in the order of the nim-libp2p / Lighthouse mesh metrics.
// "Under Dout" is orthogonal (a healthy mesh may lack outbound peers): TopicSnapshot::underDout.
enum class TopicHealth { NoPeers, Low, Healthy, AboveDhi };

// Score components of one peer. Weighted values; see the header comment.
struct ScoreComponents {
    double total = 0;                 // the score
    double p1 = 0;                    // Σ topicWeight·w₁·P₁ time in mesh
    double p2 = 0;                    // Σ topicWeight·w₂·P₂ first message deliveries
    double p3 = 0;                    // Σ topicWeight·w₃·P₃ mesh delivery deficit
    double p3b = 0;                   // Σ topicWeight·w₃b·P₃b mesh failure penalty
    double p4 = 0;                    // Σ topicWeight·w₄·P₄ invalid messages
    double p5 = 0;                    // w₅·P₅ application-specific
    double p6 = 0;                    // w₆·P₆ IP colocation
    double p7 = 0;                    // w₇·P₇ behaviour penalty
    double behaviourPenalty = 0;      // P7 counter (raw, decayed), derived from p7 and the params
    std::vector<gossipsub::TopicScoreBreakdown> topics; // per-topic P1..P4 with raw counters
    bool known = false;               // the source had score data for this peer

    bool operator==(const ScoreComponents&) const = default;
};

struct PeerSnapshot {
    std::string id;                        // peer id text
    std::string address;                   // remote transport multiaddr (no /p2p/), if known
    std::string agent;                     // identify agentVersion
    std::vector<std::string> protocols;    // identify protocols
    PeerDirection direction = PeerDirection::Unknown; // who dialed
    std::string pubsubProtocol;            // negotiated pubsub protocol id ("/meshsub/1.1.0"), empty if none
    std::optional<Duration> rtt;           // last ping round trip
    std::uint64_t bytesIn = 0;             // bytes received (host level, or RPC sizes from a trace)
    std::uint64_t bytesOut = 0;            // bytes sent
    std::uint64_t rpcsIn = 0;              // pubsub RPCs received
    std::uint64_t rpcsOut = 0;             // pubsub RPCs sent
    std::uint64_t messagesIn = 0;          // pubsub messages received (inside RPCs)
    std::uint64_t messagesOut = 0;         // pubsub messages sent
    std::vector<std::string> topics;       // its subscriptions, sorted
    bool connected = true;                 // false while only retained by scoring
    bool direct = false;                   // configured direct peer
    std::string ip;                        // remote ip
    ScoreComponents score;                 // score and every component
    std::uint64_t brokenPromises = 0;      // IWANT promises it broke
    std::uint64_t penalties = 0;           // P7 penalty events applied

    bool operator==(const PeerSnapshot&) const = default;
};

struct TopicSnapshot {
    std::string topic;                   // topic name
    bool subscribed = false;             // we are subscribed
    std::vector<std::string> mesh;       // our mesh peers
    std::vector<std::string> fanout;     // fanout peers (publishing without subscribing)
    std::vector<std::string> gossip;     // non-mesh peers eligible for gossip
    std::vector<std::string> peers;      // every peer subscribed to it
    int D = 0, Dlo = 0, Dhi = 0, Dout = 0; // the degree band in force
    int outboundInMesh = 0;              // mesh peers we dialed (-1 when unknown)
    TopicHealth health = TopicHealth::NoPeers; // from the mesh size against the band
    bool underDout = false;              // fewer outbound mesh peers than Dout

    bool operator==(const TopicSnapshot&) const = default;
};

struct BackoffSnapshot {
    std::string peer;  // peer backed off
    std::string topic; // topic
    TimePoint expires; // no GRAFT before this

    bool operator==(const BackoffSnapshot&) const = default;
};

struct PromiseSnapshot {
    std::string peer;      // who promised
    std::string messageId; // what (raw bytes)
    TimePoint expires;     // deadline

    bool operator==(const PromiseSnapshot&) const = default;
};

// Host-level totals (the router's counters are gossipsub::RouterCounters).
struct HostCounters {
    std::uint64_t bytesIn = 0;        // transport bytes received
    std::uint64_t bytesOut = 0;       // transport bytes sent
    std::uint64_t connectionsOpened = 0; // connections upgraded since start
    std::uint64_t connectionsClosed = 0; // connections ended since start

    bool operator==(const HostCounters&) const = default;
};

struct NodeSnapshot {
    std::uint64_t sequence = 0;              // increases by one per snapshot of a source
    TimePoint time;                          // the `now` it describes (trace timestamps' clock)
    std::string peerId;                      // our identity
    std::vector<std::string> listenAddrs;    // our listen addresses
    std::string agent;                       // our agent version
    std::vector<PeerSnapshot> peers;         // connected (and score-retained) peers, sorted by id
    std::vector<TopicSnapshot> topics;       // known topics, sorted by name
    std::vector<BackoffSnapshot> backoffs;   // GRAFT backoffs with expiry
    std::vector<PromiseSnapshot> promises;   // pending IWANT promises
    gossipsub::GossipsubParams params;       // router parameters
    gossipsub::PeerScoreParams scoreParams;  // score parameters (appSpecificScore always empty)
    gossipsub::PeerScoreThresholds thresholds; // score thresholds
    bool scoringEnabled = false;             // scoring attached and enabled
    bool paramsKnown = true;                 // false when rebuilt from a trace without parameters
    gossipsub::RouterCounters counters;      // router counters since start
    HostCounters hostCounters;               // host byte/connection counters
    std::size_t mcacheSize = 0;              // messages in the message cache
    std::size_t seenSize = 0;                // ids in the seen cache
    std::size_t pendingValidations = 0;      // messages awaiting an async verdict
    std::uint64_t droppedBatches = 0;        // event batches dropped for a slow consumer so far
    std::uint64_t eventCount = 0;            // trace events folded into it (recordings)

    // The peer with text id `id`, or nullptr.
    const PeerSnapshot* findPeer(const std::string& id) const;
    // The topic named `topic`, or nullptr.
    const TopicSnapshot* findTopic(const std::string& topic) const;
};

// Health of a mesh of `meshSize` peers against the band (mesh health as nim/Lighthouse count it).
TopicHealth classifyHealth(std::size_t meshSize, int Dlo, int Dhi);
// "no_peers", "low", "healthy", "above_dhi".
const char* healthName(TopicHealth health);
// "unknown", "inbound", "outbound".
const char* directionName(PeerDirection direction);
// The snapshot text of a peer id: base58, or "0x<hex>" when the bytes are not a valid peer id.
std::string peerText(const gossipsub::PeerId& peer);
std::string peerText(BytesView peerIdBytes);

} // namespace meshscope::trace
