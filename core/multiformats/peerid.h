#pragma once
// PeerId: the multihash of a libp2p public key (peer-ids spec). Keys of 42 bytes or less
// (serialised PublicKey protobuf) use the identity multihash, larger ones sha2-256.
// Text forms: base58btc of the multihash ("12D3KooW...", "Qm...") and CIDv1 (libp2p-key codec 0x72,
// multibase base32 "b..."); both parse.
// Stricter than go-libp2p on purpose: fromBytes accepts only identity (1..42 bytes) and full
// 32-byte sha2-256 multihashes, the only kinds a libp2p key can produce. So a PeerId is at most 44
// bytes and is stored inline: copying one allocates nothing, and comparing or hashing one (routers
// and maps do it on every RPC) reads no second cache line.

#include "core/base/bytes.h"
#include "core/base/result.h"

#include <array>
#include <bit>
#include <compare>
#include <cstdint>
#include <cstring>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace meshscope::multiformats {

class PeerId {
public:
    PeerId() = default;

    // From a serialised libp2p PublicKey protobuf.
    static PeerId fromPublicKey(BytesView publicKeyProtobuf);
    // From multihash bytes (validated: identity <= 42 bytes or sha2-256 with 32 bytes).
    static Result<PeerId> fromBytes(BytesView multihash);
    // From base58btc multihash text or CIDv1 text (multibase-prefixed, codec libp2p-key).
    static Result<PeerId> fromString(std::string_view text);

    // Longest multihash a PeerId holds: identity code and length bytes plus a 42-byte key.
    static constexpr std::size_t kMaxBytes = 44;

    // The multihash bytes (what goes on the wire, e.g. pubsub `from`); valid while this PeerId is.
    BytesView bytes() const { return { m_bytes.data(), m_size }; }
    // base58btc text, the usual display form.
    std::string toBase58() const;
    // CIDv1 text in base32 ("bafz...").
    std::string toCid() const;
    // The serialised public key if this is an identity-multihash PeerId.
    std::optional<Bytes> identityPublicKey() const;
    // True for a default-constructed (empty) PeerId.
    bool empty() const { return m_size == 0; }

    // Whole arrays: bytes past m_size are always zero, and a fixed-size comparison compiles to a few
    // word compares instead of a call (routers compare PeerIds on every lookup).
    friend bool operator==(const PeerId& a, const PeerId& b)
    {
        return a.m_size == b.m_size && std::memcmp(a.m_bytes.data(), b.m_bytes.data(), kMaxBytes) == 0;
    }
    // Lexicographic by bytes, a prefix first (the order of the byte strings). With the zero tails,
    // comparing whole arrays and then sizes gives that order; done a word at a time, big end first.
    friend std::strong_ordering operator<=>(const PeerId& a, const PeerId& b)
    {
        for (std::size_t at = 0; at < kMaxBytes; at += 8) {
            const std::uint64_t x = a.bigEndianWord(at);
            const std::uint64_t y = b.bigEndianWord(at);
            if (x != y)
                return x <=> y;
        }
        return a.m_size <=> b.m_size;
    }

private:
    // `multihash` must be at most kMaxBytes long (the factories check it).
    explicit PeerId(BytesView multihash);
    // Bytes at..at+7 of m_bytes as a big-endian number (bytes past the array read as zero).
    std::uint64_t bigEndianWord(std::size_t at) const
    {
        std::uint64_t word = 0;
        std::memcpy(&word, m_bytes.data() + at, at + 8 <= kMaxBytes ? 8 : kMaxBytes - at);
        if constexpr (std::endian::native == std::endian::little)
            word = __builtin_bswap64(word);
        return word;
    }
    std::array<std::uint8_t, kMaxBytes> m_bytes {}; // multihash: code varint, length varint, digest
    std::uint8_t m_size = 0; // bytes of m_bytes in use
};

} // namespace meshscope::multiformats

template <>
struct std::hash<meshscope::multiformats::PeerId> {
    std::size_t operator()(const meshscope::multiformats::PeerId& p) const noexcept
    {
        // Digest bytes are uniformly distributed: the last 8 as a little-endian number (the last
        // byte highest), one load for any real PeerId.
        const auto b = p.bytes();
        std::uint64_t h = 0;
        if (b.size() >= 8) {
            std::memcpy(&h, b.data() + b.size() - 8, 8);
            if constexpr (std::endian::native == std::endian::big)
                h = __builtin_bswap64(h);
        } else {
            for (std::size_t i = 0; i < b.size(); ++i)
                h = (h << 8) | b[b.size() - 1 - i];
        }
        return static_cast<std::size_t>(h ^ b.size());
    }
};
