// Node benchmarks: Meshscope to Meshscope through the whole stack (router, framing, yamux, Noise)
// over in-memory connections on virtual time. Counts messages per second of CPU for both nodes
// together (one core), so the per-node figure is about twice as good.
#include "../../core/node/nodenet.h"

#include <benchmark/benchmark.h>

using namespace meshscope;
using namespace meshscope::node;
using namespace meshscope::node::testing;

namespace {

void runPair(benchmark::State& state, gossipsub::SignPolicy policy, gossipsub::MsgIdFunction msgId)
{
    NodeNet net(std::chrono::microseconds(100));
    auto cfg = testConfig();
    cfg.signPolicy = policy;
    cfg.msgId = msgId;
    auto& a = net.add(1, cfg);
    auto& b = net.add(2, cfg);
    a.node.subscribe("bench", net.now);
    b.node.subscribe("bench", net.now);
    net.connect(a, b);
    if (!net.runUntil([&] { return !a.node.router().mesh("bench").empty(); }, std::chrono::seconds(10))) {
        state.SkipWithError("mesh did not form");
        return;
    }
    const std::size_t batch = 100;
    std::uint64_t n = 0;
    Bytes payload(100, 0x42);
    for (auto _ : state) {
        const std::size_t target = b.deliveries.size() + batch;
        for (std::size_t i = 0; i < batch; ++i) {
            ++n;
            for (int k = 0; k < 8; ++k)
                payload[static_cast<std::size_t>(k)] = static_cast<std::uint8_t>(n >> (8 * k));
            (void)a.node.publish("bench", payload, net.now);
        }
        net.runUntil([&] { return b.deliveries.size() >= target; }, std::chrono::seconds(5));
        b.deliveries.clear();
        b.events.clear();
        a.events.clear();
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * batch));
}

void BM_NodePairSigned(benchmark::State& state)
{
    runPair(state, gossipsub::SignPolicy::StrictSign, gossipsub::MsgIdFunction::Go);
}
void BM_NodePairNoSignContentIds(benchmark::State& state)
{
    runPair(state, gossipsub::SignPolicy::StrictNoSign, gossipsub::MsgIdFunction::Content);
}

} // namespace

BENCHMARK(BM_NodePairSigned)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_NodePairNoSignContentIds)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
