#include "core/host/muxerfactory.h"

#include "core/host/host.h"
#include "core/transport/yamuxsession.h"
#if __has_include("core/transport/mplexsession.h")
#include "core/transport/mplexsession.h"
#define MESHSCOPE_HAVE_MPLEX 1
#endif

namespace meshscope::host {

std::unique_ptr<transport::Muxer> makeMuxer(const std::string& protocol, bool initiator, const HostConfig& config,
                                            TimePoint)
{
    if (protocol == kYamuxProtocol) {
        transport::YamuxConfig yc;
        yc.maxStreams = config.maxStreamsPerConnection;
        return std::make_unique<transport::YamuxSession>(initiator, yc);
    }
#ifdef MESHSCOPE_HAVE_MPLEX
    if (protocol == kMplexProtocol)
        return std::make_unique<transport::MplexSession>(initiator);
#endif
    return nullptr;
}

} // namespace meshscope::host
