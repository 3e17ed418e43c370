// decodeNoisePayload on arbitrary bytes; whatever parses must re-encode and parse to the same.
#include "core/transport/noisepayload.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace meshscope;
    using namespace meshscope::transport;
    auto p = decodeNoisePayload(BytesView(data, size), 32, 256);
    if (!p)
        return 0;
    auto again = decodeNoisePayload(encodeNoisePayload(*p), 32, 256);
    if (!again || again->identityKey != p->identityKey || again->identitySig != p->identitySig
        || again->streamMuxers != p->streamMuxers)
        __builtin_trap();
    return 0;
}
