// Yamux: frames built by hand (as js sends them), and two sessions looped in memory.

#include "core/transport/multistreamselect.h"
#include "core/transport/yamuxsession.h"

#include "muxerpair.h"

#include <gtest/gtest.h>

using namespace meshscope;
using namespace meshscope::transport;
using meshscope::transport::test::pump;
using meshscope::transport::test::Side;
using namespace std::chrono_literals;

namespace {

Bytes hex(std::string_view h)
{
    Bytes out;
    EXPECT_TRUE(fromHex(h, out)) << h;
    return out;
}

Bytes frame(YamuxType type, std::uint16_t flags, std::uint32_t id, std::uint32_t length)
{
    Bytes out;
    appendYamuxHeader(out, YamuxHeader{0, static_cast<std::uint8_t>(type), flags, id, length});
    return out;
}

Bytes pattern(std::size_t n)
{
    Bytes b(n);
    for (std::size_t i = 0; i < n; ++i)
        b[i] = static_cast<std::uint8_t>((i * 131 + i / 251) & 0xff);
    return b;
}

const TimePoint t0 = fromNanos(1'000'000'000);
const Bytes kGoAwayProtocolError = hex("000300000000000000000001");

struct Pair {
    explicit Pair(YamuxConfig ca = {}, YamuxConfig cb = {}) : a(true, ca), b(false, cb)
    {
        sa.muxer = &a;
        sb.muxer = &b;
    }
    YamuxSession a; // dialer (client, odd ids)
    YamuxSession b; // listener (server, even ids)
    Side sa;
    Side sb;
    void run(TimePoint now = t0) { pump(sa, sb, now); }
};

} // namespace

TEST(YamuxFrame, HeaderIsTwelveBigEndianBytes)
{
    EXPECT_EQ(frame(YamuxType::Ping, YamuxFlag::SYN, 0, 0x01020304), hex("000200010000000001020304"));
    EXPECT_EQ(frame(YamuxType::WindowUpdate, YamuxFlag::SYN, 1, 0), hex("000100010000000100000000"));
    const YamuxHeader h = decodeYamuxHeader(hex("0000000c7fffffff00040014"));
    EXPECT_EQ(h.type, 0);
    EXPECT_EQ(h.flags, YamuxFlag::FIN | YamuxFlag::RST);
    EXPECT_EQ(h.streamId, 0x7fffffffu);
    EXPECT_EQ(h.length, 0x40014u);
}

TEST(YamuxSession, AnswersJsPingSynWithAckEchoingValue)
{
    YamuxSession s(false);
    s.onData(hex("000200010000000000000007"), t0); // js: Ping SYN, value 7, right at start
    EXPECT_EQ(s.takeOutput(), hex("000200020000000000000007"));
    EXPECT_FALSE(s.isClosed());
}

TEST(YamuxSession, UnsolicitedPingAckIsAProtocolError)
{
    YamuxSession s(true);
    s.onData(hex("000200020000000000000001"), t0);
    EXPECT_TRUE(s.isClosed());
    EXPECT_EQ(s.takeOutput(), kGoAwayProtocolError);
    EXPECT_NE(s.closeReason().find("unsolicited ping ACK"), std::string::npos) << s.closeReason();
    auto e = s.pollEvent();
    ASSERT_TRUE(e);
    EXPECT_EQ(e->kind, MuxerEvent::Kind::SessionClosed);
}

TEST(YamuxSession, AcceptsInboundStreamWithWindowUpdateAck)
{
    YamuxSession client(true);
    client.onData(hex("000100010000000200000000"), t0); // server opens stream 2
    EXPECT_EQ(client.takeOutput(), hex("000100020000000200000000"));
    auto e = client.pollEvent();
    ASSERT_TRUE(e);
    EXPECT_EQ(e->kind, MuxerEvent::Kind::StreamOpened);
    EXPECT_EQ(e->stream, 2u);
    // Data on it, split across two chunks.
    const Bytes data = hex("000000000000000200000003616263");
    client.onData(BytesView(data).first(7), t0);
    client.onData(BytesView(data).subspan(7), t0);
    e = client.pollEvent();
    ASSERT_TRUE(e);
    EXPECT_EQ(e->kind, MuxerEvent::Kind::StreamData);
    EXPECT_EQ(toString(e->data), "abc");
    EXPECT_EQ(client.receiveWindow(2), kYamuxInitialWindow - 3);
}

TEST(YamuxSession, OpensStreamsWithWindowUpdateSynAndOddIds)
{
    YamuxSession client(true);
    EXPECT_EQ(client.openStream(t0), StreamId{1});
    EXPECT_EQ(client.openStream(t0), StreamId{3});
    EXPECT_EQ(client.takeOutput(), hex("000100010000000100000000000100010000000300000000"));
    YamuxSession server(false);
    EXPECT_EQ(server.openStream(t0), StreamId{2});
}

TEST(YamuxSession, LargerInitialWindowIsAnnouncedInSyn)
{
    YamuxConfig c;
    c.initialWindow = 1024 * 1024;
    YamuxSession client(true, c);
    ASSERT_EQ(client.openStream(t0), StreamId{1});
    EXPECT_EQ(client.takeOutput(), frame(YamuxType::WindowUpdate, YamuxFlag::SYN, 1, 1024 * 1024 - 256 * 1024));
    EXPECT_EQ(client.receiveWindow(1), 1024u * 1024u);
}

TEST(YamuxSession, WrongParityStreamIsAProtocolError)
{
    YamuxSession client(true);
    client.onData(hex("000100010000000300000000"), t0); // odd id from the server
    EXPECT_TRUE(client.isClosed());
    EXPECT_EQ(client.takeOutput(), kGoAwayProtocolError);
    EXPECT_NE(client.closeReason().find("parity"), std::string::npos);
}

TEST(YamuxSession, UnknownTypeVersionAndSessionFrameIdsAreProtocolErrors)
{
    for (const char* bad : {"000400000000000000000000", "010000000000000100000000", "000200010000000100000000",
                            "000000000000000000000000"}) {
        YamuxSession s(false);
        s.onData(hex(bad), t0);
        EXPECT_TRUE(s.isClosed()) << bad;
        EXPECT_EQ(s.takeOutput(), kGoAwayProtocolError) << bad;
    }
}

TEST(YamuxSession, DataPastTheWindowKillsTheSession)
{
    YamuxSession server(false);
    server.onData(frame(YamuxType::Data, YamuxFlag::SYN, 1, kYamuxInitialWindow + 1), t0);
    EXPECT_TRUE(server.isClosed()) << "rejected from the header alone, before the payload";
    EXPECT_NE(server.closeReason().find("receive window"), std::string::npos) << server.closeReason();
}

TEST(YamuxSession, JsWindowUpdateStepsReleaseExactlyThatMuch)
{
    YamuxSession client(true);
    const StreamId id = *client.openStream(t0);
    (void)client.takeOutput();
    const Bytes data = pattern(2 * 1024 * 1024);
    ASSERT_TRUE(client.write(id, data, t0));
    EXPECT_EQ(client.sendWindow(id), 0u);
    EXPECT_EQ(client.pendingWrite(id), data.size() - kYamuxInitialWindow);
    // 256 KiB went out as four 64 KiB frames.
    EXPECT_EQ(client.takeOutput().size(), kYamuxInitialWindow + 4 * kYamuxHeaderSize);
    client.onData(frame(YamuxType::WindowUpdate, YamuxFlag::ACK, 1, 262164), t0);
    const Bytes out = client.takeOutput();
    EXPECT_EQ(out.size(), 262164u + 5 * kYamuxHeaderSize); // 4 x 64 KiB + 20 bytes
    EXPECT_EQ(client.sendWindow(id), 0u);
    client.onData(frame(YamuxType::WindowUpdate, 0, 1, 524292), t0);
    EXPECT_EQ(client.pendingWrite(id), data.size() - kYamuxInitialWindow - 262164 - 524292);
}

TEST(YamuxSession, WindowUpdateOverflowIsAProtocolError)
{
    YamuxSession client(true);
    (void)client.openStream(t0);
    client.onData(frame(YamuxType::WindowUpdate, 0, 1, 0xffffffffu - kYamuxInitialWindow), t0);
    EXPECT_FALSE(client.isClosed());
    EXPECT_EQ(client.sendWindow(1), 0xffffffffu);
    client.onData(frame(YamuxType::WindowUpdate, 0, 1, 1), t0);
    EXPECT_TRUE(client.isClosed());
}

TEST(YamuxSession, LargeTransferThroughFlowControl)
{
    Pair p;
    const StreamId id = *p.a.openStream(t0);
    const Bytes data = pattern(5 * 1024 * 1024 + 123);
    std::size_t off = 0;
    int rounds = 0;
    while (off < data.size() && rounds++ < 10000) {
        // Keep at most 1 MiB buffered, as a host applying backpressure would.
        while (off < data.size() && p.a.pendingWrite(id) < 1024 * 1024) {
            const std::size_t n = std::min<std::size_t>(100'000, data.size() - off);
            ASSERT_TRUE(p.a.write(id, BytesView(data).subspan(off, n), t0));
            off += n;
        }
        p.run();
    }
    p.a.closeWrite(id, t0);
    p.run();
    ASSERT_EQ(p.sb.opened, std::vector<StreamId>{id});
    EXPECT_EQ(p.sb.received[id], data);
    EXPECT_EQ(p.sb.closed, std::vector<StreamId>{id});
    EXPECT_EQ(p.a.pendingWrite(id), 0u);
    // The reverse direction still works after our half-close.
    ASSERT_TRUE(p.b.write(id, toBytes("reply"), t0));
    EXPECT_FALSE(p.a.write(id, toBytes("late"), t0)) << "we closed our side";
    p.b.closeWrite(id, t0);
    p.run();
    EXPECT_EQ(toString(p.sa.received[id]), "reply");
    EXPECT_EQ(p.a.streamCount(), 0u);
    EXPECT_EQ(p.b.streamCount(), 0u);
}

TEST(YamuxSession, ResetReachesTheRemote)
{
    Pair p;
    const StreamId id = *p.a.openStream(t0);
    ASSERT_TRUE(p.a.write(id, toBytes("x"), t0));
    p.run();
    p.b.reset(id, t0);
    p.run();
    EXPECT_EQ(p.sa.resets, std::vector<StreamId>{id});
    EXPECT_FALSE(p.a.write(id, toBytes("y"), t0));
    EXPECT_EQ(p.a.streamCount(), 0u);
}

TEST(YamuxSession, GoAwayRefusesNewStreamsAndDrains)
{
    Pair p;
    const StreamId id = *p.a.openStream(t0);
    p.run();
    p.b.close(t0);
    p.run();
    EXPECT_FALSE(p.a.openStream(t0)) << "remote went away";
    EXPECT_FALSE(p.b.openStream(t0)) << "we went away";
    EXPECT_FALSE(p.a.isClosed());
    ASSERT_TRUE(p.a.write(id, toBytes("still fine"), t0));
    p.a.closeWrite(id, t0);
    p.b.closeWrite(id, t0);
    p.run();
    EXPECT_EQ(toString(p.sb.received[id]), "still fine");
    EXPECT_TRUE(p.a.isClosed());
    EXPECT_TRUE(p.b.isClosed());
    ASSERT_EQ(p.sa.sessionClosed.size(), 1u);
    EXPECT_NE(p.sa.sessionClosed[0].find("go-away"), std::string::npos);
}

TEST(YamuxSession, CloseTimesOutWhenStreamsLinger)
{
    YamuxConfig c;
    c.closeTimeout = 2s;
    Pair p(c, c);
    (void)p.a.openStream(t0);
    p.run();
    p.a.close(t0);
    EXPECT_EQ(p.a.nextTimeout(), t0 + 2s);
    p.a.onTimeout(t0 + 2s);
    EXPECT_TRUE(p.a.isClosed());
    p.run();
    EXPECT_EQ(p.sa.resets.size(), 1u);
}

TEST(YamuxSession, ErrorGoAwayFromRemoteEndsAtOnce)
{
    YamuxSession s(true);
    (void)s.openStream(t0);
    s.onData(kGoAwayProtocolError, t0);
    EXPECT_TRUE(s.isClosed());
    EXPECT_EQ(s.closeReason(), "remote go-away: protocol error");
}

TEST(YamuxSession, StreamLimitResetsExtraInboundStreams)
{
    YamuxConfig small;
    small.maxStreams = 2;
    Pair p({}, small);
    for (int i = 0; i < 3; ++i)
        (void)p.a.openStream(t0);
    p.run();
    EXPECT_EQ(p.sb.opened.size(), 2u);
    EXPECT_EQ(p.sa.resets, std::vector<StreamId>{5});
    EXPECT_FALSE(p.b.isClosed());
    YamuxSession limited(true, small);
    EXPECT_TRUE(limited.openStream(t0));
    EXPECT_TRUE(limited.openStream(t0));
    EXPECT_FALSE(limited.openStream(t0));
}

TEST(YamuxSession, AckBacklogBoundsUnacknowledgedStreams)
{
    YamuxConfig c;
    c.maxAckBacklog = 2;
    YamuxSession client(true, c);
    EXPECT_TRUE(client.openStream(t0));
    EXPECT_TRUE(client.openStream(t0));
    EXPECT_FALSE(client.openStream(t0)) << "two streams await their ACK";
    client.onData(frame(YamuxType::WindowUpdate, YamuxFlag::ACK, 1, 0), t0);
    EXPECT_EQ(client.openStream(t0), StreamId{5});
}

TEST(YamuxSession, PendingWriteBeyondCapResetsStream)
{
    YamuxConfig c;
    c.maxPendingWrite = 100'000;
    YamuxSession s(true, c);
    const StreamId id = *s.openStream(t0);
    ASSERT_TRUE(s.write(id, pattern(kYamuxInitialWindow + 100'000), t0)); // window + cap
    EXPECT_EQ(s.pendingWrite(id), 100'000u);
    EXPECT_FALSE(s.write(id, toBytes("!"), t0));
    auto e = s.pollEvent();
    ASSERT_TRUE(e);
    EXPECT_EQ(e->kind, MuxerEvent::Kind::StreamReset);
    EXPECT_NE(e->reason.find("waiting for the send window"), std::string::npos);
    const Bytes out = s.takeOutput();
    EXPECT_EQ(Bytes(out.end() - 12, out.end()), frame(YamuxType::WindowUpdate, YamuxFlag::RST, 1, 0));
}

TEST(YamuxSession, DataAfterFinResetsTheStream)
{
    YamuxSession server(false);
    server.onData(frame(YamuxType::WindowUpdate, YamuxFlag::SYN | YamuxFlag::FIN, 1, 0), t0);
    Bytes late = frame(YamuxType::Data, 0, 1, 1);
    late.push_back('x');
    server.onData(late, t0);
    EXPECT_FALSE(server.isClosed());
    EXPECT_EQ(server.streamCount(), 0u);
}

TEST(YamuxSession, PingMeasuresRttAndTimesOut)
{
    Pair p;
    ASSERT_TRUE(p.a.ping(t0));
    EXPECT_FALSE(p.a.ping(t0)) << "one ping at a time";
    const Bytes syn = p.a.takeOutput();
    p.b.onData(syn, t0 + 3ms);
    p.a.onData(p.b.takeOutput(), t0 + 7ms);
    ASSERT_TRUE(p.a.rtt());
    EXPECT_EQ(*p.a.rtt(), 7ms);

    YamuxConfig c;
    c.pingTimeout = 1s;
    YamuxSession lonely(true, c);
    ASSERT_TRUE(lonely.ping(t0));
    EXPECT_EQ(lonely.nextTimeout(), t0 + 1s);
    lonely.onTimeout(t0 + 999ms);
    EXPECT_FALSE(lonely.isClosed());
    lonely.onTimeout(t0 + 1s);
    EXPECT_TRUE(lonely.isClosed());
    EXPECT_NE(lonely.closeReason().find("ping timeout"), std::string::npos);
}

TEST(YamuxSession, KeepAlivePingsOnSchedule)
{
    YamuxConfig c;
    c.keepAliveInterval = 30s;
    YamuxSession s(true, c);
    EXPECT_FALSE(s.nextTimeout());
    s.onData({}, t0);
    EXPECT_EQ(s.nextTimeout(), t0 + 30s);
    s.onTimeout(t0 + 30s);
    EXPECT_EQ(s.takeOutput(), frame(YamuxType::Ping, YamuxFlag::SYN, 0, 1));
    s.onData(frame(YamuxType::Ping, YamuxFlag::ACK, 0, 1), t0 + 31s);
    EXPECT_EQ(s.nextTimeout(), t0 + 60s);
}

TEST(YamuxSession, ReceiveWindowGrowsWhenItTurnsOverQuickly)
{
    Pair p;
    ASSERT_TRUE(p.b.ping(t0));
    p.run(t0 + 10ms); // b measures a 10 ms RTT
    const StreamId id = *p.a.openStream(t0 + 10ms);
    const Bytes data = pattern(2 * 1024 * 1024);
    ASSERT_TRUE(p.a.write(id, data, t0 + 10ms));
    TimePoint now = t0 + 10ms;
    for (int i = 0; i < 50 && p.a.pendingWrite(id) > 0; ++i) {
        now += 1ms;
        p.run(now);
    }
    EXPECT_EQ(p.sb.received[id], data);
    EXPECT_GT(p.b.receiveWindow(id), kYamuxInitialWindow) << "auto-tuned past 256 KiB";
    EXPECT_LE(p.b.receiveWindow(id), 16u * 1024 * 1024);
}

TEST(YamuxConfig, ValidateNamesTheField)
{
    YamuxConfig c;
    EXPECT_TRUE(c.validate());
    c.initialWindow = 1000;
    const Status st = c.validate();
    ASSERT_FALSE(st);
    EXPECT_NE(st.error().message.find("initialWindow"), std::string::npos);
}

TEST(YamuxSession, DataFrameMayCarrySynAndPayload)
{
    YamuxSession server(false);
    Bytes in = frame(YamuxType::Data, YamuxFlag::SYN, 1, 2);
    in.push_back('h');
    in.push_back('i');
    server.onData(in, t0);
    auto e = server.pollEvent();
    ASSERT_TRUE(e);
    EXPECT_EQ(e->kind, MuxerEvent::Kind::StreamOpened);
    e = server.pollEvent();
    ASSERT_TRUE(e);
    EXPECT_EQ(e->kind, MuxerEvent::Kind::StreamData);
    EXPECT_EQ(toString(e->data), "hi");
}

TEST(YamuxSession, LateFramesForResetStreamsAreDropped)
{
    YamuxSession client(true);
    const StreamId id = *client.openStream(t0);
    client.reset(id, t0);
    (void)client.takeOutput();
    Bytes late = frame(YamuxType::Data, 0, 1, 3);
    late.insert(late.end(), {'a', 'b', 'c'});
    client.onData(late, t0);
    client.onData(frame(YamuxType::WindowUpdate, YamuxFlag::ACK, 1, 1000), t0);
    client.onData(frame(YamuxType::WindowUpdate, YamuxFlag::RST, 7, 0), t0);
    EXPECT_FALSE(client.isClosed());
    EXPECT_FALSE(client.pollEvent());
    EXPECT_TRUE(client.takeOutput().empty());
}

TEST(YamuxSession, ManyStreamsInterleaveAndSurviveByteByByteDelivery)
{
    YamuxSession a(true);
    YamuxSession b(false);
    Side sb;
    sb.muxer = &b;
    std::vector<StreamId> ids;
    for (int i = 0; i < 20; ++i)
        ids.push_back(*a.openStream(t0));
    for (int round = 0; round < 3; ++round)
        for (std::size_t i = 0; i < ids.size(); ++i)
            ASSERT_TRUE(a.write(ids[i], toBytes("s" + std::to_string(i) + "r" + std::to_string(round) + ";"), t0));
    for (StreamId id : ids)
        a.closeWrite(id, t0);
    const Bytes wire = a.takeOutput();
    for (std::size_t i = 0; i < wire.size(); ++i)
        b.onData(BytesView(wire).subspan(i, 1), t0);
    sb.drainEvents();
    ASSERT_EQ(sb.opened.size(), ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const std::string s = "s" + std::to_string(i);
        EXPECT_EQ(toString(sb.received[ids[i]]), s + "r0;" + s + "r1;" + s + "r2;");
    }
    EXPECT_EQ(sb.closed.size(), ids.size());
    EXPECT_FALSE(b.isClosed());
}

TEST(YamuxSession, TakesOverBytesPipelinedBehindMultistream)
{
    // js as dialer: header, proposal and its first yamux frames (ping SYN value 0, a new stream
    // with data) may arrive in one read.
    auto listener = MultistreamSelect::listener({"/yamux/1.0.0", "/mplex/6.7.0"});
    listener.start();
    Bytes wire = MultistreamSelect::encodeMessage("/multistream/1.0.0");
    append(wire, MultistreamSelect::encodeMessage("/yamux/1.0.0"));
    append(wire, hex("000200010000000000000000"));
    append(wire, frame(YamuxType::WindowUpdate, YamuxFlag::SYN, 1, 0));
    append(wire, frame(YamuxType::Data, 0, 1, 4));
    append(wire, toBytes("ping"));
    listener.onData(wire);
    ASSERT_EQ(listener.state(), MultistreamSelect::State::Done);
    ASSERT_EQ(listener.protocol(), YamuxSession::kProtocolId);
    YamuxSession server(false);
    server.onData(listener.takeRemainder(), t0);
    EXPECT_EQ(server.takeOutput(), hex("000200020000000000000000" "000100020000000100000000"));
    Side side;
    side.muxer = &server;
    side.drainEvents();
    EXPECT_EQ(side.opened, std::vector<StreamId>{1});
    EXPECT_EQ(toString(side.received[1]), "ping");
}
