#include "core/multiformats/base32.h"

#include <gtest/gtest.h>

using namespace meshscope;
using namespace meshscope::multiformats;

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
