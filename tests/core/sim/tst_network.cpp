// Network: determinism for a seed, sensible measures on a small honest network, churn, bounds.
#include "core/sim/network.h"
#include "core/sim/runner.h"

#include <gtest/gtest.h>

using namespace meshscope;
using namespace meshscope::sim;

namespace {

Scenario small(int nodes, double seconds, std::uint64_t seed)
{
    Scenario s = defaultScenario();
    s.nodes = nodes;
    s.duration = std::chrono::milliseconds(static_cast<long long>(seconds * 1000));
    s.seed = seed;
    s.warmup = std::chrono::seconds(3);
    return s;
}

} // namespace

TEST(SimNetwork, SameSeedSameCsvBytes)
{
    const Scenario s = small(60, 12, 42);
    const std::string a = runCsv(runScenario(s));
    const std::string b = runCsv(runScenario(s));
    EXPECT_EQ(a, b);
    Scenario other = s;
    other.seed = 43;
    EXPECT_NE(a, runCsv(runScenario(other)));
}

TEST(SimNetwork, HonestNetworkDeliversEverything)
{
    const SimResult r = runScenario(small(100, 15, 7));
    EXPECT_GT(r.published, 80u); // 10/s for 12 s
    EXPECT_GT(r.deliveryRatio, 0.99);
    // 50 ms +- 10 ms links, a few hops, 1 KiB at 20 Mbit/s: well under a second.
    EXPECT_GT(r.latencyP50Ms, 45.0);
    EXPECT_LT(r.latencyP99Ms, 600.0);
    EXPECT_LE(r.latencyP50Ms, r.latencyP90Ms);
    EXPECT_LE(r.latencyP90Ms, r.latencyP99Ms);
    EXPECT_LE(r.latencyP99Ms, r.latencyMaxMs + 0.1);
    EXPECT_GE(r.timeToMeshSeconds, 0.0);
    EXPECT_LT(r.timeToMeshSeconds, 5.0);
    ASSERT_FALSE(r.mesh.empty());
    EXPECT_GE(r.mesh.back().meanDegree, 4.0);
    EXPECT_LE(r.mesh.back().maxDegree, 12);
    EXPECT_GT(r.bytesPerNodePerSecond, 1000.0);
    EXPECT_GT(r.amplification, 1.0);
    EXPECT_GT(r.controlBytes.at("publish"), 0u);
    EXPECT_GT(r.controlBytes.at("graft"), 0u);
    EXPECT_GT(r.controlBytes.at("ihave"), 0u);
    EXPECT_EQ(r.eclipsed, 0);
    EXPECT_EQ(r.rejected, 0u);
}

TEST(SimNetwork, LowUplinkBandwidthQueuesAndRaisesLatency)
{
    Scenario fast = small(60, 10, 3);
    Scenario slow = fast;
    slow.uplinkBps = 0.5e6; // 1 KiB takes ~17 ms per copy on the uplink
    const SimResult a = runScenario(fast);
    const SimResult b = runScenario(slow);
    EXPECT_GT(b.latencyP50Ms, a.latencyP50Ms + 20.0);
}

TEST(SimNetwork, LossLowersDeliveryButGossipRepairs)
{
    Scenario s = small(80, 15, 5);
    s.loss = 0.05;
    const SimResult r = runScenario(s);
    EXPECT_GT(r.deliveryRatio, 0.95); // IHAVE/IWANT and mesh redundancy fill most gaps
    EXPECT_GT(r.controlBytes.at("iwant"), 0u);
}

TEST(SimNetwork, ChurnKeepsNetworkWorking)
{
    Scenario s = small(80, 25, 9);
    s.churn.leavesPerSecond = 1.0;
    s.churn.downtime = std::chrono::seconds(5);
    const SimResult r = runScenario(s);
    EXPECT_GT(r.deliveryRatio, 0.9);
}

