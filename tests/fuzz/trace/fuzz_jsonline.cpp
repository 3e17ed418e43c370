// JSON line reader (go's JSONTracer files): any bytes; a line that parses must print back stably.
#include "core/trace/tracedecoder.h"
#include "core/trace/tracejson.h"
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
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (auto ev = traceEventFromJson(text); ev) {
        const std::string once = toJsonLine(*ev);
        auto again = traceEventFromJson(once);
        if (!again || toJsonLine(*again) != once)
            std::abort(); // what we write, we must read back identically
    }
    TraceStreamDecoder dec(TraceFormat::Json, Compression::None);
    std::vector<TraceEvent> out;
    BytesView rest(data, size);
    while (!rest.empty()) {
        out.clear();
        auto used = dec.feedSome(rest, out);
        if (!used)
            return 0;
        rest = rest.subspan(*used);
    }
    (void)dec.finish(out);
    return 0;
}
