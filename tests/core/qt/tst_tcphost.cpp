// TcpHost on real sockets: two hosts on 127.0.0.1 in one process, and a raw socket sending junk.
#include "core/qt/tcphost.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTcpSocket>

#include "tests/support/coreapp.h"

#include <gtest/gtest.h>

using namespace meshscope;
using namespace meshscope::coreqt;
using multiformats::Multiaddr;

namespace {
constexpr int kWaitMs = 10000; // upper bound on any wait; events normally arrive in milliseconds

class TcpHostTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        testsupport::ensureCoreApplication("tst_tcphost");
    }

    static std::unique_ptr<TcpHost> listening(host::HostConfig config = {})
    {
        auto h = std::make_unique<TcpHost>(std::move(config));
        const auto st = h->listen(Multiaddr::fromString("/ip4/127.0.0.1/tcp/0").value());
        EXPECT_TRUE(st) << (st ? "" : st.error().message);
        return h;
    }

    // Waits (event loop, no sleep) until `spy` holds at least `n` signals.
    static bool waitFor(QSignalSpy& spy, int n = 1)
    {
        for (int i = 0; i < 100 && spy.count() < n; ++i)
            spy.wait(kWaitMs / 100);
        return spy.count() >= n;
    }
};
} // namespace

TEST_F(TcpHostTest, ListenReportsActualAddressWithPeerId)
{
    auto h = listening();
    ASSERT_EQ(h->listenAddrs().size(), 1u);
    const auto a = h->listenAddrs()[0];
    EXPECT_EQ(a.peerId(), h->localPeer());
    ASSERT_TRUE(a.tcpEndpoint());
    EXPECT_NE(a.tcpEndpoint()->port, 0);
    EXPECT_EQ(a.tcpEndpoint()->host, "127.0.0.1");
    EXPECT_FALSE(h->listen(Multiaddr::fromString("/dns4/example.com/tcp/1").value()));
}

TEST_F(TcpHostTest, DialIdentifyPingStreamAndDisconnect)
{
    auto a = listening();
    auto b = listening();
    b->handle({"/test/echo/1.0.0"});
    QSignalSpy connectedA(a.get(), &TcpHost::peerConnected);
    QSignalSpy connectedB(b.get(), &TcpHost::peerConnected);
    QSignalSpy identifiedA(a.get(), &TcpHost::peerIdentified);
    QSignalSpy identifiedB(b.get(), &TcpHost::peerIdentified);
    a->dial(b->listenAddrs()[0]);
    ASSERT_TRUE(waitFor(identifiedA));
    ASSERT_TRUE(waitFor(identifiedB));
    ASSERT_EQ(connectedA.count(), 1);
    ASSERT_EQ(connectedB.count(), 1);
    const auto pc = connectedA.at(0).at(0).value<host::PeerConnected>();
    EXPECT_EQ(pc.peer, b->localPeer());
    EXPECT_EQ(pc.muxer, "/yamux/1.0.0");
    const auto id = identifiedA.at(0).at(0).value<host::PeerIdentified>();
    EXPECT_NE(std::find(id.protocols.begin(), id.protocols.end(), "/test/echo/1.0.0"), id.protocols.end());
    ASSERT_FALSE(id.listenAddrs.empty());
    EXPECT_EQ(id.listenAddrs[0], b->listenAddrs()[0].withoutPeerId());

    QSignalSpy pinged(a.get(), &TcpHost::pingMeasured);
    a->ping(b->localPeer());
    ASSERT_TRUE(waitFor(pinged));
    EXPECT_GT(pinged.at(0).at(0).value<host::PingRtt>().rtt.count(), 0);

    QSignalSpy opened(b.get(), &TcpHost::streamOpened);
    QSignalSpy data(b.get(), &TcpHost::streamData);
    auto s = a->openStream(b->localPeer(), {"/test/echo/1.0.0"});
    ASSERT_TRUE(s);
    EXPECT_TRUE(a->write(*s, asBytes("over tcp")));
    ASSERT_TRUE(waitFor(data));
    EXPECT_EQ(opened.at(0).at(0).value<host::StreamOpened>().protocol, "/test/echo/1.0.0");
    EXPECT_EQ(toString(data.at(0).at(0).value<host::StreamData>().data), "over tcp");

    QSignalSpy goneA(a.get(), &TcpHost::peerDisconnected);
    QSignalSpy goneB(b.get(), &TcpHost::peerDisconnected);
    a->disconnect(b->localPeer(), QStringLiteral("test over"));
    ASSERT_TRUE(waitFor(goneA));
    ASSERT_TRUE(waitFor(goneB));
    EXPECT_EQ(goneA.at(0).at(0).value<host::PeerDisconnected>().reason, "test over");
}

