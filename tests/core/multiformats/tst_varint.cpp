#include "core/multiformats/varint.h"

#include <gtest/gtest.h>

using namespace meshscope;
using namespace meshscope::multiformats;

namespace {
Bytes hex(std::string_view h)
{
    Bytes out;
    EXPECT_TRUE(fromHex(h, out)) << h;
    return out;
}
} // namespace

TEST(Varint, SpecExamplesEncode)
{
    EXPECT_EQ(toHex(encodeUvarint(0)), "00");
    EXPECT_EQ(toHex(encodeUvarint(1)), "01");
    EXPECT_EQ(toHex(encodeUvarint(127)), "7f");
    EXPECT_EQ(toHex(encodeUvarint(128)), "8001");
    EXPECT_EQ(toHex(encodeUvarint(255)), "ff01");
    EXPECT_EQ(toHex(encodeUvarint(300)), "ac02");
    EXPECT_EQ(toHex(encodeUvarint(16384)), "808001");
    EXPECT_EQ(uvarintSize(0), 1u);
    EXPECT_EQ(uvarintSize(16384), 3u);
    EXPECT_EQ(uvarintSize(kMaxVarintValue), 9u);
}

TEST(Varint, SpecExamplesDecode)
{
    const std::pair<const char*, std::uint64_t> cases[] = {
        {"00", 0}, {"01", 1}, {"7f", 127}, {"8001", 128}, {"ff01", 255}, {"ac02", 300}, {"808001", 16384}};
    for (const auto& [h, v] : cases) {
        const Bytes b = hex(h);
        const auto d = decodeUvarint(b);
        ASSERT_EQ(d.status, VarintStatus::Ok) << h;
        EXPECT_EQ(d.value, v);
        EXPECT_EQ(d.length, b.size());
    }
}

TEST(Varint, DecodeStopsAtEndOfVarint)
{
    const Bytes b = hex("ac02ffff");
    const auto d = decodeUvarint(b);
    ASSERT_EQ(d.status, VarintStatus::Ok);
    EXPECT_EQ(d.value, 300u);
    EXPECT_EQ(d.length, 2u);
}

TEST(Varint, RoundTripsAcrossRange)
{
    for (int shift = 0; shift < 63; ++shift) {
        for (const std::uint64_t delta : {0ull, 1ull}) {
            const std::uint64_t v = (std::uint64_t{1} << shift) - delta;
            const Bytes b = encodeUvarint(v);
            const auto d = decodeUvarint(b);
            ASSERT_EQ(d.status, VarintStatus::Ok) << v;
            EXPECT_EQ(d.value, v);
            EXPECT_EQ(d.length, b.size());
        }
    }
    const Bytes maxBytes = encodeUvarint(kMaxVarintValue);
    EXPECT_EQ(maxBytes.size(), 9u);
    EXPECT_EQ(decodeUvarint(maxBytes).value, kMaxVarintValue);
}

TEST(Varint, Incomplete)
{
    EXPECT_EQ(decodeUvarint({}).status, VarintStatus::Incomplete);
    EXPECT_EQ(decodeUvarint(hex("80")).status, VarintStatus::Incomplete);
    EXPECT_EQ(decodeUvarint(hex("ffffffffffffffff")).status, VarintStatus::Incomplete); // 8 bytes
}

TEST(Varint, RejectsNonMinimal)
{
    EXPECT_EQ(decodeUvarint(hex("8100")).status, VarintStatus::Invalid); // spec's own example
    EXPECT_EQ(decodeUvarint(hex("8000")).status, VarintStatus::Invalid);
    EXPECT_EQ(decodeUvarint(hex("ff8000")).status, VarintStatus::Invalid);
}

TEST(Varint, RejectsMoreThanNineBytes)
{
    // 2^63 needs 10 bytes.
    EXPECT_EQ(encodeUvarint(std::uint64_t{1} << 63).size(), 10u);
    EXPECT_EQ(decodeUvarint(encodeUvarint(std::uint64_t{1} << 63)).status, VarintStatus::Invalid);
    // Nine continuation bytes are invalid even before the tenth arrives.
    EXPECT_EQ(decodeUvarint(hex("ffffffffffffffffff")).status, VarintStatus::Invalid);
}

TEST(Frame, EncodeDecode)
{
    const Bytes payload = toBytes("/multistream/1.0.0\n");
    const Bytes frame = encodeFrame(payload);
    EXPECT_EQ(frame[0], 0x13);
    EXPECT_EQ(frame.size(), payload.size() + 1);
    Bytes stream = frame;
    appendFrame(stream, {});
    auto d = decodeFrame(stream, 1024);
    ASSERT_EQ(d.status, FrameStatus::Ok);
    EXPECT_EQ(toString(d.payload), "/multistream/1.0.0\n");
    EXPECT_EQ(d.consumed, frame.size());
    d = decodeFrame(BytesView(stream).subspan(d.consumed), 1024);
    ASSERT_EQ(d.status, FrameStatus::Ok);
    EXPECT_TRUE(d.payload.empty());
    EXPECT_EQ(d.consumed, 1u);
}

TEST(Frame, IncompleteUntilWholePayload)
{
    const Bytes frame = encodeFrame(Bytes(300, 0xab));
    for (std::size_t n = 0; n < frame.size(); ++n)
        EXPECT_EQ(decodeFrame(BytesView(frame).first(n), 1024).status, FrameStatus::Incomplete) << n;
    EXPECT_EQ(decodeFrame(frame, 1024).status, FrameStatus::Ok);
}

TEST(Frame, TooLargeReportedFromPrefixAlone)
{
    const Bytes prefix = encodeUvarint(1 << 20);
    const auto d = decodeFrame(prefix, 4096);
    EXPECT_EQ(d.status, FrameStatus::TooLarge);
    EXPECT_EQ(d.announced, 1u << 20);
    EXPECT_EQ(decodeFrame(encodeFrame(Bytes(10)), 9).status, FrameStatus::TooLarge);
    EXPECT_EQ(decodeFrame(encodeFrame(Bytes(10)), 10).status, FrameStatus::Ok);
}

TEST(Frame, InvalidPrefix)
{
    EXPECT_EQ(decodeFrame(hex("8000"), 10).status, FrameStatus::Invalid);
    EXPECT_EQ(decodeFrame(hex("ffffffffffffffffff01"), SIZE_MAX).status, FrameStatus::Invalid);
}
