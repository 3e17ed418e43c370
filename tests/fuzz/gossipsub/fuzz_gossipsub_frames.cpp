// Fuzz target: the RPC frame decoder fed in arbitrary chunks, and the PX record verifier.
#include "core/gossipsub/peerrecord.h"
#include "core/gossipsub/rpcframing.h"

#include <google/protobuf/stubs/logging.h>

#include <cstddef>
#include <cstdint>

using namespace meshscope;
using namespace meshscope::gossipsub;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // Debug protobuf logs invalid UTF-8 in string fields (topics): noise, and slow under the fuzzer.
    static const bool quiet = [] {
        google::protobuf::SetLogHandler(nullptr);
        return true;
    }();
    (void)quiet;
    if (size == 0)
        return 0;
    const BytesView all(data, size);
    const std::size_t chunk = 1 + data[0] % 64;
    FrameDecoder decoder(4096);
    for (std::size_t offset = 1; offset < size; offset += chunk) {
        if (!decoder.feed(all.subspan(offset, std::min(chunk, size - offset))))
            break;
        while (auto rpc = decoder.next())
            if (!*rpc)
                break;
    }
    (void)verifySignedPeerRecord(all.subspan(1));
    return 0;
}
