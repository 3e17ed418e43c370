#include "core/multiformats/base58.h"

#include <array>
#include <cstdint>

namespace meshscope::multiformats {

namespace {

constexpr std::string_view kAlphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

// Digit value of each ASCII character, or -1.
constexpr std::array<std::int8_t, 128> makeDigits()
{
    std::array<std::int8_t, 128> table{};
    for (auto& v : table)
        v = -1;
    for (std::size_t i = 0; i < kAlphabet.size(); ++i)
        table[static_cast<std::size_t>(kAlphabet[i])] = static_cast<std::int8_t>(i);
    return table;
}
constexpr auto kDigits = makeDigits();

} // namespace

std::string encodeBase58(BytesView data)
{
    std::size_t zeros = 0;
    while (zeros < data.size() && data[zeros] == 0)
        ++zeros;
    // log(256)/log(58) ~ 1.37: digits needed for the rest.
    std::vector<std::uint8_t> digits((data.size() - zeros) * 138 / 100 + 1, 0);
    std::size_t used = 0; // digits in use, little-endian at the front
    for (std::size_t i = zeros; i < data.size(); ++i) {
        std::uint32_t carry = data[i];
        for (std::size_t j = 0; j < used; ++j) {
            carry += std::uint32_t{digits[j]} << 8;
            digits[j] = static_cast<std::uint8_t>(carry % 58);
            carry /= 58;
        }
        while (carry > 0) {
            digits[used++] = static_cast<std::uint8_t>(carry % 58);
            carry /= 58;
        }
    }
    std::string out(zeros, '1');
    out.reserve(zeros + used);
    for (std::size_t j = used; j > 0; --j)
        out.push_back(kAlphabet[digits[j - 1]]);
    return out;
}

Result<Bytes> decodeBase58(std::string_view text)
{
    if (text.size() > kMaxBase58Chars)
        return fail("base58 text too long (" + std::to_string(text.size()) + " characters, limit "
                    + std::to_string(kMaxBase58Chars) + ")");
    std::size_t ones = 0;
    while (ones < text.size() && text[ones] == '1')
        ++ones;
    // log(58)/log(256) ~ 0.733: bytes needed for the rest.
    std::vector<std::uint8_t> bytes((text.size() - ones) * 733 / 1000 + 1, 0);
    std::size_t used = 0; // bytes in use, little-endian at the front
    for (std::size_t i = ones; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const int digit = c < 128 ? kDigits[c] : -1;
        if (digit < 0)
            return fail("invalid base58 character at position " + std::to_string(i));
        std::uint32_t carry = static_cast<std::uint32_t>(digit);
        for (std::size_t j = 0; j < used; ++j) {
            carry += std::uint32_t{bytes[j]} * 58;
            bytes[j] = static_cast<std::uint8_t>(carry & 0xff);
            carry >>= 8;
        }
        while (carry > 0) {
            bytes[used++] = static_cast<std::uint8_t>(carry & 0xff);
            carry >>= 8;
        }
    }
    Bytes out(ones, 0);
    out.reserve(ones + used);
    for (std::size_t j = used; j > 0; --j)
        out.push_back(bytes[j - 1]);
    return out;
}

} // namespace meshscope::multiformats
