#include "core/multiformats/base58.h"

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
