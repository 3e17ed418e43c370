#include "core/host/host.h"
#include "core/host/identify.h"
#include "hostpair.h"

#include <gtest/gtest.h>

using namespace meshscope;
using namespace meshscope::host;
using namespace meshscope::host::testing;
using namespace std::chrono_literals;

namespace {
bool contains(const std::vector<std::string>& v, const std::string& s)
{
    return std::find(v.begin(), v.end(), s) != v.end();
}
bool mentions(const std::string& text, const std::string& word)
{
    return text.find(word) != std::string::npos;
}
} // namespace

TEST(Host, ConnectsAndIdentifiesBothWays)
{
    Network net(5ms);
    Node& a = net.add(1);
    Node& b = net.add(2);
    b.host.handle({ "/test/echo/1.0.0" });
    b.host.setListenAddrs({ Multiaddr::fromString("/ip4/10.0.0.2/tcp/4001").value() });
    net.connect(a, b);
    ASSERT_TRUE(net.runUntil([&] { return a.count<PeerIdentified>() && b.count<PeerIdentified>(); }, 5s));

    const auto ca = a.all<PeerConnected>().at(0);
    const auto cb = b.all<PeerConnected>().at(0);
    EXPECT_EQ(ca.peer, b.host.localPeer());
    EXPECT_EQ(cb.peer, a.host.localPeer());
    EXPECT_EQ(ca.direction, Direction::Outbound);
    EXPECT_EQ(cb.direction, Direction::Inbound);
    EXPECT_EQ(ca.muxer, "/yamux/1.0.0");
    EXPECT_EQ(cb.muxer, "/yamux/1.0.0");

    const auto ia = a.all<PeerIdentified>().at(0); // what a learned about b
    EXPECT_EQ(ia.peer, b.host.localPeer());
    EXPECT_EQ(ia.protocolVersion, "ipfs/0.1.0");
    EXPECT_TRUE(mentions(ia.agentVersion, "meshscope/"));
    EXPECT_TRUE(contains(ia.protocols, "/ipfs/id/1.0.0"));
    EXPECT_TRUE(contains(ia.protocols, "/ipfs/ping/1.0.0"));
    EXPECT_TRUE(contains(ia.protocols, "/test/echo/1.0.0"));
    ASSERT_EQ(ia.listenAddrs.size(), 1u);
    EXPECT_EQ(ia.listenAddrs[0].toString(), "/ip4/10.0.0.2/tcp/4001");
    ASSERT_TRUE(ia.observedAddr);
    EXPECT_EQ(ia.observedAddr->toString(), "/ip4/10.0.0.1/tcp/50000") << "how b sees a";

    const auto ib = b.all<PeerIdentified>().at(0); // what b learned about a
    EXPECT_EQ(ib.peer, a.host.localPeer());
    EXPECT_FALSE(contains(ib.protocols, "/test/echo/1.0.0")) << "a serves no app protocol";
    ASSERT_TRUE(ib.observedAddr);
    EXPECT_EQ(ib.observedAddr->toString(), "/ip4/10.0.0.2/tcp/4001") << "how a sees b";
    EXPECT_EQ(a.host.connectedPeers(), std::vector<PeerId> { b.host.localPeer() });
}

TEST(Host, PingMeasuresRoundTripOnVirtualTime)
{
    Network net(7ms);
    Node& a = net.add(3);
    Node& b = net.add(4);
    net.connect(a, b);
    ASSERT_TRUE(net.runUntil([&] { return a.count<PeerIdentified>() > 0; }, 5s));
    a.host.ping(b.host.localPeer(), net.now);
    ASSERT_TRUE(net.runUntil([&] { return a.count<PingRtt>() > 0; }, 5s));
    const auto rtt = a.all<PingRtt>().at(0);
    EXPECT_EQ(rtt.peer, b.host.localPeer());
    EXPECT_EQ(rtt.rtt, 14ms);
    EXPECT_EQ(a.count<PingFailed>(), 0u);

    Node c(9, {});
    c.host.ping(b.host.localPeer(), net.now);
    auto ev = c.host.pollEvent();
    ASSERT_TRUE(ev && std::holds_alternative<PingFailed>(*ev));
}

