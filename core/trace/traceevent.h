#pragma once
// Trace events as go-libp2p-pubsub writes them, and helpers that build them.
//
// Decision: the value type IS the generated protobuf message pb::trace::TraceEvent (aliased here
// as trace::TraceEvent). It is a plain copyable value, its field numbers and names are go's, and
// every writer and reader in this module works on it directly, so a wrapper would only copy
// fields twice. Build events with the helpers below rather than by hand: they set `type`, the
// matching sub-message and the timestamp consistently.
//
// Differences from go, on purpose:
// - timestamp is toNanos(now) of the TimePoint the caller passes; go uses unix nanoseconds, so
//   the live driver should pass wall-clock time since the unix epoch (the simulator passes
//   virtual time).
// - Extensions (score updates, validation results, throttling) use numbers >= 100; IDONTWANT
//   sent or received is not a separate event: it is in RPC meta (ControlMeta.idontwant, field 5).

#include "core/base/bytes.h"
#include "core/base/time.h"
#include "core/proto/rpc.pb.h"
#include "core/proto/trace.pb.h"

#include <string>
#include <string_view>

namespace meshscope::trace {

using TraceEvent = pb::trace::TraceEvent;
using TraceEventBatch = pb::trace::TraceEventBatch;
using TraceEventType = pb::trace::TraceEvent::Type;
using RpcMeta = pb::trace::TraceEvent_RPCMeta;

// go's enum name of `type` ("PUBLISH_MESSAGE", ..., our extensions too); "UNKNOWN" otherwise.
std::string_view typeName(int type);
// Parses an enum name (also go's older "ADD_PEER"/"REMOVE_PEER"); -1 when unknown.
int typeFromName(std::string_view name);

// The event's type number, also when it is one this build does not know (a newer go): proto2
// enums are closed, so such a number sits in the unknown fields and type() would say
// PUBLISH_MESSAGE. -1 when the event has no type at all. Switch on this, not on type().
int rawType(const TraceEvent& event);

// True when both events have the same fields (bytewise), including unknown fields.
bool sameEvent(const TraceEvent& a, const TraceEvent& b);

// RPC meta as go's tracer builds it: message ids and topics, subscriptions, control (ihave,
// iwant, graft, prune with px peer ids, idontwant). `messageId` gives a message's id.
template <typename MessageIdFn>
RpcMeta rpcMeta(const pb::rpc::RPC& rpc, MessageIdFn&& messageId);

// The event skeleton shared by all helpers: type, peerID (the tracing node) and timestamp.
TraceEvent makeEvent(TraceEventType type, BytesView self, TimePoint now);

// A message this node published.
TraceEvent publishMessage(BytesView self, TimePoint now, std::string_view msgId, std::string_view topic);
// A message rejected; `reason` is one of go's strings (gossipsub::rejectReasonText).
TraceEvent rejectMessage(BytesView self, TimePoint now, std::string_view msgId, BytesView receivedFrom,
                         std::string_view reason, std::string_view topic);
// A message seen again.
TraceEvent duplicateMessage(BytesView self, TimePoint now, std::string_view msgId, BytesView receivedFrom,
                            std::string_view topic);
// A message delivered to the local application.
TraceEvent deliverMessage(BytesView self, TimePoint now, std::string_view msgId, std::string_view topic,
                          BytesView receivedFrom);
// A pubsub peer added (go: AddPeer / OnNewOutboundStream) with its negotiated protocol.
TraceEvent addPeer(BytesView self, TimePoint now, BytesView peer, std::string_view protocol);
// A pubsub peer removed (go: RemovePeer / OnClosedOutboundStream).
TraceEvent removePeer(BytesView self, TimePoint now, BytesView peer);
// An RPC received from `from`.
TraceEvent recvRpc(BytesView self, TimePoint now, BytesView from, const RpcMeta& meta);
// An RPC sent to `to`.
TraceEvent sendRpc(BytesView self, TimePoint now, BytesView to, const RpcMeta& meta);
// An RPC dropped (queue full) on its way to `to`.
TraceEvent dropRpc(BytesView self, TimePoint now, BytesView to, const RpcMeta& meta);
// This node joined a topic.
TraceEvent join(BytesView self, TimePoint now, std::string_view topic);
// This node left a topic.
TraceEvent leave(BytesView self, TimePoint now, std::string_view topic);
// `peer` was grafted into our mesh for `topic`.
TraceEvent graft(BytesView self, TimePoint now, BytesView peer, std::string_view topic);
// `peer` was pruned from our mesh for `topic`.
TraceEvent prune(BytesView self, TimePoint now, BytesView peer, std::string_view topic);
// Extension: validation outcome (result ACCEPT/REJECT/IGNORE, reason empty on ACCEPT).
TraceEvent validationResult(BytesView self, TimePoint now, std::string_view msgId, BytesView receivedFrom,
                            std::string_view topic, pb::trace::TraceEvent_ValidationResult_Result result,
                            std::string_view reason);
// Extension: `peer`'s validation was throttled.
TraceEvent throttlePeer(BytesView self, TimePoint now, BytesView peer);
// Extension: a score refresh; fill the returned event's scoreUpdate() topics and components.
TraceEvent scoreUpdate(BytesView self, TimePoint now, BytesView peer, double score);

// Message id as raw bytes of a std::string (go's message ids are binary strings).
inline std::string idString(BytesView b) { return toString(b); }

template <typename MessageIdFn>
RpcMeta rpcMeta(const pb::rpc::RPC& rpc, MessageIdFn&& messageId)
{
    RpcMeta meta;
    for (const auto& msg : rpc.publish()) {
        auto* m = meta.add_messages();
        m->set_messageid(messageId(msg));
        m->set_topic(msg.topic());
    }
    for (const auto& sub : rpc.subscriptions()) {
        auto* s = meta.add_subscription();
        s->set_subscribe(sub.subscribe());
        s->set_topic(sub.topicid());
    }
    if (rpc.has_control()) {
        const auto& c = rpc.control();
        auto* cm = meta.mutable_control();
        for (const auto& ih : c.ihave()) {
            auto* m = cm->add_ihave();
            m->set_topic(ih.topicid());
            for (const auto& id : ih.messageids())
                m->add_messageids(id);
        }
        for (const auto& iw : c.iwant()) {
            auto* m = cm->add_iwant();
            for (const auto& id : iw.messageids())
                m->add_messageids(id);
        }
        for (const auto& g : c.graft())
            cm->add_graft()->set_topic(g.topicid());
        for (const auto& p : c.prune()) {
            auto* m = cm->add_prune();
            m->set_topic(p.topicid());
            for (const auto& px : p.peers())
                m->add_peers(px.peerid());
        }
        for (const auto& idw : c.idontwant()) {
            auto* m = cm->add_idontwant();
            for (const auto& id : idw.messageids())
                m->add_messageids(id);
        }
    }
    return meta;
}

} // namespace meshscope::trace
