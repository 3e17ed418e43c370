#include "core/multiformats/multihash.h"

#include <gtest/gtest.h>

using namespace meshscope;
using namespace meshscope::multiformats;

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
