// Agreement with theory: mean hops near log_D(N), duplicates per message near D - 1 without
// IDONTWANT (each node hears a message from about every mesh peer but one).
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
    const int d = 6;
    const SimResult r = runScenario(theoryScenario(300, d));
    ASSERT_GT(r.deliveryRatio, 0.99);
    EXPECT_NEAR(r.duplicatesPerMessage, d - 1, 1.5);
    // The exact relation: copies received = mesh degree - 1 (the mesh peers one sent to first
    // do not send back), plus a little gossip.
    const double meanDegree = r.mesh.back().meanDegree;
    EXPECT_NEAR(r.duplicatesPerMessage, meanDegree - 2.0, 1.0);
}

TEST(SimTheory, IDontWantCutsDuplicates)
{
    Scenario without = theoryScenario(200, 6);
    Scenario with = without;
    with.protocol = gossipsub::PubsubProtocol::Meshsub12; // 1 KiB payloads reach the IDONTWANT threshold
    const SimResult a = runScenario(without);
    const SimResult b = runScenario(with);
    EXPECT_LT(b.duplicatesPerMessage, a.duplicatesPerMessage);
    EXPECT_GT(b.controlBytes.at("idontwant"), 0u);
    EXPECT_EQ(a.controlBytes.at("idontwant"), 0u);
}
