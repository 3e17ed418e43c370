// Identity keys: the peer-ids spec vectors, RFC 8032 Ed25519, and keys of every type generated
// with OpenSSL here, signed with OpenSSL, verified through PublicKey.
#include "core/crypto/keys.h"

#include <gtest/gtest.h>
#include <memory>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <string>

using namespace meshscope;
using namespace meshscope::crypto;

namespace {

Bytes hex(std::string_view h)
{
    Bytes out;
    EXPECT_TRUE(fromHex(h, out)) << h;
    return out;
}

struct PkeyFree {
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;

// Signs with OpenSSL the libp2p way: SHA-256 digest for ECDSA/RSA, plain for Ed25519.
Bytes opensslSign(EVP_PKEY* key, BytesView msg, bool sha256)
{
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    EXPECT_EQ(EVP_DigestSignInit(ctx, nullptr, sha256 ? EVP_sha256() : nullptr, nullptr, key), 1);
    std::size_t len = 0;
    EXPECT_EQ(EVP_DigestSign(ctx, nullptr, &len, msg.data(), msg.size()), 1);
    Bytes sig(len);
    EXPECT_EQ(EVP_DigestSign(ctx, sig.data(), &len, msg.data(), msg.size()), 1);
    sig.resize(len);
    EVP_MD_CTX_free(ctx);
    return sig;
}

Bytes spki(EVP_PKEY* key)
{
    unsigned char* der = nullptr;
    const int len = i2d_PUBKEY(key, &der);
    EXPECT_GT(len, 0);
    Bytes out(der, der + len);
    OPENSSL_free(der);
    return out;
}

Bytes compressedPoint(EVP_PKEY* key)
{
    EXPECT_EQ(
        EVP_PKEY_set_utf8_string_param(key, OSSL_PKEY_PARAM_EC_POINT_CONVERSION_FORMAT, "compressed"), 1);
    Bytes out(65);
    std::size_t len = 0;
    EXPECT_EQ(EVP_PKEY_get_octet_string_param(key, OSSL_PKEY_PARAM_PUB_KEY, out.data(), out.size(), &len), 1);
    out.resize(len);
    return out;
}

Bytes protobufOf(KeyType type, BytesView data)
{
    Bytes out { 0x08, static_cast<std::uint8_t>(type), 0x12 };
    std::size_t n = data.size();
    while (n >= 0x80) {
        out.push_back(static_cast<std::uint8_t>(n | 0x80));
        n >>= 7;
    }
    out.push_back(static_cast<std::uint8_t>(n));
    append(out, data);
    return out;
}

// Checks a good signature verifies and that flipping a bit of message or signature fails.
void expectVerifies(const PublicKey& key, const Bytes& msg, const Bytes& sig)
{
    EXPECT_TRUE(key.verify(msg, sig));
    Bytes badMsg = msg;
    badMsg[0] ^= 1;
    EXPECT_FALSE(key.verify(badMsg, sig));
    Bytes badSig = sig;
    badSig[badSig.size() / 2] ^= 0x10;
    EXPECT_FALSE(key.verify(msg, badSig));
    EXPECT_FALSE(key.verify(msg, {}));
    Bytes longSig = sig;
    longSig.push_back(0);
    EXPECT_FALSE(key.verify(msg, longSig));
}

// The peer-ids spec's test vectors (hex of the protobufs).
const char* kEd25519Private
    = "080112407e0830617c4a7de83925dfb2694556b12936c477a0e1feb2e148ec9da60fee7d1ed1e8fae2c4a144"
      "b8be8fd4b47bf3d3b34b871c3cacf6010f0e42d474fce27e";
const char* kEd25519Public = "080112201ed1e8fae2c4a144b8be8fd4b47bf3d3b34b871c3cacf6010f0e42d474fce27e";
const char* kEcdsaPrivate
    = "08031279307702010104203E5B1FE9712E6C314942A750BD67485DE3C1EFE85B1BFB520AE8F9AE3DFA4A4CA0"
      "0A06082A8648CE3D030107A14403420004DE3D300FA36AE0E8F5D530899D83ABAB44ABF3161F162A4BC901D8"
      "E6ECDA020E8B6D5F8DA30525E71D6851510C098E5C47C646A597FB4DCEC034E9F77C409E62";
const char* kEcdsaPublic
    = "0803125b3059301306072a8648ce3d020106082a8648ce3d03010703420004de3d300fa36ae0e8f5d530899d83"
      "abab44abf3161f162a4bc901d8e6ecda020e8b6d5f8da30525e71d6851510c098e5c47c646a597fb4dcec034e9"
      "f77c409e62";
const char* kSecp256k1Public = "08021221037777e994e452c21604f91de093ce415f5432f701dd8cd1a7a6fea0e630bfca99";

} // namespace

TEST(Keys, SpecVectorEd25519PrivateGivesPublic)
{
    auto priv = PrivateKey::fromProtobuf(hex(kEd25519Private));
    ASSERT_TRUE(priv) << priv.error().message;
    EXPECT_EQ(priv->type(), KeyType::Ed25519);
    EXPECT_EQ(toHex(priv->publicKey().toProtobuf()), kEd25519Public);
    EXPECT_EQ(toHex(priv->toProtobuf()), kEd25519Private);
    auto pub = PublicKey::fromProtobuf(hex(kEd25519Public));
    ASSERT_TRUE(pub) << pub.error().message;
    EXPECT_EQ(pub.value(), priv->publicKey());
    const Bytes msg = toBytes("hello libp2p");
    expectVerifies(pub.value(), msg, priv->sign(msg));
}

TEST(Keys, Rfc8032TestVector1)
{
    auto priv = PrivateKey::ed25519FromSeed(
        hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
    ASSERT_TRUE(priv);
    EXPECT_EQ(
        toHex(priv->publicKey().data()), "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    EXPECT_EQ(toHex(priv->sign({})),
        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bac"
        "c61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
}

// Ed25519 verification (OpenSSL): our signatures agree with a key OpenSSL loads directly, and
// altered messages, signatures and non-canonical S values are refused.
TEST(Keys, Ed25519SignaturesMatchAnIndependentlyLoadedKeyAndTamperingIsRefused)
{
    const Bytes seed = hex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb");
    auto priv = PrivateKey::ed25519FromSeed(seed);
    ASSERT_TRUE(priv);
    const Bytes msg = toBytes("libp2p-pubsub:a message of about a hundred bytes");
    const Bytes sig = priv->sign(msg);
    ASSERT_EQ(sig.size(), 64u);
    // OpenSSL signs the same bytes (Ed25519 is deterministic) and verifies our signature.
    Pkey ossl(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, seed.data(), seed.size()));
    ASSERT_TRUE(ossl);
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    Bytes osslSig(64);
    std::size_t len = osslSig.size();
    ASSERT_EQ(EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, ossl.get()), 1);
    ASSERT_EQ(EVP_DigestSign(ctx.get(), osslSig.data(), &len, msg.data(), msg.size()), 1);
    EXPECT_EQ(toHex(sig), toHex(osslSig));
    const PublicKey& pub = priv->publicKey();
    EXPECT_TRUE(pub.verify(msg, sig));
    Bytes other = msg;
    other.back() ^= 1;
    EXPECT_FALSE(pub.verify(other, sig));
    for (std::size_t i : { 0u, 31u, 32u, 63u }) {
        Bytes bad = sig;
        bad[i] ^= 0x40;
        EXPECT_FALSE(pub.verify(msg, bad)) << "byte " << i;
    }
    // S + L (the group order) is the same scalar but not canonical: refused.
    Bytes malleable = sig;
    const Bytes order = hex("edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010");
    unsigned carry = 0;
    for (std::size_t i = 0; i < 32; ++i) {
        const unsigned v = malleable[32 + i] + order[i] + carry;
        malleable[32 + i] = static_cast<std::uint8_t>(v);
        carry = v >> 8;
    }
    EXPECT_FALSE(pub.verify(msg, malleable));
    EXPECT_FALSE(pub.verify(msg, Bytes(sig.begin(), sig.begin() + 63)));
}

TEST(Keys, GenerateDrawsSeedFromRng)
{
    SeededRng a(7), b(7), c(8);
    const PrivateKey ka = PrivateKey::generateEd25519(a);
    EXPECT_EQ(ka.publicKey(), PrivateKey::generateEd25519(b).publicKey());
    EXPECT_FALSE(ka.publicKey() == PrivateKey::generateEd25519(c).publicKey());
    auto round = PrivateKey::fromProtobuf(ka.toProtobuf());
    ASSERT_TRUE(round);
    EXPECT_EQ(round->publicKey(), ka.publicKey());
    EXPECT_EQ(ka.toProtobuf().size(), 4u + 64u);
}

TEST(Keys, LegacyEd25519PrivateForm)
{
    Bytes data = hex(kEd25519Private);
    Bytes legacy(data.begin() + 4, data.end());
    append(legacy, BytesView(data).subspan(4 + 32));
    auto priv = PrivateKey::fromProtobuf(protobufOf(KeyType::Ed25519, legacy));
    ASSERT_TRUE(priv) << priv.error().message;
    legacy.back() ^= 1;
    auto bad = PrivateKey::fromProtobuf(protobufOf(KeyType::Ed25519, legacy));
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.error().message.find("two different public keys"), std::string::npos);
}

