// Node: host + router over in-memory connections on virtual time.
#include "nodenet.h"

#include "core/gossipsub/peerrecord.h"

#include <gtest/gtest.h>

#include <set>

using namespace meshscope;
using namespace meshscope::node;
using namespace meshscope::node::testing;
using namespace std::chrono_literals;

namespace {

bool inMesh(TestNode& n, const std::string& topic, const host::PeerId& peer)
{
    for (const auto& p : n.node.router().mesh(topic))
        if (p == peer)
            return true;
    return false;
}

std::set<std::string> deliveredIds(const TestNode& n)
{
    std::set<std::string> ids;
    for (const auto& d : n.deliveries)
        ids.insert(d.id);
    return ids;
}

gossipsub::PubsubProtocol protocolAt(TestNode& n, const host::PeerId& peer)
{
    for (const auto& p : n.node.router().state(fromNanos(0)).peers)
        if (p.peer == peer)
            return p.protocol;
    return gossipsub::PubsubProtocol::Floodsub;
}

} // namespace

TEST(Node, IdentifyListsExactlyThePubsubProtocolsServed)
{
    NodeNet net;
    auto cfg = testConfig();
    cfg.protocols = {gossipsub::PubsubProtocol::Meshsub11};
    auto& a = net.add(1, cfg);
    auto& b = net.add(2);
    net.connect(a, b);
    ASSERT_TRUE(net.runUntil([&] { return b.node.hasPubsubPeer(a.host.localPeer()) && a.node.hasPubsubPeer(b.host.localPeer()); }, 5s));
    std::vector<std::string> protocolsOfA;
    for (const auto& e : b.hostEvents)
        if (auto* id = std::get_if<host::PeerIdentified>(&e))
            protocolsOfA = id->protocols;
    EXPECT_NE(std::find(protocolsOfA.begin(), protocolsOfA.end(), "/meshsub/1.1.0"), protocolsOfA.end());
    EXPECT_EQ(std::find(protocolsOfA.begin(), protocolsOfA.end(), "/meshsub/1.2.0"), protocolsOfA.end());
    EXPECT_EQ(std::find(protocolsOfA.begin(), protocolsOfA.end(), "/floodsub/1.0.0"), protocolsOfA.end());
    // Both sides settle on the only common version, each with one outbound stream.
    EXPECT_EQ(protocolAt(b, a.host.localPeer()), gossipsub::PubsubProtocol::Meshsub11);
    EXPECT_EQ(protocolAt(a, b.host.localPeer()), gossipsub::PubsubProtocol::Meshsub11);
}

TEST(Node, TwoNodesFormAMeshBothWaysAndDeliverOnce)
{
    NodeNet net;
    auto& a = net.add(1);
    auto& b = net.add(2);
    a.node.subscribe("t", net.now);
    b.node.subscribe("t", net.now);
    net.connect(a, b);
    ASSERT_TRUE(net.runUntil([&] { return inMesh(a, "t", b.host.localPeer()) && inMesh(b, "t", a.host.localPeer()); }, 10s));
    EXPECT_GE(a.count<gossipsub::EvGraft>(), 1u);
    EXPECT_GE(b.count<gossipsub::EvGraft>(), 1u);
    EXPECT_EQ(protocolAt(a, b.host.localPeer()), gossipsub::PubsubProtocol::Meshsub12);

    ASSERT_TRUE(a.node.publish("t", toBytes("hello"), net.now));
    net.run(2s);
    ASSERT_EQ(b.deliveries.size(), 1u);
    EXPECT_EQ(b.deliveries[0].message->data(), "hello");
    EXPECT_EQ(b.deliveries[0].from, a.host.localPeer());
    EXPECT_FALSE(b.deliveries[0].message->signature().empty()); // strict sign with the host identity
    EXPECT_TRUE(a.deliveries.empty()); // our own messages are not delivered back

    // Traffic counters and a snapshot show the peer.
    const auto& t = a.node.traffic().at(b.host.localPeer());
    EXPECT_GT(t.bytesOut, 0u);
    EXPECT_GE(t.messagesOut, 1u);
    EXPECT_GT(t.rpcsIn, 0u);
    const auto snap = a.node.snapshot(net.now, 1, 0, {});
    const auto* peer = snap.findPeer(b.host.localPeer().toBase58());
    ASSERT_NE(peer, nullptr);
    EXPECT_EQ(peer->direction, trace::PeerDirection::Outbound);
    EXPECT_EQ(peer->pubsubProtocol, "/meshsub/1.2.0");
    EXPECT_GT(peer->bytesOut, 0u);
    const auto* topic = snap.findTopic("t");
    ASSERT_NE(topic, nullptr);
    EXPECT_EQ(topic->mesh.size(), 1u);
}

