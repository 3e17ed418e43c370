#pragma once
// IdHash: the hash for message-id (and other byte-string) keyed unordered containers. With
// std::hash<std::string> libstdc++ scans small tables linearly with memcmp, and message ids share a
// long from-prefix, so every lookup compared whole ids (~20% of simulator CPU in IDONTWANT lookups);
// a distinct hasher type gets real hashing, and the hash code is cached so that ids are compared
// only when their hashes are equal.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>

namespace meshscope::gossipsub {

// A 64-bit hash of `bytes`, inline and word at a time: routers hash every message id several
// times per RPC (seen cache, delivery records, IDONTWANT), where libstdc++'s out-of-line
// byte-string hash cost ~70 instructions for a 32-byte id. Each 8-byte word is folded in with a
// multiply and an xor-shift (a bijection of the state, so no input is absorbed without trace; the
// shift brings the product's high bits down, which a multiply alone never does), the last partial
// word read as the string's final 8 bytes; a final mix spreads every input bit over the low bits
// that hash tables use. Not keyed, like std::hash: not a defence against crafted ids.
inline std::uint64_t hashBytes(std::string_view bytes)
{
    constexpr std::uint64_t kWordMul = 0x9e3779b97f4a7c15ull; // odd: multiplying is invertible
    constexpr std::uint64_t kMixMul = 0xff51afd7ed558ccdull; // odd
    auto fold = [](std::uint64_t h, std::uint64_t w) {
        h = (h ^ w) * kWordMul;
        return h ^ (h >> 29);
    };
    const char* p = bytes.data();
    const std::size_t n = bytes.size();
    std::uint64_t h = 0x243f6a8885a308d3ull ^ (n * kMixMul);
    std::uint64_t w = 0;
    if (n >= 8) {
        std::size_t i = 0;
        for (; i + 8 <= n; i += 8) {
            std::memcpy(&w, p + i, 8);
            h = fold(h, w);
        }
        if (i < n) { // the last 8 bytes, overlapping the previous word
            std::memcpy(&w, p + n - 8, 8);
            h = fold(h, w);
        }
    } else {
        for (std::size_t i = 0; i < n; ++i)
            w |= static_cast<std::uint64_t>(static_cast<std::uint8_t>(p[i])) << (8 * i);
        h = fold(h, w);
    }
    h ^= h >> 32;
    h *= kMixMul;
    h ^= h >> 29;
    return h;
}

struct IdHash {
    // Not noexcept on purpose: libstdc++ then caches the hash code in each node.
    std::size_t operator()(std::string_view id) const { return hashBytes(id); }
};

// A 64-bit hash cut to 32 bits for compact tables: the high half of a multiply by an odd constant,
// which depends on every input bit (xoring the halves maps patterned inputs alike).
inline std::uint32_t fold32(std::uint64_t hash)
{
    return static_cast<std::uint32_t>((hash * 0x9e3779b97f4a7c15ull) >> 32);
}

// A 64-bit digest of a message id, for sets where a (rare) collision is harmless (IDONTWANT).
inline std::uint64_t idDigest(std::string_view id)
{
    return hashBytes(id);
}

} // namespace meshscope::gossipsub