TEST(Keys, SpecVectorEcdsaSignedWithOpenssl)
{
    const Bytes privPb = hex(kEcdsaPrivate);
    const unsigned char* p = privPb.data() + 4;
    Pkey key(d2i_PrivateKey(EVP_PKEY_EC, nullptr, &p, static_cast<long>(privPb.size() - 4)));
    ASSERT_TRUE(key);
    auto pub = PublicKey::fromProtobuf(hex(kEcdsaPublic));
    ASSERT_TRUE(pub) << pub.error().message;
    EXPECT_EQ(pub->type(), KeyType::Ecdsa);
    EXPECT_EQ(pub->data(), spki(key.get()));
    EXPECT_EQ(toHex(pub->toProtobuf()), kEcdsaPublic);
    const Bytes msg = toBytes("ecdsa message");
    expectVerifies(pub.value(), msg, opensslSign(key.get(), msg, true));

    // Private keys other than Ed25519 are refused clearly.
    auto refused = PrivateKey::fromProtobuf(privPb);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().message.find("ECDSA private keys are not supported"), std::string::npos);
}

TEST(Keys, GeneratedEcdsaCurves)
{
    for (const char* curve : { "P-256", "P-384", "P-521" }) {
        Pkey key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", curve));
        ASSERT_TRUE(key);
        auto pub = PublicKey::fromProtobuf(protobufOf(KeyType::Ecdsa, spki(key.get())));
        ASSERT_TRUE(pub) << curve << ": " << pub.error().message;
        const Bytes msg = toBytes(std::string("message on ") + curve);
        expectVerifies(pub.value(), msg, opensslSign(key.get(), msg, true));
    }
}

