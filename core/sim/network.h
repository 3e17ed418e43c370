#pragma once
// Network: a discrete-event simulation of N unchanged gossipsub Routers on virtual time.
//
// Events (timers, RPC arrivals, publishes, joins, leaves, samples, validations done, uplink
// completions) are ordered by (time, origin, the origin's own count): ties break by who scheduled
// them (a node, or the network for the events that run alone: see Windows) and in what order, so
// a run is a pure function of the scenario and its seed. Each router has its own SeededRng derived
// from the master seed, and each node another for its links' latency and loss; traffic and
// topology draw from a network SeededRng.
//
// Windows: a node's event reaches another node only through a link, at least the minimum link
// latency later (the lookahead). So the events of one window shorter than that are independent
// across nodes, and are run node by node: each node's in time order, and the next window after.
// One node's state then stays in the CPU cache for its few events in a row, instead of being
// fetched cold for each (ten thousand nodes do not fit in any cache). Windows lie on a fixed grid of
// the lookahead's width (WindowQueue keeps each one's events unsorted, and a window is sorted by node
// when it runs). Publishes (attackers' too),
// joins, leaves, dials and samples touch several nodes at one instant: each runs alone, between
// windows (isBarrier()). As no draw or order depends on which node runs first, the results are
// exactly those of running every event in global time order (which a latency model without a
// minimum, normal or lognormal, does).
//
// Lanes: for the same reason the nodes of a window can run on several threads at once. Each lane
// owns a fixed, contiguous range of nodes and everything their events write: its nodes (routers,
// scorers, links), the in-flight slots they send (a slot id carries its lane in its top bits), their
// RPC pool, validations, the additive measures (Tally) and the events it schedules for later windows
// (merged into the queue when the window ends: their order there does not matter, as a window is
// sorted when it runs). Each lane takes its nodes' events out of the window and sorts them itself. A
// slot freed by the receiving lane goes back to its sender's lane at the end of the window. Nothing a lane
// reads of another lane's nodes changes during a window, so a run gives the same results on any number of
// lanes. Barriers and small windows run on the caller's thread.
//
// Links: an RPC leaves its sender's uplink (serialisation delay = bytes * 8 / uplink bps; in FIFO
// sharing it queues behind all earlier RPCs, in Fair sharing behind its own connection's, with an
// equal share of the rate among the busy connections: uplink.cpp), then arrives after the link
// latency (fixed, uniform jitter, normal or lognormal; intra- or inter-region base). Arrivals on one
// link never overtake each other (a TCP stream). Loss drops the whole RPC after it used the uplink.
//
// Bytes on the wire per RPC = RPC ByteSizeLong + uvarint length prefix + Scenario::frameOverhead
// (default 40: noise frame length 2 + ChaChaPoly tag 16 + yamux header 12, plus ~10 bytes of
// TCP/IP header share, a documented approximation; set 0 to count only pubsub bytes).
//
// In flight an RPC is its encoding (decoded on arrival into one reused RPC) with its published
// messages shared, not copied. An RPC with only an IDONTWANT (half of all RPCs) or only IHAVEs travels
// in flat form (RouterConfig::flatControl) and is neither built, encoded nor decoded as a protobuf
// tree; sizes and results are the same.
//
// Attackers run the same Router; their behaviour lives here: DropForwards strips published
// messages and IHAVE from their outgoing RPCs; Invalid nodes also publish messages whose first
// payload byte is 0xff, which honest validators reject; CovertFlash turns into DropForwards at
// attackAt. Payloads carry a kind byte (0x01 valid) and the message index (8 bytes LE), so
// content ids are unique and deliveries map back to publish records without a table.
//
// Deliberate simplifications: connections are set up instantly (no handshake RTTs); churned
// nodes come back with a fresh router and score state but keep their PeerId and re-dial random
// peers; PX candidates are not dialled; validation takes Scenario::validationDelay (default 0) for
// every new message at every honest node, validations running side by side (no queue: go bounds
// async validations at 8192), so with 0 an IDONTWANT, which routers send before validating, gains
// only its lead over the copies on the uplink; Fair sharing splits the rate exactly, with none of
// TCP's slow start, congestion windows or retransmissions.

