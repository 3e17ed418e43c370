// gzip recording reader (go's traced files): auto-detected gzip and format, bounded steps.
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
    TraceStreamDecoder dec(TraceFormat::Auto, Compression::Auto);
    std::vector<TraceEvent> out;
    BytesView rest(data, size);
    int steps = 0;
    while (!rest.empty() && steps < 4096) {
        out.clear();
        auto used = dec.feedSome(rest.first(std::min<std::size_t>(rest.size(), 97)), out);
        if (!used)
            return 0;
        if (out.size() > kDecodeStep + kInflateChunk)
            std::abort();
        rest = rest.subspan(*used);
        ++steps;
    }
    if (rest.empty()) {
        out.clear();
        (void)dec.finish(out);
    }
    return 0;
}
