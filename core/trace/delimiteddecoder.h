#pragma once
// Splits a byte stream of uvarint-length-prefixed messages (go's protoio delimited format, as
// written by PBTracer, the traced collector and RemoteTracer) into message payloads.
// Incremental: feed any split of the stream. Buffers at most one message (<= maxMessageSize).

#include "core/base/bytes.h"
#include "core/base/result.h"
#include "core/trace/limits.h"

#include <cstdint>
#include <functional>

namespace meshscope::trace {

// Appends the unsigned LEB128 varint of `v` to `out`.
void appendUvarint(Bytes& out, std::uint64_t v);

class DelimitedDecoder {
public:
    // Receives each payload and the stream offset of its length prefix; a failed Status stops.
    using Sink = std::function<Status(BytesView payload, std::uint64_t offset)>;

    explicit DelimitedDecoder(std::size_t maxMessageSize = kMaxEventSize) : m_max(maxMessageSize) {}

    // Call with each piece of the stream, in order. After an error every call fails.
    Status feed(BytesView in, const Sink& sink);
    // Call at end of stream: fails if it ended inside a length prefix or a message.
    Status finish() const;
    // Bytes consumed so far (the offset of the next byte).
    std::uint64_t offset() const { return m_offset; }
    // True when no partial message is pending.
    bool idle() const { return !m_haveLength && m_lengthBytes == 0; }

private:
    std::size_t m_max;               // largest payload accepted
    std::uint64_t m_offset = 0;      // stream offset of the next byte
    std::uint64_t m_frameStart = 0;  // offset of the current frame's length prefix
    std::uint64_t m_length = 0;      // length being read / read
    unsigned m_lengthBytes = 0;      // bytes of the length prefix read so far
    bool m_haveLength = false;       // length complete, payload pending
    bool m_failed = false;           // an error was returned; the stream is dead
    Bytes m_payload;                 // partial payload spanning feed() calls
};

} // namespace meshscope::trace
