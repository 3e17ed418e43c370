#include "core/crypto/ed25519.h"

#include <cstdlib>
#include <sodium.h>

namespace meshscope::crypto::detail {

namespace {

// sodium_init() picks the CPU-specific code paths; it is thread-safe and idempotent.
void ensureSodium()
{
    static const bool ready = [] {
        if (sodium_init() < 0)
            std::abort(); // no usable random source: libsodium cannot run at all
        return true;
    }();
    (void)ready;
}

} // namespace

bool ed25519Verify(BytesView publicKey, BytesView message, BytesView signature)
{
    if (publicKey.size() != kEd25519KeySize || signature.size() != kEd25519SigSize)
        return false;
    ensureSodium();
    return crypto_sign_ed25519_verify_detached(
               signature.data(), message.data(), message.size(), publicKey.data())
        == 0;
}

std::array<std::uint8_t, kEd25519SigSize> ed25519Sign(
    const std::array<std::uint8_t, kEd25519SecretSize>& secret, BytesView message)
{
    ensureSodium();
    std::array<std::uint8_t, kEd25519SigSize> sig {};
    crypto_sign_ed25519_detached(sig.data(), nullptr, message.data(), message.size(), secret.data());
    return sig;
}

} // namespace meshscope::crypto::detail
