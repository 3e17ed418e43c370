// Simulator speed: the default scenario (one topic, scoring on, 10 msg/s network-wide, 1 KiB,
// 8 dials, IDONTWANT) at 1,000 and 10,000 nodes on one core, and on two lanes (network.h, "Lanes":
// the *TwoLanes variants, two threads). Reports the speedup over real time
// (simulated seconds / wall seconds; the goals are >= 20x at 1,000 nodes and >= 1x at 10,000):
// - speedup_publishing: the steady state the goals are about, from the end of the warm-up until
//   publishing stops (the scenario's cooldown: its last seconds only let messages land, and are
//   cheap, so they are left out);
// - speedup: the whole run, join burst and cooldown included;
// - ns_per_event_publishing: wall time per simulated event while publishing, which separates the
//   cost of the work per event from the number of events; the 100-node run fits in the CPU caches,
//   so its figure is the work alone, and the larger runs' excess over it is waiting for memory;
// - windowed: the share of events run inside windows, node by node (network.h); the *Ordered
//   variants run every event in global time order instead, for the same results, to show what the
//   windows' cache locality gains;
// and the resident memory per simulated node (VmRSS after building and running, minus before). A
// run reuses the heap an earlier run in the same process left (the malloc tuning keeps it), so
// run one benchmark per process for that figure, as installer/bench.sh does.
// Each iteration is one full run; wall time is read here (benchmarks are not engines).
#include "core/sim/network.h"

#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <string>

using namespace meshscope;
using namespace meshscope::sim;

namespace {

// Resident set size of this process in KiB (Linux /proc/self/status VmRSS), 0 if unknown.
long rssKiB()
{
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stol(line.substr(6));
    return 0;
}

// CPU seconds used by this thread (the machine may be shared: this is the one-core figure).
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

void runSim(benchmark::State& state, int nodes, int seconds, int warmupSeconds, bool windows = true,
    unsigned lanes = 1)
{
    Scenario s = defaultScenario();
    s.nodes = nodes;
    s.duration = std::chrono::seconds(seconds);
    s.warmup = std::chrono::seconds(warmupSeconds);
    s.seed = 7;
    double simSeconds = 0, wallSeconds = 0, cpuSeconds = 0, kibPerNode = 0, delivery = 0, events = 0;
    double publishingSim = 0, publishingWall = 0; // from the warm-up's end until publishing stops
    double publishingEvents = 0; // events in that phase
    double windowed = 0; // events run inside windows
    for (auto _ : state) {
        const long before = rssKiB();
        const auto t0 = std::chrono::steady_clock::now();
        const double c0 = threadCpuSeconds();
        Network net(s, lanes);
        if (!windows)
            net.limitWindows(Duration::zero());
        // Warm-up first (nodes join and form meshes; nothing is published), timed apart: the
        // publishing phase is the steady state the speed goals are about.
        net.runUntil(fromNanos(0) + s.warmup);
        const auto tWarm = std::chrono::steady_clock::now();
        const std::uint64_t eventsWarm = net.eventCount();
        net.runUntil(net.end() - s.cooldown);
        const auto tCool = std::chrono::steady_clock::now();
        publishingEvents += static_cast<double>(net.eventCount() - eventsWarm);
        net.runUntil(net.end());
        const auto t1 = std::chrono::steady_clock::now();
        publishingSim += std::chrono::duration<double>(s.duration - s.cooldown - s.warmup).count();
        publishingWall += std::chrono::duration<double>(tCool - tWarm).count();
        cpuSeconds += threadCpuSeconds() - c0;
        const long after = rssKiB();
        const SimResult r = net.result();
        simSeconds += r.simSeconds;
        wallSeconds += std::chrono::duration<double>(t1 - t0).count();
        kibPerNode = static_cast<double>(after - before) / nodes;
        delivery = r.deliveryRatio;
        events += static_cast<double>(r.events);
        windowed += static_cast<double>(net.windowedEventCount());
        benchmark::DoNotOptimize(r);
    }
    state.counters["speedup"] = wallSeconds > 0 ? simSeconds / wallSeconds : 0;
    state.counters["speedup_publishing"] = publishingWall > 0 ? publishingSim / publishingWall : 0;
    state.counters["ns_per_event_publishing"] = publishingEvents > 0 ? publishingWall * 1e9 / publishingEvents : 0;
    // (the calling thread's CPU: with lanes, only its own share)
    state.counters["speedup_cpu"] = cpuSeconds > 0 ? simSeconds / cpuSeconds : 0;
    state.counters["lanes"] = lanes;
    state.counters["sim_s"] = simSeconds;
    state.counters["KiB_per_node"] = kibPerNode;
    state.counters["delivery"] = delivery;
    state.counters["events_per_s"] = wallSeconds > 0 ? events / wallSeconds : 0;
    state.counters["windowed"] = events > 0 ? windowed / events : 0;
    state.counters["events"] = events; // whole run (installer/bench.sh divides instructions by it)
}

// 100 nodes: 60 s (5 s of warm-up), every node's state in the CPU caches: the work per event alone.
// 1,000 nodes: 30 s, 5 s of warm-up, 23 s publishing. 10,000 nodes: 12 s, 4 s of warm-up (four
// heartbeats for the meshes to form after the join burst), 6 s publishing.
void BM_Sim100Nodes(benchmark::State& state) { runSim(state, 100, 60, 5); }
void BM_Sim1000Nodes(benchmark::State& state) { runSim(state, 1000, 30, 5); }
void BM_Sim10000Nodes(benchmark::State& state) { runSim(state, 10000, 12, 4); }
void BM_Sim1000NodesOrdered(benchmark::State& state)
{
    runSim(state, 1000, 30, 5, false);
}
void BM_Sim10000NodesOrdered(benchmark::State& state)
{
    runSim(state, 10000, 12, 4, false);
}
void BM_Sim1000NodesTwoLanes(benchmark::State& state)
{
    runSim(state, 1000, 30, 5, true, 2);
}
void BM_Sim10000NodesTwoLanes(benchmark::State& state)
{
    runSim(state, 10000, 12, 4, true, 2);
}

} // namespace

BENCHMARK(BM_Sim100Nodes)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();
BENCHMARK(BM_Sim1000Nodes)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();
BENCHMARK(BM_Sim10000Nodes)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();
BENCHMARK(BM_Sim1000NodesOrdered)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();
BENCHMARK(BM_Sim10000NodesOrdered)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();
BENCHMARK(BM_Sim1000NodesTwoLanes)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();
BENCHMARK(BM_Sim10000NodesTwoLanes)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();

BENCHMARK_MAIN();
