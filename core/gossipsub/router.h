#pragma once
// Router: the sans-IO gossipsub v1.0-v1.2 (and floodsub) router. It never reads a clock, never
// draws randomness of its own (a seeded Rng is given at construction) and never does I/O: the
// caller feeds peers, RPCs, publishes and `now`, then drains outgoing RPCs, deliveries,
// validation requests and raw events, and re-arms one timer from nextTimeout().
//
// The implementation is split by concern: router.cpp (peers, subscriptions, timers),
// outgoing.cpp (merging and splitting RPCs, output queues), snapshot.cpp (state views), mesh.cpp
// (heartbeat, mesh and fanout maintenance), gossip.cpp (IHAVE emission), control.cpp
// (GRAFT/PRUNE/IHAVE/IWANT/IDONTWANT handling), px.cpp (peer exchange), publish.cpp
// (publish/forward), validation.cpp (message pipeline). Collaborators: MessageCache, SeenCache,
// Backoff, GossipPromises, ScoreObserver.
//
// Deliberate differences from go-libp2p-pubsub:
// - Messages we publish are not delivered back to the local application (the caller has them).
// - Peers that unsubscribe from a topic leave our mesh at once (as rust-libp2p does).
// - PX candidates become an event (EvPxCandidates) for the host to dial, with verified records only.
// - Outbound queues are bounded per peer in messages (maxOutboundMessages); excess is dropped
//   and traced as a dropped RPC, like go's full peer queue.

#include "core/base/bytes.h"
#include "core/base/result.h"
#include "core/base/rng.h"
#include "core/base/time.h"
#include "core/crypto/keys.h"
#include "core/gossipsub/backoff.h"
#include "core/gossipsub/digestset.h"
#include "core/gossipsub/events.h"
#include "core/gossipsub/flatcontrol.h"
#include "core/gossipsub/idhash.h"
#include "core/gossipsub/mcache.h"
#include "core/gossipsub/msgid.h"
#include "core/gossipsub/params.h"
#include "core/gossipsub/promises.h"
#include "core/gossipsub/rpcpool.h"
#include "core/gossipsub/scoreobserver.h"
#include "core/gossipsub/seencache.h"
#include "core/gossipsub/signing.h"
#include "core/gossipsub/types.h"
#include "core/proto/rpc.pb.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace meshscope::gossipsub {

enum class ValidationResult { Accept, Reject, Ignore };

// Synchronous validator: decides at once.
using Validator = std::function<ValidationResult(const PeerId& from, const pb::rpc::Message& message)>;

struct RouterConfig {
    PeerId self; // our peer id (from of signed messages)
    std::optional<crypto::PrivateKey> key; // signing key; needed when the policy signs
    SignPolicy signPolicy = SignPolicy::StrictSign; // go/js default
    MsgIdFunction msgId = MsgIdFunction::Go; // spec default from || seqno
    std::size_t maxPeerTopics = 1000; // topics one peer may be subscribed to (subscription flood bound)
    std::size_t maxSubscriptionsPerRpc = 1000; // subscription changes accepted per RPC
    std::size_t validationQueueSize = 32; // pending async validations (go ValidateQueueSize 32)
    std::size_t seenCapacity = 1u << 18; // seen-cache hard bound
    std::size_t maxPromises = 1u << 14; // pending IWANT promises bound
    std::size_t maxOutboundMessages = 4096; // queued messages per peer before dropping
    std::size_t maxPxPeers = 16; // PX entries considered per PRUNE
    bool rawEvents = true; // record raw trace events for pollEvents() (off: none are kept)
    // SHA-256 of a message's data for MsgIdFunction::Content ids (empty: hashed each time). A
    // simulator whose routers all see the same payloads passes a memoising one; it must set `id` to
    // exactly sha256(data) (32 raw bytes), so ids are the same as without it. `id` is a reused
    // buffer: assigning into it allocates nothing.
    std::function<void(std::string_view data, MessageId& id)> contentDigest;
    // Cleared RPCs to build outgoing RPCs in, reusing their allocations (none: built from scratch). A
    // caller that hands consumed OutgoingRpc::rpc back to the same pool (the simulator) allocates
    // almost nothing per RPC; the RPCs themselves are the same either way.
    std::shared_ptr<RpcPool> rpcPool;
    // Outgoing messages stay shared (OutgoingRpc::messages) instead of being copied into each RPC's
    // publish list. For a caller that hands them to other routers itself (the simulator); a caller
    // that encodes RPCs leaves it off and finds every message in OutgoingRpc::rpc.
    bool shareMessages = false;
    // RPCs that carry only an IDONTWANT, or only IHAVEs, come out flat, as OutgoingRpc::flat
    // (flatcontrol.h), and go into the receiving router through handleFlatRpc(). For a caller that
    // hands them to other routers itself (the simulator); a caller that encodes RPCs leaves it off.
    bool flatControl = false;
};

