#include "core/host/lengthprefix.h"

#include <gtest/gtest.h>

using namespace meshscope;
using namespace meshscope::host;

TEST(LengthPrefixedReader, ReadsOneMessageByteByByte)
{
    const Bytes payload(300, 0xab);
    const Bytes wire = lengthPrefixed(payload);
    ASSERT_EQ(wire[0], 0xac); // 300 = 0b10_0101100 -> 0xac 0x02
    ASSERT_EQ(wire[1], 0x02);
    LengthPrefixedReader r(1000);
    for (std::size_t i = 0; i < wire.size(); ++i) {
        EXPECT_FALSE(r.message()) << i;
        ASSERT_TRUE(r.onData(BytesView(wire).subspan(i, 1)));
    }
    ASSERT_TRUE(r.message());
    EXPECT_EQ(Bytes(r.message()->begin(), r.message()->end()), payload);
    EXPECT_FALSE(r.hasTrailingData());
}

TEST(LengthPrefixedReader, RejectsOversizeBeforeBuffering)
{
    LengthPrefixedReader r(8192);
    Bytes prefix;
    appendUvarint(prefix, 8193);
    EXPECT_FALSE(r.onData(prefix));
}

TEST(LengthPrefixedReader, RejectsNonMinimalAndOverlongPrefixes)
{
    LengthPrefixedReader a(100);
    const Bytes nonMinimal{0x81, 0x00};
    EXPECT_FALSE(a.onData(nonMinimal));
    LengthPrefixedReader b(100);
    const Bytes endless(20, 0xff);
    EXPECT_FALSE(b.onData(endless));
}

TEST(LengthPrefixedReader, NotesTrailingDataButKeepsMemoryBounded)
{
    LengthPrefixedReader r(10);
    Bytes wire = lengthPrefixed(toBytes("hi"));
    wire.resize(wire.size() + 100000, 0x55);
    ASSERT_TRUE(r.onData(wire));
    ASSERT_TRUE(r.onData(wire));
    EXPECT_TRUE(r.hasTrailingData());
    EXPECT_LE(r.buffered(), 4u);
    EXPECT_EQ(toString(*r.message()), "hi");
}