TEST(Keys, Secp256k1)
{
    auto vec = PublicKey::fromProtobuf(hex(kSecp256k1Public));
    ASSERT_TRUE(vec) << vec.error().message;
    EXPECT_EQ(vec->type(), KeyType::Secp256k1);
    EXPECT_EQ(toHex(vec->toProtobuf()), kSecp256k1Public);

    Pkey key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "secp256k1"));
    ASSERT_TRUE(key);
    const Bytes point = compressedPoint(key.get());
    ASSERT_EQ(point.size(), 33u);
    auto pub = PublicKey::fromProtobuf(protobufOf(KeyType::Secp256k1, point));
    ASSERT_TRUE(pub) << pub.error().message;
    const Bytes msg = toBytes("secp256k1 message");
    expectVerifies(pub.value(), msg, opensslSign(key.get(), msg, true));
    // Signed by a different key: fails.
    Pkey other(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "secp256k1"));
    EXPECT_FALSE(pub->verify(msg, opensslSign(other.get(), msg, true)));

    // A compressed point whose x has no y on the curve is refused (x = 5 is not on secp256k1).
    Bytes offCurve(33, 0);
    offCurve[0] = 0x02;
    offCurve[32] = 5;
    auto bad = PublicKey::fromProtobuf(protobufOf(KeyType::Secp256k1, offCurve));
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.error().message.find("secp256k1 public key"), std::string::npos);
    // An uncompressed point is refused.
    auto uncompressed = PublicKey::fromData(KeyType::Secp256k1, Bytes(65, 4));
    ASSERT_FALSE(uncompressed);
    EXPECT_NE(uncompressed.error().message.find("33-byte compressed point"), std::string::npos);
}

