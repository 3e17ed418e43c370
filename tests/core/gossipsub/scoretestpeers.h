#pragma once
// Peer ids for the scoring tests: distinct and valid (a sha2-256 multihash), by number.
#include "core/multiformats/peerid.h"

#include <cstdint>

namespace meshscope::gossipsub::scoretest {

// Peer number `n`: its multihash digest is n, n+1, ..., n+31.
inline multiformats::PeerId peer(std::uint8_t n)
{
    Bytes mh { 0x12, 0x20 };
    for (int i = 0; i < 32; ++i)
        mh.push_back(static_cast<std::uint8_t>(n + i));
    return multiformats::PeerId::fromBytes(mh).value();
}

} // namespace meshscope::gossipsub::scoretest
