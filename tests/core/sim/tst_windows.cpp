// Windows: running a window's events node by node gives exactly the results of global time order,
// and so does sharing windows among lanes (threads), whatever their number.
#include "core/sim/metrics.h"
#include "core/sim/network.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace meshscope;
using namespace meshscope::sim;
using namespace std::chrono_literals;

namespace {

Scenario small(int nodes, Duration duration, std::uint64_t seed)
{
    Scenario s = defaultScenario();
    s.nodes = nodes;
    s.duration = duration;
    s.seed = seed;
    s.warmup = 3s;
    return s;
}

struct RunOutput {
    std::string csv; // runCsv of the result
    std::string json; // toJson of the result
    std::uint64_t events = 0; // events run
    std::uint64_t windowed = 0; // of those, inside windows
    std::uint64_t shared = 0; // of those, while lanes ran side by side
    std::vector<std::string> observed; // the observed router's events, described
};

// Runs `s` in 700 ms steps (windows are cut at each step), observing node 1, on `lanes` lanes that
// share every window.
RunOutput run(const Scenario& s, bool windows, unsigned lanes = 1)
{
    Network net(s, lanes);
    EXPECT_EQ(net.lanes(), lanes);
    net.shareWindowsFrom(1);
    if (!windows)
        net.limitWindows(Duration::zero());
    net.observe(1);
    RunOutput r;
    for (TimePoint t = fromNanos(0); t < net.end(); t += 700ms) {
        net.runUntil(t);
        for (const auto& e : net.takeObservedEvents())
            r.observed.push_back(std::to_string(toNanos(e.time)) + " " + gossipsub::describe(e));
    }
    net.runUntil(net.end());
    const SimResult result = net.result();
    r.csv = runCsv(result);
    r.json = toJson(result).dump();
    r.events = net.eventCount();
    r.windowed = net.windowedEventCount();
    r.shared = net.sharedEventCount();
    return r;
}

void expectSame(const RunOutput& a, const RunOutput& b)
{
    EXPECT_EQ(a.csv, b.csv);
    EXPECT_EQ(a.json, b.json);
    EXPECT_EQ(a.events, b.events);
    EXPECT_EQ(a.observed, b.observed);
}

// Runs `s` in global order, in windows, and in windows shared by `lanes` lanes: the same results
// and observed events; most events ran in windows, and most of those on several lanes.
void expectSameResults(const Scenario& s, unsigned lanes)
{
    const RunOutput ordered = run(s, false);
    const RunOutput windowed = run(s, true);
    const RunOutput shared = run(s, true, lanes);
    expectSame(windowed, ordered);
    expectSame(shared, ordered);
    EXPECT_GT(windowed.observed.size(), 100u);
    EXPECT_EQ(ordered.windowed, 0u);
    EXPECT_GT(windowed.windowed, windowed.events / 2);
    EXPECT_EQ(windowed.shared, 0u);
    EXPECT_GT(shared.shared, shared.events / 2);
}

} // namespace

TEST(SimWindows, HonestNetwork)
{
    expectSameResults(small(80, 10s, 11), 2);
}

TEST(SimWindows, FixedLatencyTiesValidationDelayAndLoss)
{
    // No jitter and no uplink limit: many events fall on the same nanosecond, where only the
    // tie-break orders them; validations end inside windows.
    Scenario s = small(80, 10s, 12);
    s.latencyModel = LatencyModel::Fixed;
    s.jitter = 0ms;
    s.uplinkBps = 0;
    s.validationDelay = 20ms;
    s.loss = 0.02;
    expectSameResults(s, 3);
}

TEST(SimWindows, FairUplinkSharingWithChurn)
{
    Scenario s = small(80, 10s, 13);
    s.uplinkSharing = UplinkSharing::Fair;
    s.uplinkBps = 5e6;
    s.loss = 0.05;
    s.validationDelay = 3ms;
    s.churn.leavesPerSecond = 2;
    s.churn.downtime = 3s;
    s.publishers[0].messageSize = 2048;
    expectSameResults(s, 5);
}