#include "core/base/rng.h"
#include "core/base/time.h"
#include "core/gossipsub/peerscore.h"
#include "core/gossipsub/peerscoreobserver.h"
#include "core/gossipsub/router.h"
#include "core/sim/calendarqueue.h"
#include "core/sim/metrics.h"
#include "core/sim/scenario.h"
#include "core/sim/slottable.h"
#include "core/sim/windowqueue.h"

#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

namespace meshscope::sim {

using gossipsub::PeerId;

// One simulated node: router, score, uplink and links.
struct SimNode {
    struct Link {
        TimePoint lastArrival {}; // latest arrival scheduled on this link (no overtaking)
        gossipsub::Router::PeerRef ref; // our router's reference for the other node (its RPCs)
        gossipsub::ScoreHandle scoreHandle; // our scorer's handle on the other node (empty: no scoring)
        std::uint32_t idHash = 0; // linkHash() of the other node's PeerId (finds the link an RPC goes on)
        std::uint32_t peer = 0; // the other node's index
        // The other node's incarnation (constant: a link closes when either end leaves), so an RPC's
        // event is stamped without reading the other node's SimNode, a cold line per RPC sent.
        std::uint32_t peerIncarnation = 0;
        // Where the other node keeps its link back to us (an index into its `links`, kept up to date
        // as links close), stamped on each RPC sent: the receiver finds the link without a scan.
        std::uint32_t peerLink : 31 = 0;
        std::uint32_t outbound : 1 = 0; // we dialed it
        // The hash kept in idHash: 32 bits filter well enough, as the id is compared in full after.
        static std::uint32_t linkHash(const PeerId& id)
        {
            return static_cast<std::uint32_t>(std::hash<PeerId> {}(id));
        }
    };
    PeerId id; // fake PeerId (sha256 multihash of the index, or the key's id)
    std::string ip; // its IP as peers see it
    std::uint32_t region = 0; // index into Scenario::regions
    Behaviour behaviour = Behaviour::Honest; // what it does
    bool honest = true; // not an attacker
    bool up = false; // currently in the network
    std::uint32_t incarnation = 0; // bumped at every join (stale events are dropped)
    TimePoint joinTime {}; // last join
    TimePoint attackAt {}; // CovertFlash: when forwarding stops
    int dials = 0; // peers it dials at join
    bool targetOnly = false; // dials only the eclipse target
    double invalidRate = 0; // Invalid: messages per second
    std::unique_ptr<SeededRng> rng; // the router's randomness
    SeededRng wire { 0 }; // its links' randomness: latency and loss of what it sends
    std::uint64_t scheduled = 0; // events it has scheduled (their tie-break count)
    std::unique_ptr<gossipsub::PeerScore> score; // scoring state, or null
    std::unique_ptr<gossipsub::PeerScoreObserver> observer; // adapter handed to the router
    std::unique_ptr<gossipsub::Router> router; // the unchanged router, null when down
    std::optional<crypto::PrivateKey> key; // signing key when signing
    TimePoint uplinkFree {}; // when its uplink FIFO drains (Fifo sharing)
    // An RPC on its way out of the uplink (Fair sharing).
    struct Transfer {
        static constexpr std::uint32_t kLost = 0xffffffffu; // slot of a lost RPC (sent, never arrives)
        double bits = 0; // bits still to send
        std::uint32_t slot = 0; // its in-flight slot, or kLost
    };
    // A connection's RPCs waiting for the uplink, in order: queue[head] is sending (Fair sharing).
    struct Outbox {
        std::uint32_t peer = 0; // node it goes to
        std::size_t head = 0; // first unsent entry of `queue`
        std::vector<Transfer> queue; // sent entries before `head` (dropped when all are sent, or half)
        bool busy() const { return head < queue.size(); }
    };
    // Connections that have queued RPCs since they opened (a change costs one step per connection,
    // however deep the queues: an overloaded uplink's backlog does not slow the run down).
    std::vector<Outbox> outboxes;
    TimePoint uplinkClock {}; // time the transfers' progress was last brought up to
    std::uint64_t uplinkVersion = 0; // bumped whenever its UplinkDone event is re-armed
    TimePoint timerAt = TimePoint::max(); // armed router timer
    std::vector<Link> links; // open connections
    std::uint64_t bytesSent = 0, bytesReceived = 0; // wire bytes
    std::uint64_t retiredDuplicates = 0; // duplicates counted by routers it had before churn
    std::uint64_t retiredRejected = 0; // rejections counted by routers it had before churn
};

class Network {
public:
    // Builds the nodes (no event has run yet). The scenario must be valid (scenarioFromJson checks).
    // `lanes`: threads that run the events of a window side by side (see Lanes; at most kMaxLanes,
    // and only in windows); the results are the same for any number.
    explicit Network(const Scenario& scenario, unsigned lanes = 1);
    ~Network();
    Network(const Network&) = delete;
    Network& operator=(const Network&) = delete;

