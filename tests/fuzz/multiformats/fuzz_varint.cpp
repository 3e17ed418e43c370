// Varint and frame decoding: never reads past the input; what decodes re-encodes to the same bytes.

#include "core/multiformats/varint.h"
#include "fuzzcheck.h"

using namespace meshscope;
using namespace meshscope::multiformats;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const BytesView in(data, size);
    const VarintDecode d = decodeUvarint(in);
    if (d.status == VarintStatus::Ok) {
        FUZZ_CHECK(d.length >= 1 && d.length <= kMaxVarintBytes && d.length <= size);
        const Bytes again = encodeUvarint(d.value);
        FUZZ_CHECK(again.size() == d.length);
        FUZZ_CHECK(std::equal(again.begin(), again.end(), in.begin()));
    }
    // The first byte picks a frame limit so TooLarge and Ok are both reachable.
    if (size > 0) {
        const std::size_t limit = std::size_t{data[0]} * 4;
        const FrameDecode f = decodeFrame(in.subspan(1), limit);
        if (f.status == FrameStatus::Ok) {
            FUZZ_CHECK(f.consumed <= size - 1);
            FUZZ_CHECK(f.payload.size() <= limit);
            const Bytes again = encodeFrame(f.payload);
            FUZZ_CHECK(again.size() == f.consumed);
            FUZZ_CHECK(std::equal(again.begin(), again.end(), in.begin() + 1));
        }
        if (f.status == FrameStatus::TooLarge)
            FUZZ_CHECK(f.announced > limit);
    }
    return 0;
}
