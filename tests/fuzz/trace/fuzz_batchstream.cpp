// RemoteTracer stream decoder (gzip of delimited TraceEventBatch): any bytes, bounded steps.
#include "core/trace/remotetracercodec.h"
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
    BatchStreamDecoder dec;
    std::vector<TraceEventBatch> out;
    BytesView rest(data, size);
    int steps = 0;
    while (!rest.empty() && steps < 4096) {
        out.clear();
        auto used = dec.feedSome(rest, out);
        if (!used)
            return 0;
        rest = rest.subspan(*used);
        ++steps;
    }
    if (rest.empty()) {
        out.clear();
        (void)dec.finish(out);
    }
    return 0;
}
