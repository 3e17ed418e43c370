// RouterTracer: a real router's raw events become go trace events that survive a recording.
#include "core/trace/recordingreader.h"
#include "core/trace/recordingwriter.h"
#include "core/trace/routertracer.h"
#include "obstesthelpers.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace meshscope::trace {
namespace {

using testing::RouterFixture;

std::vector<int> types(const std::vector<TraceEvent>& events)
{
    std::vector<int> out;
    for (const auto& e : events)
        out.push_back(rawType(e));
    return out;
}

int countType(const std::vector<TraceEvent>& events, int type)
{
    int n = 0;
    for (const auto& e : events)
        n += rawType(e) == type ? 1 : 0;
    return n;
}

TEST(RouterTracer, MapsPeersJoinGraftAndMessages)
{
    RouterFixture f;
    f.meshUp("blocks");
    f.receive(f.a, "blocks", "hello");
    f.receive(f.b, "blocks", "hello"); // duplicate
    auto published = f.router->publish("blocks", toBytes("mine"), f.now);
    ASSERT_TRUE(published.ok());

    RouterTracer tracer(f.self, gossipsub::MsgIdFunction::Content);
    const auto events = tracer.map(f.router->pollEvents());
    ASSERT_FALSE(events.empty());
    for (const auto& e : events) {
        EXPECT_EQ(e.peerid(), toString(f.self.bytes()));
        EXPECT_TRUE(e.has_timestamp());
    }
    EXPECT_EQ(countType(events, TraceEvent::ON_NEW_OUTBOUND_STREAM), 2);
    EXPECT_EQ(countType(events, TraceEvent::JOIN), 1);
    EXPECT_EQ(countType(events, TraceEvent::GRAFT), 2);
    EXPECT_EQ(countType(events, TraceEvent::DELIVER_MESSAGE), 1);
    EXPECT_EQ(countType(events, TraceEvent::DUPLICATE_MESSAGE), 1);
    EXPECT_EQ(countType(events, TraceEvent::PUBLISH_MESSAGE), 1);

    for (const auto& e : events) {
        if (rawType(e) == TraceEvent::ON_NEW_OUTBOUND_STREAM && e.onnewoutboundstream().peerid() == toString(f.b.bytes())) {
            EXPECT_EQ(e.onnewoutboundstream().proto(), "/meshsub/1.2.0");
        }
        if (rawType(e) == TraceEvent::DELIVER_MESSAGE) {
            EXPECT_EQ(e.delivermessage().topic(), "blocks");
            EXPECT_EQ(e.delivermessage().receivedfrom(), toString(f.a.bytes()));
        }
        if (rawType(e) == TraceEvent::PUBLISH_MESSAGE) {
            EXPECT_EQ(e.publishmessage().messageid(), published.value());
        }
    }
}

TEST(RouterTracer, RpcEventsCarryGoMetaWhenGivenTheRpc)
{
    RouterFixture f;
    RouterTracer tracer(f.self, gossipsub::MsgIdFunction::Content);
    pb::rpc::RPC rpc;
    auto* s = rpc.add_subscriptions();
    s->set_subscribe(true);
    s->set_topicid("t");
    auto* m = rpc.add_publish();
    m->set_topic("t");
    m->set_data("x");
    rpc.mutable_control()->add_graft()->set_topicid("t");
    const auto e = tracer.recvRpc(f.a, rpc, f.now);
    EXPECT_EQ(rawType(e), TraceEvent::RECV_RPC);
    EXPECT_EQ(e.recvrpc().receivedfrom(), toString(f.a.bytes()));
    ASSERT_EQ(e.recvrpc().meta().messages_size(), 1);
    EXPECT_EQ(e.recvrpc().meta().messages(0).messageid(),
              gossipsub::computeMessageId(gossipsub::MsgIdFunction::Content, rpc.publish(0)));
    EXPECT_EQ(e.recvrpc().meta().subscription(0).topic(), "t");
    EXPECT_EQ(e.recvrpc().meta().control().graft(0).topic(), "t");

    // With RPCs reported by the driver, the router's size-only RPC events are skipped.
    tracer.setRpcEventsFromRouter(false);
    std::vector<TraceEvent> out;
    tracer.map(gossipsub::RouterEvent{f.now, gossipsub::EvRecvRpc{f.a, 10}}, out);
    EXPECT_TRUE(out.empty());
    tracer.setRpcEventsFromRouter(true);
    tracer.map(gossipsub::RouterEvent{f.now, gossipsub::EvRecvRpc{f.a, 10}}, out);
    EXPECT_EQ(types(out), std::vector<int>{TraceEvent::RECV_RPC});
}

TEST(RouterTracer, RejectUsesGoReasonString)
{
    RouterFixture f;
    RouterTracer tracer(f.self, gossipsub::MsgIdFunction::Content);
    std::vector<TraceEvent> out;
    tracer.map(gossipsub::RouterEvent{f.now, gossipsub::EvReject{"id", "t", f.a, gossipsub::RejectReason::ValidationFailed}}, out);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].rejectmessage().reason(), "validation failed");
    EXPECT_EQ(out[0].rejectmessage().topic(), "t");
}

