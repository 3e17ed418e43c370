#pragma once
// RouterTracer: maps the router's raw events (gossipsub::RouterEvent) to go-libp2p-pubsub trace
// events, so recordings from the live node and the simulator open in go's tools (and ours).
// RouterEventTally: per-peer counters folded from the same raw events, for NodeSnapshots.
//
// Mapping (go's tracer.go names): EvAddPeer -> ON_NEW_OUTBOUND_STREAM (go's AddPeer, with the
// protocol), EvRemovePeer -> ON_CLOSED_OUTBOUND_STREAM, EvJoin/EvLeave -> JOIN/LEAVE,
// EvGraft/EvPrune -> GRAFT/PRUNE, EvPublish -> PUBLISH_MESSAGE, EvDeliver -> DELIVER_MESSAGE,
// EvReject -> REJECT_MESSAGE (go's reason strings), EvDuplicate -> DUPLICATE_MESSAGE,
// EvRecvRpc/EvSendRpc/EvDropRpc -> RECV_RPC/SEND_RPC/DROP_RPC, EvThrottled -> THROTTLE_PEER
// (extension 102).
//
// Differences from go:
// - The raw RPC events carry only a size, so their RPC meta is empty. A driver that has the RPCs
//   (decoded frames, Router::pollOutgoing()) should turn rpcEventsFromRouter off and call
//   recvRpc()/sendRpc() with them instead: those events carry go's full meta.
// - Peer (un)subscriptions, penalties, PX candidates and direct-connect requests have no go trace
//   event; subscriptions show in RECV_RPC meta. Scores go out as SCORE_UPDATE (extension 100)
//   through scoreUpdates(), at whatever rate the caller chooses (go has no such event).

#include "core/gossipsub/events.h"
#include "core/gossipsub/msgid.h"
#include "core/gossipsub/peerscore.h"
#include "core/trace/snapshotbuilder.h"
#include "core/trace/traceevent.h"

#include <map>
#include <vector>

namespace meshscope::trace {

class RouterTracer {
public:
    // `self` is the tracing node's peer id; `msgId` computes ids for RPC meta.
    RouterTracer(gossipsub::PeerId self, gossipsub::MsgIdFunction msgId);

    // When false, EvRecvRpc/EvSendRpc are skipped (the driver reports RPCs with their contents).
    void setRpcEventsFromRouter(bool on) { m_rpcEventsFromRouter = on; }

    // Call with every event from Router::pollEvents(): appends its trace event (if any) to `out`.
    void map(const gossipsub::RouterEvent& event, std::vector<TraceEvent>& out) const;
    // Convenience: maps a whole poll.
    std::vector<TraceEvent> map(const std::vector<gossipsub::RouterEvent>& events) const;

    // Call with every RPC decoded from `from` (go's RecvRPC with full meta).
    TraceEvent recvRpc(const gossipsub::PeerId& from, const pb::rpc::RPC& rpc, TimePoint now) const;
    // Call with every RPC handed to the transport for `to`.
    TraceEvent sendRpc(const gossipsub::PeerId& to, const pb::rpc::RPC& rpc, TimePoint now) const;
    // SCORE_UPDATE events (unweighted P1..P7 as trace.proto's extension defines them), one per peer.
    std::vector<TraceEvent> scoreUpdates(const std::vector<gossipsub::PeerScoreBreakdown>& scores,
                                         const gossipsub::PeerScoreParams& params, TimePoint now) const;

private:
    RpcMeta meta(const pb::rpc::RPC& rpc) const;

    Bytes m_self;                        // our peer id bytes (TraceEvent.peerID)
    gossipsub::MsgIdFunction m_msgId;    // message id function for RPC meta
    bool m_rpcEventsFromRouter = true;   // map EvRecvRpc/EvSendRpc
};

class RouterEventTally {
public:
    // Call with every event from Router::pollEvents().
    void apply(const gossipsub::RouterEvent& event);
    // Per-peer tallies of connected peers (a peer's tally is dropped when it is removed).
    const std::map<gossipsub::PeerId, PeerTally>& tallies() const { return m_tallies; }

private:
    std::map<gossipsub::PeerId, PeerTally> m_tallies; // connected peers only (bounded by the router)
};

} // namespace meshscope::trace
