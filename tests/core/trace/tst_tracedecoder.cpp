#include "core/trace/tracedecoder.h"

#include "core/trace/traceencoder.h"
#include "core/trace/tracejson.h"
#include "sampleevents.h"

#include <gtest/gtest.h>

using namespace meshscope;
using namespace meshscope::trace;
using namespace meshscope::trace::testing;

namespace {

Bytes encodeAll(const std::vector<TraceEvent>& events, TraceFormat format, bool gzip)
{
    TraceEncoder enc(format, gzip);
    Bytes out;
    for (const auto& ev : events)
        enc.encode(ev, out);
    enc.finish(out);
    return out;
}

struct Decoded {
    std::vector<TraceEvent> events;
    Status status;
};

// Feeds `bytes` in pieces of `step` bytes, then finishes.
Decoded decodeAll(BytesView bytes, std::size_t step, TraceFormat format = TraceFormat::Auto)
{
    TraceStreamDecoder dec(format);
    Decoded d;
    for (std::size_t i = 0; i < bytes.size() && d.status.ok(); i += step)
        d.status = dec.feed(bytes.subspan(i, std::min(step, bytes.size() - i)), d.events);
    if (d.status.ok())
        d.status = dec.finish(d.events);
    return d;
}

void expectSame(const std::vector<TraceEvent>& got, const std::vector<TraceEvent>& want)
{
    ASSERT_EQ(got.size(), want.size());
    for (std::size_t i = 0; i < got.size(); ++i)
        EXPECT_TRUE(sameEvent(got[i], want[i])) << i << ": " << got[i].DebugString();
}

} // namespace

TEST(TraceDecoder, ReadsGoPbTracerBytesBuiltByHand)
{
    const Bytes bytes = goPbBytes();
    ASSERT_EQ(bytes.size(), 70u + 111u + 103u);
    for (std::size_t step : {std::size_t{1}, std::size_t{5}, bytes.size()}) {
        auto d = decodeAll(bytes, step);
        ASSERT_TRUE(d.status.ok()) << d.status.error().message;
        expectSame(d.events, goPbEvents());
    }
    // And our encoder writes exactly those bytes.
    EXPECT_EQ(encodeAll(goPbEvents(), TraceFormat::Protobuf, false), bytes);
}

TEST(TraceDecoder, RoundTripsEveryFormatInAnySplit)
{
    const auto events = sampleEvents();
    for (auto format : {TraceFormat::Protobuf, TraceFormat::Json})
        for (bool gz : {false, true}) {
            const Bytes bytes = encodeAll(events, format, gz);
            for (std::size_t step : {std::size_t{1}, std::size_t{7}, std::size_t{4096}}) {
                TraceStreamDecoder dec;
                std::vector<TraceEvent> got;
                Status st;
                for (std::size_t i = 0; i < bytes.size() && st.ok(); i += step)
                    st = dec.feed(BytesView(bytes).subspan(i, std::min(step, bytes.size() - i)), got);
                ASSERT_TRUE(st.ok()) << st.error().message;
                ASSERT_TRUE(dec.finish(got).ok());
                EXPECT_EQ(dec.format(), format);
                EXPECT_EQ(dec.gzipped(), gz);
                expectSame(got, events);
            }
        }
}

TEST(TraceDecoder, PbEventOf123BytesIsNotMistakenForJson)
{
    // A frame length of 123 is the byte '{'; go always writes the type field (0x08) next.
    TraceEvent ev = join(peerA(), fromNanos(1), std::string(123 - 2 - 40 - 2 - 2 - 2, 't'));
    Bytes bytes;
    appendDelimited(ev, bytes);
    ASSERT_EQ(bytes[0], '{');
    auto d = decodeAll(bytes, 1);
    ASSERT_TRUE(d.status.ok()) << d.status.error().message;
    expectSame(d.events, {ev});
}

