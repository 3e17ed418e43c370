// Agreement with theory: mean hops near log_D(N), duplicates per message near D - 1 without
// IDONTWANT (each node hears a message from about every mesh peer but one), a validation delay
// paid once per hop, and IDONTWANT cutting copies.
#include "core/sim/runner.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <cmath>

using namespace meshscope;
using namespace meshscope::sim;

namespace {

Scenario theoryScenario(int nodes, int d)
{
    Scenario s = defaultScenario();
    s.nodes = nodes;
    s.seed = 99;
    s.duration = std::chrono::seconds(20);
    s.warmup = std::chrono::seconds(5);
    s.protocol = gossipsub::PubsubProtocol::Meshsub11; // no IDONTWANT
    s.profile.gossipsub.floodPublish = false;          // the publisher sends to its mesh only
    EXPECT_TRUE(applySetting(s, "D", nlohmann::json(d)).ok());
    s.publishers.front().rate = 5;
    return s;
}

// Copies received per mesh peer, so that a difference in mesh sizes between runs does not count.
double copiesPerMeshPeer(const SimResult& r)
{
    return r.duplicatesPerMessage / r.mesh.back().meanDegree;
}

} // namespace

TEST(SimTheory, MeanHopsNearLogBaseDOfN)
{
    for (int d : {6, 8}) {
        const SimResult r = runScenario(theoryScenario(400, d));
        const double expected = std::log(400.0) / std::log(static_cast<double>(d));
        ASSERT_GT(r.deliveryRatio, 0.99);
        EXPECT_NEAR(r.meanHops, expected, 0.35 * expected) << "D=" << d;
        EXPECT_GE(r.maxHops, static_cast<int>(std::ceil(expected)));
    }
}

TEST(SimTheory, DuplicatesNearDMinusOneWithoutIDontWant)
{
    // D - 1 is for a mesh of D peers; gossipsub meshes hold anywhere in Dlo..Dhi (about 9 peers
    // here with the defaults), so the mesh is held at D for this check.
    const int d = 6;
    Scenario s = theoryScenario(300, d);
    s.profile.gossipsub.Dlo = d;
    s.profile.gossipsub.Dhi = d;
    const SimResult r = runScenario(s);
    ASSERT_GT(r.deliveryRatio, 0.99);
    EXPECT_NEAR(r.duplicatesPerMessage, d - 1, 1.5);
    // The exact relation: copies received = mesh degree - 1 (the mesh peers one sent to first
    // do not send back), plus a little gossip.
    const double meanDegree = r.mesh.back().meanDegree;
    EXPECT_NEAR(r.duplicatesPerMessage, meanDegree - 2.0, 1.0);
}

TEST(SimTheory, IDontWantCutsDuplicatesOfLargeMessages)
{
    // 64 KiB messages on 50 Mbit/s uplinks: a node's copies to its mesh take ~10 ms each on the
    // wire, and the IDONTWANT it sent ahead of them reaches peers that are about to send theirs.
    Scenario without = theoryScenario(200, 6);
    without.publishers.front().messageSize = 64 * 1024;
    without.uplinkBps = 50e6;
    Scenario with = without;
    with.protocol = gossipsub::PubsubProtocol::Meshsub12;
    const SimResult a = runScenario(without);
    const SimResult b = runScenario(with);
    EXPECT_GT(b.controlBytes.at("idontwant"), 0u);
    EXPECT_EQ(a.controlBytes.at("idontwant"), 0u);
    ASSERT_GT(a.deliveryRatio, 0.99);
    ASSERT_GT(b.deliveryRatio, 0.99);
    EXPECT_LT(copiesPerMeshPeer(b), 0.9 * copiesPerMeshPeer(a));
}

TEST(SimTheory, ValidationDelayIsPaidOncePerHop)
{
    // A node delivers and forwards a message only once it has validated it, so each hop adds the
    // delay: the median latency grows by about (hops of the median delivery) x delay.
    Scenario instant = theoryScenario(200, 6);
    Scenario slow = instant;
    slow.validationDelay = std::chrono::milliseconds(50);
    const SimResult a = runScenario(instant);
    const SimResult b = runScenario(slow);
    ASSERT_GT(a.deliveryRatio, 0.99);
    ASSERT_GT(b.deliveryRatio, 0.99);
    const double perDelay = (b.latencyP50Ms - a.latencyP50Ms) / 50.0;
    EXPECT_NEAR(perDelay, b.meanHops, 0.35 * b.meanHops);
}

TEST(SimTheory, IDontWantCutsMoreDuplicatesWhenValidationTakesTime)
{
    // IDONTWANT goes out when a message arrives, its copies only after validation: the longer
    // validation takes, the more mesh peers hear the IDONTWANT before they would send a copy.
    // 1 KiB messages, where the uplink alone gives IDONTWANT almost no lead.
    Scenario v11 = theoryScenario(200, 6);
    v11.validationDelay = std::chrono::milliseconds(50);
    Scenario v12 = v11;
    v12.protocol = gossipsub::PubsubProtocol::Meshsub12;
    Scenario v12Instant = v12;
    v12Instant.validationDelay = Duration::zero();
    const SimResult without = runScenario(v11);
    const SimResult with = runScenario(v12);
    const SimResult instant = runScenario(v12Instant);
    ASSERT_GT(without.deliveryRatio, 0.99);
    ASSERT_GT(with.deliveryRatio, 0.99);
    EXPECT_LT(copiesPerMeshPeer(with), 0.7 * copiesPerMeshPeer(without));
    EXPECT_LT(copiesPerMeshPeer(with), 0.7 * copiesPerMeshPeer(instant));
}
