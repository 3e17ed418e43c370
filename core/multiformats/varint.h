#pragma once
// Unsigned varint (multiformats/unsigned-varint): LEB128 without sign, minimal encoding only,
// at most 9 bytes (63 bits). Plus uvarint length-prefixed frames, as multistream-select,
// identify and pubsub use them. All decoders work on a view and never allocate.

#include "core/base/bytes.h"

#include <cstddef>
#include <cstdint>

namespace meshscope::multiformats {

// The spec's "practical maximum" length of a varint.
inline constexpr std::size_t kMaxVarintBytes = 9;
// The largest value a 9-byte varint holds (2^63 - 1).
inline constexpr std::uint64_t kMaxVarintValue = (std::uint64_t{1} << 63) - 1;

enum class VarintStatus {
    Ok,         // a complete, valid varint
    Incomplete, // the view ends before the varint does: wait for more bytes
    Invalid,    // over 9 bytes or not minimally encoded: the peer is broken or hostile
};

struct VarintDecode {
    VarintStatus status = VarintStatus::Incomplete; // outcome
    std::uint64_t value = 0;                         // the value when status is Ok
    std::size_t length = 0;                          // bytes consumed when status is Ok
};

// Number of bytes `value` encodes to (1..10; values above kMaxVarintValue take 10 and are not
// decodable by a conforming peer).
inline std::size_t uvarintSize(std::uint64_t value)
{
    std::size_t n = 1;
    while (value >= 0x80) {
        value >>= 7;
        ++n;
    }
    return n;
}

// Appends the minimal encoding of `value` to `out` (Bytes, or std::string for protobuf text).
template <typename Buffer> inline void appendUvarint(Buffer& out, std::uint64_t value)
{
    using Byte = typename Buffer::value_type;
    while (value >= 0x80) {
        out.push_back(static_cast<Byte>(static_cast<std::uint8_t>(value | 0x80)));
        value >>= 7;
    }
    out.push_back(static_cast<Byte>(static_cast<std::uint8_t>(value)));
}

// The minimal encoding of `value`.
inline Bytes encodeUvarint(std::uint64_t value)
{
    Bytes out;
    appendUvarint(out, value);
    return out;
}

// Decodes one varint from the start of `in`.
VarintDecode decodeUvarint(BytesView in);

// --- Length-prefixed frames: uvarint(length) || payload ---

enum class FrameStatus {
    Ok,         // a complete frame
    Incomplete, // need more bytes (the prefix or the payload is cut short)
    Invalid,    // the length prefix is not a valid varint
    TooLarge,   // the announced length exceeds the caller's maximum
};

struct FrameDecode {
    FrameStatus status = FrameStatus::Incomplete; // outcome
    BytesView payload;                            // the payload (a view into the input) when Ok
    std::size_t consumed = 0;                     // prefix + payload bytes when Ok
    std::uint64_t announced = 0;                  // the announced length, when the prefix decoded
};

// Appends uvarint(payload.size()) || payload to `out`.
inline void appendFrame(Bytes& out, BytesView payload)
{
    appendUvarint(out, payload.size());
    append(out, payload);
}

// uvarint(payload.size()) || payload as a new buffer.
inline Bytes encodeFrame(BytesView payload)
{
    Bytes out;
    out.reserve(uvarintSize(payload.size()) + payload.size());
    appendFrame(out, payload);
    return out;
}

// Decodes one frame from the start of `in`; announced lengths above `maxLength` are TooLarge
// (reported as soon as the prefix is readable, before the payload arrives).
FrameDecode decodeFrame(BytesView in, std::size_t maxLength);

// Human-readable name of a status, for error messages.
const char* toString(VarintStatus status);
const char* toString(FrameStatus status);

} // namespace meshscope::multiformats