    // Runs every event up to and including `until` (virtual time). Call repeatedly to step.
    void runUntil(TimePoint until);
    // Virtual time of the last processed event (or of runUntil's bound).
    TimePoint now() const { return m_lanes.front()->now; }
    // Scenario end time.
    TimePoint end() const { return fromNanos(0) + m_scenario.duration; }
    // Events processed so far.
    std::uint64_t eventCount() const;
    // Of eventCount(), those run inside windows (see above), node by node.
    std::uint64_t windowedEventCount() const;
    // Threads a window's events run on (the constructor's `lanes`, capped: one without windows).
    unsigned lanes() const { return static_cast<unsigned>(m_lanes.size()); }
    // Of windowedEventCount(), those run while lanes ran side by side.
    std::uint64_t sharedEventCount() const;
    // Windows with at least `events` per lane run on every lane (default kMinShare); the results do
    // not change: for tests, which share small windows too.
    void shareWindowsFrom(std::size_t events) { m_minShare = std::max<std::size_t>(1, events); }
    // Lanes share a window when each gets enough events to outweigh waking its thread (~10 us).
    static constexpr std::size_t kMinShare = 256;
    static constexpr unsigned kMaxLanes = 32; // (a slot's lane fits in its top bits)
    // Caps the windows (see above) at `window`; zero runs every event in global time order. The
    // results do not change: for comparisons and tests. Call before the first runUntil().
    void limitWindows(Duration window);

    // Measures so far (call at the end for the final result).
    SimResult result() const;

    std::size_t size() const { return m_nodes.size(); }
    const SimNode& node(std::size_t i) const { return m_nodes[i]; }
    const Scenario& scenario() const { return m_scenario; }

    // control.cpp: hooks for an interactive driver (the GUI's SimHost).
    static constexpr std::size_t kMaxObservedEvents = 1u << 16; // buffered router events of the observed node
    // Call to keep the router events of node `i` (nullopt: none) for takeObservedEvents().
    void observe(std::optional<std::uint32_t> i);
    std::optional<std::uint32_t> observed() const { return m_observed; }
    // Call after runUntil(): the observed node's router events since the last call (oldest first).
    std::vector<gossipsub::RouterEvent> takeObservedEvents();
    // Router events of the observed node dropped because the buffer was full.
    std::uint64_t observedEventsDropped() const { return m_observedDropped; }
    // Call between runUntil() steps: new router / score parameters for node `i`, or for every node
    // (nullopt; nodes that join later use them too). Absent parts stay; invalid params fail unchanged.
    Status setParams(std::optional<std::uint32_t> i, const std::optional<gossipsub::GossipsubParams>& params,
        const std::optional<gossipsub::PeerScoreParams>& scoreParams,
        const std::optional<gossipsub::PeerScoreThresholds>& thresholds);

private:
    enum class Kind : std::uint8_t {
        Timer,
        Rpc,
        Publish,
        AttackPublish,
        Join,
        Dial,
        Leave,
        Sample,
        Validated,
        UplinkDone
    };
    struct Event {
        std::int64_t t; // due, ns
        std::uint64_t seq; // tie-break: origin << kCountBits | the origin's count (nextSeq())
        Kind kind; // what
        std::uint32_t node; // target node (publisher spec index for Publish)
        std::uint32_t peer; // sender for Rpc
        std::uint32_t slot; // RPC slot for Rpc, check slot for Validated, uplink version for UplinkDone
        std::uint32_t incarnation; // target's incarnation when scheduled
        std::uint32_t link; // for Rpc: the target's link back to the sender, as far as known (a hint)
        // Without branches (their outcome is random in a heap): (t, seq) order.
        bool operator<(const Event& o) const { return (t < o.t) | ((t == o.t) & (seq < o.seq)); }
    };

