// Observation stream over hostile recordings: any delimited-protobuf bytes are decoded and every
// event is folded into a bounded SnapshotBuilder, TraceStat and TraceFilter; the snapshot and its
// Prometheus text are produced. Nothing may crash, and the bounds must hold.
#include "core/trace/metrics.h"
#include "core/trace/snapshotbuilder.h"
#include "core/trace/tracedecoder.h"
#include "core/trace/tracestat.h"
#include "fuzzcommon.h"

#include <cstdint>
#include <cstdlib>

using namespace meshscope;
using namespace meshscope::trace;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietProtobuf();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    constexpr std::size_t kPeers = 8, kTopics = 8;
    SnapshotBuilder builder(kPeers, kTopics);
    TraceStat stat(16, 16);
    TraceFilter filter;
    filter.topics = {"a"};
    TraceStreamDecoder dec(TraceFormat::Protobuf, Compression::None);
    BytesView piece(data, size);
    std::vector<TraceEvent> out;
    while (!piece.empty()) {
        out.clear();
        auto used = dec.feedSome(piece, out);
        for (const auto& e : out) {
            builder.apply(e);
            stat.add(e);
            (void)filter.matches(e);
        }
        if (!used || *used == 0)
            break;
        piece = piece.subspan(*used);
    }
    const auto snap = builder.snapshot();
    if (snap.peers.size() > kPeers || snap.topics.size() > kTopics)
        std::abort();
    for (const auto& t : snap.topics)
        if (t.mesh.size() > kPeers)
            std::abort();
    (void)prometheusText(snap);
    (void)stat.summary();
    return 0;
}
