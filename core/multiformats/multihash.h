#pragma once
// Multihash: varint(code) || varint(digest length) || digest. Constructed here for identity (0x00)
// and sha2-256 (0x12); parsing accepts any code with a consistent length.
// Differs from go-multihash on purpose: sha2-256 digests must be the full 32 bytes (no truncated
// hashes), and digests are capped at kMaxMultihashDigest, since these arrive from remote peers.

#include "core/base/bytes.h"
#include "core/base/result.h"

#include <array>
#include <cstddef>
#include <cstdint>

namespace meshscope::multiformats {

// Multicodec codes used by libp2p multihashes.
enum class MultihashCode : std::uint64_t {
    Identity = 0x00,
    Sha2_256 = 0x12,
};

// Longest digest parse() accepts (sha2-512 is 64 bytes; identity keys are at most 42 in peer ids,
// but multiaddrs may carry larger identity hashes).
inline constexpr std::size_t kMaxMultihashDigest = 1024;

// SHA-256 of `data` (OpenSSL EVP).
std::array<std::uint8_t, 32> sha256(BytesView data);

class Multihash {
public:
    Multihash() = default;

    // Identity multihash: the digest is `data` itself.
    static Multihash identity(BytesView data);
    // sha2-256 multihash of `data`.
    static Multihash sha2_256(BytesView data);
    // Parses exactly one multihash filling all of `bytes` (no trailing bytes).
    static Result<Multihash> parse(BytesView bytes);
    // Parses a multihash at the start of `bytes`; `consumed` receives its length.
    static Result<Multihash> parsePrefix(BytesView bytes, std::size_t& consumed);

    // The hash function code (0x00 identity, 0x12 sha2-256, ...).
    std::uint64_t code() const { return m_code; }
    // The digest bytes (a view into bytes()).
    BytesView digest() const { return BytesView(m_bytes).subspan(m_digestOffset); }
    // The full encoding.
    const Bytes& bytes() const { return m_bytes; }

    friend bool operator==(const Multihash& a, const Multihash& b) { return a.m_bytes == b.m_bytes; }

private:
    Multihash(std::uint64_t code, Bytes bytes, std::size_t digestOffset);

    std::uint64_t m_code = 0;       // hash function code
    Bytes m_bytes;                  // full encoding: code, length, digest
    std::size_t m_digestOffset = 0; // where the digest starts in m_bytes
};

} // namespace meshscope::multiformats
