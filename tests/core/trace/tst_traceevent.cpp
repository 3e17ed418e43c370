#include "core/trace/traceevent.h"

#include "sampleevents.h"

#include <gtest/gtest.h>

#include <set>

using namespace meshscope;
using namespace meshscope::trace;
using namespace meshscope::trace::testing;

TEST(TraceEvent, HelpersSetTypeSubMessageAndTimestamp)
{
    const auto ev = rejectMessage(peerA(), fromNanos(42), "mid", peerB(),
                                  gossipsub::rejectReasonText(gossipsub::RejectReason::SelfOrigin), "blocks");
    EXPECT_EQ(ev.type(), TraceEvent::REJECT_MESSAGE);
    EXPECT_EQ(ev.peerid(), toString(peerA()));
    EXPECT_EQ(ev.timestamp(), 42);
    ASSERT_TRUE(ev.has_rejectmessage());
    EXPECT_EQ(ev.rejectmessage().messageid(), "mid");
    EXPECT_EQ(ev.rejectmessage().receivedfrom(), toString(peerB()));
    EXPECT_EQ(ev.rejectmessage().reason(), "self originated message");
    EXPECT_EQ(ev.rejectmessage().topic(), "blocks");
    EXPECT_FALSE(ev.has_publishmessage());

    const auto ap = addPeer(peerA(), fromNanos(1), peerB(), "/meshsub/1.1.0");
    EXPECT_EQ(ap.type(), 4); // go's ADD_PEER
    EXPECT_EQ(ap.onnewoutboundstream().proto(), "/meshsub/1.1.0");
    EXPECT_EQ(removePeer(peerA(), fromNanos(1), peerB()).type(), 5);
    EXPECT_EQ(leave(peerA(), fromNanos(1), "t").leave().topic(), "t");
}

TEST(TraceEvent, EveryKindHasItsOwnTypeAndOneSubMessage)
{
    const auto events = sampleEvents();
    std::set<int> types;
    for (const auto& ev : events) {
        types.insert(ev.type());
        std::vector<const google::protobuf::FieldDescriptor*> fields;
        ev.GetReflection()->ListFields(ev, &fields);
        int subMessages = 0;
        for (const auto* f : fields)
            subMessages += f->cpp_type() == google::protobuf::FieldDescriptor::CPPTYPE_MESSAGE;
        EXPECT_EQ(subMessages, 1) << typeName(ev.type());
    }
    EXPECT_EQ(types.size(), events.size());
}

TEST(TraceEvent, TypeNamesIncludeOlderGoNames)
{
    EXPECT_EQ(typeName(TraceEvent::PUBLISH_MESSAGE), "PUBLISH_MESSAGE");
    EXPECT_EQ(typeName(12), "PRUNE");
    EXPECT_EQ(typeName(100), "SCORE_UPDATE");
    EXPECT_EQ(typeName(55), "UNKNOWN");
    EXPECT_EQ(typeFromName("ADD_PEER"), 4);
    EXPECT_EQ(typeFromName("REMOVE_PEER"), 5);
    EXPECT_EQ(typeFromName("ON_NEW_OUTBOUND_STREAM"), 4);
    EXPECT_EQ(typeFromName("GRAFT"), 11);
    EXPECT_EQ(typeFromName("nope"), -1);
}

TEST(TraceEvent, RpcMetaCarriesIdsTopicsSubscriptionsAndControl)
{
    const auto meta = rpcMeta(sampleRpc(), [](const pb::rpc::Message& m) { return "id:" + m.data(); });
    ASSERT_EQ(meta.messages_size(), 1);
    EXPECT_EQ(meta.messages(0).messageid(), "id:hello");
    EXPECT_EQ(meta.messages(0).topic(), "blocks");
    ASSERT_EQ(meta.subscription_size(), 1);
    EXPECT_TRUE(meta.subscription(0).subscribe());
    EXPECT_EQ(meta.subscription(0).topic(), "blocks");
    const auto& c = meta.control();
    ASSERT_EQ(c.ihave_size(), 1);
    EXPECT_EQ(c.ihave(0).topic(), "blocks");
    ASSERT_EQ(c.ihave(0).messageids_size(), 2);
    EXPECT_EQ(c.ihave(0).messageids(1), std::string("\x00\xff", 2));
    ASSERT_EQ(c.iwant_size(), 1);
    EXPECT_EQ(c.iwant(0).messageids(0), "id-2");
    ASSERT_EQ(c.graft_size(), 1);
    EXPECT_EQ(c.graft(0).topic(), "tx");
    ASSERT_EQ(c.prune_size(), 1);
    EXPECT_EQ(c.prune(0).topic(), "tx");
    ASSERT_EQ(c.prune(0).peers_size(), 1);
    EXPECT_EQ(c.prune(0).peers(0), toString(peerB()));
    ASSERT_EQ(c.idontwant_size(), 1);
    EXPECT_EQ(c.idontwant(0).messageids(0), "id-3");
}

TEST(TraceEvent, RpcMetaOfEmptyRpcHasNoControl)
{
    const auto meta = rpcMeta(pb::rpc::RPC{}, [](const pb::rpc::Message&) { return std::string(); });
    EXPECT_FALSE(meta.has_control());
    EXPECT_EQ(meta.messages_size(), 0);
}

TEST(TraceEvent, SameEventComparesAllFields)
{
    auto a = sampleEvents();
    auto b = sampleEvents();
    for (std::size_t i = 0; i < a.size(); ++i)
        EXPECT_TRUE(sameEvent(a[i], b[i]));
    b[6].mutable_recvrpc()->mutable_meta()->mutable_control()->mutable_ihave(0)->set_messageids(0, "x");
    EXPECT_FALSE(sameEvent(a[6], b[6]));
}

TEST(TraceEvent, RawTypeSeesTypesFromNewerGo)
{
    EXPECT_EQ(rawType(graft(peerA(), fromNanos(1), peerB(), "t")), 11);
    EXPECT_EQ(rawType(TraceEvent{}), -1);
    TraceEvent future;
    const std::string bytes{0x08, 0x0d, 0x18, 0x05}; // type 13 (unknown here), timestamp 5
    ASSERT_TRUE(future.ParseFromString(bytes));
    EXPECT_FALSE(future.has_type());
    EXPECT_EQ(future.timestamp(), 5);
    EXPECT_EQ(rawType(future), 13);
    EXPECT_EQ(future.SerializeAsString(), std::string({0x18, 0x05, 0x08, 0x0d})) << "kept for re-writing";
}
