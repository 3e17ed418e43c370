#include "core/trace/tracejson.h"

#include "sampleevents.h"

#include <gtest/gtest.h>

using namespace meshscope;
using namespace meshscope::trace;
using namespace meshscope::trace::testing;

namespace {
// go's JSONTracer output for goPbEvents()[0] (encoding/json of the generated struct).
const std::string kGoPublishLine =
    R"({"type":0,"peerID":"ACQIARIgAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=","timestamp":1700000000123456789,)"
    R"("publishMessage":{"messageID":"bXNnLTE=","topic":"blocks"}})"
    "\n";
} // namespace

TEST(TraceJson, WritesExactlyWhatGoWrites)
{
    EXPECT_EQ(toJsonLine(goPbEvents()[0]), kGoPublishLine);
}

TEST(TraceJson, ReadsGoLine)
{
    auto ev = traceEventFromJson(kGoPublishLine);
    ASSERT_TRUE(ev.ok()) << ev.error().message;
    EXPECT_TRUE(sameEvent(*ev, goPbEvents()[0])) << ev->DebugString();
}

TEST(TraceJson, ReadsOlderGoNamesAndGoLeniency)
{
    // Older go: addPeer/removePeer keys, `topics` arrays, enum by name; go's decoder also matches
    // keys case-insensitively, treats null as absent and ignores unknown keys.
    const std::string line =
        R"({"type":"ADD_PEER","PEERID":"AP8Q","timestamp":5,"extra":{"x":1},"deliverMessage":null,)"
        R"("addPeer":{"peerID":"bXNnLTE=","proto":"/meshsub/1.1.0"}})";
    auto ev = traceEventFromJson(line);
    ASSERT_TRUE(ev.ok()) << ev.error().message;
    EXPECT_EQ(ev->type(), 4);
    EXPECT_EQ(ev->peerid(), std::string("\x00\xff\x10", 3));
    EXPECT_EQ(ev->onnewoutboundstream().peerid(), "msg-1");
    EXPECT_EQ(ev->onnewoutboundstream().proto(), "/meshsub/1.1.0");
    EXPECT_FALSE(ev->has_delivermessage());

    auto old = traceEventFromJson(
        R"({"type":0,"publishMessage":{"messageID":"bXNnLTE=","topics":["blocks"]},)"
        R"("removePeer":{"peerID":"AP8Q"},"sendRPC":{"meta":{"messages":[{"messageID":"AP8Q","topics":["a","b"]}]}}})");
    ASSERT_TRUE(old.ok()) << old.error().message;
    EXPECT_EQ(old->publishmessage().topic(), "blocks");
    EXPECT_EQ(old->onclosedoutboundstream().peerid(), std::string("\x00\xff\x10", 3));
    EXPECT_EQ(old->sendrpc().meta().messages(0).topic(), "a");
}

TEST(TraceJson, EscapesStringsAsGoDoes)
{
    auto ev = join(peerA(), fromNanos(1), std::string("a<b>&\"\\\n\t\x01\xe2\x80\xa8\xff\xc3\xa9", 16));
    const std::string line = toJsonLine(ev);
    EXPECT_NE(line.find(R"("join":{"topic":"a\u003cb\u003e\u0026\"\\\n\t\u0001\u2028\ufffd)"
                        "\xc3\xa9"
                        R"("})"),
              std::string::npos)
        << line;
}

TEST(TraceJson, LeavesOutEmptyBytesLikeGoOmitempty)
{
    TraceEvent ev;
    ev.set_type(TraceEvent::JOIN);
    ev.set_peerid("");
    ev.set_timestamp(0);
    ev.mutable_join();
    EXPECT_EQ(toJsonLine(ev), "{\"type\":9,\"timestamp\":0,\"join\":{}}\n");
}

TEST(TraceJson, EveryKindRoundTrips)
{
    for (const auto& ev : sampleEvents()) {
        const std::string line = toJsonLine(ev);
        ASSERT_EQ(line.back(), '\n');
        ASSERT_EQ(line.find('\n'), line.size() - 1) << "one line per event";
        auto back = traceEventFromJson(line);
        ASSERT_TRUE(back.ok()) << back.error().message << "\n" << line;
        EXPECT_TRUE(sameEvent(*back, ev)) << line << "\n" << back->DebugString();
    }
}