struct OutgoingRpc {
    PeerId peer; // destination
    pb::rpc::RPC rpc; // encoded by the caller with encodeFrame()
    // With RouterConfig::shareMessages: more publish entries, after rpc's own (always empty otherwise).
    std::vector<MessagePtr> messages;
    // Set by pollOutgoing() (recompute after changing rpc or messages), so callers need not size the
    // RPC again: rpc's encoded bytes (its fields' cached sizes are set; its own is lost in moves)...
    std::size_t rpcBytes = 0;
    // ... and with the shared messages' publish entries: encodedSize().
    std::size_t size = 0;
    // With RouterConfig::flatControl: what `flat` holds; anything but None means rpc is empty.
    FlatKind flatKind = FlatKind::None;
    std::string flat; // an RPC with only an IDONTWANT or only IHAVEs, in flat form (flatcontrol.h)
    static constexpr std::uint32_t kNoTag = 0xffffffffu; // a peer without Router::setPeerTag()
    std::uint32_t tag = kNoTag; // the destination's Router::setPeerTag() number (finds it without a lookup)
};

// Bytes `message` adds to an RPC as one publish entry (tag, length, body).
std::size_t publishEntrySize(const pb::rpc::Message& message);
// Bytes of `out` encoded as one RPC (rpc plus its shared messages), without the length prefix.
std::size_t encodedSize(const OutgoingRpc& out);

struct Delivery {
    MessageId id; // message id
    PeerId from; // peer it came from (propagation source)
    MessagePtr message; // the message (shared with the router's cache: do not modify)
};

struct ValidationRequest {
    MessageId id; // pass back to reportValidationResult()
    PeerId from; // propagation source
    pb::rpc::Message message; // to validate
};

// Mesh health of a topic at the last heartbeat (nim-libp2p's mesh metrics).
enum class MeshHealth { NoPeers, Low, Healthy, AboveDhi };

struct RouterCounters {
    std::uint64_t published = 0, delivered = 0, rejected = 0, ignored = 0, duplicates = 0;
    std::uint64_t forwarded = 0; // message copies queued to peers
    std::uint64_t ihaveSent = 0, ihaveReceived = 0, iwantSent = 0, iwantReceived = 0;
    std::uint64_t idontwantSent = 0, idontwantReceived = 0;
    std::uint64_t graftSent = 0, graftReceived = 0, pruneSent = 0, pruneReceived = 0;
    std::uint64_t rpcsReceived = 0, rpcsSent = 0, droppedRpcs = 0, throttled = 0, penalties = 0;
    std::uint64_t heartbeats = 0;
    // heartbeat topic observations by health (nim's mesh-health counts), and under Dout
    std::uint64_t healthNoPeers = 0, healthLow = 0, healthHealthy = 0, healthAboveDhi = 0,
                  healthUnderDout = 0;
};

struct TopicState {
    TopicId topic; // topic
    bool subscribed = false; // we are subscribed
    std::vector<PeerId> mesh; // our mesh
    std::vector<PeerId> fanout; // fanout (topics we publish to without subscribing)
    std::vector<PeerId> peers; // all peers subscribed to it
    std::vector<PeerId> gossipEligible; // non-mesh meshsub peers above the gossip threshold
    MeshHealth health = MeshHealth::NoPeers; // at the last heartbeat
};

struct PeerStateView {
    PeerId peer; // peer
    PubsubProtocol protocol; // negotiated protocol
    bool outbound = false; // we dialed it
    bool direct = false; // configured direct peer
    std::string ip; // remote ip
    std::vector<TopicId> topics; // its subscriptions
    double score = 0; // current score
};