TEST(TraceDecoder, TruncatedPbKeepsEarlierEventsAndNamesOffset)
{
    const Bytes bytes = goPbBytes();
    const Bytes cut(bytes.begin(), bytes.end() - 10);
    auto d = decodeAll(cut, 3);
    ASSERT_FALSE(d.status.ok());
    EXPECT_NE(d.status.error().message.find("truncated"), std::string::npos) << d.status.error().message;
    EXPECT_NE(d.status.error().message.find("byte offset 181"), std::string::npos) << d.status.error().message;
    ASSERT_EQ(d.events.size(), 2u);
    expectSame(d.events, {goPbEvents()[0], goPbEvents()[1]});
}

TEST(TraceDecoder, CorruptPbEventStopsAtItsOffset)
{
    Bytes bytes = goPbBytes();
    bytes[70 + 1] = 0xff; // second event's first field tag: field 31 with wire type 7 (invalid)
    auto d = decodeAll(bytes, bytes.size());
    ASSERT_FALSE(d.status.ok());
    EXPECT_NE(d.status.error().message.find("corrupt trace event at byte offset 70"), std::string::npos)
        << d.status.error().message;
    expectSame(d.events, {goPbEvents()[0]});
}

TEST(TraceDecoder, OversizedLengthFailsWithoutBuffering)
{
    Bytes bytes = goPbBytes();
    Bytes huge{0x80, 0x80, 0x80, 0x03}; // 6 MiB announced
    append(bytes, huge);
    auto d = decodeAll(bytes, bytes.size());
    ASSERT_FALSE(d.status.ok());
    EXPECT_NE(d.status.error().message.find("exceeds the limit"), std::string::npos) << d.status.error().message;
    EXPECT_NE(d.status.error().message.find("byte offset 284"), std::string::npos) << d.status.error().message;
    EXPECT_EQ(d.events.size(), 3u);

    Bytes overlong(11, 0xff); // varint longer than 64 bits
    auto e = decodeAll(overlong, 1, TraceFormat::Protobuf);
    ASSERT_FALSE(e.status.ok());
    EXPECT_NE(e.status.error().message.find("byte offset 0"), std::string::npos);
}

TEST(TraceDecoder, CorruptJsonLineKeepsEarlierLines)
{
    std::string text = toJsonLine(sampleEvents()[0]) + "\n" + toJsonLine(sampleEvents()[1]);
    const std::size_t badOffset = text.size();
    text += "{\"type\":1,\"peerID\":\"!!\"}\n" + toJsonLine(sampleEvents()[2]);
    auto d = decodeAll(asBytes(text), 5);
    ASSERT_FALSE(d.status.ok());
    EXPECT_NE(d.status.error().message.find("byte offset " + std::to_string(badOffset)), std::string::npos)
        << d.status.error().message;
    expectSame(d.events, {sampleEvents()[0], sampleEvents()[1]});
}

TEST(TraceDecoder, JsonLastLineWithoutNewlineAndTruncatedLine)
{
    std::string text = toJsonLine(sampleEvents()[0]);
    text += toJsonLine(sampleEvents()[3]);
    text.pop_back(); // no final newline: still an event
    auto d = decodeAll(asBytes(text), 9);
    ASSERT_TRUE(d.status.ok()) << d.status.error().message;
    EXPECT_EQ(d.events.size(), 2u);

    text.resize(text.size() - 4); // cut inside the last object
    auto t = decodeAll(asBytes(text), 9);
    ASSERT_FALSE(t.status.ok());
    EXPECT_NE(t.status.error().message.find("truncated"), std::string::npos);
    EXPECT_EQ(t.events.size(), 1u);
}

TEST(TraceDecoder, TruncatedGzipKeepsFlushedEvents)
{
    const auto events = sampleEvents();
    TraceEncoder enc(TraceFormat::Protobuf, true);
    Bytes bytes;
    for (std::size_t i = 0; i < 8; ++i)
        enc.encode(events[i], bytes);
    enc.flush(bytes);
    const std::size_t flushed = bytes.size();
    for (std::size_t i = 8; i < events.size(); ++i)
        enc.encode(events[i], bytes);
    enc.finish(bytes);
    const Bytes cut(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(flushed + 3));
    auto d = decodeAll(cut, 11);
    ASSERT_FALSE(d.status.ok());
    EXPECT_NE(d.status.error().message.find("truncated"), std::string::npos) << d.status.error().message;
    EXPECT_NE(d.status.error().message.find("offset"), std::string::npos);
    ASSERT_GE(d.events.size(), 8u);
    for (std::size_t i = 0; i < d.events.size(); ++i)
        EXPECT_TRUE(sameEvent(d.events[i], events[i]));
}