TEST(TraceJson, RejectsMalformedInput)
{
    EXPECT_FALSE(traceEventFromJson("").ok());
    EXPECT_FALSE(traceEventFromJson("{\"type\":").ok());
    EXPECT_FALSE(traceEventFromJson("[1,2]").ok());
    auto badB64 = traceEventFromJson(R"({"peerID":"@@@@"})");
    ASSERT_FALSE(badB64.ok());
    EXPECT_NE(badB64.error().message.find("peerID"), std::string::npos);
    EXPECT_FALSE(traceEventFromJson(R"({"timestamp":"12"})").ok());
    EXPECT_FALSE(traceEventFromJson(R"({"timestamp":1.5})").ok());
    EXPECT_FALSE(traceEventFromJson(R"({"type":"NOT_A_TYPE"})").ok());
    EXPECT_FALSE(traceEventFromJson(R"({"join":[]})").ok());
    EXPECT_FALSE(traceEventFromJson(R"({"recvRPC":{"meta":{"messages":{}}}})").ok());
}

TEST(TraceJson, UnknownEnumNumberIsKeptLikeProtobufDoes)
{
    auto ev = traceEventFromJson(R"({"type":77,"timestamp":3})");
    ASSERT_TRUE(ev.ok());
    EXPECT_EQ(ev->timestamp(), 3);
    EXPECT_FALSE(ev->has_type());
    EXPECT_EQ(rawType(*ev), 77);
    // Written back in its place, as go (which knows the type) would write it.
    EXPECT_EQ(toJsonLine(*ev), "{\"type\":77,\"timestamp\":3}\n");

    TraceEvent future; // a newer go's PBTracer event: type 13, timestamp 5, join{topic "t"}
    ASSERT_TRUE(future.ParseFromString(std::string{0x08, 0x0d, 0x18, 0x05, 0x6a, 0x03, 0x0a, 0x01, 't'}));
    EXPECT_EQ(toJsonLine(future), "{\"type\":13,\"timestamp\":5,\"join\":{\"topic\":\"t\"}}\n");
}

TEST(TraceJson, Base64MatchesGoStdEncoding)
{
    EXPECT_EQ(base64Encode(asBytes("")), "");
    EXPECT_EQ(base64Encode(asBytes("f")), "Zg==");
    EXPECT_EQ(base64Encode(asBytes("fo")), "Zm8=");
    EXPECT_EQ(base64Encode(asBytes("foo")), "Zm9v");
    EXPECT_EQ(base64Encode(asBytes("foobar")), "Zm9vYmFy");
    EXPECT_EQ(*base64Decode("Zm9vYmE="), "fooba");
    EXPECT_EQ(*base64Decode("Zg=="), "f");
    EXPECT_EQ(*base64Decode(""), "");
    EXPECT_FALSE(base64Decode("Zg=").ok());
    EXPECT_FALSE(base64Decode("Z===").ok());
    EXPECT_FALSE(base64Decode("Zm9v!A==").ok());
}

TEST(TraceJson, RpcMetaKeysAreGoJsonTags)
{
    const std::string id("\x00\xff\x10", 3);
    pb::rpc::RPC rpc;
    rpc.add_publish()->set_topic("t");
    auto* sub = rpc.add_subscriptions();
    sub->set_subscribe(true);
    sub->set_topicid("t");
    auto* ih = rpc.mutable_control()->add_ihave();
    ih->set_topicid("t");
    ih->add_messageids(id);
    rpc.mutable_control()->add_idontwant()->add_messageids(id);
    const auto ev = recvRpc(peerA(), fromNanos(7), asBytes(id), rpcMeta(rpc, [&](const pb::rpc::Message&) { return id; }));
    EXPECT_EQ(toJsonLine(ev),
              R"({"type":6,"peerID":"ACQIARIgAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=","timestamp":7,)"
              R"("recvRPC":{"receivedFrom":"AP8Q","meta":{"messages":[{"messageID":"AP8Q","topic":"t"}],)"
              R"("subscription":[{"subscribe":true,"topic":"t"}],)"
              R"("control":{"ihave":[{"topic":"t","messageIDs":["AP8Q"]}],"idontwant":[{"messageIDs":["AP8Q"]}]}}}})"
              "\n");
}
