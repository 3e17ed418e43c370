#include "core/crypto/x25519.h"

#include "core/crypto/openssl.h"

#include <openssl/err.h>

namespace meshscope::crypto {

X25519KeyPair x25519KeyPair(const X25519Key& secret)
{
    X25519KeyPair pair{secret, {}};
    detail::PkeyPtr key(EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, secret.data(), secret.size()));
    std::size_t len = pair.publicKey.size();
    if (!key || EVP_PKEY_get_raw_public_key(key.get(), pair.publicKey.data(), &len) != 1)
        ERR_clear_error(); // cannot happen for 32 bytes; leaves a zero public key
    return pair;
}

Result<X25519Key> x25519(const X25519Key& secret, BytesView peerPublic)
{
    if (peerPublic.size() != 32)
        return fail("X25519 public key must be 32 bytes, got " + std::to_string(peerPublic.size()));
    detail::PkeyPtr mine(EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, secret.data(), secret.size()));
    detail::PkeyPtr theirs(EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr, peerPublic.data(), peerPublic.size()));
    if (!mine || !theirs) {
        ERR_clear_error();
        return fail("X25519: OpenSSL refused the keys");
    }
    detail::PkeyCtxPtr ctx(EVP_PKEY_CTX_new(mine.get(), nullptr));
    X25519Key shared{};
    std::size_t len = shared.size();
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 || EVP_PKEY_derive_set_peer(ctx.get(), theirs.get()) != 1
        || EVP_PKEY_derive(ctx.get(), shared.data(), &len) != 1 || len != shared.size()) {
        ERR_clear_error();
        return fail("X25519: key agreement failed (low-order public key)");
    }
    return shared;
}

} // namespace meshscope::crypto
