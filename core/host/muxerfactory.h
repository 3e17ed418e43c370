#pragma once
// Builds the muxer for a negotiated protocol id (/yamux/1.0.0 or /mplex/6.7.0).

#include "core/base/time.h"
#include "core/transport/muxer.h"

#include <memory>
#include <string>

namespace meshscope::host {

struct HostConfig;

// A muxer session for `protocol` on a connection we dialed (`initiator`) or accepted; nullptr
// for an unknown protocol id.
std::unique_ptr<transport::Muxer> makeMuxer(const std::string& protocol, bool initiator,
                                            const HostConfig& config, TimePoint now);

} // namespace meshscope::host