struct RouterState {
    std::vector<TopicState> topics; // every known topic
    std::vector<PeerStateView> peers; // every connected peer
    std::vector<BackoffEntry> backoffs; // backoffs with expiry
    std::vector<PromiseEntry> promises; // pending IWANT promises
    RouterCounters counters; // counters since start
    std::size_t mcacheSize = 0, seenSize = 0, pendingValidations = 0;
};

class Router {
    struct PeerInfo;

public:
    // An added peer, as handleRpc() takes it without a lookup: for a caller that delivers many RPCs
    // per peer and keeps the reference per connection (the simulator). Valid from addPeer() until
    // removePeer() of that peer; an empty one (default) refers to no peer.
    class PeerRef {
    public:
        PeerRef() = default;
        explicit operator bool() const { return m_entry != nullptr; }
        // The peer it refers to (must not be empty): the router's own copy of its id.
        const PeerId& peer() const { return m_entry->first; }

    private:
        friend class Router;
        explicit PeerRef(std::pair<const PeerId, PeerInfo>* entry)
            : m_entry(entry)
        { }
        std::pair<const PeerId, PeerInfo>* m_entry = nullptr; // the peer's entry in m_peers
    };

    // `rng` must outlive the router; `now` starts the heartbeat clock.
    Router(RouterConfig config, GossipsubParams params, Rng& rng, TimePoint now);

    // Applies new parameters to the running router (validated first).
    Status setParams(const GossipsubParams& params);
    const GossipsubParams& params() const { return m_params; }
    // Switches raw event recording on or off (RouterConfig::rawEvents), e.g. when a driver starts or
    // stops observing this router.
    void setRawEvents(bool on);
    // Attaches scoring (nullptr detaches); the router reports to it and enforces `gates`.
    void setScoring(ScoreObserver* score, ScoreGates gates);

    // Call when a pubsub stream to `peer` is negotiated with `protocol`. Its reference (also when it
    // was added already).
    PeerRef addPeer(
        const PeerId& peer, PubsubProtocol protocol, bool outbound, const std::string& ip, TimePoint now);
    // The reference of an added peer (empty when it is not added).
    PeerRef peerRef(const PeerId& peer);
    // Numbers an added peer for the caller: its OutgoingRpc::tag from now on (the simulator keeps its
    // link's index there, so an RPC finds its link without a search).
    void setPeerTag(PeerRef peer, std::uint32_t tag) { peer.m_entry->second.tag = tag; }
    // Call when the peer's connection or pubsub stream is gone.
    void removePeer(const PeerId& peer, TimePoint now);
    // Call for every RPC decoded from `peer`'s stream.
    Status handleRpc(const PeerId& peer, const pb::rpc::RPC& rpc, TimePoint now);
    // The same for an RPC whose publish list continues in `shared` (another router's
    // OutgoingRpc::messages, with shareMessages): handled after rpc's own, and kept without a copy.
    Status handleRpc(
        const PeerId& peer, const pb::rpc::RPC& rpc, std::span<const MessagePtr> shared, TimePoint now);
    // The same from a peer given by its reference (`from` must be valid: see PeerRef).
    Status handleRpc(
        PeerRef from, const pb::rpc::RPC& rpc, std::span<const MessagePtr> shared, TimePoint now);
    // Call with an RPC in flat form (OutgoingRpc::flat and flatKind of a router with flatControl): the
    // same as handleRpc() with that RPC decoded (a malformed one is an error). A FlatKind::IDontWant
    // one queues no RPC, delivery or validation and moves no timeout (raw events aside), so a caller
    // need not poll the router after it.
    Status handleFlatRpc(PeerRef from, FlatKind kind, std::string_view bytes, TimePoint now);
    // Call shortly before handleRpc(from, ...): starts loading the peer's state into the CPU cache, so
    // a caller that knows its next RPCs overlaps those memory loads with other work.
    void prefetch(PeerRef from) const;
    // Call with one frame body (no length prefix) from `peer`: decoded with the size limit, then handled.
    Status handleFrame(const PeerId& peer, BytesView body, TimePoint now);

    // Publishes `data` on `topic`; the message id, or why not.
    Result<MessageId> publish(const TopicId& topic, const Bytes& data, TimePoint now);
    // Joins `topic`: announces it and builds a mesh.
    void subscribe(const TopicId& topic, TimePoint now);
    // Leaves `topic`: announces it and prunes the mesh with the unsubscribe backoff.
    void unsubscribe(const TopicId& topic, TimePoint now);
    bool subscribed(const TopicId& topic) const { return m_mySubs.count(topic) != 0; }

