// Hostile and broken input at every layer closes only the connection it arrived on.
#include "core/host/host.h"
#include "core/host/identify.h"
#include "core/host/securechannel.h"
#include "core/transport/multistreamselect.h"
#include "hostpair.h"

#include <gtest/gtest.h>

using namespace meshscope;
using namespace meshscope::host;
using namespace meshscope::host::testing;
using namespace std::chrono_literals;

namespace {
bool mentions(const std::string& text, const std::string& word) { return text.find(word) != std::string::npos; }

// b has a healthy connection to a; returns the id of a fresh raw inbound connection on b.
struct Fixture {
    Network net{1ms};
    Node& a = net.add(31);
    Node& b = net.add(32);
    ConnectionId raw = 0;

    Fixture()
    {
        net.connect(a, b);
        EXPECT_TRUE(net.runUntil([&] { return a.count<PeerIdentified>() && b.count<PeerIdentified>(); }, 5s));
        raw = b.host.addConnection(Direction::Inbound, Multiaddr::fromString("/ip4/10.6.6.6/tcp/666").value(),
                                   std::nullopt, net.now).value();
    }
    std::string closeReason(ConnectionId id)
    {
        net.run(10ms);
        for (const auto& c : b.all<CloseTransport>())
            if (c.connection == id)
                return c.reason;
        return {};
    }
    void expectHealthy()
    {
        EXPECT_EQ(b.host.connectedPeers(), std::vector<PeerId>{a.host.localPeer()});
        const auto before = a.count<PingRtt>();
        a.host.ping(b.host.localPeer(), net.now);
        EXPECT_TRUE(net.runUntil([&] { return a.count<PingRtt>() > before; }, 5s));
    }
    Bytes noiseProposal()
    {
        auto d = transport::MultistreamSelect::dialer({"/noise"});
        d.start();
        return d.takeOutput();
    }
};
} // namespace

TEST(HostInput, GarbageBeforeMultistreamSelect)
{
    Fixture f;
    Bytes junk(64, 0xff);
    f.b.host.onBytes(f.raw, junk, f.net.now);
    const auto why = f.closeReason(f.raw);
    EXPECT_TRUE(mentions(why, "security negotiation failed")) << why;
    f.expectHealthy();
}

TEST(HostInput, UnknownSecurityProtocolIsRefused)
{
    Fixture f;
    auto d = transport::MultistreamSelect::dialer({"/tls/1.0.0"});
    d.start();
    f.b.host.onBytes(f.raw, d.takeOutput(), f.net.now);
    Bytes answer;
    while (auto t = f.b.host.pollOutput())
        if (t->connection == f.raw)
            append(answer, t->data);
    d.onData(answer);
    EXPECT_EQ(d.state(), transport::MultistreamSelect::State::Failed) << "b answered na";
    f.expectHealthy();
}

TEST(HostInput, GarbageNoiseHandshake)
{
    Fixture f;
    Bytes bytes = f.noiseProposal();
    bytes.insert(bytes.end(), {0x00, 0x0a}); // message 1 too short for an ephemeral key
    bytes.resize(bytes.size() + 10, 0x41);
    f.b.host.onBytes(f.raw, bytes, f.net.now);
    const auto why = f.closeReason(f.raw);
    EXPECT_TRUE(mentions(why, "noise")) << why;
    f.expectHealthy();
}

TEST(HostInput, TruncatedUpgradeTimesOut)
{
    Fixture f;
    Bytes bytes = f.noiseProposal();
    bytes.resize(bytes.size() - 3);
    f.b.host.onBytes(f.raw, bytes, f.net.now);
    f.net.run(9s);
    EXPECT_TRUE(f.closeReason(f.raw).empty()) << "still waiting inside the 10 s budget";
    f.net.run(2s);
    const auto why = f.closeReason(f.raw);
    EXPECT_TRUE(mentions(why, "within 10 s")) << why;
    EXPECT_EQ(f.b.host.connectionCount(), 1u);
}

TEST(HostInput, HugeGarbageIsBoundedAndClosed)
{
    Fixture f;
    SeededRng rng(5);
    Bytes bytes = f.noiseProposal();
    f.b.host.onBytes(f.raw, bytes, f.net.now);
    for (int i = 0; i < 64 && f.closeReason(f.raw).empty(); ++i) {
        const Bytes chunk = rng.bytes(64 * 1024);
        f.b.host.onBytes(f.raw, chunk, f.net.now);
    }
    EXPECT_FALSE(f.closeReason(f.raw).empty());
    f.expectHealthy();
}