TEST(Node, ThreeNodesEveryMessageReachesEveryNodeExactlyOnce)
{
    NodeNet net;
    auto& a = net.add(1);
    auto& b = net.add(2);
    auto& c = net.add(3);
    for (auto* n : {&a, &b, &c})
        n->node.subscribe("t", net.now);
    net.connect(a, b);
    net.connect(b, c);
    net.connect(c, a);
    ASSERT_TRUE(net.runUntil([&] {
        return a.node.router().mesh("t").size() == 2 && b.node.router().mesh("t").size() == 2
            && c.node.router().mesh("t").size() == 2;
    }, 10s));
    for (int i = 0; i < 20; ++i) {
        auto* from = i % 3 == 0 ? &a : (i % 3 == 1 ? &b : &c);
        ASSERT_TRUE(from->node.publish("t", toBytes("m" + std::to_string(i)), net.now));
        net.run(50ms);
    }
    net.run(3s);
    // a published 7 (i = 0, 3, ..., 18), b 7, c 6.
    EXPECT_EQ(a.deliveries.size(), 13u);
    EXPECT_EQ(b.deliveries.size(), 13u);
    EXPECT_EQ(c.deliveries.size(), 14u);
    EXPECT_EQ(deliveredIds(a).size(), a.deliveries.size());
    EXPECT_EQ(deliveredIds(c).size(), c.deliveries.size());
}

TEST(Node, StrictNoSignWithContentIdsOverMplex)
{
    NodeNet net;
    auto cfg = testConfig();
    cfg.signPolicy = gossipsub::SignPolicy::StrictNoSign;
    cfg.msgId = gossipsub::MsgIdFunction::Content;
    host::HostConfig hc;
    hc.muxers = {host::kMplexProtocol};
    auto& a = net.add(1, cfg, hc);
    auto& b = net.add(2, cfg, hc);
    a.node.subscribe("t", net.now);
    b.node.subscribe("t", net.now);
    net.connect(a, b);
    ASSERT_TRUE(net.runUntil([&] { return inMesh(a, "t", b.host.localPeer()) && inMesh(b, "t", a.host.localPeer()); }, 10s));
    bool mplex = false;
    for (const auto& e : a.hostEvents)
        if (auto* pc = std::get_if<host::PeerConnected>(&e))
            mplex = pc->muxer == host::kMplexProtocol;
    EXPECT_TRUE(mplex);
    for (int i = 0; i < 10; ++i)
        ASSERT_TRUE(b.node.publish("t", toBytes("payload " + std::to_string(i)), net.now));
    // The same content again has the same id: not delivered twice.
    (void)b.node.publish("t", toBytes("payload 0"), net.now);
    net.run(2s);
    ASSERT_EQ(a.deliveries.size(), 10u);
    for (const auto& d : a.deliveries) {
        EXPECT_FALSE(d.message->has_signature());
        EXPECT_FALSE(d.message->has_from());
        EXPECT_FALSE(d.message->has_seqno());
        EXPECT_EQ(d.id, gossipsub::sha256(d.message->data()));
    }
}

