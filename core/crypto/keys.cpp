// PublicKey / PrivateKey: libp2p key protobufs, loading into OpenSSL, Ed25519 signing, and
// signature verification for every libp2p key type. Key loading per type is in keyload.cpp.
#include "core/crypto/keys.h"

#include "core/crypto/keyload.h"
#include "core/crypto/keyprotobuf.h"
#include "core/crypto/openssl.h"

#include <openssl/crypto.h>
#include <openssl/err.h>

#include <algorithm>
#include <array>
#include <mutex>
#include <string>

namespace meshscope::crypto {

using detail::MdCtxPtr;
using detail::PkeyPtr;

namespace {

constexpr std::size_t kEd25519Size = 32;          // seed and public key length
constexpr std::size_t kEd25519SignatureSize = 64; // Ed25519 signature length
constexpr std::size_t kMaxSignatureSize = 1024;   // RSA-8192; anything longer cannot verify

} // namespace

struct PublicKey::Impl {
    PkeyPtr pkey;            // loaded public key
    std::mutex verifyMutex;  // guards verifyCtx (copies of a key share this Impl across threads)
    MdCtxPtr verifyCtx;      // Ed25519: a DigestVerify context bound to pkey, re-initialised per
                             // use (EVP_DigestVerifyInit with a null key skips OpenSSL's fetches)
};

struct PrivateKey::Impl {
    PkeyPtr pkey; // loaded private key
};

const char* keyTypeName(KeyType type)
{
    switch (type) {
    case KeyType::Rsa:
        return "RSA";
    case KeyType::Ed25519:
        return "Ed25519";
    case KeyType::Secp256k1:
        return "secp256k1";
    case KeyType::Ecdsa:
        return "ECDSA";
    }
    return "unknown";
}

Result<PublicKey> PublicKey::fromProtobuf(BytesView protobuf)
{
    auto decoded = detail::decodeKeyProtobuf(protobuf, "PublicKey");
    if (!decoded)
        return decoded.error();
    if (decoded->type > 3)
        return fail("PublicKey protobuf: unknown key type " + std::to_string(decoded->type));
    return fromData(static_cast<KeyType>(decoded->type), decoded->data);
}

Result<PublicKey> PublicKey::fromData(KeyType type, BytesView data)
{
    Result<PkeyPtr> loaded = fail("unknown key type");
    switch (type) {
    case KeyType::Ed25519:
        loaded = detail::loadEd25519Public(data);
        break;
    case KeyType::Secp256k1:
        loaded = detail::loadSecp256k1Public(data);
        break;
    case KeyType::Ecdsa:
        loaded = detail::loadEcdsaPublic(data);
        break;
    case KeyType::Rsa:
        loaded = detail::loadRsaPublic(data);
        break;
    }
    if (!loaded) {
        ERR_clear_error();
        return fail(std::string(keyTypeName(type)) + " public key: " + loaded.error().message);
    }
    PublicKey key;
    key.m_type = type;
    key.m_data.assign(data.begin(), data.end());
    key.m_impl = std::make_shared<Impl>();
    key.m_impl->pkey = std::move(loaded.value());
    return key;
}

Result<PublicKey> PublicKey::ed25519(BytesView raw32)
{
    return fromData(KeyType::Ed25519, raw32);
}

Bytes PublicKey::toProtobuf() const
{
    return detail::encodeKeyProtobuf(static_cast<std::uint64_t>(m_type), m_data);
}

bool PublicKey::verify(BytesView message, BytesView signature) const
{
    if (!m_impl || signature.size() > kMaxSignatureSize)
        return false;
    if (m_type == KeyType::Ed25519 && signature.size() != kEd25519SignatureSize)
        return false;
    if (m_type == KeyType::Ed25519) {
        // Reuse this key's context when no other thread is using it.
        std::unique_lock lock(m_impl->verifyMutex, std::try_to_lock);
        if (lock.owns_lock()) {
            bool ready = false;
            if (m_impl->verifyCtx) {
                ready = EVP_DigestVerifyInit(m_impl->verifyCtx.get(), nullptr, nullptr, nullptr, nullptr) == 1;
            } else {
                m_impl->verifyCtx.reset(EVP_MD_CTX_new());
                ready = m_impl->verifyCtx
                        && EVP_DigestVerifyInit(m_impl->verifyCtx.get(), nullptr, nullptr, nullptr, m_impl->pkey.get()) == 1;
            }
            if (ready) {
                const bool ok = EVP_DigestVerify(m_impl->verifyCtx.get(), signature.data(), signature.size(),
                                                 message.data(), message.size())
                                == 1;
                if (!ok)
                    ERR_clear_error();
                return ok;
            }
            m_impl->verifyCtx.reset(); // start afresh next time; verify below without it
            ERR_clear_error();
        }
    }
    MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx)
        return false;
    const EVP_MD* md = m_type == KeyType::Ed25519 ? nullptr : EVP_sha256();
    bool ok = EVP_DigestVerifyInit(ctx.get(), nullptr, md, nullptr, m_impl->pkey.get()) == 1
              && EVP_DigestVerify(ctx.get(), signature.data(), signature.size(), message.data(),
                                  message.size())
                     == 1;
    if (!ok)
        ERR_clear_error();
    return ok;
}

