#include "core/multiformats/base32.h"

#include <cstdint>

namespace meshscope::multiformats {

namespace {

constexpr std::string_view kLower = "abcdefghijklmnopqrstuvwxyz234567";
constexpr std::string_view kUpper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

// Value of `c` in the alphabet of the given case, or -1.
int digitOf(char c, Base32Case letterCase)
{
    if (c >= '2' && c <= '7')
        return c - '2' + 26;
    if (letterCase == Base32Case::Lower && c >= 'a' && c <= 'z')
        return c - 'a';
    if (letterCase == Base32Case::Upper && c >= 'A' && c <= 'Z')
        return c - 'A';
    return -1;
}

} // namespace

std::string encodeBase32(BytesView data, Base32Case letterCase)
{
    const std::string_view alphabet = letterCase == Base32Case::Lower ? kLower : kUpper;
    std::string out;
    out.reserve((data.size() * 8 + 4) / 5);
    std::uint32_t buffer = 0; // pending bits, right-aligned
    int bits = 0;             // number of pending bits
    for (const std::uint8_t b : data) {
        buffer = (buffer << 8) | b;
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.push_back(alphabet[(buffer >> bits) & 0x1f]);
        }
        buffer &= (1u << bits) - 1;
    }
    if (bits > 0)
        out.push_back(alphabet[(buffer << (5 - bits)) & 0x1f]);
    return out;
}

Result<Bytes> decodeBase32(std::string_view text, Base32Case letterCase)
{
    // 8 characters carry 5 bytes; a final group of 1, 3 or 6 characters cannot come from bytes.
    const std::size_t tail = text.size() % 8;
    if (tail == 1 || tail == 3 || tail == 6)
        return fail("invalid base32 length " + std::to_string(text.size()));
    Bytes out;
    out.reserve(text.size() * 5 / 8);
    std::uint32_t buffer = 0;
    int bits = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const int digit = digitOf(text[i], letterCase);
        if (digit < 0)
            return fail(std::string("invalid base32 character at position ") + std::to_string(i)
                        + (letterCase == Base32Case::Lower ? " (expected lowercase a-z, 2-7)"
                                                           : " (expected uppercase A-Z, 2-7)"));
        buffer = (buffer << 5) | static_cast<std::uint32_t>(digit);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<std::uint8_t>(buffer >> bits));
            buffer &= (1u << bits) - 1;
        }
    }
    if (buffer != 0)
        return fail("invalid base32: non-zero trailing bits");
    return out;
}

} // namespace meshscope::multiformats