TEST(Node, DisconnectRemovesThePeerFromTheRouter)
{
    NodeNet net;
    auto& a = net.add(1);
    auto& b = net.add(2);
    a.node.subscribe("t", net.now);
    b.node.subscribe("t", net.now);
    net.connect(a, b);
    ASSERT_TRUE(net.runUntil([&] { return inMesh(a, "t", b.host.localPeer()); }, 10s));
    a.host.disconnect(b.host.localPeer(), "test", net.now);
    ASSERT_TRUE(net.runUntil([&] {
        return !a.node.hasPubsubPeer(b.host.localPeer()) && !b.node.hasPubsubPeer(a.host.localPeer());
    }, 5s));
    EXPECT_TRUE(a.node.router().mesh("t").empty());
    EXPECT_TRUE(b.node.router().mesh("t").empty());
    EXPECT_GE(a.count<gossipsub::EvRemovePeer>(), 1u);
    EXPECT_TRUE(a.node.traffic().empty());
}

namespace {

// Opens a raw pubsub stream from `from` to `to` (beside the node's own) and returns its handle.
std::optional<host::StreamHandle> rawStream(NodeNet& net, TestNode& from, TestNode& to)
{
    auto h = from.host.openStream(to.host.localPeer(), {"/meshsub/1.1.0"}, net.now);
    if (!h)
        return std::nullopt;
    const bool ok = net.runUntil([&] {
        for (const auto& e : from.hostEvents)
            if (auto* so = std::get_if<host::StreamOpened>(&e); so && so->handle == *h)
                return true;
        return false;
    }, 2s);
    return ok ? h : std::nullopt;
}

} // namespace

TEST(Node, HostileFramesDropTheStreamThenThePeerWhileHonestTrafficContinues)
{
    NodeNet net;
    auto& victim = net.add(1);
    auto& honest = net.add(2);
    auto& attacker = net.add(3);
    for (auto* n : {&victim, &honest, &attacker})
        n->node.subscribe("t", net.now);
    net.connect(honest, victim);
    net.connect(attacker, victim);
    ASSERT_TRUE(net.runUntil([&] { return victim.node.router().mesh("t").size() == 2; }, 10s));

    // 1. An oversized length prefix (2 MiB > 1 MiB limit): refused before any allocation.
    auto s1 = rawStream(net, attacker, victim);
    ASSERT_TRUE(s1);
    attacker.host.write(*s1, Bytes{0x80, 0x80, 0x80, 0x01}, net.now);
    net.run(100ms);
    EXPECT_EQ(victim.node.badFrames(), 1u);

    // 2. A frame that is not protobuf.
    auto s2 = rawStream(net, attacker, victim);
    ASSERT_TRUE(s2);
    attacker.host.write(*s2, Bytes{0x04, 0xff, 0xff, 0xff, 0xff}, net.now);
    net.run(100ms);
    EXPECT_EQ(victim.node.badFrames(), 2u);
    EXPECT_TRUE(victim.node.hasPubsubPeer(attacker.host.localPeer()));

    // 3. A length prefix that never ends: the third bad frame disconnects the peer.
    auto s3 = rawStream(net, attacker, victim);
    ASSERT_TRUE(s3);
    attacker.host.write(*s3, Bytes(12, 0xff), net.now);
    ASSERT_TRUE(net.runUntil([&] { return !victim.node.hasPubsubPeer(attacker.host.localPeer()); }, 5s));
    EXPECT_EQ(victim.node.badFrames(), 3u);

    // Honest traffic continues.
    ASSERT_TRUE(honest.node.publish("t", toBytes("still here"), net.now));
    net.run(1s);
    ASSERT_EQ(victim.deliveredOn("t"), 1u);
    EXPECT_EQ(victim.deliveries.back().message->data(), "still here");
}

TEST(Node, ManyOutputsPerPeerStayOnOneOutboundStream)
{
    NodeNet net;
    auto& a = net.add(1);
    auto& b = net.add(2);
    a.node.subscribe("t", net.now);
    b.node.subscribe("t", net.now);
    net.connect(a, b);
    ASSERT_TRUE(net.runUntil([&] { return inMesh(a, "t", b.host.localPeer()); }, 10s));
    std::size_t outboundPubsub = 0;
    for (const auto& e : a.hostEvents)
        if (auto* so = std::get_if<host::StreamOpened>(&e); so && so->direction == host::Direction::Outbound)
            ++outboundPubsub;
    EXPECT_EQ(outboundPubsub, 1u);
    for (int i = 0; i < 200; ++i)
        ASSERT_TRUE(a.node.publish("t", toBytes("x" + std::to_string(i)), net.now));
    net.run(2s);
    EXPECT_EQ(b.deliveries.size(), 200u);
}

