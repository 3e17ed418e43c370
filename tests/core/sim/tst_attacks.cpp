// Attacks from the gossipsub v1.1 evaluation, scaled down: scoring must catch the attackers.
#include "core/sim/runner.h"

#include <gtest/gtest.h>

using namespace meshscope;
using namespace meshscope::sim;
using namespace std::chrono_literals;

namespace {

Scenario base(int nodes, Duration duration)
{
    Scenario s = defaultScenario();
    s.nodes = nodes;
    s.duration = duration;
    s.seed = 1234;
    return s;
}

AttackerSpec group(Behaviour b, int count, Duration joinAt)
{
    AttackerSpec a;
    a.behaviour = b;
    a.count = count;
    a.joinAt = joinAt;
    return a;
}

} // namespace

TEST(SimAttacks, SybilsThatDoNotForwardGetNegativeScores)
{
    Scenario s = base(100, 30s);
    AttackerSpec sybils = group(Behaviour::DropForwards, 60, 3s);
    sybils.dials = 16;
    s.attackers = {sybils};
    const SimResult r = runScenario(s);
    EXPECT_EQ(r.attackers, 60);
    // Sybils never grafted stay at 0 (P3 applies to mesh peers); the grafted ones go negative once
    // their P3 activation (10 s) has passed. One grafted within the last 10 s holds at most its P1:
    // 10 quanta of 0.0027.
    EXPECT_LT(r.attackerScoreMean, 0.0);
    EXPECT_LE(r.attackerScoreMax, 10 * 0.0027);
    EXPECT_GT(r.honestScoreMean, 0.0);
    EXPECT_GT(r.deliveryRatio, 0.97);
    ASSERT_FALSE(r.mesh.empty());
    EXPECT_LT(r.mesh.back().attackerShare, 0.2); // pruned out of honest meshes
    EXPECT_EQ(r.eclipsed, 0);
}

TEST(SimAttacks, InvalidMessageSpammersAreGraylisted)
{
    Scenario s = base(100, 30s);
    AttackerSpec spam = group(Behaviour::Invalid, 4, 3s);
    spam.rate = 3;
    s.attackers = {spam};
    const SimResult r = runScenario(s);
    EXPECT_GT(r.invalidPublished, 50u);
    EXPECT_GT(r.rejected, 0u);
    EXPECT_EQ(r.attackersGraylisted, 4);
    EXPECT_LT(r.attackerScoreMax, s.profile.thresholds.gossipThreshold);
    EXPECT_GT(r.deliveryRatio, 0.99);
}

TEST(SimAttacks, IpColocationIsPenalised)
{
    Scenario s = base(80, 15s);
    AttackerSpec colocated = group(Behaviour::Honest, 40, 2s); // well-behaved, but one IP
    colocated.sharedIp = true;
    colocated.dials = 80; // each honest node sees ~25 of them: P6 = -5 * (25 - 10)^2
    s.attackers = {colocated};
    const SimResult r = runScenario(s);
    EXPECT_LT(r.attackerScoreMax, s.profile.thresholds.graylistThreshold);
    Scenario spread = s;
    spread.attackers[0].sharedIp = false;
    const SimResult q = runScenario(spread);
    EXPECT_GT(q.attackerScoreMin, s.profile.thresholds.gossipThreshold);
}

TEST(SimAttacks, CovertFlashIsCaughtAfterTheFlash)
{
    Scenario s = base(80, 40s);
    AttackerSpec flash = group(Behaviour::CovertFlash, 40, 2s);
    flash.attackAt = 15s;
    flash.dials = 12;
    s.attackers = {flash};
    Scenario calm = s;
    calm.duration = 15s; // before the flash they look honest
    const SimResult before = runScenario(calm);
    const SimResult after = runScenario(s);
    EXPECT_GT(before.attackerScoreMean, 0.0);
    EXPECT_LT(after.attackerScoreMean, before.attackerScoreMean);
    EXPECT_LT(after.attackerScoreMin, 0.0);
    EXPECT_GT(after.deliveryRatio, 0.95);
}

TEST(SimAttacks, EclipseAttemptIsMeasured)
{
    Scenario s = base(80, 30s);
    s.eclipseTarget = 7;
    AttackerSpec eclipse = group(Behaviour::DropForwards, 40, 5s);
    eclipse.targetOnly = true;
    s.attackers = {eclipse};
    const SimResult r = runScenario(s);
    // The target keeps its outbound (D_out) honest mesh peers and scores the silent sybils down.
    EXPECT_FALSE(r.targetEclipsed);
    EXPECT_GT(r.targetDeliveryRatio, 0.9);
    EXPECT_LE(r.attackerScoreMax, 0.0);
}
