#include "core/trace/traceevent.h"

#include <google/protobuf/unknown_field_set.h>
#include <google/protobuf/util/message_differencer.h>

#include <array>
#include <utility>

namespace meshscope::trace {

namespace {

using pb::trace::TraceEvent_Type;

struct TypeNameEntry {
    int type;              // enum value
    std::string_view name; // go's enum name
};

constexpr std::array<TypeNameEntry, 16> kTypeNames{{
    {0, "PUBLISH_MESSAGE"},
    {1, "REJECT_MESSAGE"},
    {2, "DUPLICATE_MESSAGE"},
    {3, "DELIVER_MESSAGE"},
    {4, "ON_NEW_OUTBOUND_STREAM"},
    {5, "ON_CLOSED_OUTBOUND_STREAM"},
    {6, "RECV_RPC"},
    {7, "SEND_RPC"},
    {8, "DROP_RPC"},
    {9, "JOIN"},
    {10, "LEAVE"},
    {11, "GRAFT"},
    {12, "PRUNE"},
    {100, "SCORE_UPDATE"},
    {101, "VALIDATION_RESULT"},
    {102, "THROTTLE_PEER"},
}};

std::string str(std::string_view s) { return std::string(s); }
std::string str(BytesView b) { return toString(b); }

} // namespace

std::string_view typeName(int type)
{
    for (const auto& e : kTypeNames)
        if (e.type == type)
            return e.name;
    return "UNKNOWN";
}

int typeFromName(std::string_view name)
{
    for (const auto& e : kTypeNames)
        if (e.name == name)
            return e.type;
    if (name == "ADD_PEER")
        return 4;
    if (name == "REMOVE_PEER")
        return 5;
    return -1;
}

int rawType(const TraceEvent& event)
{
    if (event.has_type())
        return event.type();
    const auto& unknown = event.GetReflection()->GetUnknownFields(event);
    int found = -1;
    for (int i = 0; i < unknown.field_count(); ++i) {
        const auto& f = unknown.field(i);
        if (f.number() == TraceEvent::kTypeFieldNumber && f.type() == google::protobuf::UnknownField::TYPE_VARINT)
            found = static_cast<int>(static_cast<std::int32_t>(f.varint())); // last one wins, as in protobuf
    }
    return found;
}

bool sameEvent(const TraceEvent& a, const TraceEvent& b)
{
    return google::protobuf::util::MessageDifferencer::Equals(a, b);
}

TraceEvent makeEvent(TraceEventType type, BytesView self, TimePoint now)
{
    TraceEvent ev;
    ev.set_type(type);
    ev.set_peerid(str(self));
    ev.set_timestamp(toNanos(now));
    return ev;
}

TraceEvent publishMessage(BytesView self, TimePoint now, std::string_view msgId, std::string_view topic)
{
    auto ev = makeEvent(TraceEvent::PUBLISH_MESSAGE, self, now);
    auto* m = ev.mutable_publishmessage();
    m->set_messageid(str(msgId));
    m->set_topic(str(topic));
    return ev;
}

TraceEvent rejectMessage(BytesView self, TimePoint now, std::string_view msgId, BytesView receivedFrom,
                         std::string_view reason, std::string_view topic)
{
    auto ev = makeEvent(TraceEvent::REJECT_MESSAGE, self, now);
    auto* m = ev.mutable_rejectmessage();
    m->set_messageid(str(msgId));
    m->set_receivedfrom(str(receivedFrom));
    m->set_reason(str(reason));
    m->set_topic(str(topic));
    return ev;
}

TraceEvent duplicateMessage(BytesView self, TimePoint now, std::string_view msgId, BytesView receivedFrom,
                            std::string_view topic)
{
    auto ev = makeEvent(TraceEvent::DUPLICATE_MESSAGE, self, now);
    auto* m = ev.mutable_duplicatemessage();
    m->set_messageid(str(msgId));
    m->set_receivedfrom(str(receivedFrom));
    m->set_topic(str(topic));
    return ev;
}

TraceEvent deliverMessage(BytesView self, TimePoint now, std::string_view msgId, std::string_view topic,
                          BytesView receivedFrom)
{
    auto ev = makeEvent(TraceEvent::DELIVER_MESSAGE, self, now);
    auto* m = ev.mutable_delivermessage();
    m->set_messageid(str(msgId));
    m->set_topic(str(topic));
    m->set_receivedfrom(str(receivedFrom));
    return ev;
}

TraceEvent addPeer(BytesView self, TimePoint now, BytesView peer, std::string_view protocol)
{
    auto ev = makeEvent(TraceEvent::ON_NEW_OUTBOUND_STREAM, self, now);
    auto* m = ev.mutable_onnewoutboundstream();
    m->set_peerid(str(peer));
    m->set_proto(str(protocol));
    return ev;
}

TraceEvent removePeer(BytesView self, TimePoint now, BytesView peer)
{
    auto ev = makeEvent(TraceEvent::ON_CLOSED_OUTBOUND_STREAM, self, now);
    ev.mutable_onclosedoutboundstream()->set_peerid(str(peer));
    return ev;
}

TraceEvent recvRpc(BytesView self, TimePoint now, BytesView from, const RpcMeta& meta)
{
    auto ev = makeEvent(TraceEvent::RECV_RPC, self, now);
    auto* m = ev.mutable_recvrpc();
    m->set_receivedfrom(str(from));
    *m->mutable_meta() = meta;
    return ev;
}

TraceEvent sendRpc(BytesView self, TimePoint now, BytesView to, const RpcMeta& meta)
{
    auto ev = makeEvent(TraceEvent::SEND_RPC, self, now);
    auto* m = ev.mutable_sendrpc();
    m->set_sendto(str(to));
    *m->mutable_meta() = meta;
    return ev;
}

TraceEvent dropRpc(BytesView self, TimePoint now, BytesView to, const RpcMeta& meta)
{
    auto ev = makeEvent(TraceEvent::DROP_RPC, self, now);
    auto* m = ev.mutable_droprpc();
    m->set_sendto(str(to));
    *m->mutable_meta() = meta;
    return ev;
}

TraceEvent join(BytesView self, TimePoint now, std::string_view topic)
{
    auto ev = makeEvent(TraceEvent::JOIN, self, now);
    ev.mutable_join()->set_topic(str(topic));
    return ev;
}

TraceEvent leave(BytesView self, TimePoint now, std::string_view topic)
{
    auto ev = makeEvent(TraceEvent::LEAVE, self, now);
    ev.mutable_leave()->set_topic(str(topic));
    return ev;
}

TraceEvent graft(BytesView self, TimePoint now, BytesView peer, std::string_view topic)
{
    auto ev = makeEvent(TraceEvent::GRAFT, self, now);
    auto* m = ev.mutable_graft();
    m->set_peerid(str(peer));
    m->set_topic(str(topic));
    return ev;
}

TraceEvent prune(BytesView self, TimePoint now, BytesView peer, std::string_view topic)
{
    auto ev = makeEvent(TraceEvent::PRUNE, self, now);
    auto* m = ev.mutable_prune();
    m->set_peerid(str(peer));
    m->set_topic(str(topic));
    return ev;
}

TraceEvent validationResult(BytesView self, TimePoint now, std::string_view msgId, BytesView receivedFrom,
                            std::string_view topic, pb::trace::TraceEvent_ValidationResult_Result result,
                            std::string_view reason)
{
    auto ev = makeEvent(TraceEvent::VALIDATION_RESULT, self, now);
    auto* m = ev.mutable_validationresult();
    m->set_messageid(str(msgId));
    m->set_receivedfrom(str(receivedFrom));
    m->set_topic(str(topic));
    m->set_result(result);
    if (!reason.empty())
        m->set_reason(str(reason));
    return ev;
}

TraceEvent throttlePeer(BytesView self, TimePoint now, BytesView peer)
{
    auto ev = makeEvent(TraceEvent::THROTTLE_PEER, self, now);
    ev.mutable_throttlepeer()->set_peerid(str(peer));
    return ev;
}

TraceEvent scoreUpdate(BytesView self, TimePoint now, BytesView peer, double score)
{
    auto ev = makeEvent(TraceEvent::SCORE_UPDATE, self, now);
    auto* m = ev.mutable_scoreupdate();
    m->set_peerid(str(peer));
    m->set_score(score);
    return ev;
}

} // namespace meshscope::trace
