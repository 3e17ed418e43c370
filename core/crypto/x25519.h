#pragma once
// X25519 (RFC 7748) for Noise's DH functions: a key pair from 32 secret bytes the caller drew
// from its Rng, and the shared secret with a peer's public key.

#include "core/base/bytes.h"
#include "core/base/result.h"

#include <array>
#include <cstdint>

namespace meshscope::crypto {

using X25519Key = std::array<std::uint8_t, 32>;

struct X25519KeyPair {
    X25519Key secret; // private scalar bytes (clamped by X25519 itself)
    X25519Key publicKey; // X25519(secret, 9)
};

// The key pair whose private key is `secret` (Noise's GENERATE_KEYPAIR with caller randomness).
X25519KeyPair x25519KeyPair(const X25519Key& secret);
// DH(secret, peerPublic); fails if the peer's key is a low-order point (all-zero result).
Result<X25519Key> x25519(const X25519Key& secret, BytesView peerPublic);

} // namespace meshscope::crypto
