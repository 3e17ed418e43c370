#pragma once
// Internal: loading each libp2p public key type's Data field into an OpenSSL EVP_PKEY, with the
// checks libp2p implementations make (sizes, curves, RSA bit lengths).

#include "core/base/bytes.h"
#include "core/base/result.h"
#include "core/crypto/openssl.h"

namespace meshscope::crypto::detail {

// Raw 32-byte Ed25519 public key.
Result<PkeyPtr> loadEd25519Public(BytesView data);
// 33-byte compressed secp256k1 point (02/03 prefix), checked to be on the curve.
Result<PkeyPtr> loadSecp256k1Public(BytesView data);
// DER SubjectPublicKeyInfo of an EC key on P-256, P-384 or P-521.
Result<PkeyPtr> loadEcdsaPublic(BytesView data);
// DER SubjectPublicKeyInfo (PKIX) of an RSA key of 2048 to 8192 bits.
Result<PkeyPtr> loadRsaPublic(BytesView data);

} // namespace meshscope::crypto::detail