TEST(SimWindows, RegionsAndAttackers)
{
    Scenario s = small(80, 10s, 14);
    s.regions = { Region { "eu", 1.0 }, Region { "us", 2.0 } };
    s.intraLatency = 30ms;
    s.interLatency = 120ms;
    s.jitter = 5ms;
    AttackerSpec sybils;
    sybils.behaviour = Behaviour::DropForwards;
    sybils.count = 20;
    sybils.joinAt = 2s;
    AttackerSpec spam;
    spam.behaviour = Behaviour::Invalid;
    spam.count = 5;
    spam.rate = 5;
    AttackerSpec flash;
    flash.behaviour = Behaviour::CovertFlash;
    flash.count = 10;
    flash.attackAt = 6s;
    s.attackers = { sybils, spam, flash };
    expectSameResults(s, 7);
}

TEST(SimWindows, LanesShareBigWindowsByDefault)
{
    // 300 nodes: windows hold thousands of events, well above kMinShare per lane.
    Scenario s = small(300, 8s, 16);
    Network one(s);
    Network two(s, 2);
    one.runUntil(one.end());
    two.runUntil(two.end());
    EXPECT_EQ(runCsv(two.result()), runCsv(one.result()));
    EXPECT_EQ(one.sharedEventCount(), 0u);
    EXPECT_GT(two.sharedEventCount(), two.eventCount() / 2);
}

TEST(SimWindows, SignedMessagesOnLanes)
{
    // Signing: each router signs with its own key and verifies others' (OpenSSL, and a per-thread
    // cache of authors' keys) while three lanes share every window.
    Scenario s = small(60, 8s, 17);
    s.signing = true;
    s.validationDelay = 5ms;
    const RunOutput one = run(s, true);
    const RunOutput three = run(s, true, 3);
    expectSame(three, one);
    EXPECT_GT(three.shared, three.events / 2);
}

TEST(SimWindows, NoneWithoutAMinimumLatency)
{
    // A normal latency can be 0: every event runs in global time order.
    Scenario s = small(40, 6s, 15);
    s.latencyModel = LatencyModel::Normal;
    Network net(s, 4);
    EXPECT_EQ(net.lanes(), 1u); // (nothing to share)
    net.runUntil(net.end());
    EXPECT_GT(net.eventCount(), 1000u);
    EXPECT_EQ(net.windowedEventCount(), 0u);
}

TEST(SimWindows, DriverChangesBetweenShortStepsOfASparseNetwork)
{
    // A driver (the GUI's SimHost) runs short steps and changes parameters between them (each router
    // is serviced: its timer may be scheduled again). In a sparse network most steps end before the
    // next event, where the window queue must not move its front past the step's end (WindowQueue's
    // FrontStopsAtTheLimitsWindow): the results are still exactly those of global order.
    Scenario s = small(4, 8s, 21);
    s.publishers[0].rate = 0.5;
    auto runSteps = [&](bool windows, unsigned lanes) {
        Network net(s, lanes);
        EXPECT_EQ(net.lanes(), std::min(lanes, 4u)); // at most one lane per node
        net.shareWindowsFrom(1);
        if (!windows)
            net.limitWindows(Duration::zero());
        int step = 0;
        for (TimePoint t = fromNanos(0); t < net.end(); t += 7ms, ++step) {
            net.runUntil(t);
            if (step % 10 == 5) {
                gossipsub::GossipsubParams p = s.profile.gossipsub;
                p.heartbeatInterval = step % 20 == 5 ? 300ms : 1700ms;
                EXPECT_TRUE(net.setParams(std::nullopt, p, std::nullopt, std::nullopt).ok());
            }
        }
        net.runUntil(net.end());
        return std::make_pair(runCsv(net.result()), net.eventCount());
    };
    const auto windowed = runSteps(true, 1);
    const auto ordered = runSteps(false, 1);
    const auto shared = runSteps(true, 6);
    EXPECT_EQ(windowed.first, ordered.first);
    EXPECT_EQ(windowed.second, ordered.second);
    EXPECT_EQ(shared.first, ordered.first);
    EXPECT_EQ(shared.second, ordered.second);
}
