// libFuzzer: the identify stream parser (length prefix + Identify protobuf) and the bounded reader.
#include "core/host/identify.h"
#include "core/host/lengthprefix.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace meshscope;
    const BytesView in(data, size);
    auto parsed = host::decodeIdentifyMessage(in);
    if (parsed) {
        // Whatever parses must re-encode and parse again to the same fields.
        auto again = host::decodeIdentifyMessage(host::encodeIdentifyMessage(*parsed));
        if (!again || again->protocols != parsed->protocols || again->listenAddrs != parsed->listenAddrs)
            __builtin_trap();
    }
    (void)host::decodeIdentify(in);
    // Fed in uneven chunks, the reader must agree with the one-shot parse and stay bounded.
    host::LengthPrefixedReader reader(host::kIdentifyMaxMessage);
    std::size_t pos = 0;
    for (std::size_t step = 1; pos < size; step = step * 3 % 17 + 1) {
        const std::size_t n = std::min(step, size - pos);
        if (!reader.onData(in.subspan(pos, n)))
            break;
        pos += n;
        if (reader.buffered() > host::kIdentifyMaxMessage + 16)
            __builtin_trap();
    }
    return 0;
}