TEST(SimNetwork, ChurnKeepsEveryLinksReverseIndexExact)
{
    // Each link knows where the other node keeps the link back (Link::peerLink, stamped on RPCs so
    // the receiver needs no scan); leaves shift other nodes' link lists, which must update them all.
    Scenario s = small(60, 20, 11);
    s.churn.leavesPerSecond = 2.0;
    s.churn.downtime = std::chrono::seconds(3);
    Network net(s);
    int checkedAfterLeaves = 0;
    for (int second = 1; second <= 20; ++second) {
        net.runUntil(fromNanos(0) + std::chrono::seconds(second));
        std::size_t up = 0;
        for (std::uint32_t i = 0; i < net.size(); ++i) {
            const SimNode& n = net.node(i);
            up += n.up ? 1 : 0;
            for (std::size_t k = 0; k < n.links.size(); ++k) {
                const SimNode::Link& l = n.links[k];
                const auto& back = net.node(l.peer).links;
                ASSERT_LT(l.peerLink, back.size()) << "node " << i << " link " << k;
                EXPECT_EQ(back[l.peerLink].peer, i) << "node " << i << " link " << k;
                EXPECT_EQ(back[l.peerLink].peerLink, k) << "node " << i << " link " << k;
            }
        }
        checkedAfterLeaves += up < net.size() ? 1 : 0;
    }
    EXPECT_GT(checkedAfterLeaves, 5); // nodes were down (so links had closed) at many checks
}

TEST(SimNetwork, ValidationDelayHoldsForwardsAndSurvivesChurnAndInvalidSpam)
{
    // Nodes leave while validations are under way (their verdicts must be dropped with the router),
    // invalid messages wait for their verdict like the others and are still rejected, and every
    // valid message still arrives.
    Scenario s = small(80, 20, 17);
    s.churn.leavesPerSecond = 1.0;
    s.churn.downtime = std::chrono::seconds(4);
    s.validationDelay = std::chrono::milliseconds(200);
    AttackerSpec spam;
    spam.behaviour = Behaviour::Invalid;
    spam.count = 3;
    spam.rate = 2;
    s.attackers.push_back(spam);
    Scenario instant = s;
    instant.validationDelay = Duration::zero();
    const SimResult r = runScenario(s);
    const SimResult a = runScenario(instant);
    EXPECT_GT(r.deliveryRatio, 0.9);
    EXPECT_GT(r.rejected, 0u);
    // Every hop waits 200 ms before it delivers and forwards: at least one hop's worth later.
    EXPECT_GT(r.latencyP50Ms, a.latencyP50Ms + 200.0);
}

TEST(SimNetwork, FairUplinkSharingSendsCopiesSideBySide)
{
    // One publisher, two peers, 100 kB messages on an 8 Mbit/s uplink (100 ms per copy), 50 ms links.
    // FIFO: the first copy is out after 100 ms, the second after 200 ms (deliveries at 150 and 250
    // ms). Shared fairly, both copies go out side by side at half the rate: both arrive at 250 ms.
    Scenario fifo = small(3, 60, 5);
    fifo.intraLatency = std::chrono::milliseconds(50);
    fifo.latencyModel = LatencyModel::Fixed;
    fifo.jitter = Duration::zero();
    fifo.uplinkBps = 8e6;
    fifo.publishers.front().messageSize = 100000;
    fifo.publishers.front().rate = 0.5;
    fifo.publishers.front().publishers = 1;
    Scenario fair = fifo;
    fair.uplinkSharing = UplinkSharing::Fair;
    const SimResult a = runScenario(fifo);
    const SimResult b = runScenario(fair);
    ASSERT_GT(a.published, 10u);
    EXPECT_EQ(a.deliveryRatio, 1.0);
    EXPECT_EQ(b.deliveryRatio, 1.0);
    EXPECT_NEAR(a.latencyP50Ms, 150.0, 1.0);
    EXPECT_NEAR(a.latencyMaxMs, 250.0, 1.0);
    EXPECT_NEAR(b.latencyP50Ms, 250.0, 1.0);
    EXPECT_NEAR(b.latencyMaxMs, 250.0, 1.0);
}

