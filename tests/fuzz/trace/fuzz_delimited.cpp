// Delimited protobuf reader (go's PBTracer files): any bytes, any split, bounded steps.
#include "core/trace/tracedecoder.h"
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
    if (size == 0)
        return 0;
    const std::size_t split = data[0] % (size + 1);
    BytesView all(data + 1, size - 1);
    TraceStreamDecoder dec(TraceFormat::Protobuf, Compression::None);
    std::vector<TraceEvent> out;
    for (BytesView piece : {all.first(std::min(split, all.size())), all.subspan(std::min(split, all.size()))}) {
        while (!piece.empty()) {
            out.clear(); // the caller drops events per step: memory stays bounded
            auto used = dec.feedSome(piece, out);
            if (!used)
                return 0;
            if (out.size() > kDecodeStep + 1)
                std::abort();
            piece = piece.subspan(*used);
        }
    }
    (void)dec.finish(out);
    return 0;
}
