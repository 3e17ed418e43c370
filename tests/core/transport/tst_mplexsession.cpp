// mplex: messages built by hand from the spec's table, and two sessions looped in memory.

#include "core/transport/mplexsession.h"

#include "muxerpair.h"

#include <gtest/gtest.h>

using namespace meshscope;
using namespace meshscope::transport;
using meshscope::transport::test::pump;
using meshscope::transport::test::Side;

namespace {

Bytes hex(std::string_view h)
{
    Bytes out;
    EXPECT_TRUE(fromHex(h, out)) << h;
    return out;
}

const TimePoint t0 = fromNanos(5'000);

struct Pair {
    explicit Pair(MplexConfig ca = {}, MplexConfig cb = {}) : a(true, ca), b(false, cb)
    {
        sa.muxer = &a;
        sb.muxer = &b;
    }
    MplexSession a;
    MplexSession b;
    Side sa;
    Side sb;
    void run() { pump(sa, sb, t0); }
};

} // namespace

TEST(MplexFrame, EncodesHeaderAsIdShiftedWithFlag)
{
    Bytes out;
    appendMplexFrame(out, 0, MplexFlag::NewStream, asBytes("0"));
    EXPECT_EQ(toHex(out), "000130");
    out.clear();
    appendMplexFrame(out, 17, MplexFlag::MessageInitiator, asBytes("hi"));
    EXPECT_EQ(toHex(out), "8a01026869"); // 17 << 3 | 2 = 138 = 0x8a 0x01
    const MplexDecode d = decodeMplexFrame(out, 1024);
    ASSERT_EQ(d.status, MplexDecodeStatus::Ok);
    EXPECT_EQ(d.frame.streamId, 17u);
    EXPECT_EQ(d.frame.flag, 2);
    EXPECT_EQ(toString(d.frame.data), "hi");
    EXPECT_EQ(d.consumed, out.size());
    EXPECT_EQ(decodeMplexFrame(BytesView(out).first(3), 1024).status, MplexDecodeStatus::Incomplete);
    EXPECT_EQ(decodeMplexFrame(out, 1).status, MplexDecodeStatus::TooLarge);
    EXPECT_EQ(decodeMplexFrame(hex("80808080808080808001"), 10).status, MplexDecodeStatus::Invalid);
}

TEST(MplexSession, InboundStreamFlagsFromTheInitiator)
{
    MplexSession s(false);
    s.onData(hex("2800"), t0); // NewStream id 5, empty name
    s.onData(hex("2a03616263"), t0); // MessageInitiator id 5 "abc"
    s.onData(hex("2c00"), t0); // CloseInitiator id 5
    auto e = s.pollEvent();
    ASSERT_TRUE(e);
    EXPECT_EQ(e->kind, MuxerEvent::Kind::StreamOpened);
    const StreamId id = e->stream;
    EXPECT_EQ(id, MplexSession::muxerId(5, false));
    e = s.pollEvent();
    ASSERT_TRUE(e);
    EXPECT_EQ(e->kind, MuxerEvent::Kind::StreamData);
    EXPECT_EQ(toString(e->data), "abc");
    e = s.pollEvent();
    ASSERT_TRUE(e);
    EXPECT_EQ(e->kind, MuxerEvent::Kind::StreamClosed);
    // We answer as the receiver: MessageReceiver (1), CloseReceiver (3).
    ASSERT_TRUE(s.write(id, toBytes("ok"), t0));
    s.closeWrite(id, t0);
    EXPECT_EQ(toHex(s.takeOutput()), "29026f6b" "2b00");
    EXPECT_EQ(s.streamCount(), 0u);
}

TEST(MplexSession, OutboundStreamUsesInitiatorFlagsAndName)
{
    MplexSession s(true);
    const StreamId id = *s.openStream(t0);
    ASSERT_TRUE(s.write(id, toBytes("x"), t0));
    s.reset(id, t0);
    EXPECT_EQ(toHex(s.takeOutput()), "000130" "020178" "0600");
    EXPECT_FALSE(s.write(id, toBytes("y"), t0));
}

TEST(MplexSession, BothSidesMayUseTheSameNumber)
{
    Pair p;
    const StreamId fromA = *p.a.openStream(t0);
    const StreamId fromB = *p.b.openStream(t0);
    p.run();
    ASSERT_TRUE(p.a.write(fromA, toBytes("a->b on a's 0"), t0));
    ASSERT_TRUE(p.b.write(fromB, toBytes("b->a on b's 0"), t0));
    p.run();
    ASSERT_EQ(p.sb.opened.size(), 1u);
    ASSERT_EQ(p.sa.opened.size(), 1u);
    EXPECT_EQ(toString(p.sb.received[p.sb.opened[0]]), "a->b on a's 0");
    EXPECT_EQ(toString(p.sa.received[p.sa.opened[0]]), "b->a on b's 0");
    EXPECT_NE(p.sa.opened[0], fromA);
}

TEST(MplexSession, LargeWritesSplitAtTheMessageLimit)
{
    Pair p;
    const StreamId id = *p.a.openStream(t0);
    Bytes data(3 * 1024 * 1024 + 5);
    for (std::size_t i = 0; i < data.size(); ++i)
        data[i] = static_cast<std::uint8_t>(i * 7);
    ASSERT_TRUE(p.a.write(id, data, t0));
    EXPECT_EQ(p.a.pendingWrite(id), 0u);
    p.a.closeWrite(id, t0);
    p.run();
    const StreamId remote = p.sb.opened.at(0);
    EXPECT_EQ(p.sb.received[remote], data);
    EXPECT_EQ(p.sb.closed, std::vector<StreamId>{remote});
    p.b.closeWrite(remote, t0);
    p.run();
    EXPECT_EQ(p.a.streamCount(), 0u);
    EXPECT_EQ(p.b.streamCount(), 0u);
}

TEST(MplexSession, ResetReachesTheRemote)
{
    Pair p;
    const StreamId id = *p.a.openStream(t0);
    p.run();
    p.b.reset(p.sb.opened.at(0), t0);
    p.run();
    EXPECT_EQ(p.sa.resets, std::vector<StreamId>{id});
    EXPECT_EQ(p.a.streamCount(), 0u);
}

TEST(MplexSession, OversizedMessageIsASessionError)
{
    MplexSession s(false);
    s.onData(hex("0a818040"), t0); // MessageInitiator id 1, length 1 MiB + 1, no payload yet
    EXPECT_TRUE(s.isClosed());
    EXPECT_NE(s.closeReason().find("exceeds"), std::string::npos) << s.closeReason();
}

TEST(MplexSession, UnknownFlagAndDuplicateStreamAreSessionErrors)
{
    MplexSession bad(false);
    bad.onData(hex("0f00"), t0); // flag 7
    EXPECT_TRUE(bad.isClosed());
    EXPECT_NE(bad.closeReason().find("flag 7"), std::string::npos);
    MplexSession dup(false);
    dup.onData(hex("08000800"), t0);
    EXPECT_TRUE(dup.isClosed());
    EXPECT_NE(dup.closeReason().find("already open"), std::string::npos);
}

TEST(MplexSession, StreamLimitResetsExtraInboundStreams)
{
    MplexConfig c;
    c.maxStreams = 1;
    MplexSession s(false, c);
    s.onData(hex("00000800"), t0); // NewStream 0, NewStream 1
    EXPECT_EQ(toHex(s.takeOutput()), "0d00"); // ResetReceiver id 1
    EXPECT_EQ(s.streamCount(), 1u);
    EXPECT_FALSE(s.openStream(t0));
}

TEST(MplexSession, DataAfterRemoteCloseResetsStream)
{
    MplexSession s(false);
    s.onData(hex("0000" "0400" "020178"), t0); // open 0, close, then data
    EXPECT_EQ(toHex(s.takeOutput()), "0500");
    EXPECT_EQ(s.streamCount(), 0u);
    EXPECT_FALSE(s.isClosed());
}

TEST(MplexSession, CloseResetsEveryStream)
{
    Pair p;
    (void)p.a.openStream(t0);
    (void)p.a.openStream(t0);
    p.run();
    p.a.close(t0);
    EXPECT_TRUE(p.a.isClosed());
    EXPECT_FALSE(p.a.openStream(t0));
    p.run();
    EXPECT_EQ(p.sb.resets.size(), 2u);
    EXPECT_EQ(p.sa.sessionClosed, std::vector<std::string>{"closed locally"});
}

TEST(MplexSession, MessagesSplitByteByByte)
{
    MplexSession s(false);
    const Bytes in = hex("0000" "02050102030405");
    for (std::size_t i = 0; i < in.size(); ++i)
        s.onData(BytesView(in).subspan(i, 1), t0);
    (void)s.pollEvent();
    auto e = s.pollEvent();
    ASSERT_TRUE(e);
    EXPECT_EQ(e->data, hex("0102030405"));
}

TEST(MplexSession, MessagesForUnknownStreamsAreDropped)
{
    MplexSession s(true);
    s.onData(hex("0a0178" "0900" "0e00"), t0); // message, close, reset on streams never opened
    EXPECT_FALSE(s.isClosed());
    EXPECT_FALSE(s.pollEvent());
    EXPECT_TRUE(s.takeOutput().empty());
}
