// Mesh maintenance: join, rebalanceMesh (Dlo, Dhi, Dscore, Dout), negative scores,
// opportunistic grafting, heartbeat timing and mesh-health counts.
#include "routertestbuilder.h"

using namespace meshscope;
using namespace meshscope::gossipsub;
using namespace meshscope::gossipsub::test;

namespace {
const TopicId kTopic = "t";

int outboundIn(const RouterHarness& h, const std::vector<PeerId>& outbound)
{
    int n = 0;
    for (const auto& p : outbound)
        n += h.inMesh(kTopic, p);
    return n;
}
} // namespace

TEST(Mesh, join_buildsMeshOfDFromTopicPeers)
{
    RouterHarness h;
    const auto peers = h.addPeers(1, 10, {kTopic});
    h.router->subscribe(kTopic, h.now);
    h.drain();
    EXPECT_EQ(h.router->mesh(kTopic).size(), 6u);
    int grafts = 0;
    for (const auto& p : peers)
        grafts += h.graftsTo(p, kTopic);
    EXPECT_EQ(grafts, 6);
    EXPECT_EQ(h.eventCount("join t"), 1);
}

TEST(Mesh, rebalanceMesh_graftsUpToDWhenBelowDlo)
{
    RouterHarness h;
    h.router->subscribe(kTopic, h.now);
    const auto peers = h.addPeers(1, 10, {kTopic});
    EXPECT_TRUE(h.router->mesh(kTopic).empty());
    h.heartbeat();
    EXPECT_EQ(h.router->mesh(kTopic).size(), 6u);
}

TEST(Mesh, rebalanceMesh_prunesToDWhenAboveDhi)
{
    RouterHarness h;
    h.router->subscribe(kTopic, h.now);
    const auto peers = h.addPeers(1, 15, {kTopic}, PubsubProtocol::Meshsub11, true);
    for (const auto& p : peers)
        h.send(p, RouterHarness::graft(kTopic));
    EXPECT_EQ(h.router->mesh(kTopic).size(), 15u); // outbound peers may exceed Dhi
    h.clearSent();
    h.heartbeat();
    EXPECT_EQ(h.router->mesh(kTopic).size(), 6u);
    int prunes = 0;
    for (const auto& p : peers)
        prunes += static_cast<int>(h.prunesTo(p).size());
    EXPECT_EQ(prunes, 9);
}

TEST(Mesh, rebalanceMesh_keepsDscoreBestPeers)
{
    RouterHarness h;
    h.router->subscribe(kTopic, h.now);
    const auto peers = h.addPeers(1, 15, {kTopic}, PubsubProtocol::Meshsub11, true);
    for (std::size_t i = 0; i < peers.size(); ++i)
        h.score.scores[peers[i]] = static_cast<double>(i); // peers 11..14 score best
    for (const auto& p : peers)
        h.send(p, RouterHarness::graft(kTopic));
    h.heartbeat();
    for (std::size_t i = 11; i < 15; ++i)
        EXPECT_TRUE(h.inMesh(kTopic, peers[i])) << i;
}

TEST(Mesh, rebalanceMesh_keepsDoutOutboundPeersWhenPruning)
{
    for (std::uint64_t seed = 1; seed <= 5; ++seed) {
        Options o;
        o.seed = seed;
        RouterHarness h(o);
        h.router->subscribe(kTopic, h.now);
        const auto inbound = h.addPeers(1, 11, {kTopic});
        const auto outbound = h.addPeers(50, 2, {kTopic}, PubsubProtocol::Meshsub12, true);
        for (const auto& p : inbound)
            h.send(p, RouterHarness::graft(kTopic));
        for (const auto& p : outbound)
            h.send(p, RouterHarness::graft(kTopic));
        ASSERT_EQ(h.router->mesh(kTopic).size(), 13u);
        h.heartbeat();
        EXPECT_EQ(h.router->mesh(kTopic).size(), 6u);
        EXPECT_EQ(outboundIn(h, outbound), 2) << "seed " << seed;
    }
}

TEST(Mesh, rebalanceMesh_graftsOutboundPeersWhenUnderDout)
{
    RouterHarness h;
    h.router->subscribe(kTopic, h.now);
    const auto inbound = h.addPeers(1, 6, {kTopic});
    for (const auto& p : inbound)
        h.send(p, RouterHarness::graft(kTopic));
    const auto outbound = h.addPeers(50, 3, {kTopic}, PubsubProtocol::Meshsub12, true);
    h.heartbeat();
    EXPECT_EQ(outboundIn(h, outbound), 2);
    EXPECT_EQ(h.router->mesh(kTopic).size(), 8u);
}

TEST(Mesh, rebalanceMesh_prunesNegativeScorePeers)
{
    RouterHarness h;
    const auto peers = h.addPeers(1, 6, {kTopic});
    h.router->subscribe(kTopic, h.now);
    h.drain();
    ASSERT_TRUE(h.inMesh(kTopic, peers[0]));
    h.score.scores[peers[0]] = -1;
    h.clearSent();
    h.heartbeat();
    EXPECT_FALSE(h.inMesh(kTopic, peers[0]));
    EXPECT_EQ(h.prunesTo(peers[0]).size(), 1u);
    EXPECT_TRUE(h.router->backoff().has(kTopic, peers[0]));
}