TEST_F(TcpHostTest, DialFailuresAreReported)
{
    auto a = listening();
    auto b = listening();
    auto c = listening();
    QSignalSpy failed(a.get(), &TcpHost::dialFailed);

    a->dial(b->listenAddrs()[0].withoutPeerId());
    ASSERT_EQ(failed.count(), 1);
    EXPECT_TRUE(failed.at(0).at(1).toString().contains(QStringLiteral("/p2p/")));

    // b's address with c's peer id: the noise handshake must refuse it.
    a->dial(b->listenAddrs()[0].withoutPeerId().withPeerId(c->localPeer()));
    ASSERT_TRUE(waitFor(failed, 2));
    EXPECT_TRUE(failed.at(1).at(1).toString().contains(QStringLiteral("mismatch"))) << failed.at(1).at(1).toString().toStdString();

    // A port nobody listens on.
    const auto port = c->listenAddrs()[0].tcpEndpoint()->port;
    c.reset();
    a->dial(Multiaddr::fromString("/ip4/127.0.0.1/tcp/" + std::to_string(port)).value().withPeerId(b->localPeer()));
    ASSERT_TRUE(waitFor(failed, 3));
}

TEST_F(TcpHostTest, GarbageFromARawSocketClosesOnlyThatConnection)
{
    auto a = listening();
    auto b = listening();
    QSignalSpy identified(a.get(), &TcpHost::peerIdentified);
    a->dial(b->listenAddrs()[0]);
    ASSERT_TRUE(waitFor(identified));

    QSignalSpy closed(b.get(), &TcpHost::connectionClosed);
    QTcpSocket raw;
    QSignalSpy rawGone(&raw, &QTcpSocket::disconnected);
    const auto ep = *b->listenAddrs()[0].tcpEndpoint();
    raw.connectToHost(QString::fromStdString(ep.host), ep.port);
    ASSERT_TRUE(raw.waitForConnected(kWaitMs));
    raw.write(QByteArray(200, '\xff'));
    ASSERT_TRUE(waitFor(closed));
    EXPECT_TRUE(closed.at(0).at(1).toString().contains(QStringLiteral("negotiation"))) << closed.at(0).at(1).toString().toStdString();
    ASSERT_TRUE(waitFor(rawGone));

    QSignalSpy pinged(a.get(), &TcpHost::pingMeasured);
    a->ping(b->localPeer());
    ASSERT_TRUE(waitFor(pinged));
}

TEST_F(TcpHostTest, ConnectionLimitRefusesExtraSockets)
{
    host::HostConfig one;
    one.maxConnections = 1;
    auto b = listening(one);
    QSignalSpy closed(b.get(), &TcpHost::connectionClosed);
    const auto ep = *b->listenAddrs()[0].tcpEndpoint();
    QTcpSocket first, second;
    QSignalSpy secondGone(&second, &QTcpSocket::disconnected);
    first.connectToHost(QString::fromStdString(ep.host), ep.port);
    ASSERT_TRUE(first.waitForConnected(kWaitMs));
    second.connectToHost(QString::fromStdString(ep.host), ep.port);
    ASSERT_TRUE(second.waitForConnected(kWaitMs));
    ASSERT_TRUE(waitFor(secondGone));
    ASSERT_TRUE(waitFor(closed));
    EXPECT_TRUE(closed.at(0).at(1).toString().contains(QStringLiteral("limit")));
    EXPECT_EQ(first.state(), QAbstractSocket::ConnectedState);
}

TEST_F(TcpHostTest, Ipv6LoopbackWhenAvailable)
{
    auto a = listening();
    auto b = std::make_unique<TcpHost>(host::HostConfig{});
    if (!b->listen(Multiaddr::fromString("/ip6/::1/tcp/0").value()))
        GTEST_SKIP() << "no IPv6 loopback on this machine";
    EXPECT_TRUE(b->listenAddrs()[0].toString().rfind("/ip6/::1/tcp/", 0) == 0) << b->listenAddrs()[0].toString();
    QSignalSpy connected(b.get(), &TcpHost::peerConnected);
    a->dial(b->listenAddrs()[0]);
    ASSERT_TRUE(waitFor(connected));
    EXPECT_EQ(connected.at(0).at(0).value<host::PeerConnected>().remoteAddr.toString().rfind("/ip6/::1/tcp/", 0), 0u);
}
