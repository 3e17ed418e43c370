// sim_compare: the simulator driver installer/sim-compare.sh builds against two revisions of
// core/sim, to tell whether a change keeps results and what it does to speed. Without Qt or Google
// Benchmark, and only through the simulator's stable entry points, so one source builds against
// older trees too.
//
//   sim_compare result FILE.json|- NODES SECONDS  the run's measures as JSON (- = the default
//                                                 scenario), scaled to NODES and SECONDS; no wall
//                                                 time in it, so two builds that simulate the same
//                                                 network print the same bytes
//   sim_compare speed NODES SECONDS WARMUP         the default scenario on one lane: wall ns per
//                                                 event while publishing (from WARMUP until
//                                                 publishing stops), and the events counted
// Exit status 2 on bad arguments, 1 on a scenario file error. Wall time is read here: a benchmark
// driver is not an engine.
#include "core/sim/metrics.h"
#include "core/sim/network.h"
#include "core/sim/runner.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp> // (toJson() output is dumped here)
#include <sstream>
#include <string>
#include <utility>

using namespace meshscope;
using namespace meshscope::sim;

namespace {

// A positive count from the command line (at most a million), or 0 when `text` is not one.
int positive(const char* text)
{
    char* end = nullptr;
    const long v = std::strtol(text, &end, 10);
    return end != text && *end == '\0' && v > 0 && v <= 1000000 ? static_cast<int>(v) : 0;
}

int usage()
{
    std::cerr << "usage: sim_compare result FILE.json|- NODES SECONDS\n"
                 "       sim_compare speed NODES SECONDS WARMUP\n";
    return 2;
}

int result(const std::string& file, int nodes, int seconds)
{
    Scenario s = defaultScenario();
    if (file != "-") {
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            std::cerr << file << ": cannot open\n";
            return 1;
        }
        std::stringstream text;
        text << in.rdbuf();
        auto parsed = parseScenario(text.str()); // (as meshscope-cli sim reads --scenario)
        if (!parsed) {
            std::cerr << file << ": " << parsed.error().message << "\n";
            return 1;
        }
        s = std::move(*parsed);
    }
    s.nodes = nodes;
    s.duration = std::chrono::seconds(seconds);
    std::cout << toJson(runScenario(s)).dump(1) << "\n";
    return 0;
}

int speed(int nodes, int seconds, int warmup)
{
    Scenario s = defaultScenario();
    s.nodes = nodes;
    s.duration = std::chrono::seconds(seconds);
    s.warmup = std::chrono::seconds(warmup);
    s.seed = 7;
    if (s.warmup + s.cooldown >= s.duration) {
        std::cerr << "speed: SECONDS must exceed WARMUP plus the cooldown\n";
        return 2;
    }
    Network net(s, 1);
    net.runUntil(fromNanos(0) + s.warmup);
    const std::uint64_t before = net.eventCount();
    const auto start = std::chrono::steady_clock::now();
    net.runUntil(net.end() - s.cooldown);
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const std::uint64_t events = net.eventCount() - before;
    const double simulated = std::chrono::duration<double>(s.duration - s.cooldown - s.warmup).count();
    std::printf("ns_per_event %.0f events %llu speedup %.2f\n",
        events ? wall * 1e9 / static_cast<double>(events) : 0.0, static_cast<unsigned long long>(events),
        simulated / wall);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    const std::string mode = argc > 1 ? argv[1] : "";
    if (mode == "result" && argc == 5 && positive(argv[3]) && positive(argv[4]))
        return result(argv[2], positive(argv[3]), positive(argv[4]));
    if (mode == "speed" && argc == 5 && positive(argv[2]) && positive(argv[3]) && positive(argv[4]))
        return speed(positive(argv[2]), positive(argv[3]), positive(argv[4]));
    return usage();
}