TEST(Mesh, opportunisticGraft_graftsAboveMedianWhenMedianLow)
{
    Options o;
    o.params.opportunisticGraftTicks = 1;
    o.gates.opportunisticGraftThreshold = 1;
    RouterHarness h(o);
    const auto low = h.addPeers(1, 5, {kTopic});
    h.router->subscribe(kTopic, h.now);
    h.drain();
    ASSERT_EQ(h.router->mesh(kTopic).size(), 5u);
    const auto high = h.addPeers(20, 4, {kTopic});
    for (const auto& p : high)
        h.score.scores[p] = 5;
    h.heartbeat();
    int grafted = 0;
    for (const auto& p : high)
        grafted += h.inMesh(kTopic, p);
    EXPECT_EQ(grafted, 2); // opportunisticGraftPeers
}

TEST(Mesh, opportunisticGraft_notWhenMedianHigh)
{
    Options o;
    o.params.opportunisticGraftTicks = 1;
    o.gates.opportunisticGraftThreshold = 1;
    RouterHarness h(o);
    const auto peers = h.addPeers(1, 5, {kTopic});
    for (const auto& p : peers)
        h.score.scores[p] = 2;
    h.router->subscribe(kTopic, h.now);
    const auto high = h.addPeers(20, 4, {kTopic});
    for (const auto& p : high)
        h.score.scores[p] = 5;
    h.heartbeat();
    EXPECT_EQ(h.router->mesh(kTopic).size(), 5u);
}

TEST(Mesh, heartbeat_firstAfterInitialDelayThenEveryInterval)
{
    RouterHarness h;
    const auto start = h.now;
    EXPECT_EQ(*h.router->nextTimeout(), start + 100ms);
    h.heartbeat();
    EXPECT_EQ(h.router->counters().heartbeats, 1u);
    EXPECT_EQ(*h.router->nextTimeout(), start + 1100ms);
    h.advance(10s); // beats at +1.1 s ... +10.1 s
    EXPECT_EQ(h.router->counters().heartbeats, 11u);
}

TEST(Mesh, meshHealth_countsNoPeersLowHealthyAboveDhiUnderDout)
{
    // Health is what each heartbeat finds before rebalancing (after it, the mesh is always
    // back within bounds, so "above Dhi" would never show).
    RouterHarness h;
    h.router->subscribe(kTopic, h.now);
    h.heartbeat();
    EXPECT_EQ(h.router->counters().healthNoPeers, 1u);
    const auto two = h.addPeers(1, 2, {kTopic});
    for (const auto& p : two)
        h.send(p, RouterHarness::graft(kTopic));
    h.heartbeat();
    EXPECT_EQ(h.router->counters().healthLow, 1u);
    EXPECT_EQ(h.router->state(h.now).topics[0].health, MeshHealth::Low);
    h.addPeers(10, 10, {kTopic});
    h.heartbeat(); // finds 2, grafts up to D
    h.heartbeat(); // finds D
    EXPECT_EQ(h.router->counters().healthHealthy, 1u);
    EXPECT_EQ(h.router->counters().healthUnderDout, 4u); // all inbound so far
    const auto out = h.addPeers(40, 10, {kTopic}, PubsubProtocol::Meshsub12, true);
    for (const auto& p : out)
        h.send(p, RouterHarness::graft(kTopic));
    EXPECT_GT(h.router->mesh(kTopic).size(), 12u);
    h.heartbeat();
    EXPECT_EQ(h.router->counters().healthAboveDhi, 1u);
    EXPECT_EQ(h.router->counters().healthUnderDout, 4u);
    EXPECT_EQ(h.router->state(h.now).topics[0].health, MeshHealth::AboveDhi);
}

TEST(Mesh, removePeer_leavesMeshAndTopic)
{
    RouterHarness h;
    const auto peers = h.addPeers(1, 4, {kTopic});
    h.router->subscribe(kTopic, h.now);
    ASSERT_TRUE(h.inMesh(kTopic, peers[0]));
    h.router->removePeer(peers[0], h.now);
    h.drain();
    EXPECT_FALSE(h.inMesh(kTopic, peers[0]));
    EXPECT_EQ(h.score.prunes[peers[0]], 1);
    EXPECT_EQ(h.eventCount("remove_peer"), 1);
}

TEST(Mesh, peerUnsubscribing_leavesMesh)
{
    RouterHarness h;
    const auto peers = h.addPeers(1, 4, {kTopic});
    h.router->subscribe(kTopic, h.now);
    pb::rpc::RPC rpc;
    auto* s = rpc.add_subscriptions();
    s->set_subscribe(false);
    s->set_topicid(kTopic);
    h.send(peers[1], rpc);
    EXPECT_FALSE(h.inMesh(kTopic, peers[1]));
    EXPECT_EQ(h.router->mesh(kTopic).size(), 3u);
}

TEST(Mesh, addPeer_sendsOurSubscriptions)
{
    RouterHarness h;
    h.router->subscribe("a", h.now);
    h.router->subscribe("b", h.now);
    const auto p = h.addPeer(1);
    ASSERT_FALSE(h.sent[p].empty());
    EXPECT_EQ(h.sent[p][0].subscriptions_size(), 2);
}