TEST(Host, AppStreamsCarryDataCloseAndReset)
{
    Network net(1ms);
    Node& a = net.add(5);
    Node& b = net.add(6);
    b.host.handle({ "/test/chat/1.0.0" });
    net.connect(a, b);
    ASSERT_TRUE(net.runUntil([&] { return a.count<PeerConnected>() > 0; }, 5s));

    auto h = a.host.openStream(b.host.localPeer(), { "/test/other/1.0.0", "/test/chat/1.0.0" }, net.now);
    ASSERT_TRUE(h);
    EXPECT_TRUE(a.host.write(*h, asBytes("hello"), net.now)) << "writes before agreement are queued";
    ASSERT_TRUE(net.runUntil([&] { return b.count<StreamData>() > 0; }, 5s));
    const auto openedA = a.all<StreamOpened>().at(0);
    const auto openedB = b.all<StreamOpened>().at(0);
    EXPECT_EQ(openedA.protocol, "/test/chat/1.0.0");
    EXPECT_EQ(openedA.direction, Direction::Outbound);
    EXPECT_EQ(openedB.protocol, "/test/chat/1.0.0");
    EXPECT_EQ(openedB.peer, a.host.localPeer());
    EXPECT_EQ(toString(b.all<StreamData>().at(0).data), "hello");

    EXPECT_TRUE(b.host.write(openedB.handle, asBytes("world"), net.now));
    b.host.closeWrite(openedB.handle, net.now);
    ASSERT_TRUE(net.runUntil([&] { return a.count<StreamClosed>() > 0; }, 5s));
    EXPECT_EQ(toString(a.all<StreamData>().at(0).data), "world");
    EXPECT_EQ(a.all<StreamClosed>().at(0).handle, *h);

    auto h2 = a.host.openStream(b.host.localPeer(), { "/test/chat/1.0.0" }, net.now);
    ASSERT_TRUE(net.runUntil([&] { return b.count<StreamOpened>() > 1; }, 5s));
    a.host.reset(*h2, net.now);
    ASSERT_TRUE(net.runUntil([&] { return b.count<StreamReset>() > 0; }, 5s));
    EXPECT_EQ(b.all<StreamReset>().at(0).handle, b.all<StreamOpened>().at(1).handle);
}

TEST(Host, UnsupportedProtocolResetsOnlyThatStream)
{
    Network net(1ms);
    Node& a = net.add(7);
    Node& b = net.add(8);
    net.connect(a, b);
    ASSERT_TRUE(net.runUntil([&] { return a.count<PeerConnected>() > 0; }, 5s));
    auto h = a.host.openStream(b.host.localPeer(), { "/nobody/1.0.0" }, net.now);
    ASSERT_TRUE(h);
    ASSERT_TRUE(net.runUntil([&] { return a.count<StreamReset>() > 0; }, 5s));
    EXPECT_EQ(a.all<StreamReset>().at(0).handle, *h);
    EXPECT_EQ(b.count<StreamOpened>(), 0u);
    EXPECT_EQ(a.host.connectedPeers().size(), 1u) << "the connection stays up";
}

TEST(Host, WrongExpectedPeerFailsTheDialWithAClearReason)
{
    Network net(1ms);
    Node& a = net.add(9);
    Node& b = net.add(10);
    Node& c = net.add(11);
    net.connect(a, b, c.host.localPeer());
    net.run(2s);
    ASSERT_EQ(a.count<DialFailed>(), 1u);
    EXPECT_TRUE(mentions(a.all<DialFailed>().at(0).reason, "peer id mismatch"));
    EXPECT_EQ(a.count<PeerConnected>(), 0u);
    EXPECT_EQ(a.count<CloseTransport>(), 1u);
    EXPECT_EQ(a.host.connectionCount(), 0u);
    EXPECT_EQ(b.host.connectionCount(), 0u);
}

TEST(Host, StreamsNegotiatedWithMplexToo)
{
    Network net(1ms);
    HostConfig cfg;
    cfg.muxers = { kMplexProtocol };
    Node& a = net.add(12, cfg);
    Node& b = net.add(13, cfg);
    b.host.handle({ "/test/chat/1.0.0" });
    net.connect(a, b);
    ASSERT_TRUE(net.runUntil([&] { return a.count<PeerIdentified>() && b.count<PeerIdentified>(); }, 5s));
    EXPECT_EQ(a.all<PeerConnected>().at(0).muxer, "/mplex/6.7.0");
    a.host.ping(b.host.localPeer(), net.now);
    ASSERT_TRUE(net.runUntil([&] { return a.count<PingRtt>() > 0; }, 5s));
}

TEST(Host, MuxerFallsBackToMultistreamWithoutEarlyNegotiation)
{
    Network net(1ms);
    HostConfig plain;
    plain.earlyMuxerNegotiation = false;
    Node& a = net.add(14, plain);
    Node& b = net.add(15);
    net.connect(a, b);
    ASSERT_TRUE(net.runUntil([&] { return a.count<PeerIdentified>() && b.count<PeerIdentified>(); }, 5s));
    EXPECT_EQ(b.all<PeerConnected>().at(0).muxer, "/yamux/1.0.0");
}