TEST(TraceDecoder, CorruptGzipNamesCompressedOffset)
{
    const auto events = sampleEvents();
    Bytes bytes = encodeAll(events, TraceFormat::Json, true);
    bytes[3] = 0xe0; // reserved header flag bits: zlib refuses the header
    auto d = decodeAll(bytes, 64);
    ASSERT_FALSE(d.status.ok());
    EXPECT_NE(d.status.error().message.find("compressed byte offset"), std::string::npos) << d.status.error().message;
    EXPECT_TRUE(d.events.empty());

    Bytes trailer = encodeAll(events, TraceFormat::Protobuf, true);
    trailer[trailer.size() - 6] ^= 0x55; // CRC32 mismatch
    auto c = decodeAll(trailer, 64);
    ASSERT_FALSE(c.status.ok());
    EXPECT_EQ(c.events.size(), events.size()); // every event came before the check
}

TEST(TraceDecoder, ConcatenatedGzipMembersAndTinyInputs)
{
    Bytes bytes = encodeAll({sampleEvents()[0]}, TraceFormat::Protobuf, true);
    append(bytes, encodeAll({sampleEvents()[1]}, TraceFormat::Protobuf, true));
    auto d = decodeAll(bytes, 2);
    ASSERT_TRUE(d.status.ok()) << d.status.error().message;
    EXPECT_EQ(d.events.size(), 2u);

    auto empty = decodeAll({}, 1);
    EXPECT_TRUE(empty.status.ok());
    EXPECT_TRUE(empty.events.empty());

    const Bytes one{0x1f};
    EXPECT_FALSE(decodeAll(one, 1).status.ok()); // a truncated length prefix

    const Bytes zero{0x00}; // one empty TraceEvent: valid protobuf
    auto z = decodeAll(zero, 1);
    EXPECT_TRUE(z.status.ok());
    EXPECT_EQ(z.events.size(), 1u);
}

TEST(TraceDecoder, GzipBombIsStreamedNotBuffered)
{
    // 64 MiB of zeros compress to ~64 KiB; decoded as protobuf they are 64 Mi empty events, so
    // stop at the first as JSON-forced: one line far longer than the limit fails early.
    GzipDeflater def;
    Bytes bytes;
    const Bytes zeros(1 << 20, ' ');
    for (int i = 0; i < 64; ++i)
        def.write(zeros, bytes);
    def.finish(bytes);
    TraceStreamDecoder dec(TraceFormat::Json);
    std::vector<TraceEvent> out;
    auto st = dec.feed(bytes, out);
    ASSERT_FALSE(st.ok());
    EXPECT_NE(st.error().message.find("longer than"), std::string::npos) << st.error().message;
}

TEST(TraceDecoder, FeedSomeBoundsEventsPerStepWhateverTheRatio)
{
    // 8 MiB of zero bytes gzipped is ~8 KiB; as protobuf it is 8 Mi empty events.
    GzipDeflater def;
    Bytes bytes;
    const Bytes zeros(8 << 20, 0);
    def.write(zeros, bytes);
    def.finish(bytes);
    ASSERT_LT(bytes.size(), 64u << 10);
    TraceStreamDecoder dec(TraceFormat::Protobuf);
    std::vector<TraceEvent> out;
    BytesView rest(bytes);
    for (int step = 0; step < 3; ++step) {
        const std::size_t before = out.size();
        auto used = dec.feedSome(rest, out);
        ASSERT_TRUE(used.ok()) << used.error().message;
        EXPECT_LE(out.size() - before, kDecodeStep + kInflateChunk);
        rest = rest.subspan(*used);
    }
    EXPECT_FALSE(rest.empty()) << "the input is not consumed in one bounded step";
}