TEST(Keys, RsaSpecVectorAndGenerated)
{
    // The spec's RSA public key (4096 bits).
    const Bytes vecPub
        = hex("080012a60430820222300d06092a864886f70d01010105000382020f003082020a0282020100e1beab071d"
              "08200bde24eef00d049449b07770ff9910257b2d7d5dda242ce8f0e2f12e1af4b32d9efd2c090f66b0f2998"
              "6dbb645dae9880089704a94e5066d594162ae6ee8892e6ec70701db0a6c445c04778eb3de1293aa1a23c382"
              "5b85c6620a2bc3f82f9b0c309bc0ab3aeb1873282bebd3da03c33e76c21e9beb172fd44c9e43be32e2c9982"
              "7033cf8d0f0c606f4579326c930eb4e854395ad941256542c793902185153c474bed109d6ff5141ebf9cd25"
              "6cf58893a37f83729f97e7cb435ec679d2e33901d27bb35aa0d7e20561da08885ef0abbf8e2fb48d6a54870"
              "47a9ecb1ad41fa7ed84f6e3e8ecd5d98b3982d2a901b4454991766da295ab78822add5612a2df83bcee814c"
              "f50973e80d7ef38111b1bd87da2ae92438a2c8cbcc70b31ee319939a3b9c761dbc13b5c086d6b64bf7ae7da"
              "cc14622375d92a8ff9af7eb962162bbddebf90acb32adb5e4e4029f1c96019949ecfbfeffd7ac1e3fbcc6b6"
              "168c34be3d5a2e5999fcbb39bba7adbca78eab09b9bc39f7fa4b93411f4cc175e70c0a083e96bfaefb04a95"
              "80b4753c1738a6a760ae1afd851a1a4bdad231cf56e9284d832483df215a46c1c21bdf0c6cfe951c18f1ee4"
              "078c79c13d63edb6e14feaeffabc90ad317e4875fe648101b0864097e998f0ca3025ef9638cd2b0caecd377"
              "0ab54a1d9c6ca959b0f5dcbc90caeefc4135baca6fd475224269bbe1b0203010001");
    auto pub = PublicKey::fromProtobuf(vecPub);
    ASSERT_TRUE(pub) << pub.error().message;
    EXPECT_EQ(pub->type(), KeyType::Rsa);
    EXPECT_EQ(pub->toProtobuf(), vecPub);

    Pkey key(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<std::size_t>(2048)));
    ASSERT_TRUE(key);
    auto gen = PublicKey::fromProtobuf(protobufOf(KeyType::Rsa, spki(key.get())));
    ASSERT_TRUE(gen) << gen.error().message;
    const Bytes msg = toBytes("rsa message");
    expectVerifies(gen.value(), msg, opensslSign(key.get(), msg, true));
    EXPECT_FALSE(pub->verify(msg, opensslSign(key.get(), msg, true)));

    Pkey small(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<std::size_t>(1024)));
    auto weak = PublicKey::fromProtobuf(protobufOf(KeyType::Rsa, spki(small.get())));
    ASSERT_FALSE(weak);
    EXPECT_NE(weak.error().message.find("1024 bits"), std::string::npos);
}

TEST(Keys, WrongAlgorithmInsideSpki)
{
    Pkey rsa(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<std::size_t>(2048)));
    auto asEcdsa = PublicKey::fromData(KeyType::Ecdsa, spki(rsa.get()));
    ASSERT_FALSE(asEcdsa);
    EXPECT_NE(asEcdsa.error().message.find("does not hold an EC key"), std::string::npos);
    Pkey k1(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "secp256k1"));
    auto k1AsEcdsa = PublicKey::fromData(KeyType::Ecdsa, spki(k1.get()));
    ASSERT_FALSE(k1AsEcdsa);
    EXPECT_NE(k1AsEcdsa.error().message.find("unsupported curve"), std::string::npos);
    Bytes trailing = spki(rsa.get());
    trailing.push_back(0);
    auto t = PublicKey::fromData(KeyType::Rsa, trailing);
    ASSERT_FALSE(t);
    EXPECT_NE(t.error().message.find("trailing bytes"), std::string::npos);
}

TEST(Keys, MalformedProtobufsGiveClearErrors)
{
    struct Case {
        const char* hexBytes;
        const char* expect;
    };
    const Case cases[] = {
        { "", "Type missing" },
        { "0801", "Data missing" },
        { "1220"
          "00",
            "runs past the end" },
        { "08", "truncated Type" },
        { "0801128080", "truncated Data length" },
        { "0805120100", "unknown key type 5" },
        { "080112021234", "must be 32 bytes, got 2" },
        { "08011200"
          "1a00",
            "unexpected field 3" },
        { "0d01000000", "unexpected field 1 (wire type 5)" },
        { "ffffffffffffffffffff01", "truncated field tag" },
        { "0803120130", "malformed DER" },
    };
    for (const auto& c : cases) {
        auto r = PublicKey::fromProtobuf(hex(c.hexBytes));
        ASSERT_FALSE(r) << c.hexBytes;
        EXPECT_NE(r.error().message.find(c.expect), std::string::npos)
            << c.hexBytes << " -> " << r.error().message;
    }
    auto p = PrivateKey::fromProtobuf(hex("080112021234"));
    ASSERT_FALSE(p);
    EXPECT_NE(p.error().message.find("must be 64 bytes"), std::string::npos);
    auto big = PublicKey::fromProtobuf(Bytes(kMaxKeyProtobufSize + 1, 0));
    ASSERT_FALSE(big);
    EXPECT_NE(big.error().message.find("too large"), std::string::npos);
    // A default-constructed key never verifies.
    EXPECT_FALSE(PublicKey().verify({}, Bytes(64, 0)));
}

TEST(Keys, DeterministicEncodingFieldOrder)
{
    // Data before Type still parses, but re-encodes as Type then Data.
    auto pub = PublicKey::fromProtobuf(
        hex("12201ed1e8fae2c4a144b8be8fd4b47bf3d3b34b871c3cacf6010f0e42d474fce27e0801"));
    ASSERT_TRUE(pub) << pub.error().message;
    EXPECT_EQ(toHex(pub->toProtobuf()), kEd25519Public);
}
