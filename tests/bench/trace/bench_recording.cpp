// Trace events per second written to a recording (--record) and read back, per format.
#include "core/trace/recordingreader.h"
#include "core/trace/recordingwriter.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

using namespace meshscope;
using namespace meshscope::trace;

namespace {

// A typical mix of a busy node: RPCs with meta, deliveries, duplicates, a graft now and then.
std::vector<TraceEvent> typicalEvents(std::size_t n)
{
    // Message ids and peers vary like real ones (hash-like bytes), so gzip sees realistic input.
    std::uint64_t state = 0x9e3779b97f4a7c15ull;
    auto randomBytes = [&state](std::size_t len) {
        std::string b(len, '\0');
        for (auto& c : b) {
            state = state * 6364136223846793005ull + 1442695040888963407ull;
            c = static_cast<char>(state >> 56);
        }
        return b;
    };
    Bytes self = toBytes(randomBytes(38));
    std::vector<Bytes> peers;
    for (int i = 0; i < 50; ++i)
        peers.push_back(toBytes(randomBytes(38)));
    pb::rpc::RPC rpc;
    auto* msg = rpc.add_publish();
    msg->set_topic("/eth2/beacon_block/ssz_snappy");
    msg->set_data(std::string(1024, 'x'));
    auto* ih = rpc.mutable_control()->add_ihave();
    ih->set_topicid("/eth2/beacon_block/ssz_snappy");
    for (int i = 0; i < 10; ++i)
        ih->add_messageids(std::string(20, static_cast<char>('a' + i)));
    for (int i = 0; i < 10; ++i)
        ih->set_messageids(i, randomBytes(20));
    const auto meta = rpcMeta(rpc, [&](const pb::rpc::Message&) { return randomBytes(20); });
    std::vector<TraceEvent> v;
    v.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const TimePoint t = fromNanos(1700000000000000000 + static_cast<std::int64_t>(i) * 1000);
        const std::string id = randomBytes(20);
        const Bytes& peer = peers[i % peers.size()];
        switch (i % 5) {
        case 0: v.push_back(recvRpc(self, t, peer, meta)); break;
        case 1: v.push_back(deliverMessage(self, t, id, "/eth2/beacon_block/ssz_snappy", peer)); break;
        case 2: v.push_back(duplicateMessage(self, t, id, peer, "/eth2/beacon_block/ssz_snappy")); break;
        case 3: v.push_back(sendRpc(self, t, peer, meta)); break;
        default: v.push_back(i % 50 == 4 ? graft(self, t, peer, "/eth2/beacon_block/ssz_snappy")
                                         : publishMessage(self, t, id, "/eth2/beacon_block/ssz_snappy"));
        }
    }
    return v;
}

const char* kNames[] = {"bench.pb", "bench.pb.gz", "bench.json", "bench.json.gz"};

std::string benchPath(int format)
{
    return (std::filesystem::temp_directory_path() / ("meshscope_" + std::string(kNames[format]))).string();
}

void BM_WriteRecording(benchmark::State& state)
{
    const auto events = typicalEvents(10000);
    const std::string path = benchPath(static_cast<int>(state.range(0)));
    std::uint64_t bytes = 0;
    for (auto _ : state) {
        auto w = RecordingWriter::open({path});
        if (!w) {
            state.SkipWithError(w.error().message.c_str());
            return;
        }
        for (const auto& ev : events)
            (void)(*w)->write(ev);
        (void)(*w)->close();
        bytes = std::filesystem::file_size(path);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * events.size()));
    state.counters["file_bytes_per_event"] = static_cast<double>(bytes) / static_cast<double>(events.size());
    state.SetLabel(kNames[state.range(0)]);
}

void BM_ReadRecording(benchmark::State& state)
{
    const auto events = typicalEvents(10000);
    const std::string path = benchPath(static_cast<int>(state.range(0)));
    {
        auto w = RecordingWriter::open({path});
        for (const auto& ev : events)
            (void)(*w)->write(ev);
        (void)(*w)->close();
    }
    for (auto _ : state) {
        auto r = readRecording(path);
        if (r.error || r.events.size() != events.size()) {
            state.SkipWithError("read back failed");
            return;
        }
        benchmark::DoNotOptimize(r.events.data());
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * events.size()));
    state.SetLabel(kNames[state.range(0)]);
    std::remove(path.c_str());
}

} // namespace

BENCHMARK(BM_WriteRecording)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReadRecording)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
