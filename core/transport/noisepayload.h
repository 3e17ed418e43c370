#pragma once
// The libp2p NoiseHandshakePayload (core/proto/noise.proto), encoded and decoded by hand: the
// decoder reads hostile bytes, so it enforces limits while parsing, skips unknown fields as
// protobuf does, and never logs (libprotobuf logs every invalid UTF-8 string it meets).

#include "core/base/bytes.h"
#include "core/base/result.h"

#include <string>
#include <vector>

namespace meshscope::transport {

struct NoisePayload {
    Bytes identityKey;                     // 1: libp2p PublicKey protobuf
    Bytes identitySig;                     // 2: signature over "noise-libp2p-static-key:" || static key
    std::vector<std::string> streamMuxers; // 4.2: extensions.stream_muxers, in preference order
    bool hasIdentityKey = false;           // field 1 was present
    bool hasIdentitySig = false;           // field 2 was present
};

// Serialises `payload` (extensions only when there are muxers).
Bytes encodeNoisePayload(const NoisePayload& payload);
// Parses a NoiseHandshakePayload, refusing more than `maxMuxers` muxers or names longer than
// `maxMuxerName` bytes.
Result<NoisePayload> decodeNoisePayload(BytesView in, std::size_t maxMuxers, std::size_t maxMuxerName);

} // namespace meshscope::transport
