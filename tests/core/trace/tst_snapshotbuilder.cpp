// buildSnapshot (live state -> snapshot) and SnapshotBuilder (trace events -> snapshot).
#include "core/trace/snapshotbuilder.h"
#include "obstesthelpers.h"

#include <gtest/gtest.h>

#include <cmath>

namespace meshscope::trace {
namespace {

using namespace std::chrono_literals;
using testing::obsPeer;
using testing::RouterFixture;

TEST(NodeSnapshot, HealthAgainstTheBand)
{
    EXPECT_EQ(classifyHealth(0, 4, 12), TopicHealth::NoPeers);
    EXPECT_EQ(classifyHealth(3, 4, 12), TopicHealth::Low);
    EXPECT_EQ(classifyHealth(4, 4, 12), TopicHealth::Healthy);
    EXPECT_EQ(classifyHealth(12, 4, 12), TopicHealth::Healthy);
    EXPECT_EQ(classifyHealth(13, 4, 12), TopicHealth::AboveDhi);
    EXPECT_STREQ(healthName(TopicHealth::AboveDhi), "above_dhi");
}

TEST(NodeSnapshot, PeerTextFallsBackToHexForInvalidIds)
{
    const Bytes junk{0xff, 0x01};
    EXPECT_EQ(peerText(junk), "0xff01");
    EXPECT_EQ(peerText(BytesView(obsPeer(9).bytes())), obsPeer(9).toBase58());
}

TEST(BuildSnapshot, JoinsRouterHostAndScorePieces)
{
    RouterFixture f;
    f.meshUp("blocks");
    const TimePoint graftTime = f.now;

    gossipsub::PeerScoreParams sp;
    sp.topics["blocks"] = gossipsub::TopicScoreParams{};
    gossipsub::PeerScore score(sp, gossipsub::PeerScoreThresholds{});
    score.addPeer(f.a, graftTime);
    score.graft(f.a, "blocks", graftTime);
    f.now += 2s;
    const auto breakdown = score.breakdown(f.now);

    std::map<gossipsub::PeerId, HostPeerInfo> host;
    host[f.a].agent = "go-libp2p";
    host[f.a].address = "/ip4/10.0.0.2/tcp/4001";
    host[f.a].rtt = 15ms;
    host[f.a].bytesIn = 1234;

    const auto state = f.router->state(f.now);
    SnapshotInputs in;
    in.now = f.now;
    in.peerId = peerText(f.self);
    in.router = &state;
    in.params = &f.router->params();
    in.scores = &breakdown;
    in.scoreParams = &sp;
    in.hostPeers = &host;
    in.sequence = 7;
    const NodeSnapshot snap = buildSnapshot(in);

    EXPECT_EQ(snap.sequence, 7u);
    ASSERT_EQ(snap.peers.size(), 2u);
    EXPECT_LT(snap.peers[0].id, snap.peers[1].id);
    const auto* pa = snap.findPeer(peerText(f.a));
    const auto* pb = snap.findPeer(peerText(f.b));
    ASSERT_NE(pa, nullptr);
    ASSERT_NE(pb, nullptr);
    EXPECT_EQ(pa->direction, PeerDirection::Outbound);
    EXPECT_EQ(pb->direction, PeerDirection::Inbound);
    EXPECT_EQ(pa->pubsubProtocol, "/meshsub/1.1.0");
    EXPECT_EQ(pb->pubsubProtocol, "/meshsub/1.2.0");
    EXPECT_EQ(pa->agent, "go-libp2p");
    EXPECT_EQ(pa->rtt, Duration(15ms));
    EXPECT_EQ(pa->bytesIn, 1234u);
    EXPECT_EQ(pa->ip, "10.0.0.2");
    EXPECT_EQ(pa->topics, std::vector<std::string>{"blocks"});

    // P1: 2 s in the mesh at a 1 ms quantum = 2000, weight 1; topic weight 0.5 in the sum.
    ASSERT_TRUE(pa->score.known);
    ASSERT_EQ(pa->score.topics.size(), 1u);
    EXPECT_DOUBLE_EQ(pa->score.topics[0].p1, 2000.0);
    EXPECT_DOUBLE_EQ(pa->score.p1, 1000.0);
    EXPECT_DOUBLE_EQ(pa->score.total, 1000.0);
    EXPECT_TRUE(snap.scoringEnabled);
    EXPECT_FALSE(snap.scoreParams.appSpecificScore);

    const auto* topic = snap.findTopic("blocks");
    ASSERT_NE(topic, nullptr);
    EXPECT_TRUE(topic->subscribed);
    EXPECT_EQ(topic->mesh.size(), 2u);
    EXPECT_EQ(topic->D, 6);
    EXPECT_EQ(topic->Dlo, 4);
    EXPECT_EQ(topic->health, TopicHealth::Low); // 2 < Dlo
    EXPECT_EQ(topic->outboundInMesh, 1);
    EXPECT_TRUE(topic->underDout); // 1 outbound < Dout 2
}

TraceEvent ev(TraceEvent::Type type, std::int64_t ts)
{
    TraceEvent e;
    e.set_type(type);
    e.set_timestamp(ts);
    e.set_peerid(toString(obsPeer(1).bytes()));
    return e;
}

TEST(SnapshotBuilder, FoldsPeersMeshSubscriptionsAndCounters)
{
    const std::string a = toString(obsPeer(2).bytes());
    const std::string b = toString(obsPeer(3).bytes());
    std::vector<TraceEvent> events;
    auto add = ev(TraceEvent::ON_NEW_OUTBOUND_STREAM, 10);
    add.mutable_onnewoutboundstream()->set_peerid(a);
    add.mutable_onnewoutboundstream()->set_proto("/meshsub/1.1.0");
    events.push_back(add);
    add.mutable_onnewoutboundstream()->set_peerid(b);
    events.push_back(add);
    auto join = ev(TraceEvent::JOIN, 11);
    join.mutable_join()->set_topic("t");
    events.push_back(join);
    auto recv = ev(TraceEvent::RECV_RPC, 12);
    recv.mutable_recvrpc()->set_receivedfrom(a);
    auto* sub = recv.mutable_recvrpc()->mutable_meta()->add_subscription();
    sub->set_subscribe(true);
    sub->set_topic("t");
    recv.mutable_recvrpc()->mutable_meta()->mutable_control()->add_ihave()->set_topic("t");
    events.push_back(recv);
    for (const auto& p : {a, b}) {
        auto g = ev(TraceEvent::GRAFT, 13);
        g.mutable_graft()->set_peerid(p);
        g.mutable_graft()->set_topic("t");
        events.push_back(g);
    }
    auto pr = ev(TraceEvent::PRUNE, 14);
    pr.mutable_prune()->set_peerid(a);
    pr.mutable_prune()->set_topic("t");
    events.push_back(pr);
    auto del = ev(TraceEvent::DELIVER_MESSAGE, 15);
    del.mutable_delivermessage()->set_topic("t");
    events.push_back(del);

    SnapshotBuilder builder;
    for (const auto& e : events)
        builder.apply(e);
    auto snap = builder.snapshot();
    EXPECT_EQ(toNanos(snap.time), 15);
    EXPECT_EQ(snap.eventCount, events.size());
    EXPECT_FALSE(snap.paramsKnown);
    ASSERT_EQ(snap.peers.size(), 2u);
    const auto* pa = snap.findPeer(peerText(asBytes(a)));
    ASSERT_NE(pa, nullptr);
    EXPECT_EQ(pa->topics, std::vector<std::string>{"t"});
    EXPECT_EQ(pa->rpcsIn, 1u);
    EXPECT_EQ(pa->pubsubProtocol, "/meshsub/1.1.0");
    const auto* t = snap.findTopic("t");
    ASSERT_NE(t, nullptr);
    EXPECT_TRUE(t->subscribed);
    EXPECT_EQ(t->mesh, std::vector<std::string>{peerText(asBytes(b))});
    EXPECT_EQ(t->gossip, std::vector<std::string>{peerText(asBytes(a))});
    EXPECT_EQ(snap.counters.delivered, 1u);
    EXPECT_EQ(snap.counters.ihaveReceived, 1u);
    EXPECT_EQ(snap.counters.rpcsReceived, 1u);

    // Removing a peer takes it out of every mesh.
    auto rm = ev(TraceEvent::ON_CLOSED_OUTBOUND_STREAM, 16);
    rm.mutable_onclosedoutboundstream()->set_peerid(b);
    builder.apply(rm);
    snap = builder.snapshot();
    EXPECT_TRUE(snap.findTopic("t")->mesh.empty());
    EXPECT_EQ(snap.findTopic("t")->health, TopicHealth::NoPeers);
}

TEST(SnapshotBuilder, ScoreUpdateFillsComponentsWithWeights)
{
    gossipsub::PeerScoreParams sp;
    sp.topics["t"] = gossipsub::TopicScoreParams{};
    sp.behaviourPenaltyWeight = -1;
    sp.behaviourPenaltyThreshold = 1;
    sp.ipColocationFactorWeight = -5;
    SnapshotBuilder builder;
    builder.setScoreParams(sp);
    auto e = ev(TraceEvent::SCORE_UPDATE, 5);
    auto* u = e.mutable_scoreupdate();
    u->set_peerid(toString(obsPeer(4).bytes()));
    u->set_score(-3.5);
    u->set_behaviourpenalty(3);
    auto* ts = u->add_topics();
    ts->set_topic("t");
    ts->set_timeinmesh(10);
    ts->set_firstmessagedeliveries(4);
    builder.apply(e);
    const auto snap = builder.snapshot();
    ASSERT_EQ(snap.peers.size(), 1u);
    const auto& s = snap.peers[0].score;
    EXPECT_TRUE(s.known);
    EXPECT_DOUBLE_EQ(s.total, -3.5);
    EXPECT_DOUBLE_EQ(s.p7, -4.0); // -1 * (3 - 1)^2
    ASSERT_EQ(s.topics.size(), 1u);
    EXPECT_DOUBLE_EQ(s.topics[0].p1, 10.0);
    EXPECT_DOUBLE_EQ(s.topics[0].p2, 4.0);
    EXPECT_DOUBLE_EQ(s.p2, 2.0); // topic weight 0.5
    // No colocation: P6 = -5 * 0, shown as 0.0, not "-0.0".
    EXPECT_EQ(s.p6, 0.0);
    EXPECT_FALSE(std::signbit(s.p6));
    EXPECT_FALSE(std::signbit(s.p5));
}

TEST(SnapshotBuilder, BoundsPeersAndTopics)
{
    SnapshotBuilder builder(2, 2);
    for (std::uint8_t i = 0; i < 10; ++i) {
        auto add = ev(TraceEvent::ON_NEW_OUTBOUND_STREAM, i);
        add.mutable_onnewoutboundstream()->set_peerid(toString(obsPeer(static_cast<std::uint8_t>(10 + i)).bytes()));
        builder.apply(add);
        auto join = ev(TraceEvent::JOIN, i);
        join.mutable_join()->set_topic("topic" + std::to_string(i));
        builder.apply(join);
    }
    const auto snap = builder.snapshot();
    EXPECT_EQ(snap.peers.size(), 2u);
    EXPECT_LE(snap.topics.size(), 2u);
    EXPECT_GE(builder.overflow(), 16u);
}

TEST(SnapshotBuilder, GarbageEventsDoNotCrash)
{
    SnapshotBuilder builder;
    TraceEvent e;
    builder.apply(e); // no type at all
    e.set_type(TraceEvent::GRAFT);
    builder.apply(e); // no sub-message
    e.set_type(TraceEvent::PRUNE);
    builder.apply(e);
    e.set_type(TraceEvent::ON_CLOSED_OUTBOUND_STREAM);
    builder.apply(e);
    const auto snap = builder.snapshot();
    EXPECT_EQ(snap.eventCount, 4u);
}

} // namespace
} // namespace meshscope::trace
