#pragma once
// Building NodeSnapshots.
//
// 1. buildSnapshot(): for a live node or a simulated one. Takes the pieces the node thread has
//    (Router::state(now), PeerScore::breakdown(now), the host's per-peer bookkeeping) and returns
//    a self-contained value. Pure function of its arguments.
// 2. SnapshotBuilder: for recordings. Folds go trace events, in order, into a snapshot: peers from
//    ADD_PEER/REMOVE_PEER, our topics from JOIN/LEAVE, the mesh from GRAFT/PRUNE, peer
//    subscriptions and control counters from RPC meta, message counters from publish / deliver /
//    reject / duplicate, scores from the score-update extension. A trace carries no parameters,
//    RTTs, fanout or backoffs: those stay empty unless set with setParams().
//
// Bounds: the builder keeps at most maxPeers peers and maxTopics topics (later ones are counted
// in overflow() and otherwise ignored), so a hostile recording cannot grow memory without limit.

#include "core/trace/nodesnapshot.h"
#include "core/trace/traceevent.h"

#include <map>
#include <set>

namespace meshscope::trace {

// What the host side knows about one connected peer (filled by the node's driver).
struct HostPeerInfo {
    std::string address;                // remote multiaddr text
    std::string agent;                  // identify agentVersion
    std::vector<std::string> protocols; // identify protocols
    PeerDirection direction = PeerDirection::Unknown; // who dialed
    std::optional<Duration> rtt;        // last ping round trip
    std::uint64_t bytesIn = 0;          // bytes read from its connections
    std::uint64_t bytesOut = 0;         // bytes written to its connections
};

// Per-peer tallies accumulated from router events (RouterEventTally in routertracer.h).
struct PeerTally {
    std::uint64_t rpcsIn = 0, rpcsOut = 0;         // RPCs
    std::uint64_t rpcBytesIn = 0, rpcBytesOut = 0; // RPC sizes
    std::uint64_t messagesIn = 0;                  // messages delivered/duplicate/rejected from it
    std::uint64_t messagesOut = 0;                 // (not known from raw events; left to the caller)
    std::uint64_t brokenPromises = 0;              // "broken promise" penalties
    std::uint64_t penalties = 0;                   // all P7 penalty events
};

// Everything buildSnapshot() reads. Pointers may be null when the piece is absent.
struct SnapshotInputs {
    TimePoint now;                                        // the instant described
    std::string peerId;                                   // our identity text
    std::vector<std::string> listenAddrs;                 // our listen addresses
    std::string agent;                                    // our agent version
    const gossipsub::RouterState* router = nullptr;       // Router::state(now)
    const gossipsub::GossipsubParams* params = nullptr;   // Router::params()
    const std::vector<gossipsub::PeerScoreBreakdown>* scores = nullptr; // PeerScore::breakdown(now)
    const gossipsub::PeerScoreParams* scoreParams = nullptr;            // PeerScore::params()
    const gossipsub::PeerScoreThresholds* thresholds = nullptr;         // PeerScore::thresholds()
    const std::map<gossipsub::PeerId, HostPeerInfo>* hostPeers = nullptr; // host bookkeeping
    const std::map<gossipsub::PeerId, PeerTally>* tallies = nullptr;    // router event tallies
    HostCounters hostCounters;                            // host totals
    std::uint64_t sequence = 0;                           // snapshot number
    std::uint64_t droppedBatches = 0;                     // batches dropped so far
};

// Builds a snapshot from a live (or simulated) node's state. Call on the node's thread.
NodeSnapshot buildSnapshot(const SnapshotInputs& in);

// Fills peer-level p1..p4 sums and the P7 counter of `score` from its per-topic breakdown, and
// makes any -0.0 component +0.0.
void summariseScore(ScoreComponents& score, const gossipsub::PeerScoreParams& params);

class SnapshotBuilder {
public:
    static constexpr std::size_t kDefaultMaxPeers = 10000;  // peers tracked at most
    static constexpr std::size_t kDefaultMaxTopics = 10000; // topics tracked at most

    SnapshotBuilder(std::size_t maxPeers = kDefaultMaxPeers, std::size_t maxTopics = kDefaultMaxTopics);

    // Parameters to report (and to classify mesh health with); defaults otherwise.
    void setParams(const gossipsub::GossipsubParams& params);
    // Score parameters: score-update events then get weighted components (otherwise only the
    // total and the raw counters are filled).
    void setScoreParams(const gossipsub::PeerScoreParams& params);
    // Call with every event of a recording, in order.
    void apply(const TraceEvent& event);
    // The snapshot as of the last applied event (its time is that event's timestamp).
    NodeSnapshot snapshot() const;
    // Timestamp of the last event applied (nanoseconds), 0 before any.
    std::int64_t lastTimestamp() const { return m_lastTimestamp; }
    // Events that named a peer or topic beyond the bounds.
    std::uint64_t overflow() const { return m_overflow; }
    // Events applied.
    std::uint64_t eventCount() const { return m_events; }

private:
    struct PeerState {
        std::string protocol;          // pubsub protocol from ADD_PEER
        bool connected = false;        // between ADD_PEER and REMOVE_PEER
        std::set<std::string> topics;  // subscriptions seen in its RPCs
        std::uint64_t rpcsIn = 0, rpcsOut = 0, messagesIn = 0, messagesOut = 0; // traffic
        ScoreComponents score;         // from the score-update extension
    };
    PeerState* peer(const std::string& id, bool create);
    std::set<std::string>* meshOf(const std::string& topic, bool create);
    void applyRpcMeta(const std::string& peer, const RpcMeta& meta, bool received);
    void applyScore(const pb::trace::TraceEvent_ScoreUpdate& update);

    std::size_t m_maxPeers;                                 // bound on m_peers
    std::size_t m_maxTopics;                                // bound on topics tracked
    gossipsub::GossipsubParams m_params;                    // band for health
    gossipsub::PeerScoreParams m_scoreParams;               // weights for score updates
    bool m_paramsKnown = false;                             // setParams() was called
    std::string m_self;                                     // tracing peer (from events)
    std::map<std::string, PeerState> m_peers;               // every peer seen
    std::set<std::string> m_joined;                         // our subscriptions
    std::map<std::string, std::set<std::string>> m_mesh;    // topic -> mesh peers
    gossipsub::RouterCounters m_counters;                   // counters rebuilt from events
    std::int64_t m_lastTimestamp = 0;                       // last event time
    std::uint64_t m_events = 0;                             // events applied
    std::uint64_t m_overflow = 0;                           // events beyond the bounds
};

} // namespace meshscope::trace