TEST(RouterTracer, RecordingRoundTripRebuildsTheRoutersMesh)
{
    RouterFixture f;
    f.meshUp("blocks");
    f.receive(f.a, "blocks", "hello");
    RouterTracer tracer(f.self, gossipsub::MsgIdFunction::Content);
    const auto events = tracer.map(f.router->pollEvents());

    const auto path = (std::filesystem::temp_directory_path() / "tst_routertracer.pb.gz").string();
    {
        auto writer = RecordingWriter::open({path, 0, 0});
        ASSERT_TRUE(writer.ok()) << writer.error().message;
        for (const auto& e : events)
            ASSERT_TRUE(writer.value()->write(e).ok());
        ASSERT_TRUE(writer.value()->close().ok());
    }
    const auto contents = readRecording(path);
    std::filesystem::remove(path);
    ASSERT_FALSE(contents.error) << contents.error->message;
    ASSERT_EQ(contents.events.size(), events.size());
    for (std::size_t i = 0; i < events.size(); ++i)
        EXPECT_TRUE(sameEvent(events[i], contents.events[i])) << i;

    SnapshotBuilder builder;
    for (const auto& e : contents.events)
        builder.apply(e);
    const auto rebuilt = builder.snapshot();
    const auto state = f.router->state(f.now);
    ASSERT_EQ(state.topics.size(), 1u);
    const auto* topic = rebuilt.findTopic("blocks");
    ASSERT_NE(topic, nullptr);
    EXPECT_TRUE(topic->subscribed);
    std::vector<std::string> mesh;
    for (const auto& p : state.topics[0].mesh)
        mesh.push_back(peerText(p));
    std::sort(mesh.begin(), mesh.end());
    EXPECT_EQ(topic->mesh, mesh);
    EXPECT_EQ(rebuilt.peers.size(), 2u);
    EXPECT_EQ(rebuilt.counters.delivered, 1u);
    EXPECT_EQ(rebuilt.peerId, peerText(f.self));
}

TEST(RouterEventTally, CountsRpcsMessagesAndBrokenPromisesPerPeer)
{
    RouterFixture f;
    RouterEventTally tally;
    using namespace gossipsub;
    tally.apply({f.now, EvAddPeer{f.a, PubsubProtocol::Meshsub11}});
    tally.apply({f.now, EvRecvRpc{f.a, 100}});
    tally.apply({f.now, EvRecvRpc{f.a, 50}});
    tally.apply({f.now, EvSendRpc{f.a, 7}});
    tally.apply({f.now, EvDeliver{"id", "t", f.a, 5}});
    tally.apply({f.now, EvPenalty{f.a, 2, "broken IWANT promise"}});
    tally.apply({f.now, EvPenalty{f.a, 1, "GRAFT flood"}});
    tally.apply({f.now, EvRecvRpc{f.b, 100}}); // unknown peer: ignored
    ASSERT_EQ(tally.tallies().size(), 1u);
    const auto& t = tally.tallies().at(f.a);
    EXPECT_EQ(t.rpcsIn, 2u);
    EXPECT_EQ(t.rpcBytesIn, 150u);
    EXPECT_EQ(t.rpcsOut, 1u);
    EXPECT_EQ(t.rpcBytesOut, 7u);
    EXPECT_EQ(t.messagesIn, 1u);
    EXPECT_EQ(t.brokenPromises, 2u);
    EXPECT_EQ(t.penalties, 2u);
    tally.apply({f.now, EvRemovePeer{f.a}});
    EXPECT_TRUE(tally.tallies().empty());
}

} // namespace
} // namespace meshscope::trace