TEST(Node, LosingOurOutboundStreamRemovesThePeerOnlyOnThatSide)
{
    NodeNet net;
    auto& a = net.add(1);
    auto& b = net.add(2);
    a.node.subscribe("t", net.now);
    b.node.subscribe("t", net.now);
    net.connect(a, b);
    ASSERT_TRUE(net.runUntil([&] { return inMesh(a, "t", b.host.localPeer()) && inMesh(b, "t", a.host.localPeer()); }, 10s));
    // b resets the stream a opened to it: a loses its way to send, so b leaves a's router.
    std::optional<host::StreamHandle> inboundAtB;
    for (const auto& e : b.hostEvents)
        if (auto* so = std::get_if<host::StreamOpened>(&e); so && so->direction == host::Direction::Inbound)
            inboundAtB = so->handle;
    ASSERT_TRUE(inboundAtB);
    b.host.reset(*inboundAtB, net.now);
    ASSERT_TRUE(net.runUntil([&] { return !a.node.hasPubsubPeer(b.host.localPeer()); }, 5s));
    EXPECT_TRUE(a.node.router().mesh("t").empty());
    EXPECT_TRUE(b.node.hasPubsubPeer(a.host.localPeer())); // b can still send to a
    EXPECT_EQ(a.host.connectedPeers().size(), 1u);        // the connection stays
}

TEST(Node, VerifiedPxRecordsBecomeDialRequests)
{
    NodeNet net;
    auto& a = net.add(1);
    auto& b = net.add(2);
    a.node.subscribe("t", net.now);
    b.node.subscribe("t", net.now);
    net.connect(a, b);
    ASSERT_TRUE(net.runUntil([&] { return inMesh(a, "t", b.host.localPeer()) && inMesh(b, "t", a.host.localPeer()); }, 10s));
    (void)a.node.pollDialRequests();

    // b prunes a and offers c (signed record) and d (record signed by someone else: refused).
    SeededRng rng(9);
    host::Host c(host::HostConfig{}, rng);
    host::Host d(host::HostConfig{}, rng);
    const auto addrC = multiformats::Multiaddr::fromString("/ip4/10.9.9.9/tcp/4001").value();
    pb::rpc::RPC rpc;
    auto* prune = rpc.mutable_control()->add_prune();
    prune->set_topicid("t");
    prune->set_backoff(60);
    auto* pc = prune->add_peers();
    pc->set_peerid(std::string(c.localPeer().bytes().begin(), c.localPeer().bytes().end()));
    const Bytes recC = gossipsub::makeSignedPeerRecord(c.identity(), 1, {addrC.bytes()});
    pc->set_signedpeerrecord(std::string(recC.begin(), recC.end()));
    auto* pd = prune->add_peers();
    pd->set_peerid(std::string(d.localPeer().bytes().begin(), d.localPeer().bytes().end()));
    pd->set_signedpeerrecord(std::string(recC.begin(), recC.end())); // c's record claimed for d
    ASSERT_TRUE(b.node.sendRaw(a.host.localPeer(), rpc, net.now));
    net.run(500ms);
    EXPECT_FALSE(inMesh(a, "t", b.host.localPeer()));
    const auto dials = a.node.pollDialRequests();
    ASSERT_EQ(dials.size(), 1u);
    EXPECT_EQ(dials[0].peer, c.localPeer());
    EXPECT_EQ(dials[0].why, "px");
    ASSERT_EQ(dials[0].addrs.size(), 1u);
    EXPECT_EQ(dials[0].addrs[0], addrC.withPeerId(c.localPeer()));
}