    // Direct peers: always forwarded to, never grafted; the host keeps them connected.
    void addDirectPeer(const PeerId& peer);
    void removeDirectPeer(const PeerId& peer);
    // Our own signed peer record (envelope bytes), or another peer's, offered in PX.
    void setPeerRecord(const PeerId& peer, Bytes signedEnvelope);

    // Sets a synchronous validator for `topic` (empty function removes it).
    void setValidator(const TopicId& topic, Validator validator);
    // Makes `topic` validate asynchronously: messages wait in pollValidationRequests() until
    // reportValidationResult() (bounded queue: overflow is rejected "validation queue full").
    void setAsyncValidation(const TopicId& topic, bool async);
    // Call with the verdict for a ValidationRequest.
    void reportValidationResult(const MessageId& id, ValidationResult result, TimePoint now);

    // Call when the timer from nextTimeout() fires (heartbeat, score refresh).
    void onTimeout(TimePoint now);
    // When onTimeout() must next be called.
    Deadline nextTimeout() const;

    // RPCs to send, merged per peer, each within maxTransmissionSize. Call after every input.
    std::vector<OutgoingRpc> pollOutgoing();
    // The same, appended to `out` (a caller polling often keeps one vector and its capacity).
    void pollOutgoing(std::vector<OutgoingRpc>& out);
    // Validated messages for the application.
    std::vector<Delivery> pollDeliveries();
    // Messages waiting for an asynchronous verdict.
    std::vector<ValidationRequest> pollValidationRequests();
    // Raw trace events since the last poll.
    std::vector<RouterEvent> pollEvents();

    // A copy of everything the router knows, for snapshots.
    RouterState state(TimePoint now) const;
    const RouterCounters& counters() const { return m_counters; }
    // Mesh peers of `topic` (empty if none).
    std::vector<PeerId> mesh(const TopicId& topic) const;
    std::vector<PeerId> fanout(const TopicId& topic) const;
    const Backoff& backoff() const { return m_backoff; }
    const GossipPromises& promises() const { return m_promises; }

private:
    // What every RPC from the peer reads comes first (the graylist gate's handle, the protocol, the
    // budgets, the IDONTWANT digests, what is queued to it), in as few cache lines as it fits: each
    // RPC finds the entry cold, in a simulation of many routers.
    struct PeerInfo {
        ScoreHandle scoreHandle; // m_score's handle on it (empty without scoring)
        PubsubProtocol protocol = PubsubProtocol::Meshsub11; // negotiated protocol
        bool outbound = false; // we dialed it
        bool queued = false; // listed in m_queued (pending may hold something)
        int ihaveReceived = 0; // IHAVE messages this heartbeat
        int iasked = 0; // ids asked via IWANT this heartbeat
        int iwantServed = 0; // messages served for IWANT this heartbeat
        int idontwantReceived = 0; // IDONTWANT ids recorded this heartbeat window
        std::uint32_t tag = OutgoingRpc::kNoTag; // the caller's number for it (setPeerTag())
        // 64-bit digests (idDigest) of ids it does not want, held dontWantTtl() heartbeats (bounded per
        // heartbeat). A digest collision only withholds a message from the peer that sent the IDONTWANT.
        DigestSet dontWant;
        std::string pendingDontWant; // with flatControl: ids of its next IDONTWANT, flat (flatcontrol.h)
        std::vector<MessagePtr> pendingMessages; // messages queued to it, after pending's own publish list
        std::string pendingIHave; // with flatControl: IHAVE entries queued to it, flat (pending has none)
        pb::rpc::RPC pending; // outgoing RPC being merged until pollOutgoing()
        std::string ip; // remote ip
        std::set<TopicId> topics; // its subscriptions
    };
    // A topic's mesh as (key in m_peers, its PeerInfo) pairs in PeerId order, so the per-message
    // paths (forward, IDONTWANT) visit mesh peers without a hash lookup each.
    struct MeshView {
        std::uint64_t generation = 0; // m_meshGeneration it was built at (0: never)
        std::vector<std::pair<const PeerId*, PeerInfo*>> peers; // mesh peers that are connected
    };
    struct PendingValidation {
        PeerId from; // propagation source
        MessagePtr message; // the message
    };

    // Undrained raw events kept at most; beyond, new ones are dropped (the caller is stuck).
    static constexpr std::size_t kMaxQueuedEvents = 1u << 20;

