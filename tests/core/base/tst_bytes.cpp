#include "core/base/bytes.h"
#include "core/base/result.h"
#include "core/base/time.h"

#include <gtest/gtest.h>

using namespace meshscope;

TEST(Bytes, HexRoundTrip)
{
    const Bytes b{0x00, 0x01, 0xab, 0xff};
    EXPECT_EQ(toHex(b), "0001abff");
    Bytes back;
    ASSERT_TRUE(fromHex("0001ABff", back));
    EXPECT_EQ(back, b);
}

TEST(Bytes, HexRejectsOddAndNonHex)
{
    Bytes out{1};
    EXPECT_FALSE(fromHex("abc", out));
    EXPECT_FALSE(fromHex("zz", out));
    EXPECT_EQ(out, Bytes{1}); // untouched on failure
}

TEST(Result, CarriesValueOrError)
{
    Result<int> good = 5;
    Result<int> bad = fail("nope");
    ASSERT_TRUE(good.ok());
    EXPECT_EQ(*good, 5);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().message, "nope");
    Status s = fail("x");
    EXPECT_FALSE(s.ok());
}

TEST(Time, EarliestDeadline)
{
    const Deadline none;
    const Deadline a = fromNanos(5), b = fromNanos(3);
    EXPECT_EQ(earliest(a, b), b);
    EXPECT_EQ(earliest(none, a), a);
    EXPECT_FALSE(earliest(none, none).has_value());
}
