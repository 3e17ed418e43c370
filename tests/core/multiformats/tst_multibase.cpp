#include "core/multiformats/base32.h"
#include "core/multiformats/base58.h"
#include "core/multiformats/multibase.h"
#include "core/multiformats/multihash.h"

#include <gtest/gtest.h>

using namespace meshscope;
using namespace meshscope::multiformats;

TEST(Base58, KnownVectors)
{
    // Vectors from the base58 IETF draft (draft-msporny-base58).
    EXPECT_EQ(encodeBase58(asBytes("Hello World!")), "2NEpo7TZRRrLZSi2U");
    EXPECT_EQ(encodeBase58(asBytes("The quick brown fox jumps over the lazy dog.")),
              "USm3fpXnKG5EUBx2ndxBDMPVciP5hGey2Jh4NDv6gmeo1LkMeiKrLJUUBk6Z");
    Bytes leading;
    ASSERT_TRUE(fromHex("0000287fb4cd", leading));
    EXPECT_EQ(encodeBase58(leading), "11233QC4");
    EXPECT_EQ(encodeBase58({}), "");
    EXPECT_EQ(encodeBase58(Bytes{0}), "1");
}

TEST(Base58, DecodeRoundTrip)
{
    auto d = decodeBase58("11233QC4");
    ASSERT_TRUE(d) << d.error().message;
    EXPECT_EQ(toHex(*d), "0000287fb4cd");
    d = decodeBase58("2NEpo7TZRRrLZSi2U");
    ASSERT_TRUE(d);
    EXPECT_EQ(toString(*d), "Hello World!");
    for (int n = 0; n < 64; ++n) {
        Bytes b(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i)
            b[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(i * 37 + n);
        const auto back = decodeBase58(encodeBase58(b));
        ASSERT_TRUE(back);
        EXPECT_EQ(*back, b);
    }
}

TEST(Base58, RejectsBadCharacters)
{
    for (const char* bad : {"0", "O", "I", "l", "abc+", "12 3", "\xc3\xa9"}) {
        const auto d = decodeBase58(bad);
        ASSERT_FALSE(d) << bad;
        EXPECT_NE(d.error().message.find("invalid base58 character"), std::string::npos);
    }
    EXPECT_FALSE(decodeBase58(std::string(kMaxBase58Chars + 1, '2')));
}

TEST(Base32, Rfc4648Vectors)
{
    // RFC 4648 section 10, lowercase and without padding.
    const std::pair<const char*, const char*> cases[] = {{"", ""},           {"f", "my"},
                                                         {"fo", "mzxq"},     {"foo", "mzxw6"},
                                                         {"foob", "mzxw6yq"}, {"fooba", "mzxw6ytb"},
                                                         {"foobar", "mzxw6ytboi"}};
    for (const auto& [plain, coded] : cases) {
        EXPECT_EQ(encodeBase32(asBytes(plain)), coded);
        const auto d = decodeBase32(coded);
        ASSERT_TRUE(d) << coded;
        EXPECT_EQ(toString(*d), plain);
    }
    EXPECT_EQ(encodeBase32(asBytes("foobar"), Base32Case::Upper), "MZXW6YTBOI");
    EXPECT_TRUE(decodeBase32("MZXW6YTBOI", Base32Case::Upper));
}

TEST(Base32, RejectsBadInput)
{
    EXPECT_FALSE(decodeBase32("MZXW6YTBOI"));                      // wrong case for 'b'
    EXPECT_FALSE(decodeBase32("mzxw6ytboi", Base32Case::Upper));  // wrong case for 'B'
    EXPECT_FALSE(decodeBase32("mzxw6ytb0i"));                      // '0' not in the alphabet
    EXPECT_FALSE(decodeBase32("my======"));                        // padding
    EXPECT_FALSE(decodeBase32("m"));                               // impossible length
    EXPECT_FALSE(decodeBase32("mzx"));                             // impossible length
    EXPECT_FALSE(decodeBase32("mz"));                              // non-zero trailing bits
    const auto d = decodeBase32("ab!d");
    ASSERT_FALSE(d);
    EXPECT_NE(d.error().message.find("position 2"), std::string::npos) << d.error().message;
}

TEST(Multibase, Prefixes)
{
    EXPECT_EQ(encodeMultibase(Multibase::Base32, asBytes("foobar")), "bmzxw6ytboi");
    EXPECT_EQ(encodeMultibase(Multibase::Base32Upper, asBytes("foobar")), "BMZXW6YTBOI");
    EXPECT_EQ(encodeMultibase(Multibase::Base58btc, asBytes("Hello World!")), "z2NEpo7TZRRrLZSi2U");
    for (const char* text : {"bmzxw6ytboi", "BMZXW6YTBOI"}) {
        const auto d = decodeMultibase(text);
        ASSERT_TRUE(d) << text;
        EXPECT_EQ(toString(*d), "foobar");
    }
    const auto z = decodeMultibase("z2NEpo7TZRRrLZSi2U");
    ASSERT_TRUE(z);
    EXPECT_EQ(toString(*z), "Hello World!");
    EXPECT_FALSE(decodeMultibase(""));
    const auto f = decodeMultibase("f666f6f");
    ASSERT_FALSE(f);
    EXPECT_NE(f.error().message.find("'f'"), std::string::npos) << f.error().message;
}

TEST(Multihash, Sha256AndIdentity)
{
    // SHA-256("abc") from FIPS 180-2.
    const auto mh = Multihash::sha2_256(asBytes("abc"));
    EXPECT_EQ(toHex(mh.bytes()), "1220ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(mh.code(), 0x12u);
    EXPECT_EQ(mh.digest().size(), 32u);
    const auto id = Multihash::identity(asBytes("hi"));
    EXPECT_EQ(toHex(id.bytes()), "00026869");
    const auto parsed = Multihash::parse(mh.bytes());
    ASSERT_TRUE(parsed);
    EXPECT_EQ(*parsed, mh);
    EXPECT_EQ(toHex(parsed->digest()), toHex(mh.digest()));
}

TEST(Multihash, ParseRejectsInconsistentInput)
{
    Bytes b;
    ASSERT_TRUE(fromHex("1220ba78", b));
    EXPECT_FALSE(Multihash::parse(b)); // truncated
    ASSERT_TRUE(fromHex("0002686900", b));
    EXPECT_FALSE(Multihash::parse(b)); // trailing byte
    std::size_t consumed = 0;
    ASSERT_TRUE(Multihash::parsePrefix(b, consumed));
    EXPECT_EQ(consumed, 4u);
    ASSERT_TRUE(fromHex("12026869", b));
    EXPECT_FALSE(Multihash::parse(b)); // sha2-256 with a 2-byte digest
    ASSERT_TRUE(fromHex("80", b));
    EXPECT_FALSE(Multihash::parse(b)); // code cut short
    EXPECT_FALSE(Multihash::parse({}));
}
