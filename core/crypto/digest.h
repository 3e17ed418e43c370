#pragma once
// Hash functions as the Noise Protocol Framework uses them (section 4.3): SHA-256, HMAC-SHA256
// and its HKDF (RFC 5869 extract-and-expand with the chaining key as salt and no info).

#include "core/base/bytes.h"

#include <array>
#include <cstdint>

namespace meshscope::crypto {

using Digest32 = std::array<std::uint8_t, 32>;

// SHA-256 of `data`.
Digest32 sha256(BytesView data);
// SHA-256 of `a || b` (Noise's MixHash without a copy).
Digest32 sha256(BytesView a, BytesView b);
// HMAC-SHA256(key, data).
Digest32 hmacSha256(BytesView key, BytesView data);

// Noise's HKDF(chaining_key, input_key_material, num_outputs): two or three 32-byte outputs.
struct HkdfOutput {
    Digest32 first;  // output1
    Digest32 second; // output2
    Digest32 third;  // output3 (zero unless three outputs were asked for)
};
HkdfOutput hkdf(BytesView chainingKey, BytesView inputKeyMaterial, int numOutputs);

} // namespace meshscope::crypto
