#include "core/trace/remotetracercodec.h"

#include "core/trace/traceencoder.h"
#include "sampleevents.h"

#include <gtest/gtest.h>

using namespace meshscope;
using namespace meshscope::trace;
using namespace meshscope::trace::testing;

namespace {

TraceEventBatch batchOf(std::size_t from, std::size_t to)
{
    const auto events = sampleEvents();
    TraceEventBatch b;
    for (std::size_t i = from; i < to; ++i)
        *b.add_batch() = events[i];
    return b;
}

} // namespace

TEST(RemoteTracerCodec, BatchesArriveAsSoonAsTheirBytesDo)
{
    BatchStreamEncoder enc;
    BatchStreamDecoder dec;
    std::vector<TraceEventBatch> got;
    const Bytes first = enc.encode(batchOf(0, 8));
    // Byte by byte: the first batch is decodable from its own (sync-flushed) bytes.
    for (std::uint8_t b : first)
        ASSERT_TRUE(dec.feed(BytesView(&b, 1), got).ok());
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(got[0].batch_size(), 8);
    EXPECT_TRUE(sameEvent(got[0].batch(3), sampleEvents()[3]));

    ASSERT_TRUE(dec.feed(enc.encode(batchOf(8, 16)), got).ok());
    ASSERT_TRUE(dec.feed(enc.encode(TraceEventBatch{}), got).ok());
    ASSERT_TRUE(dec.feed(enc.finish(), got).ok());
    ASSERT_TRUE(dec.finish(got).ok());
    ASSERT_EQ(got.size(), 3u);
    EXPECT_EQ(got[1].batch_size(), 8);
    EXPECT_TRUE(sameEvent(got[1].batch(7), sampleEvents()[15]));
    EXPECT_EQ(got[2].batch_size(), 0);
}

TEST(RemoteTracerCodec, HandBuiltGoStreamDecodes)
{
    // go: gzip.NewWriter(stream), then delimited TraceEventBatch{batch: [events]}, then Flush.
    // TraceEventBatch field 1 (0x0a) holds each event's bytes.
    Bytes events = goPbBytes(); // three length-prefixed events: exactly the batch's field bodies
    Bytes batch;
    std::size_t pos = 0;
    for (std::size_t len : {69u, 110u, 102u}) {
        batch.push_back(0x0a);
        batch.insert(batch.end(), events.begin() + static_cast<std::ptrdiff_t>(pos),
                     events.begin() + static_cast<std::ptrdiff_t>(pos + 1 + len));
        pos += 1 + len;
    }
    Bytes plain;
    appendUvarint(plain, batch.size());
    append(plain, batch);
    GzipDeflater gz;
    Bytes stream;
    gz.write(plain, stream);
    gz.flush(stream);
    BatchStreamDecoder dec;
    std::vector<TraceEventBatch> got;
    ASSERT_TRUE(dec.feed(stream, got).ok());
    ASSERT_EQ(got.size(), 1u);
    ASSERT_EQ(got[0].batch_size(), 3);
    for (int i = 0; i < 3; ++i)
        EXPECT_TRUE(sameEvent(got[0].batch(i), goPbEvents()[static_cast<std::size_t>(i)]));
    EXPECT_FALSE(dec.finish(got).ok()) << "the stream ended without its gzip trailer";
}

TEST(RemoteTracerCodec, GarbageFailsOnlyThisStream)
{
    BatchStreamDecoder dec;
    std::vector<TraceEventBatch> got;
    const Bytes garbage{'G', 'E', 'T', ' ', '/'};
    auto st = dec.feed(garbage, got);
    ASSERT_FALSE(st.ok());
    EXPECT_NE(st.error().message.find("offset"), std::string::npos) << st.error().message;
    EXPECT_FALSE(dec.feed(garbage, got).ok());

    // A fresh stream is unaffected.
    BatchStreamEncoder enc;
    BatchStreamDecoder other;
    ASSERT_TRUE(other.feed(enc.encode(batchOf(0, 2)), got).ok());
    EXPECT_EQ(got.size(), 1u);
}

TEST(RemoteTracerCodec, OversizedAndCorruptBatchesAreRefused)
{
    Bytes plain{0x81, 0x80, 0x80, 0x02}; // 4 MiB + 1 announced
    GzipDeflater gz;
    Bytes stream;
    gz.write(plain, stream);
    gz.flush(stream);
    BatchStreamDecoder dec;
    std::vector<TraceEventBatch> got;
    auto st = dec.feed(stream, got);
    ASSERT_FALSE(st.ok());
    EXPECT_NE(st.error().message.find("exceeds the limit"), std::string::npos) << st.error().message;

    Bytes bad{0x03, 0x0a, 0x05, 0x01}; // field 1 claims 5 bytes, 1 present
    GzipDeflater gz2;
    Bytes stream2;
    gz2.write(bad, stream2);
    gz2.flush(stream2);
    BatchStreamDecoder dec2;
    auto st2 = dec2.feed(stream2, got);
    ASSERT_FALSE(st2.ok());
    EXPECT_NE(st2.error().message.find("corrupt TraceEventBatch at byte offset 0"), std::string::npos)
        << st2.error().message;
}

TEST(RemoteTracerCodec, TruncatedBatchIsReportedAtEnd)
{
    BatchStreamEncoder enc;
    Bytes stream = enc.encode(batchOf(0, 4));
    Bytes second = enc.encode(batchOf(4, 8));
    stream.insert(stream.end(), second.begin(), second.begin() + static_cast<std::ptrdiff_t>(second.size() / 2));
    BatchStreamDecoder dec;
    std::vector<TraceEventBatch> got;
    ASSERT_TRUE(dec.feed(stream, got).ok());
    EXPECT_EQ(got.size(), 1u);
    EXPECT_FALSE(dec.finish(got).ok());
}
