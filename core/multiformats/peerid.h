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
#include <compare>
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

    friend bool operator==(const PeerId& a, const PeerId& b)
    {
        return a.m_size == b.m_size && std::memcmp(a.m_bytes.data(), b.m_bytes.data(), a.m_size) == 0;
    }
    // Lexicographic by bytes, a prefix first (the order of the byte strings).
    friend std::strong_ordering operator<=>(const PeerId& a, const PeerId& b)
    {
        const int c = std::memcmp(a.m_bytes.data(), b.m_bytes.data(), a.m_size < b.m_size ? a.m_size : b.m_size);
        return c != 0 ? c <=> 0 : a.m_size <=> b.m_size;
    }

private:
    // `multihash` must be at most kMaxBytes long (the factories check it).
    explicit PeerId(BytesView multihash);
    std::array<std::uint8_t, kMaxBytes> m_bytes {}; // multihash: code varint, length varint, digest
    std::uint8_t m_size = 0; // bytes of m_bytes in use
};

} // namespace meshscope::multiformats

template <>
struct std::hash<meshscope::multiformats::PeerId> {
    std::size_t operator()(const meshscope::multiformats::PeerId& p) const noexcept
    {
        // Digest bytes are uniformly distributed: fold the last 8 into a size_t.
        std::size_t h = 0;
        const auto b = p.bytes();
        const std::size_t n = b.size() < 8 ? b.size() : 8;
        for (std::size_t i = 0; i < n; ++i)
            h = (h << 8) | b[b.size() - 1 - i];
        return h ^ b.size();
    }
};
