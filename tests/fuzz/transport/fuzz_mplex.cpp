// mplex session fed arbitrary bytes, interleaved with stream opens, writes, closes and resets.

#include "core/transport/mplexsession.h"

#include "muxerdriver.h"

using namespace meshscope;
using namespace meshscope::transport;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    MplexConfig config;
    if (data[0] & 2) {
        config.maxStreams = 4;
        config.maxMessageSize = 1000;
    }
    MplexSession session((data[0] & 1) != 0, config);
    fuzz::drive(session, BytesView(data + 1, size - 1), [](std::uint8_t, TimePoint) {});
    if (session.isClosed() && session.closeReason().empty())
        __builtin_trap(); // every end has a reason
    return 0;
}