    // router.cpp
    // Records the event `make()` builds; it is called only when raw events are kept, so nothing is
    // built (no id, peer or size computed) for no one.
    template <class Make> void record(TimePoint now, Make&& make)
    {
        m_lastNow = now;
        if (m_config.rawEvents && m_events.size() < kMaxQueuedEvents)
            m_events.push_back({ now, RouterEventBody(make()) });
    }
    bool isMeshsub(const PeerInfo& p) const { return p.protocol != PubsubProtocol::Floodsub; }
    // Starts loading what queueing an RPC to a peer reads: its key and the PeerInfo lines from the
    // protocol to the pending RPC (a CPU cache hint: a message's mesh is walked cold, peer by peer).
    static void prefetchSendState(const PeerId& key, const PeerInfo& info)
    {
        __builtin_prefetch(&key);
        __builtin_prefetch(&info.pendingDontWant);
        __builtin_prefetch(&info.pending);
    }
    // Heartbeats an IDONTWANT is honoured for (PeerInfo::dontWant).
    std::uint64_t dontWantTtl() const
    {
        return static_cast<std::uint64_t>(std::max(1, m_params.idontwantMessageTTLTicks));
    }
    double scoreOf(const PeerId& peer, TimePoint now) const;
    // The same for a peer whose PeerInfo is at hand: through its score handle, no lookup by id.
    double scoreOf(const PeerId& peer, const PeerInfo& info, TimePoint now) const
    {
        return m_score ? m_score->scoreByHandle(info.scoreHandle, peer, now) : 0.0;
    }
    void penalize(const PeerId& peer, int count, const std::string& reason, TimePoint now);
    // Counts an arriving RPC (`size()` gives its bytes, asked only for a raw event) and applies the
    // graylist gate: false when the RPC is dropped. handleRpc() and handleFlatRpc() start here.
    template <class Size> bool admitRpc(const PeerId& peer, const PeerInfo& info, Size&& size, TimePoint now)
    {
        ++m_counters.rpcsReceived;
        record(now, [&] { return EvRecvRpc { peer, size() }; });
        const double graylist = m_gates.graylistThreshold;
        if (m_score ? m_score->scoreAtLeast(info.scoreHandle, peer, graylist, now) : 0.0 >= graylist)
            return true;
        ++m_counters.droppedRpcs;
        record(now, [&] { return EvDropRpc { peer, "graylisted" }; });
        return false;
    }
    // The outgoing RPC being merged for `peer` (connected peers keep it in their PeerInfo).
    pb::rpc::RPC& pending(const PeerId& peer);
    // The same for a connected peer; `key` must be its key in m_peers (it is kept until pollOutgoing()).
    pb::rpc::RPC& pending(const PeerId& key, PeerInfo& info);
    // Lists a connected peer for pollOutgoing() without taking a pooled RPC object for it: call when
    // what is queued lives outside the RPC tree (flat IDONTWANT ids, shared messages).
    void markQueued(const PeerId& key, PeerInfo& info)
    {
        if (!info.queued) { // pending is empty here (pollOutgoing() moved it out)
            info.queued = true;
            m_queued.emplace_back(&key, &info);
        }
    }
    void queueMessage(const PeerId& key, PeerInfo& info, const MessagePtr& message, TimePoint now);
    void queueMessage(const PeerId& peer, const MessagePtr& message, TimePoint now);
    void handleSubscriptions(const PeerId& peer, PeerInfo& info, const pb::rpc::RPC& rpc, TimePoint now);
    // Splits `rpc` (sized by ByteSizeLong() just before) into pieces within maxTransmissionSize.
    std::vector<OutgoingRpc> split(const PeerId& peer, pb::rpc::RPC& rpc) const;
    // Drains one peer's pending RPC and queued messages into `out` (shared or copied into the RPC).
    void drainPending(const PeerId& peer, pb::rpc::RPC& rpc, std::vector<MessagePtr>* messages,
        std::vector<OutgoingRpc>& out);
    // Drains the peer's pending IDONTWANT into `out` ahead of the rest: on its own when the peer has
    // messages queued, else with the rest of its pending RPC (nothing to wait behind).
    void takeIDontWant(const PeerId& peer, PeerInfo& info, std::vector<OutgoingRpc>& out);
    // Drains the peer's flat IHAVE entries: an RPC of their own when nothing else is pending for it,
    // else into its pending RPC (call just before draining that).
    void takeIHave(const PeerId& peer, PeerInfo& info, std::vector<OutgoingRpc>& out);
    // Moves `flat` (of `kind`) into a new entry of `out`, sized.
    void emitFlat(const PeerId& peer, FlatKind kind, std::string& flat, std::vector<OutgoingRpc>& out);
    // mesh.cpp
    void heartbeat(TimePoint now);
    void maintainMesh(const TopicId& topic, std::map<PeerId, std::vector<TopicId>>& toGraft,
        std::map<PeerId, std::vector<TopicId>>& toPrune, TimePoint now);
    void maintainFanout(TimePoint now);
    void addToMesh(const TopicId& topic, const PeerId& peer, TimePoint now);
    void removeFromMesh(const TopicId& topic, const PeerId& peer, TimePoint now);
    std::vector<PeerId> meshCandidates(const TopicId& topic, TimePoint now,
        const std::function<bool(const PeerId&, const PeerInfo&)>& filter) const;
    void recordHealth(const TopicId& topic);
    // The current mesh of `topic` with each peer's PeerInfo (rebuilt after any mesh or peer change).
    const MeshView& meshView(const TopicId& topic);
    // The same for the peers subscribed to `topic` (m_topics), for the heartbeat's gossip.
    const MeshView& subscriberView(const TopicId& topic);
    // `view` rebuilt from `peers` (null: none) unless it is current.
    const MeshView& refreshView(MeshView& view, const std::set<PeerId>* peers);
    // gossip.cpp
    void emitGossip(const TopicId& topic, const std::set<PeerId>& exclude, TimePoint now);
    // With flatControl: appends an IHAVE entry to the peer's flat IHAVEs, or false when it must go into
    // `rpc` (its pending RPC) instead, the flat ones moved there first (past maxTransmissionSize).
    bool queueFlatIHave(
        PeerInfo& info, pb::rpc::RPC& rpc, const TopicId& topic, std::span<const MessageId* const> ids);
    void sendGraft(const PeerId& peer, const TopicId& topic);
    void sendPrune(const PeerId& peer, const TopicId& topic, bool doPX, Duration backoff, TimePoint now);
    void sendIDontWant(
        const MessageId& id, const TopicId& topic, const PeerId& from, const pb::rpc::Message& m);
    // control.cpp
    void handleControl(
        const PeerId& peer, PeerInfo& info, const pb::rpc::ControlMessage& control, TimePoint now);
    void handleGraft(const PeerId& peer, PeerInfo& info, const pb::rpc::ControlGraft& graft,
        std::vector<TopicId>& pruneBack, bool& doPX, TimePoint now);
    void handlePrune(const PeerId& peer, PeerInfo& info, const pb::rpc::ControlPrune& prune, TimePoint now);
    // One received IHAVE entry, as handleIHave() reads it (views into the RPC).
    struct IHaveEntry {
        std::string_view topic; // its topic
        std::size_t firstId = 0; // its ids: m_ihaveIds[firstId, endId)
        std::size_t endId = 0;
    };
    // Handles the IHAVE entries of one RPC, listed in m_ihaveEntries and m_ihaveIds.
    void handleIHave(const PeerId& peer, PeerInfo& info, TimePoint now);
    void handleIWant(
        const PeerId& peer, PeerInfo& info, const pb::rpc::ControlMessage& control, TimePoint now);
    void handleIDontWant(
        const PeerId& peer, PeerInfo& info, const pb::rpc::ControlMessage& control, TimePoint now);
    // Records one IDONTWANT id from `peer` (a meshsub 1.2 peer); false when its budget is spent.
    bool noteDontWant(const PeerId& peer, PeerInfo& info, std::string_view id, TimePoint now);
    // handleFlatRpc() for an IDONTWANT (`ids` well-formed; the RPC admitted).
    void handleFlatIDontWant(const PeerId& peer, PeerInfo& info, std::string_view ids, TimePoint now);
    // Lists an IHave flat form's entries in m_ihaveEntries and m_ihaveIds; false when it is malformed.
    bool collectFlatIHave(std::string_view entries);
    // px.cpp
    void addPx(pb::rpc::ControlPrune& prune, const PeerId& pruned, const TopicId& topic, TimePoint now);
    void acceptPx(const PeerId& peer, const pb::rpc::ControlPrune& prune, TimePoint now);
    // publish.cpp
    void forward(const MessageId& id, const MessagePtr& message, const PeerId& from, TimePoint now);
    std::set<PeerId> publishPeers(const TopicId& topic, TimePoint now);
    // validation.cpp
    // Sets `id` to the id of `message` under the configured id function (reusing its buffer where
    // the id function allows).
    void messageId(const pb::rpc::Message& message, MessageId& id) const;
    // `shared` is the message itself when the caller has it shared (kept instead of a copy), or null.
    // `idKnown`: m_arrivalId already holds the message's id (handleRpc() computed it early).
    // `fromScore`: the sender's score handle (PeerInfo::scoreHandle).
    void handleMessage(const PeerId& from, ScoreHandle fromScore, const pb::rpc::Message& message,
        const MessagePtr* shared, TimePoint now, bool idKnown = false);
    void finishValidation(const MessageId& id, const PeerId& from, const pb::rpc::Message& message,
        const MessagePtr* shared, ValidationResult result, TimePoint now);

