// Single-stream throughput through two muxers looped in memory, window dance included: each
// round the writer hands over at most 1 MiB (as a host applying backpressure would), the bytes
// go across, and the window updates travel back before the next round. Real time is reported
// as well as CPU time because the machine is shared.

#include "core/transport/mplexsession.h"
#include "core/transport/yamuxsession.h"

#include <benchmark/benchmark.h>

using namespace meshscope;
using namespace meshscope::transport;

namespace {

const TimePoint kNow = fromNanos(1'000'000'000);

// Moves `total` bytes from a to b over one stream; returns the bytes b received.
std::size_t transfer(Muxer& a, Muxer& b, std::size_t total, std::size_t chunk)
{
    const Bytes data(chunk, 0xab);
    const StreamId id = *a.openStream(kNow);
    std::size_t sent = 0;
    std::size_t received = 0;
    while (received < total) {
        std::size_t queued = 0; // at most 1 MiB handed over per round (mplex never queues)
        while (sent < total && a.pendingWrite(id) < 1024 * 1024 && queued < 1024 * 1024) {
            const std::size_t n = std::min(chunk, total - sent);
            a.write(id, BytesView(data).first(n), kNow);
            sent += n;
            queued += n;
        }
        const Bytes ab = a.takeOutput();
        b.onData(ab, kNow);
        while (auto e = b.pollEvent())
            if (e->kind == MuxerEvent::Kind::StreamData)
                received += e->data.size();
        const Bytes ba = b.takeOutput();
        a.onData(ba, kNow);
        while (a.pollEvent()) {
        }
        if (ab.empty() && ba.empty() && sent == total && received < total)
            break; // stalled: would be a bug
    }
    a.reset(id, kNow);
    return received;
}

void BM_YamuxSingleStream(benchmark::State& state)
{
    const std::size_t total = 64 * 1024 * 1024;
    const auto chunk = static_cast<std::size_t>(state.range(0));
    for (auto _ : state) {
        YamuxSession a(true);
        YamuxSession b(false);
        const std::size_t got = transfer(a, b, total, chunk);
        if (got != total)
            state.SkipWithError("transfer stalled");
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * total));
}
BENCHMARK(BM_YamuxSingleStream)->Arg(4 * 1024)->Arg(64 * 1024)->Arg(1024 * 1024)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_MplexSingleStream(benchmark::State& state)
{
    const std::size_t total = 64 * 1024 * 1024;
    const auto chunk = static_cast<std::size_t>(state.range(0));
    for (auto _ : state) {
        MplexSession a(true);
        MplexSession b(false);
        if (transfer(a, b, total, chunk) != total)
            state.SkipWithError("transfer stalled");
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * total));
}
BENCHMARK(BM_MplexSingleStream)->Arg(64 * 1024)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
