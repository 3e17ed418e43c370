#include "core/crypto/keyload.h"

#include <openssl/core_names.h>
#include <openssl/params.h>
#include <openssl/x509.h>

#include <array>
#include <string>

namespace meshscope::crypto::detail {

namespace {

constexpr int kMinRsaBits = 2048; // go-libp2p's MinRsaKeyBits
constexpr int kMaxRsaBits = 8192; // go-libp2p's maxRsaKeyBits

// Parses a DER SubjectPublicKeyInfo that must span all of `data`.
Result<PkeyPtr> parseSpki(BytesView data)
{
    if (data.empty())
        return fail("empty SubjectPublicKeyInfo");
    const unsigned char* p = data.data();
    PkeyPtr pkey(d2i_PUBKEY(nullptr, &p, static_cast<long>(data.size())));
    if (!pkey)
        return fail("malformed DER SubjectPublicKeyInfo");
    if (p != data.data() + data.size())
        return fail("trailing bytes after the DER SubjectPublicKeyInfo");
    return pkey;
}

// Runs OpenSSL's public-key consistency check (point on curve, sane modulus).
bool publicCheck(const PkeyPtr& pkey)
{
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, pkey.get(), nullptr));
    return ctx && EVP_PKEY_public_check(ctx.get()) == 1;
}

} // namespace

Result<PkeyPtr> loadEd25519Public(BytesView data)
{
    if (data.size() != 32)
        return fail("must be 32 bytes, got " + std::to_string(data.size()));
    PkeyPtr pkey(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, data.data(), data.size()));
    if (!pkey)
        return fail("OpenSSL refused the key");
    return pkey;
}

Result<PkeyPtr> loadSecp256k1Public(BytesView data)
{
    if (data.size() != 33 || (data[0] != 0x02 && data[0] != 0x03))
        return fail("must be a 33-byte compressed point (02/03 prefix), got " + std::to_string(data.size())
                    + " bytes");
    std::array<char, 10> group{"secp256k1"};
    std::array<unsigned char, 33> point{};
    std::copy(data.begin(), data.end(), point.begin());
    const std::array<OSSL_PARAM, 3> params{
        OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, group.data(), 0),
        OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PUB_KEY, point.data(), point.size()),
        OSSL_PARAM_construct_end()};
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    EVP_PKEY* raw = nullptr;
    if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, const_cast<OSSL_PARAM*>(params.data())) != 1)
        return fail("not a point on the secp256k1 curve");
    PkeyPtr pkey(raw);
    if (!publicCheck(pkey))
        return fail("not a valid secp256k1 public key");
    return pkey;
}

Result<PkeyPtr> loadEcdsaPublic(BytesView data)
{
    auto pkey = parseSpki(data);
    if (!pkey)
        return pkey;
    if (EVP_PKEY_get_base_id(pkey->get()) != EVP_PKEY_EC)
        return fail("SubjectPublicKeyInfo does not hold an EC key");
    std::array<char, 64> group{};
    std::size_t groupLen = 0;
    if (EVP_PKEY_get_group_name(pkey->get(), group.data(), group.size(), &groupLen) != 1)
        return fail("EC key without a named curve");
    const std::string curve(group.data(), groupLen);
    if (curve != "prime256v1" && curve != "P-256" && curve != "secp384r1" && curve != "P-384"
        && curve != "secp521r1" && curve != "P-521")
        return fail("unsupported curve " + curve + " (P-256, P-384 or P-521)");
    if (!publicCheck(pkey.value()))
        return fail("EC point is not valid on " + curve);
    return pkey;
}

Result<PkeyPtr> loadRsaPublic(BytesView data)
{
    auto pkey = parseSpki(data);
    if (!pkey)
        return pkey;
    if (EVP_PKEY_get_base_id(pkey->get()) != EVP_PKEY_RSA)
        return fail("SubjectPublicKeyInfo does not hold an RSA key");
    const int bits = EVP_PKEY_get_bits(pkey->get());
    if (bits < kMinRsaBits || bits > kMaxRsaBits)
        return fail("RSA key of " + std::to_string(bits) + " bits (must be 2048 to 8192)");
    return pkey;
}

} // namespace meshscope::crypto::detail