    RouterConfig m_config; // identity, policies, bounds
    GossipsubParams m_params; // protocol parameters
    Rng& m_rng; // every random choice
    ScoreObserver* m_score = nullptr; // scoring, or none
    ScoreGates m_gates; // thresholds enforced
    MessageCache m_mcache; // recent messages
    SeenCache m_seen; // seen message ids
    Backoff m_backoff; // GRAFT backoffs
    GossipPromises m_promises; // IWANT promises
    std::unordered_map<PeerId, PeerInfo>
        m_peers; // connected pubsub peers (hashed: iteration order must not matter)
    std::set<PeerId> m_direct; // configured direct peers
    std::size_t m_floodsubPeers = 0; // connected floodsub peers (forwarded to beyond the mesh)
    std::map<PeerId, Bytes> m_peerRecords; // signed peer records for PX
    std::set<TopicId, std::less<>> m_mySubs; // our subscriptions (looked up by string_view too)
    std::map<TopicId, std::set<PeerId>> m_topics; // topic -> subscribed peers
    std::map<TopicId, std::set<PeerId>> m_mesh; // topic -> mesh peers
    std::map<TopicId, MeshView> m_meshViews; // topic -> cached mesh with PeerInfo pointers
    std::map<TopicId, MeshView> m_subscriberViews; // topic -> cached subscribers with PeerInfo pointers
    // bumped whenever a mesh, m_peers or a peer's subscriptions change (MeshView validity)
    std::uint64_t m_meshGeneration = 1;
    std::uint64_t m_peerRemovals = 0; // removePeer() calls so far (re-entrancy check in handleRpc)
    std::map<TopicId, std::set<PeerId>> m_fanout; // topic -> fanout peers
    std::map<TopicId, TimePoint> m_lastPublish; // topic -> last fanout publish
    std::map<TopicId, MeshHealth> m_health; // topic -> health at last heartbeat
    std::map<TopicId, Validator> m_validators; // topic -> sync validator
    std::set<TopicId> m_asyncTopics; // topics validated asynchronously
    std::map<MessageId, PendingValidation> m_validating; // messages awaiting a verdict
    std::vector<ValidationRequest> m_validationRequests; // not yet polled requests
    std::vector<std::pair<const PeerId*, PeerInfo*>>
        m_queued; // connected peers with a pending RPC (entries of m_peers)
    std::map<PeerId, pb::rpc::RPC>
        m_pendingOther; // outgoing RPC being merged for a peer not (or no longer) added
    std::vector<Delivery> m_deliveries; // not yet polled deliveries
    std::vector<RouterEvent> m_events; // not yet polled events
    RouterCounters m_counters; // counters
    TimePoint m_nextHeartbeat; // when the next heartbeat is due
    std::uint64_t m_heartbeatTicks = 0; // heartbeats done
    std::uint64_t m_seqno = 0; // last seqno used
    TimePoint m_lastNow; // `now` of the latest event
    MessageId m_arrivalId; // handleMessage()'s id buffer, reused for every arriving message
    std::vector<IHaveEntry> m_ihaveEntries; // handleIHave()'s input: one RPC's entries (reused)
    std::vector<std::string_view> m_ihaveIds; // ... and their ids (views into that RPC; reused)
};

} // namespace meshscope::gossipsub
