#pragma once
// PeerId: the multihash of a libp2p public key (peer-ids spec). Keys of 42 bytes or less
// (serialised PublicKey protobuf) use the identity multihash, larger ones sha2-256.
// Text forms: base58btc of the multihash ("12D3KooW...", "Qm...") and CIDv1 (libp2p-key codec 0x72,
// multibase base32 "b..."); both parse.
// Stricter than go-libp2p on purpose: fromBytes accepts only identity (1..42 bytes) and full
// 32-byte sha2-256 multihashes, the only kinds a libp2p key can produce.

#include "core/base/bytes.h"
#include "core/base/result.h"

#include <compare>
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

    // The multihash bytes (what goes on the wire, e.g. pubsub `from`).
    const Bytes& bytes() const { return m_bytes; }
    // base58btc text, the usual display form.
    std::string toBase58() const;
    // CIDv1 text in base32 ("bafz...").
    std::string toCid() const;
    // The serialised public key if this is an identity-multihash PeerId.
    std::optional<Bytes> identityPublicKey() const;
    // True for a default-constructed (empty) PeerId.
    bool empty() const { return m_bytes.empty(); }

    friend bool operator==(const PeerId&, const PeerId&) = default;
    friend auto operator<=>(const PeerId& a, const PeerId& b) { return a.m_bytes <=> b.m_bytes; }

private:
    explicit PeerId(Bytes multihash) : m_bytes(std::move(multihash)) {}
    Bytes m_bytes; // multihash: code varint, length varint, digest
};

} // namespace meshscope::multiformats

template <>
struct std::hash<meshscope::multiformats::PeerId> {
    std::size_t operator()(const meshscope::multiformats::PeerId& p) const noexcept
    {
        // Digest bytes are uniformly distributed: fold the last 8 into a size_t.
        std::size_t h = 0;
        const auto& b = p.bytes();
        const std::size_t n = b.size() < 8 ? b.size() : 8;
        for (std::size_t i = 0; i < n; ++i)
            h = (h << 8) | b[b.size() - 1 - i];
        return h ^ b.size();
    }
};