TEST(Host, InboundStreamsPerProtocolAreLimited)
{
    Network net(1ms);
    Node& a = net.add(16);
    Node& b = net.add(17);
    b.host.handle({ "/test/chat/1.0.0" });
    net.connect(a, b);
    ASSERT_TRUE(net.runUntil([&] { return a.count<PeerConnected>() > 0; }, 5s));
    for (int i = 0; i < 40; ++i)
        ASSERT_TRUE(a.host.openStream(b.host.localPeer(), { "/test/chat/1.0.0" }, net.now));
    net.run(2s);
    EXPECT_EQ(b.count<StreamOpened>(), 32u);
    EXPECT_EQ(a.count<StreamReset>(), 8u);
    EXPECT_EQ(a.host.connectedPeers().size(), 1u);
}

TEST(Host, ConnectionLimits)
{
    Network net(1ms);
    HostConfig one;
    one.maxConnectionsPerPeer = 1;
    Node& a = net.add(18);
    Node& b = net.add(19, one);
    net.connect(a, b);
    net.connect(a, b);
    net.run(2s);
    EXPECT_EQ(b.count<PeerConnected>(), 1u);
    ASSERT_EQ(b.count<CloseTransport>(), 1u);
    EXPECT_TRUE(mentions(b.all<CloseTransport>().at(0).reason, "too many connections"));

    HostConfig tiny;
    tiny.maxConnections = 1;
    Node c(20, tiny);
    const auto addr = Multiaddr::fromString("/ip4/10.0.0.9/tcp/1").value();
    EXPECT_TRUE(c.host.addConnection(Direction::Inbound, addr, std::nullopt, net.now));
    auto refused = c.host.addConnection(Direction::Inbound, addr, std::nullopt, net.now);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(mentions(refused.error().message, "limit"));
}

TEST(Host, PingTimesOutWhenTheEchoIsLate)
{
    Network net(6s); // the echo needs 12 s, the ping allows 10 s
    HostConfig slow;
    slow.upgradeTimeout = 600s;
    slow.negotiationTimeout = 600s;
    slow.identifyTimeout = 600s;
    Node& a = net.add(21, slow);
    Node& b = net.add(22, slow);
    net.connect(a, b);
    ASSERT_TRUE(net.runUntil([&] { return a.count<PeerConnected>() > 0; }, 120s));
    a.host.ping(b.host.localPeer(), net.now);
    ASSERT_TRUE(net.runUntil([&] { return a.count<PingFailed>() > 0; }, 60s));
    EXPECT_TRUE(mentions(a.all<PingFailed>().at(0).reason, "timed out"));
    EXPECT_EQ(a.count<PingRtt>(), 0u);
    EXPECT_EQ(a.host.connectedPeers().size(), 1u);
}

TEST(Host, IdentifyPushIsAnswered)
{
    Network net(1ms);
    Node& a = net.add(23);
    Node& b = net.add(24);
    net.connect(a, b);
    ASSERT_TRUE(net.runUntil([&] { return b.count<PeerIdentified>() > 0; }, 5s));
    // a pushes an update by hand (Host never pushes by itself): new agent, new protocol list.
    IdentifyInfo push;
    push.agentVersion = "pushed/1.0";
    push.protocols = { "/new/1.0.0" };
    auto h = a.host.openStream(b.host.localPeer(), { kIdentifyPushProtocol }, net.now);
    ASSERT_TRUE(h);
    ASSERT_TRUE(a.host.write(*h, encodeIdentifyMessage(push), net.now));
    a.host.closeWrite(*h, net.now);
    ASSERT_TRUE(net.runUntil([&] { return b.count<PeerIdentified>() > 1; }, 5s));
    const auto got = b.all<PeerIdentified>().at(1);
    EXPECT_EQ(got.peer, a.host.localPeer());
    EXPECT_EQ(got.agentVersion, "pushed/1.0");
    EXPECT_EQ(got.protocols, std::vector<std::string> { "/new/1.0.0" });
}

TEST(Host, SameSeedsGiveTheSameBytes)
{
    auto run = [] {
        Network net(3ms);
        Node& a = net.add(100);
        Node& b = net.add(200);
        net.connect(a, b);
        EXPECT_TRUE(net.runUntil([&] { return a.count<PeerIdentified>() && b.count<PeerIdentified>(); }, 5s));
        a.host.ping(b.host.localPeer(), net.now);
        EXPECT_TRUE(net.runUntil([&] { return a.count<PingRtt>() > 0; }, 5s));
        return net.transcript;
    };
    const Bytes first = run();
    EXPECT_GT(first.size(), 1000u);
    EXPECT_EQ(first, run());
}

