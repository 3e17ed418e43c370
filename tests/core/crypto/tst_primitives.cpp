// SHA-256, HMAC, Noise's HKDF, X25519 and ChaCha20-Poly1305 against published vectors.
#include "core/crypto/chachapoly.h"
#include "core/crypto/digest.h"
#include "core/crypto/x25519.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>

using namespace meshscope;
using namespace meshscope::crypto;

namespace {

Bytes hex(std::string_view h)
{
    Bytes out;
    EXPECT_TRUE(fromHex(h, out)) << h;
    return out;
}

template <std::size_t N>
std::array<std::uint8_t, N> arr(std::string_view h)
{
    const Bytes b = hex(h);
    std::array<std::uint8_t, N> out{};
    EXPECT_EQ(b.size(), N);
    std::copy_n(b.begin(), std::min(N, b.size()), out.begin());
    return out;
}

} // namespace

TEST(Primitives, Sha256)
{
    EXPECT_EQ(toHex(sha256(asBytes("abc"))), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(toHex(sha256(asBytes("a"), asBytes("bc"))), toHex(sha256(asBytes("abc"))));
}

TEST(Primitives, HmacSha256Rfc4231Case2)
{
    EXPECT_EQ(toHex(hmacSha256(asBytes("Jefe"), asBytes("what do ya want for nothing?"))),
              "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

TEST(Primitives, HkdfMatchesRfc5869WithChainingKeyAsSalt)
{
    // RFC 5869 test case 3: empty salt (an HMAC key of zeros), empty info, 42 bytes.
    const Bytes ikm(22, 0x0b);
    const HkdfOutput out = hkdf({}, ikm, 3);
    const std::string okm = toHex(out.first) + toHex(out.second);
    EXPECT_EQ(okm.substr(0, 84), "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
    EXPECT_NE(out.third, Digest32{});
    EXPECT_EQ(hkdf({}, ikm, 2).third, Digest32{});
}

TEST(Primitives, X25519Rfc7748)
{
    const auto alice = x25519KeyPair(arr<32>("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a"));
    const auto bob = x25519KeyPair(arr<32>("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb"));
    EXPECT_EQ(toHex(alice.publicKey), "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
    auto ab = x25519(alice.secret, bob.publicKey);
    auto ba = x25519(bob.secret, alice.publicKey);
    ASSERT_TRUE(ab);
    ASSERT_TRUE(ba);
    EXPECT_EQ(toHex(*ab), "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742");
    EXPECT_EQ(*ab, *ba);
    // Low-order point (zero) and wrong sizes are refused.
    EXPECT_FALSE(x25519(alice.secret, Bytes(32, 0)));
    auto shortKey = x25519(alice.secret, Bytes(31, 1));
    ASSERT_FALSE(shortKey);
    EXPECT_NE(shortKey.error().message.find("32 bytes"), std::string::npos);
}

TEST(Primitives, ChaChaPolyRoundTripAndTamper)
{
    ChaChaKey key{};
    key[0] = 1;
    const Bytes ad = toBytes("header");
    const Bytes msg = toBytes("attack at dawn");
    const Bytes ct = chachaPolyEncrypt(key, 5, ad, msg);
    ASSERT_EQ(ct.size(), msg.size() + kChaChaPolyTagSize);
    auto pt = chachaPolyDecrypt(key, 5, ad, ct);
    ASSERT_TRUE(pt);
    EXPECT_EQ(*pt, msg);
    EXPECT_FALSE(chachaPolyDecrypt(key, 6, ad, ct));
    EXPECT_FALSE(chachaPolyDecrypt(key, 5, toBytes("other"), ct));
    Bytes bad = ct;
    bad[3] ^= 0x80;
    auto r = chachaPolyDecrypt(key, 5, ad, bad);
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find("bad authentication tag"), std::string::npos);
    EXPECT_FALSE(chachaPolyDecrypt(key, 5, ad, Bytes(15, 0)));
    // Empty plaintext: tag only.
    const Bytes empty = chachaPolyEncrypt(key, std::numeric_limits<std::uint64_t>::max() - 1, {}, {});
    ASSERT_EQ(empty.size(), kChaChaPolyTagSize);
    auto e = chachaPolyDecrypt(key, std::numeric_limits<std::uint64_t>::max() - 1, {}, empty);
    ASSERT_TRUE(e);
    EXPECT_TRUE(e->empty());
}
