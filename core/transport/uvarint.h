#pragma once
// Unsigned varints (multiformats unsigned-varint) for the transport framings. A stop-gap private
// to core/transport until meshscope_multiformats provides the shared codec.

#include "core/base/bytes.h"

#include <cstddef>
#include <cstdint>

namespace meshscope::transport::detail {

enum class UvarintStatus { Ok, NeedMore, Invalid };

// Longest accepted encoding: 9 bytes (63 bits), as the unsigned-varint spec allows.
inline constexpr std::size_t kMaxUvarintBytes = 9;

// Appends the minimal encoding of `value`.
inline void writeUvarint(Bytes& out, std::uint64_t value)
{
    while (value >= 0x80) {
        out.push_back(static_cast<std::uint8_t>(value | 0x80));
        value >>= 7;
    }
    out.push_back(static_cast<std::uint8_t>(value));
}

// Reads one varint from the front of `in`: Ok with `value` and `used` bytes, NeedMore if `in`
// ends inside it, Invalid if longer than 9 bytes or not minimally encoded.
inline UvarintStatus readUvarint(BytesView in, std::uint64_t& value, std::size_t& used)
{
    value = 0;
    for (std::size_t i = 0; i < in.size(); ++i) {
        if (i >= kMaxUvarintBytes)
            return UvarintStatus::Invalid;
        const std::uint8_t b = in[i];
        value |= static_cast<std::uint64_t>(b & 0x7f) << (7 * i);
        if ((b & 0x80) == 0) {
            if (b == 0 && i > 0)
                return UvarintStatus::Invalid; // trailing zero byte: not minimal
            used = i + 1;
            return UvarintStatus::Ok;
        }
    }
    return in.size() >= kMaxUvarintBytes ? UvarintStatus::Invalid : UvarintStatus::NeedMore;
}

} // namespace meshscope::transport::detail
