#pragma once
// Internal: Ed25519 signing and verification on libsodium. OpenSSL 3.0's Ed25519 costs about
// 63 us a verification on this project's machines, libsodium's about 36 us; verification is most
// of a signed gossipsub message's receive cost, so the identity keys (keys.cpp) sign and verify
// here. Keys are still parsed and validated through OpenSSL (keyload.cpp).
// Not part of the public API; include only from core/crypto.

#include "core/base/bytes.h"

#include <array>
#include <cstdint>

namespace meshscope::crypto::detail {

inline constexpr std::size_t kEd25519KeySize = 32; // seed and public key length
inline constexpr std::size_t kEd25519SecretSize = 64; // libsodium's secret key: seed || public key
inline constexpr std::size_t kEd25519SigSize = 64; // signature length

// True when `signature` (64 bytes) is a valid Ed25519 signature of `message` by the 32-byte
// `publicKey`. Non-canonical S, small-order keys and small-order R are refused.
bool ed25519Verify(BytesView publicKey, BytesView message, BytesView signature);

// Signs `message` with the 64-byte libsodium secret key (seed || public key).
std::array<std::uint8_t, kEd25519SigSize> ed25519Sign(
    const std::array<std::uint8_t, kEd25519SecretSize>& secret, BytesView message);

} // namespace meshscope::crypto::detail