    // Whether an event of this kind acts on several nodes at once, so runs alone between windows.
    static bool isBarrier(Kind kind)
    {
        return kind == Kind::Publish || kind == Kind::AttackPublish || kind == Kind::Join
            || kind == Kind::Dial || kind == Kind::Leave || kind == Kind::Sample;
    }
    // Event::seq layout: who scheduled it (a node index, or kNetworkOrigin) above its own count.
    static constexpr int kCountBits = 38;
    static constexpr std::uint32_t kNetworkOrigin = (1u << (64 - kCountBits)) - 1;

    struct InFlight {
        std::string encoded; // the RPC without its shared messages, encoded
        std::vector<gossipsub::MessagePtr> messages; // its publish entries after rpc's (shared, not copied)
        std::size_t body = 0; // encoded bytes with the shared messages (no framing)
        gossipsub::FlatKind flatKind = gossipsub::FlatKind::None; // not None: `encoded` holds that flat RPC
    };
    // Bigger InFlight::encoded buffers are freed after use.
    static constexpr std::size_t kMaxKeptEncoding = 256;
    struct Check {
        gossipsub::MessageId id; // message being validated
        gossipsub::ValidationResult verdict = gossipsub::ValidationResult::Accept; // reported when due
    };
    // A slot id: its lane above kSlotBits, its index in the lane's table below.
    static constexpr int kSlotBits = 26;
    // One lane (see Lanes): the running context of the thread that runs it, and what its nodes own.
    struct Lane {
        // --- context of the events it runs (lane 0's also serves barriers and single runs) ---
        TimePoint now {}; // virtual time of its running event
        std::uint32_t origin = kNetworkOrigin; // who its running event's new events come from
        std::uint32_t windowNode = kNetworkOrigin; // node whose window events it runs (none: kNetworkOrigin)
        Event windowEnd {}; // events before it (operator<) belong to the running window
        EventHeap<Event> late; // the running node's events scheduled inside the window
        std::uint64_t events = 0; // events it processed
        std::uint64_t windowedEvents = 0; // of those, run inside windows
        std::uint64_t sharedEvents = 0; // of those, run while lanes ran side by side
        std::vector<Event> later; // events it scheduled past the window while lanes ran side by side
        std::vector<std::uint32_t> released; // other lanes' slots it freed meanwhile (returned after)
        std::vector<Event> share; // its events of the running window, by node, then in order
        std::vector<std::uint32_t> nodeStarts; // sortShare()'s counts, then each node's next place
        // --- what its nodes own ---
        std::uint32_t firstNode = 0, endNode = 0; // its nodes: [firstNode, endNode)
        SlotTable<InFlight> sent; // RPCs its nodes sent, in flight (reused)
        std::vector<std::uint32_t> freeSlots; // free entries of `sent` (indexes)
        // consumed RPCs, shared by its routers to build outgoing RPCs in (no allocation per RPC)
        std::shared_ptr<gossipsub::RpcPool> rpcPool = std::make_shared<gossipsub::RpcPool>();
        pb::rpc::RPC received; // the arriving RPC, decoded (reused: it keeps its allocations)
        std::vector<gossipsub::OutgoingRpc> outgoing; // service()'s poll buffer (kept for its capacity)
        std::vector<Check> checks; // its nodes' validations under way (with a validation delay; reused)
        std::vector<std::uint32_t> freeChecks; // free entries of `checks`
        Tally tally; // additive measures of its nodes
    };

