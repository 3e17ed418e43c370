#pragma once
// Internal: the two-field libp2p key protobuf (Type = 1 varint, Data = 2 bytes), encoded
// deterministically and decoded strictly enough to give clear errors on hostile input.

#include "core/base/bytes.h"
#include "core/base/result.h"

#include <cstdint>

namespace meshscope::crypto::detail {

struct KeyProtobuf {
    std::uint64_t type = 0; // raw KeyType value
    Bytes data;             // Data field
};

// Encodes Type then Data with minimal varints.
Bytes encodeKeyProtobuf(std::uint64_t type, BytesView data);
// Decodes a PublicKey/PrivateKey message; `what` names it in errors ("PublicKey").
Result<KeyProtobuf> decodeKeyProtobuf(BytesView in, const char* what);

} // namespace meshscope::crypto::detail