Result<PrivateKey> PrivateKey::ed25519FromSeed(BytesView seed32)
{
    if (seed32.size() != kEd25519Size)
        return fail("Ed25519 private key: seed must be 32 bytes, got " + std::to_string(seed32.size()));
    PkeyPtr pkey(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, seed32.data(), seed32.size()));
    if (!pkey) {
        ERR_clear_error();
        return fail("Ed25519 private key: OpenSSL refused the seed");
    }
    std::array<std::uint8_t, kEd25519Size> pub{};
    std::size_t pubLen = pub.size();
    if (EVP_PKEY_get_raw_public_key(pkey.get(), pub.data(), &pubLen) != 1 || pubLen != pub.size()) {
        ERR_clear_error();
        return fail("Ed25519 private key: cannot derive the public key");
    }
    auto publicKey = PublicKey::ed25519(pub);
    if (!publicKey)
        return publicKey.error();
    PrivateKey key;
    key.m_type = KeyType::Ed25519;
    key.m_public = std::move(publicKey.value());
    key.m_impl = std::make_shared<Impl>(Impl{std::move(pkey)});
    return key;
}

PrivateKey PrivateKey::generateEd25519(Rng& rng)
{
    std::array<std::uint8_t, kEd25519Size> seed{};
    rng.fill(seed);
    auto key = ed25519FromSeed(seed);
    OPENSSL_cleanse(seed.data(), seed.size());
    return std::move(key).value(); // 32 bytes always load
}

Result<PrivateKey> PrivateKey::fromProtobuf(BytesView protobuf)
{
    auto decoded = detail::decodeKeyProtobuf(protobuf, "PrivateKey");
    if (!decoded)
        return decoded.error();
    if (decoded->type > 3)
        return fail("PrivateKey protobuf: unknown key type " + std::to_string(decoded->type));
    const auto type = static_cast<KeyType>(decoded->type);
    if (type != KeyType::Ed25519)
        return fail(std::string("PrivateKey protobuf: ") + keyTypeName(type)
                    + " private keys are not supported (only Ed25519)");
    const Bytes& data = decoded->data;
    if (data.size() != 2 * kEd25519Size && data.size() != 3 * kEd25519Size)
        return fail("Ed25519 private key: Data must be 64 bytes (seed || public key), got "
                    + std::to_string(data.size()));
    const BytesView view(data);
    const BytesView seed = view.first(kEd25519Size);
    const BytesView pub = view.subspan(kEd25519Size, kEd25519Size);
    if (data.size() == 3 * kEd25519Size && !std::equal(pub.begin(), pub.end(), view.begin() + 2 * kEd25519Size))
        return fail("Ed25519 private key: legacy 96-byte form has two different public keys");
    auto key = ed25519FromSeed(seed);
    OPENSSL_cleanse(decoded->data.data(), kEd25519Size);
    if (!key)
        return key.error();
    if (!std::equal(pub.begin(), pub.end(), key->publicKey().data().begin()))
        return fail("Ed25519 private key: the stored public key does not match the seed");
    return key;
}

Bytes PrivateKey::toProtobuf() const
{
    if (!m_impl)
        return {};
    Bytes data(kEd25519Size);
    std::size_t len = data.size();
    if (EVP_PKEY_get_raw_private_key(m_impl->pkey.get(), data.data(), &len) != 1 || len != kEd25519Size)
        return {};
    append(data, m_public.data());
    Bytes out = detail::encodeKeyProtobuf(static_cast<std::uint64_t>(m_type), data);
    OPENSSL_cleanse(data.data(), data.size());
    return out;
}

Bytes PrivateKey::sign(BytesView message) const
{
    if (!m_impl)
        return {};
    MdCtxPtr ctx(EVP_MD_CTX_new());
    Bytes sig(kEd25519SignatureSize);
    std::size_t len = sig.size();
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_impl->pkey.get()) != 1
        || EVP_DigestSign(ctx.get(), sig.data(), &len, message.data(), message.size()) != 1) {
        ERR_clear_error();
        return {};
    }
    sig.resize(len);
    return sig;
}

} // namespace meshscope::crypto
