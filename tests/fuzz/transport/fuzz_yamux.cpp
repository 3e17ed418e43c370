// Yamux session fed arbitrary bytes, interleaved with stream opens, writes, closes and timers.

#include "core/transport/yamuxsession.h"

#include "muxerdriver.h"

using namespace meshscope;
using namespace meshscope::transport;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    YamuxConfig config;
    if (data[0] & 2) {
        config.maxStreams = 4;
        config.maxPendingWrite = 100'000;
        config.keepAliveInterval = std::chrono::seconds(1);
        config.pingTimeout = std::chrono::milliseconds(500);
    }
    YamuxSession session((data[0] & 1) != 0, config);
    fuzz::drive(session, BytesView(data + 1, size - 1), [&](std::uint8_t, TimePoint now) { (void)session.ping(now); });
    if (session.isClosed() && session.closeReason().empty())
        __builtin_trap(); // every end has a reason
    return 0;
}
