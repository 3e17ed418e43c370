#pragma once
// Byte buffers shared by every engine: an owning vector and a non-owning view.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace meshscope {

using Bytes = std::vector<std::uint8_t>;
using BytesView = std::span<const std::uint8_t>;

// Appends `src` to the end of `dst`.
inline void append(Bytes& dst, BytesView src) { dst.insert(dst.end(), src.begin(), src.end()); }

// Views the characters of a string as bytes (no copy).
inline BytesView asBytes(std::string_view s)
{
    return {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()};
}

// Copies a string's characters into a byte vector.
inline Bytes toBytes(std::string_view s) { return Bytes(s.begin(), s.end()); }

// Copies bytes into a std::string (binary-safe).
inline std::string toString(BytesView b) { return std::string(b.begin(), b.end()); }

// Lowercase hexadecimal text of `b`.
std::string toHex(BytesView b);

// Parses hexadecimal text (either case, even length); false on anything else.
bool fromHex(std::string_view hex, Bytes& out);

} // namespace meshscope
