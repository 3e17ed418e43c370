#pragma once
// Unsigned-varint length prefixes as identify, multistream-select and gossipsub use them.
// A small reader with a hard size cap, so a peer cannot make us buffer without bound.

#include "core/base/bytes.h"
#include "core/base/result.h"

#include <cstddef>
#include <cstdint>
#include <optional>

namespace meshscope::host {

// Appends the unsigned varint of `value` to `out`.
void appendUvarint(Bytes& out, std::uint64_t value);

// Returns `payload` with its uvarint length in front.
Bytes lengthPrefixed(BytesView payload);

// Accumulates bytes until one uvarint-length-prefixed message is complete.
class LengthPrefixedReader {
public:
    // `maxMessage` caps the announced length; longer announcements are an error.
    explicit LengthPrefixedReader(std::size_t maxMessage) : m_max(maxMessage) {}

    // Call with each chunk from the stream; fails on an oversized or malformed prefix.
    // Bytes after the first complete message are kept and count as trailing data.
    Status onData(BytesView data);
    // The complete message, once one has arrived.
    std::optional<BytesView> message() const;
    // True when bytes arrived after the message (protocols sending exactly one message reject it).
    bool hasTrailingData() const;
    // How many bytes are buffered (for limits and tests).
    std::size_t buffered() const { return m_buffer.size(); }

private:
    std::size_t m_max;                      // largest accepted message length
    Bytes m_buffer;                         // everything received so far (bounded by m_max + 10)
    std::optional<std::size_t> m_headerLen; // varint length once decoded
    std::size_t m_bodyLen = 0;              // announced message length once decoded
};

} // namespace meshscope::host
