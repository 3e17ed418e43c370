#pragma once
// ChaCha20-Poly1305 (RFC 8439) as Noise's cipher functions use it: 32-byte key, 96-bit nonce of
// 4 zero bytes then the 64-bit counter in little-endian, 16-byte tag appended to the ciphertext.

#include "core/base/bytes.h"
#include "core/base/result.h"

#include <array>
#include <cstdint>

namespace meshscope::crypto {

using ChaChaKey = std::array<std::uint8_t, 32>;
inline constexpr std::size_t kChaChaPolyTagSize = 16;

// ENCRYPT(k, n, ad, plaintext): ciphertext || tag.
Bytes chachaPolyEncrypt(const ChaChaKey& key, std::uint64_t nonce, BytesView ad, BytesView plaintext);
// DECRYPT(k, n, ad, ciphertext): the plaintext, or an error if the tag does not authenticate.
Result<Bytes> chachaPolyDecrypt(const ChaChaKey& key, std::uint64_t nonce, BytesView ad, BytesView ciphertext);

} // namespace meshscope::crypto
