#include "core/crypto/digest.h"

#include "core/crypto/openssl.h"

#include <memory>
#include <openssl/crypto.h>
#include <openssl/hmac.h>

namespace meshscope::crypto {

Digest32 sha256(BytesView data)
{
    return sha256(data, {});
}

Digest32 sha256(BytesView a, BytesView b)
{
    // SHA-256 fetched from the provider once and one context per thread (content message ids hash
    // every received message: EVP_sha256() would fetch under a lock and the context allocate).
    struct Cached {
        std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)> md { EVP_MD_fetch(nullptr, "SHA256", nullptr),
            &EVP_MD_free };
        detail::MdCtxPtr ctx { EVP_MD_CTX_new() };
    };
    thread_local Cached cached;
    Digest32 out {};
    unsigned int len = 0;
    EVP_MD_CTX* ctx = cached.ctx.get();
    if (cached.md && ctx && EVP_DigestInit_ex2(ctx, cached.md.get(), nullptr) == 1
        && EVP_DigestUpdate(ctx, a.data(), a.size()) == 1 && EVP_DigestUpdate(ctx, b.data(), b.size()) == 1
        && EVP_DigestFinal_ex(ctx, out.data(), &len) == 1)
        return out;
    // No cached objects (allocation failure): the one-shot path.
    detail::MdCtxPtr fresh(EVP_MD_CTX_new());
    EVP_DigestInit_ex(fresh.get(), EVP_sha256(), nullptr);
    EVP_DigestUpdate(fresh.get(), a.data(), a.size());
    EVP_DigestUpdate(fresh.get(), b.data(), b.size());
    EVP_DigestFinal_ex(fresh.get(), out.data(), &len);
    return out;
}

Digest32 hmacSha256(BytesView key, BytesView data)
{
    Digest32 out {};
    unsigned int len = 0;
    HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), data.data(), data.size(), out.data(), &len);
    return out;
}

HkdfOutput hkdf(BytesView chainingKey, BytesView inputKeyMaterial, int numOutputs)
{
    // Written out as the Noise spec states it; equal to RFC 5869 with salt = chaining key.
    HkdfOutput out {};
    Digest32 tempKey = hmacSha256(chainingKey, inputKeyMaterial);
    const std::uint8_t one = 0x01;
    out.first = hmacSha256(tempKey, BytesView(&one, 1));
    std::array<std::uint8_t, 33> buf {};
    std::copy(out.first.begin(), out.first.end(), buf.begin());
    buf[32] = 0x02;
    out.second = hmacSha256(tempKey, buf);
    if (numOutputs == 3) {
        std::copy(out.second.begin(), out.second.end(), buf.begin());
        buf[32] = 0x03;
        out.third = hmacSha256(tempKey, buf);
    }
    OPENSSL_cleanse(tempKey.data(), tempKey.size());
    OPENSSL_cleanse(buf.data(), buf.size());
    return out;
}

} // namespace meshscope::crypto
