#pragma once
// IdHash: the hash for message-id (and other byte-string) keyed unordered containers. With
// std::hash<std::string> libstdc++ scans small tables linearly with memcmp, and message ids share a
// long from-prefix, so every lookup compared whole ids (~20% of simulator CPU in IDONTWANT lookups);
// a distinct hasher type gets real hashing, and the hash code is cached so that ids are compared
// only when their hashes are equal.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace meshscope::gossipsub {

struct IdHash {
    // Not noexcept on purpose: libstdc++ then caches the hash code in each node.
    std::size_t operator()(std::string_view id) const { return std::hash<std::string_view> {}(id); }
};

// A 64-bit digest of a message id, for sets where a (rare) collision is harmless (IDONTWANT).
inline std::uint64_t idDigest(std::string_view id)
{
    return std::hash<std::string_view> {}(id);
}

} // namespace meshscope::gossipsub
