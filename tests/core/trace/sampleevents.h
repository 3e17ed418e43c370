#pragma once
// Test events covering every TraceEvent kind, and go-format bytes written by hand.

#include "core/gossipsub/types.h"
#include "core/trace/traceevent.h"

#include <string>
#include <vector>

namespace meshscope::trace::testing {

// A 38-byte identity-multihash-shaped peer id: 00 24 08 01 12 20 then bytes 0..31.
inline Bytes peerA()
{
    Bytes b{0x00, 0x24, 0x08, 0x01, 0x12, 0x20};
    for (std::uint8_t i = 0; i < 32; ++i)
        b.push_back(i);
    return b;
}

inline Bytes peerB()
{
    Bytes b = peerA();
    b.back() = 0xee;
    return b;
}

inline pb::rpc::RPC sampleRpc()
{
    pb::rpc::RPC rpc;
    auto* sub = rpc.add_subscriptions();
    sub->set_subscribe(true);
    sub->set_topicid("blocks");
    auto* m = rpc.add_publish();
    m->set_topic("blocks");
    m->set_data("hello");
    m->set_seqno(std::string("\x00\x01", 2));
    auto* c = rpc.mutable_control();
    auto* ih = c->add_ihave();
    ih->set_topicid("blocks");
    ih->add_messageids("id-1");
    ih->add_messageids(std::string("\x00\xff", 2));
    c->add_iwant()->add_messageids("id-2");
    c->add_graft()->set_topicid("tx");
    auto* pr = c->add_prune();
    pr->set_topicid("tx");
    pr->set_backoff(60);
    pr->add_peers()->set_peerid(toString(peerB()));
    c->add_idontwant()->add_messageids("id-3");
    return rpc;
}

// One event of every kind, with binary ids and awkward strings.
inline std::vector<TraceEvent> sampleEvents()
{
    const Bytes a = peerA();
    const Bytes b = peerB();
    TimePoint t = fromNanos(1700000000123456789);
    auto next = [&t] { return t += Duration(1000); };
    const RpcMeta meta = rpcMeta(sampleRpc(), [](const pb::rpc::Message& msg) { return "id:" + msg.data(); });
    std::vector<TraceEvent> v;
    v.push_back(publishMessage(a, next(), std::string("\x00\x01\x02", 3), "blocks"));
    v.push_back(rejectMessage(a, next(), "m2", b,
                              gossipsub::rejectReasonText(gossipsub::RejectReason::ValidationFailed), "blocks"));
    v.push_back(duplicateMessage(a, next(), "m3", b, "top<ic>&\"\n\xe2\x80\xa8"));
    v.push_back(deliverMessage(a, next(), "m4", "blocks", b));
    v.push_back(addPeer(a, next(), b, "/meshsub/1.2.0"));
    v.push_back(removePeer(a, next(), b));
    v.push_back(recvRpc(a, next(), b, meta));
    v.push_back(sendRpc(a, next(), b, meta));
    v.push_back(dropRpc(a, next(), b, meta));
    v.push_back(join(a, next(), "blocks"));
    v.push_back(leave(a, next(), "blocks"));
    v.push_back(graft(a, next(), b, "blocks"));
    v.push_back(prune(a, next(), b, "blocks"));
    v.push_back(validationResult(a, next(), "m5", b, "blocks", pb::trace::TraceEvent_ValidationResult::REJECT,
                                 "invalid signature"));
    v.push_back(throttlePeer(a, next(), b));
    auto score = scoreUpdate(a, next(), b, -12.5);
    auto* ts = score.mutable_scoreupdate()->add_topics();
    ts->set_topic("blocks");
    ts->set_timeinmesh(0.25);
    ts->set_firstmessagedeliveries(3);
    ts->set_invalidmessagedeliveries(1e-7);
    score.mutable_scoreupdate()->set_behaviourpenalty(2);
    v.push_back(score);
    return v;
}

// Bytes as go's PBTracer writes them, built by hand from the wire format:
// PUBLISH_MESSAGE (69 bytes), then an older go ADD_PEER (110 bytes), then GRAFT (102 bytes).
inline Bytes goPbBytes()
{
    const Bytes a = peerA();
    const Bytes b = peerB();
    const Bytes ts{0x95, 0x9a, 0x97, 0xec, 0xe3, 0x9f, 0xe7, 0xcb, 0x17}; // 1700000000123456789
    Bytes out;
    auto put = [&out](std::initializer_list<std::uint8_t> bytes) { out.insert(out.end(), bytes); };
    auto putB = [&out](const Bytes& bytes) { out.insert(out.end(), bytes.begin(), bytes.end()); };
    auto putS = [&out](std::string_view s) { out.insert(out.end(), s.begin(), s.end()); };
    // Event 1: type=0, peerID, timestamp, publishMessage{messageID "msg-1", topic "blocks"}.
    put({69, 0x08, 0x00, 0x12, 38});
    putB(a);
    put({0x18});
    putB(ts);
    put({0x22, 15, 0x0a, 5});
    putS("msg-1");
    put({0x12, 6});
    putS("blocks");
    // Event 2: type=4 (ADD_PEER), addPeer{peerID, proto "/meshsub/1.1.0"} in field 8.
    put({110, 0x08, 0x04, 0x12, 38});
    putB(a);
    put({0x18});
    putB(ts);
    put({0x42, 56, 0x0a, 38});
    putB(b);
    put({0x12, 14});
    putS("/meshsub/1.1.0");
    // Event 3: type=11 (GRAFT), graft{peerID, topic "blocks"} in field 15.
    put({102, 0x08, 0x0b, 0x12, 38});
    putB(a);
    put({0x18});
    putB(ts);
    put({0x7a, 48, 0x0a, 38});
    putB(b);
    put({0x12, 6});
    putS("blocks");
    return out;
}

// The three events goPbBytes() holds, built with our helpers.
inline std::vector<TraceEvent> goPbEvents()
{
    const TimePoint t = fromNanos(1700000000123456789);
    return {publishMessage(peerA(), t, "msg-1", "blocks"), addPeer(peerA(), t, peerB(), "/meshsub/1.1.0"),
            graft(peerA(), t, peerB(), "blocks")};
}

} // namespace meshscope::trace::testing