TEST(HostInput, GarbageAfterTheUpgradeClosesThatConnection)
{
    Network net(1ms);
    Node& a = net.add(41);
    Node& b = net.add(42);
    Node& c = net.add(43);
    Wire& ab = net.connect(a, b);
    net.connect(c, b);
    ASSERT_TRUE(net.runUntil([&] { return b.count<PeerIdentified>() == 2; }, 5s));
    Bytes junk{0x00, 0x30};
    junk.resize(2 + 0x30, 0x99);
    b.host.onBytes(ab.cb, junk, net.now); // not a valid noise transport frame
    net.run(100ms);
    ASSERT_EQ(b.count<PeerDisconnected>(), 1u);
    EXPECT_EQ(b.all<PeerDisconnected>().at(0).peer, a.host.localPeer());
    EXPECT_TRUE(mentions(b.all<PeerDisconnected>().at(0).reason, "noise")) << b.all<PeerDisconnected>().at(0).reason;
    EXPECT_EQ(a.count<PeerDisconnected>(), 1u) << "a sees its socket close";
    EXPECT_EQ(b.host.connectedPeers(), std::vector<PeerId>{c.host.localPeer()});
}

TEST(HostInput, IdentifyWithSomeoneElsesKeyClosesTheConnection)
{
    Fixture f;
    SeededRng rng(77);
    const auto other = crypto::PrivateKey::generateEd25519(rng);
    IdentifyInfo lie;
    lie.publicKey = other.publicKey().toProtobuf();
    auto h = f.a.host.openStream(f.b.host.localPeer(), {kIdentifyPushProtocol}, f.net.now);
    ASSERT_TRUE(h);
    ASSERT_TRUE(f.a.host.write(*h, encodeIdentifyMessage(lie), f.net.now));
    f.a.host.closeWrite(*h, f.net.now);
    ASSERT_TRUE(f.net.runUntil([&] { return f.b.count<PeerDisconnected>() > 0; }, 5s));
    EXPECT_TRUE(mentions(f.b.all<PeerDisconnected>().at(0).reason, "does not match"));
}

TEST(HostInput, GarbageIdentifyClosesTheConnection)
{
    Fixture f;
    auto h = f.a.host.openStream(f.b.host.localPeer(), {kIdentifyPushProtocol}, f.net.now);
    ASSERT_TRUE(h);
    const Bytes junk{0x05, 0xff, 0xff, 0xff, 0xff, 0xff};
    ASSERT_TRUE(f.a.host.write(*h, junk, f.net.now));
    f.a.host.closeWrite(*h, f.net.now);
    ASSERT_TRUE(f.net.runUntil([&] { return f.b.count<PeerDisconnected>() > 0; }, 5s));
    EXPECT_TRUE(mentions(f.b.all<PeerDisconnected>().at(0).reason, "identify")) << f.b.all<PeerDisconnected>().at(0).reason;
}

// Plays the dialer by hand up to an authenticated noise channel, then sends muxer garbage.
TEST(HostInput, GarbageInsideTheSecureChannel)
{
    for (const bool early : {true, false}) {
        Fixture f;
        SeededRng rng(88);
        const auto me = crypto::PrivateKey::generateEd25519(rng);
        auto ms = transport::MultistreamSelect::dialer({"/noise"});
        ms.start();
        SecureChannel sc(true, me, rng, early ? std::vector<std::string>{"/yamux/1.0.0"} : std::vector<std::string>{},
                         f.b.host.localPeer());
        f.b.host.onBytes(f.raw, ms.takeOutput(), f.net.now);
        bool started = false;
        for (int i = 0; i < 20 && !sc.established(); ++i) {
            Bytes in;
            while (auto t = f.b.host.pollOutput())
                if (t->connection == f.raw)
                    append(in, t->data);
            if (!started) {
                ms.onData(in);
                if (ms.state() != transport::MultistreamSelect::State::Done)
                    continue;
                started = true;
                ASSERT_TRUE(sc.start());
                in = ms.takeRemainder();
            }
            if (!in.empty()) {
                ASSERT_TRUE(sc.onData(in));
            }
            f.b.host.onBytes(f.raw, sc.takeOutput(), f.net.now);
        }
        ASSERT_TRUE(sc.established());
        // A yamux header with version 7: no muxer accepts it; without early negotiation it is
        // the muxer negotiation that sees garbage.
        ASSERT_TRUE(sc.send(Bytes{0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00}));
        f.b.host.onBytes(f.raw, sc.takeOutput(), f.net.now);
        const auto why = f.closeReason(f.raw);
        EXPECT_TRUE(mentions(why, early ? "muxer" : "muxer negotiation")) << why;
        EXPECT_EQ(f.b.all<PeerDisconnected>().size(), early ? 1u : 0u) << "PeerConnected only after a muxer";
        f.expectHealthy();
    }
}
