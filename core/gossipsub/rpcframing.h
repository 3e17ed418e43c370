#pragma once
// RPC framing on a pubsub stream: each RPC is a uvarint length followed by that many bytes of
// protobuf. Frames above the maximum size are refused before any allocation: the caller drops the
// stream (and the router counts a dropped RPC).

#include "core/base/bytes.h"
#include "core/base/result.h"
#include "core/proto/rpc.pb.h"

#include <optional>

namespace meshscope::gossipsub {

// Length-prefixed bytes of `rpc`.
Bytes encodeFrame(const pb::rpc::RPC& rpc);
// Parses one RPC body (no length prefix) of at most `maxSize` bytes.
Result<pb::rpc::RPC> decodeRpc(BytesView body, std::size_t maxSize);

// Incremental decoder for one inbound stream.
class FrameDecoder {
public:
    explicit FrameDecoder(std::size_t maxSize) : m_maxSize(maxSize) {}

    // Appends received bytes (call for every read). Fails once the buffer would exceed the limit.
    Status feed(BytesView bytes);
    // The next complete RPC, an error (bad length, oversized, malformed), or nullopt when more
    // bytes are needed. After an error the stream is unusable.
    std::optional<Result<pb::rpc::RPC>> next();

private:
    std::size_t m_maxSize; // largest frame body accepted
    Bytes m_buffer;        // bytes received, not yet consumed
    bool m_failed = false; // set after a framing error
};

} // namespace meshscope::gossipsub
