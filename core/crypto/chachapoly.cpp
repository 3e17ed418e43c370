#include "core/crypto/chachapoly.h"

#include "core/crypto/openssl.h"

#include <limits>
#include <memory>
#include <openssl/err.h>

namespace meshscope::crypto {

namespace {

std::array<std::uint8_t, 12> noiseNonce(std::uint64_t n)
{
    std::array<std::uint8_t, 12> out {};
    for (int i = 0; i < 8; ++i)
        out[static_cast<std::size_t>(4 + i)] = static_cast<std::uint8_t>(n >> (8 * i));
    return out;
}

// OpenSSL's update calls take int lengths; Noise messages are far below that.
bool fitsInt(std::size_t n)
{
    return n <= static_cast<std::size_t>(std::numeric_limits<int>::max());
}

// The cipher, fetched from the provider once (EVP_chacha20_poly1305() fetches on every init,
// under a lock), and one context per thread, re-initialised per message: a Noise transport
// message then costs no allocation and no fetch. nullptr if OpenSSL cannot provide either.
EVP_CIPHER_CTX* cipherContext(const EVP_CIPHER*& cipher)
{
    struct Cached {
        std::unique_ptr<EVP_CIPHER, decltype(&EVP_CIPHER_free)> cipher {
            EVP_CIPHER_fetch(nullptr, "ChaCha20-Poly1305", nullptr), &EVP_CIPHER_free
        };
        detail::CipherCtxPtr ctx { EVP_CIPHER_CTX_new() };
    };
    thread_local Cached cached;
    cipher = cached.cipher.get();
    return cipher ? cached.ctx.get() : nullptr;
}

} // namespace

Bytes chachaPolyEncrypt(const ChaChaKey& key, std::uint64_t nonce, BytesView ad, BytesView plaintext)
{
    const auto iv = noiseNonce(nonce);
    const EVP_CIPHER* cipher = nullptr;
    EVP_CIPHER_CTX* ctx = cipherContext(cipher);
    Bytes out(plaintext.size() + kChaChaPolyTagSize);
    int len = 0;
    int fin = 0;
    std::array<std::uint8_t, 16> scratch {}; // Final writes nothing for a stream cipher
    if (!ctx || !fitsInt(ad.size()) || !fitsInt(plaintext.size())
        || EVP_EncryptInit_ex2(ctx, cipher, key.data(), iv.data(), nullptr) != 1
        || (!ad.empty() && EVP_EncryptUpdate(ctx, nullptr, &len, ad.data(), static_cast<int>(ad.size())) != 1)
        || (!plaintext.empty()
            && EVP_EncryptUpdate(ctx, out.data(), &len, plaintext.data(), static_cast<int>(plaintext.size()))
                != 1)
        || EVP_EncryptFinal_ex(ctx, scratch.data(), &fin) != 1
        || EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_GET_TAG, static_cast<int>(kChaChaPolyTagSize),
               out.data() + plaintext.size())
            != 1) {
        ERR_clear_error();
        return {};
    }
    return out;
}

Result<Bytes> chachaPolyDecrypt(const ChaChaKey& key, std::uint64_t nonce, BytesView ad, BytesView ciphertext)
{
    if (ciphertext.size() < kChaChaPolyTagSize)
        return fail("ciphertext shorter than the 16-byte authentication tag");
    const std::size_t bodySize = ciphertext.size() - kChaChaPolyTagSize;
    const auto iv = noiseNonce(nonce);
    std::array<std::uint8_t, kChaChaPolyTagSize> tag {};
    std::copy(ciphertext.begin() + static_cast<std::ptrdiff_t>(bodySize), ciphertext.end(), tag.begin());
    const EVP_CIPHER* cipher = nullptr;
    EVP_CIPHER_CTX* ctx = cipherContext(cipher);
    Bytes out(bodySize);
    int len = 0;
    int fin = 0;
    std::array<std::uint8_t, 16> scratch {}; // Final writes nothing for a stream cipher
    if (!ctx || !fitsInt(ad.size()) || !fitsInt(bodySize)
        || EVP_DecryptInit_ex2(ctx, cipher, key.data(), iv.data(), nullptr) != 1
        || (!ad.empty() && EVP_DecryptUpdate(ctx, nullptr, &len, ad.data(), static_cast<int>(ad.size())) != 1)
        || (bodySize > 0
            && EVP_DecryptUpdate(ctx, out.data(), &len, ciphertext.data(), static_cast<int>(bodySize)) != 1)
        || EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_SET_TAG, static_cast<int>(tag.size()), tag.data()) != 1
        || EVP_DecryptFinal_ex(ctx, scratch.data(), &fin) != 1) {
        ERR_clear_error();
        return fail("decryption failed: bad authentication tag");
    }
    return out;
}

} // namespace meshscope::crypto