TEST(Host, ClosingAConnectionResetsItsAppStreams)
{
    Network net(1ms);
    Node& a = net.add(25);
    Node& b = net.add(26);
    b.host.handle({ "/test/chat/1.0.0" });
    net.connect(a, b);
    ASSERT_TRUE(net.runUntil([&] { return a.count<PeerConnected>() > 0; }, 5s));
    auto h = a.host.openStream(b.host.localPeer(), { "/test/chat/1.0.0" }, net.now);
    ASSERT_TRUE(net.runUntil([&] { return b.count<StreamOpened>() > 0; }, 5s));
    a.host.disconnect(b.host.localPeer(), "done here", net.now);
    ASSERT_TRUE(net.runUntil([&] { return b.count<PeerDisconnected>() > 0; }, 5s));
    ASSERT_EQ(a.count<StreamReset>(), 1u);
    EXPECT_EQ(a.all<StreamReset>().at(0).handle, *h);
    EXPECT_TRUE(mentions(a.all<StreamReset>().at(0).reason, "done here"));
    EXPECT_EQ(a.all<PeerDisconnected>().at(0).reason, "done here");
    EXPECT_EQ(b.count<StreamReset>(), 1u);
    EXPECT_FALSE(a.host.write(*h, asBytes("late"), net.now));
    EXPECT_EQ(a.host.connectionCount(), 0u);
    EXPECT_EQ(b.host.connectionCount(), 0u);
}

TEST(Host, StreamNegotiationHasADeadline)
{
    Network net(6s); // one multistream round trip takes 12 s
    HostConfig slow;
    slow.upgradeTimeout = 600s;
    slow.identifyTimeout = 600s;
    Node& a = net.add(27, slow);
    Node& b = net.add(28, slow);
    b.host.handle({ "/test/chat/1.0.0" });
    net.connect(a, b);
    ASSERT_TRUE(net.runUntil([&] { return a.count<PeerConnected>() > 0; }, 120s));
    auto h = a.host.openStream(b.host.localPeer(), { "/test/chat/1.0.0" }, net.now);
    ASSERT_TRUE(net.runUntil([&] { return a.count<StreamReset>() > 0; }, 60s));
    EXPECT_EQ(a.all<StreamReset>().at(0).handle, *h);
    EXPECT_TRUE(mentions(a.all<StreamReset>().at(0).reason, "timed out"));
    EXPECT_EQ(a.count<StreamOpened>(), 0u);
}

// Host::pendingWrite() counts what streams hold back: writes past the peer's Yamux window wait in
// the host (a publisher watches this to stop queueing), and drain once the peer reads.
TEST(Host, PendingWriteCountsBytesHeldForTheSendWindow)
{
    Network net(1ms);
    Node& a = net.add(7);
    Node& b = net.add(8);
    b.host.handle({ "/test/bulk/1.0.0" });
    net.connect(a, b);
    ASSERT_TRUE(net.runUntil([&] { return a.count<PeerConnected>() > 0; }, 5s));
    auto h = a.host.openStream(b.host.localPeer(), { "/test/bulk/1.0.0" }, net.now);
    ASSERT_TRUE(h);
    ASSERT_TRUE(net.runUntil([&] { return a.count<StreamOpened>() > 0; }, 5s));
    net.runUntil([] { return false; }, 50ms); // settle identify
    EXPECT_EQ(a.host.pendingWrite(), 0u);

    // 64 writes of 8 KiB in one turn: 512 KiB, twice Yamux's initial 256 KiB window.
    const Bytes chunk(8192, 0x5a);
    for (int i = 0; i < 64; ++i)
        ASSERT_TRUE(a.host.write(*h, chunk, net.now));
    const std::size_t held = a.host.pendingWrite();
    EXPECT_GE(held, 256u * 1024) << "what the window does not let out waits in the host";
    EXPECT_LE(held, 512u * 1024 + 4096);

    // Written in one turn, the bytes leave as a few large Noise frames: the payload the window
    // allows, Yamux headers (12 bytes per write) and 18 bytes per 65519-byte Noise frame, not per write.
    net.keepTranscript = true;
    const std::size_t before = net.transcript.size();
    net.collect();
    const std::size_t sent = net.transcript.size() - before;
    EXPECT_GE(sent, 256u * 1024);
    EXPECT_LT(sent, 256u * 1024 + 32 * 12 + 5 * 18 + 64)
        << sent; // one Noise frame per write would add 32 * 18
    EXPECT_LT(a.host.pendingWrite(), held) << "taken output no longer counts";

    std::size_t received = 0;
    ASSERT_TRUE(net.runUntil(
        [&] {
            received = 0;
            for (const auto& d : b.all<StreamData>())
                received += d.data.size();
            return received == 64u * 8192;
        },
        5s));
    EXPECT_EQ(a.host.pendingWrite(), 0u);
}