    // nodes.cpp
    void createNodes();
    void join(std::uint32_t i, TimePoint now);
    void dial(std::uint32_t i, TimePoint now);
    // Removes n.links[index] (its other end's entry stays), keeping every Link::peerLink exact.
    void closeLink(SimNode& n, std::uint32_t index);
    void leave(std::uint32_t i, TimePoint now);
    void connect(std::uint32_t from, std::uint32_t to, TimePoint now);
    std::vector<std::uint32_t> pickPeers(std::uint32_t self, int count);
    Duration linkLatency(std::uint32_t a, std::uint32_t b);
    // The shortest latency linkLatency() can draw (zero when a model has no minimum above zero).
    static Duration minimumLatency(const Scenario& s);
    // network.cpp
    Lane& laneOf(std::uint32_t node) { return *m_lanes[m_laneOfNode[node]]; }
    const Lane& laneOf(std::uint32_t node) const { return *m_lanes[m_laneOfNode[node]]; }
    // The lane whose context runs events of `node` now: its own while lanes run side by side, else
    // lane 0's (barriers, small windows, global order).
    Lane& context(std::uint32_t node) { return m_parallel ? laneOf(node) : *m_lanes.front(); }
    // The in-flight RPC of slot id `slot`.
    InFlight& inFlight(std::uint32_t slot)
    {
        return m_lanes[slot >> kSlotBits]->sent[slot & ((1u << kSlotBits) - 1)];
    }
    const InFlight& inFlight(std::uint32_t slot) const
    {
        return m_lanes[slot >> kSlotBits]->sent[slot & ((1u << kSlotBits) - 1)];
    }
    void schedule(
        std::int64_t t, Kind kind, std::uint32_t node, std::uint32_t peer = 0, std::uint32_t slot = 0);
    // In-flight `slot` leaves node `from`'s uplink at `leaves` (ns) over `link` (from's link): its
    // arrival, after the link's latency and never before an earlier RPC on the link, is scheduled.
    void launch(std::uint32_t from, SimNode::Link& link, std::int64_t leaves, std::uint32_t slot);
    // Queues `e` from context `c`: into the running node's window when it is that node's and due
    // inside the window; while lanes run side by side, into c.later.
    void enqueue(Lane& c, const Event& e);
    // The next event's tie-break, counted for c's running origin.
    std::uint64_t nextSeq(Lane& c);
    // Runs one event in context `c` (its now, counters, origin).
    void step(Lane& c, const Event& e);
    // lanes.cpp
    // runUntil() when events run in windows: each window of m_windows up to `bound`, cut at barriers.
    void runWindows(std::int64_t bound);
    // Runs m_window's events (none a barrier, all before `end`), node by node: on every lane when it
    // is big enough to share.
    void runWindow(const Event& end);
    // Takes the events of nodes [firstNode, endNode) out of m_window (unsorted) into c.share, ordered
    // by node, then (time, seq). Lanes take their shares side by side (m_window is only read).
    void sortShare(Lane& c, std::uint32_t firstNode, std::uint32_t endNode);
    // Runs c.share in c's context, node by node.
    void runShare(Lane& c);
    // What lane thread `k` does: runs its share of each window it is handed, until m_stop.
    void laneThread(unsigned k);
    // After lanes ran side by side: their later events into the queue, freed slots to their lanes.
    void mergeLanes();
    // network.cpp
    // Whether an RPC node `from` sends is lost (a draw from its links' randomness when there is loss).
    bool drawLoss(std::uint32_t from);
    // Starts loading the state `next` will touch first (a CPU cache hint; no effect on results).
    void prefetchTarget(const Event& next) const;
    // Starts loading, in stages, what the RPC events kPrefetchFar, Mid and Near places ahead in run
    // order (null: none) will read (CPU cache hints; no effect on results). Call once per event: an
    // RPC's state has been cold since it was sent, and one event's head start (prefetchTarget()) did
    // not hide its misses. `inWindow`: runShare() asked for the nodes' state already.
    void prefetchUpcoming(
        const Event* farEvent, const Event* midEvent, const Event* nearEvent, bool inWindow) const;
    // Starts loading every line of node `n`'s router and scorer objects (a CPU cache hint).
    static void prefetchNodeEngines(const SimNode& n);
    static constexpr std::size_t kPrefetchFar = 8; // slot (and receiving node, in global order)
    static constexpr std::size_t kPrefetchMid = 4; // what they point to
    static constexpr std::size_t kPrefetchNear = 2; // the link's router and score entries
    void dispatch(const Event& e);
    void service(std::uint32_t i, TimePoint now);
    // The link of node `n` from node index `peer`, or null.
    static const SimNode::Link* linkFrom(const SimNode& n, std::uint32_t peer);
    // The same, trying first n.links[hint] (an RPC event's Event::link).
    static const SimNode::Link* linkFrom(const SimNode& n, std::uint32_t peer, std::uint32_t hint)
    {
        if (hint < n.links.size() && n.links[hint].peer == peer)
            return &n.links[hint];
        return linkFrom(n, peer);
    }
    static SimNode::Link* linkFrom(SimNode& n, std::uint32_t peer)
    {
        return const_cast<SimNode::Link*>(linkFrom(static_cast<const SimNode&>(n), peer));
    }
    // Starts loading the router's and scorer's state for `link`'s peer (cache hints; `n` is up).
    static void prefetchLinkState(const SimNode& n, const SimNode::Link& link);
    // The link of node `n` to the node whose id is `peer`, or null: a search (RPCs find theirs by the
    // tag the router stamps on them: send()).
    SimNode::Link* linkTo(SimNode& n, const PeerId& peer);
    // Puts `out` on the wire; false when it is not in flight (its RPC is then still the caller's).
    bool send(std::uint32_t from, gossipsub::OutgoingRpc& out, TimePoint now);
    // Moves `out`, sent by node `from`, into a free in-flight slot of from's lane (encoded, or as its
    // flat bytes; its RPC object goes to recycleRpc()): the slot id.
    std::uint32_t putInFlight(std::uint32_t from, gossipsub::OutgoingRpc& out);
    // Hands `out`'s RPC object back to `lane`'s rpcPool (its sender's) when it has buffers worth reusing.
    void recycleRpc(Lane& lane, gossipsub::OutgoingRpc& out);
    // Frees an in-flight slot once its RPC has arrived at node `running` or was dropped by it.
    void releaseSlot(std::uint32_t slot, std::uint32_t running);
    // uplink.cpp (Fair sharing). Queues `out` (`wire` bytes) on its connection to `to`; as send().
    bool enqueueFair(
        std::uint32_t from, std::uint32_t to, gossipsub::OutgoingRpc& out, std::size_t wire, TimePoint now);
    // Brings the progress of `n`'s sending transfers up to `now` (call before any change to them).
    void advanceUplink(SimNode& n, TimePoint now);
    // Call after advanceUplink() and a change: sends off completed transfers, re-arms UplinkDone.
    void rescheduleUplink(std::uint32_t i, TimePoint now);
    // A transfer that left node `i`'s uplink: on to its link's latency, as an Rpc event.
    void depart(std::uint32_t i, std::uint32_t peer, const SimNode::Transfer& t, TimePoint now);
    // An UplinkDone event: sends off what is due and re-arms (one re-armed since is stale: nothing).
    void onUplinkDone(const Event& e, TimePoint now);
    // Call when node `i`'s connection to `peer` closes (nullopt: all of them): its queue is dropped.
    void dropTransfers(std::uint32_t i, std::optional<std::uint32_t> peer, TimePoint now);
    void onRpc(const Event& e, TimePoint now);
    // Schedules the verdicts of node `i`'s new validation requests validationDelay from `now`.
    void startValidations(std::uint32_t i, TimePoint now);
    // A Validated event: hands its verdict to the router (unless the node left meanwhile).
    void finishValidation(const Event& e, TimePoint now);
    void publish(std::uint32_t spec, TimePoint now);
    void attackPublish(std::uint32_t i, TimePoint now);
    Bytes payload(std::uint8_t kind, std::uint64_t index, std::size_t size) const;
    // What honest validators decide: payload() kind 0xff (and empty data) is rejected.
    static gossipsub::ValidationResult verdict(const pb::rpc::Message& m);
    // The routers' content digest: SHA-256 of `data`, computed once per simulated payload (every
    // router hashes each copy it receives otherwise); data not made by payload() is hashed directly.
    void contentId(std::string_view data, gossipsub::MessageId& id);
    // metrics.cpp
    void recordDelivery(std::uint32_t i, const gossipsub::Delivery& d, TimePoint now);
    // Every lane's Tally summed.
    Tally totals() const;
    // `body`: the RPC's encoded bytes with its shared messages; `wire`: with framing.
    void recordRpc(std::uint32_t from, const gossipsub::OutgoingRpc& out, std::size_t body, std::size_t wire);
    void sample(TimePoint now);
    void releaseHops(TimePoint now);
    // control.cpp
    void keepObserved(std::vector<gossipsub::RouterEvent>& events);