TEST(SimNetwork, FairUplinkSharingSurvivesChurnAndLoss)
{
    // Nodes leave with copies half sent on their uplinks and on their peers' (those queues are
    // dropped with the connection), and lost RPCs still use the uplink.
    Scenario s = small(80, 20, 23);
    s.uplinkSharing = UplinkSharing::Fair;
    s.publishers.front().messageSize = 8 * 1024; // 10 ms a copy at 20 Mbit/s
    s.churn.leavesPerSecond = 2.0;
    s.churn.downtime = std::chrono::seconds(3);
    s.loss = 0.02;
    const SimResult r = runScenario(s);
    EXPECT_GT(r.deliveryRatio, 0.9);
    Network again(s); // and the same seed gives the same run
    again.runUntil(again.end());
    EXPECT_EQ(runCsv(again.result()), runCsv(r));
}

TEST(SimNetwork, RegionsMakeInterRegionLatencyVisible)
{
    Scenario s = small(80, 10, 11);
    s.regions = {{"eu", 1}, {"us", 1}};
    s.intraLatency = std::chrono::milliseconds(10);
    s.interLatency = std::chrono::milliseconds(150);
    s.jitter = std::chrono::milliseconds(0);
    const SimResult r = runScenario(s);
    EXPECT_GT(r.deliveryRatio, 0.99);
    EXPECT_GT(r.latencyP90Ms, 150.0); // half the receivers are across the ocean
}

TEST(SimNetwork, SigningWorksOnSmallNetworks)
{
    Scenario s = small(20, 8, 13);
    s.signing = true;
    const SimResult r = runScenario(s);
    EXPECT_GT(r.published, 15u); // a Poisson count of mean 30
    EXPECT_GT(r.deliveryRatio, 0.99);
}

TEST(SimNetwork, SteppingEqualsOneRun)
{
    const Scenario s = small(40, 8, 21);
    Network a(s);
    a.runUntil(a.end());
    Network b(s);
    for (int ms = 0; ms <= 8000; ms += 333)
        b.runUntil(fromNanos(std::int64_t{ms} * 1'000'000));
    b.runUntil(b.end());
    EXPECT_EQ(runCsv(a.result()), runCsv(b.result()));
    EXPECT_EQ(a.eventCount(), b.eventCount());
}

TEST(SimRunner, SweepExpandsCrossProduct)
{
    auto d = parseSweep("D=4,6,8");
    ASSERT_TRUE(d.ok()) << d.error().message;
    auto hb = parseSweep("heartbeat_ms=500,1000");
    ASSERT_TRUE(hb.ok());
    auto points = expandSweep(defaultScenario(), {*d, *hb});
    ASSERT_TRUE(points.ok()) << points.error().message;
    ASSERT_EQ(points->size(), 6u);
    EXPECT_EQ((*points)[0].scenario.profile.gossipsub.D, 4);
    EXPECT_EQ((*points)[5].scenario.profile.gossipsub.D, 8);
    EXPECT_EQ((*points)[5].scenario.profile.gossipsub.heartbeatInterval, std::chrono::milliseconds(1000));
    EXPECT_EQ((*points)[0].scenario.profile.gossipsub.heartbeatInterval, std::chrono::milliseconds(500));
    EXPECT_FALSE(parseSweep("D").ok());
    EXPECT_FALSE(parseSweep("D=4,,6").ok());
    auto bad = expandSweep(defaultScenario(), {*parseSweep("no_such_thing=1")});
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().message.find("no_such_thing"), std::string::npos);
    // Names are values too.
    auto sharing = expandSweep(defaultScenario(), { *parseSweep("uplink_sharing=fifo,fair") });
    ASSERT_TRUE(sharing.ok()) << sharing.error().message;
    ASSERT_EQ(sharing->size(), 2u);
    EXPECT_EQ((*sharing)[1].scenario.uplinkSharing, UplinkSharing::Fair);
    auto badName = expandSweep(defaultScenario(), { *parseSweep("uplink_sharing=fifo,fastest") });
    ASSERT_FALSE(badName.ok());
    EXPECT_EQ(
        badName.error().message, "--sweep uplink_sharing=fastest: uplink_sharing: must be fifo or fair");
    EXPECT_FALSE(expandSweep(defaultScenario(), { *parseSweep("D=[4]") }).ok());
}
