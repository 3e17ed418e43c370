#include "core/multiformats/multibase.h"

#include <gtest/gtest.h>

using namespace meshscope;
using namespace meshscope::multiformats;

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