    Scenario m_scenario; // the run's configuration
    SeededRng m_rng; // network randomness (traffic, churn, topology; links draw from SimNode::wire)
    std::vector<SimNode> m_nodes; // honest nodes first, then attackers
    std::size_t m_honest = 0; // number of honest nodes
    std::unordered_map<PeerId, std::uint32_t> m_index; // PeerId -> node index
    std::vector<std::vector<std::uint32_t>> m_publisherSets; // per publisher spec: its nodes (empty = any)
    std::uint64_t m_seq = 0; // events the network has scheduled (kNetworkOrigin's count)
    // Minimum link latency, ns: the longest window (0: none, every event runs in global order).
    std::int64_t m_lookahead = 0;
    CalendarQueue<Event> m_queue; // pending events when they run in global order (m_lookahead 0)
    WindowQueue<Event> m_windows; // pending events when they run in windows (outside the running one)
    std::vector<Event> m_window; // the running window's events, in no order (lanes sort their shares)
    std::vector<std::unique_ptr<Lane>> m_lanes; // at least one
    std::vector<std::uint8_t> m_laneOfNode; // node index -> its lane
    bool m_parallel = false; // lanes are running a window side by side (set only between them)
    std::size_t m_minShare = kMinShare; // events per lane from which a window is shared
    // Lane threads beyond the caller's (lane k > 0 runs on m_threads[k - 1]).
    std::vector<std::thread> m_threads;
    std::mutex m_mutex; // guards the three below
    std::condition_variable m_wake; // lanes wait on it for the next window
    std::condition_variable m_idle; // the caller waits on it for the lanes to finish
    std::uint64_t m_round = 0; // windows handed to the lanes (a new value starts them)
    unsigned m_busy = 0; // lane threads still running the window
    bool m_stop = false; // lane threads quit
    Bytes m_payloadTemplate; // zero payload reused for publishes
    struct ContentId {
        std::size_t size = 0; // payload size the id is for
        const char* checked = nullptr; // the last payload buffer found to be payload() output
        gossipsub::MessageId id; // sha256 of the payload (empty: not computed yet)
    };
    // contentId() memo by payload kind (0: valid 0x01, 1: invalid 0xff) and message index (written
    // only outside lanes running side by side: a publish fills its message's entry)
    std::vector<ContentId> m_contentIds[2];
    Collector m_collector; // measures that are not plain sums (those are each lane's Tally)
    std::optional<std::uint32_t> m_observed; // node whose router events are kept
    std::vector<gossipsub::RouterEvent> m_observedEvents; // kept events (bounded)
    std::uint64_t m_observedDropped = 0; // events dropped for the bound
};

} // namespace meshscope::sim
