// IDONTWANT (gossipsub v1.2): sent to 1.2 mesh peers for messages at or above the threshold,
// honoured when received, bounded per heartbeat, ignored from older peers.
#include "routertestbuilder.h"

using namespace meshscope;
using namespace meshscope::gossipsub;
using namespace meshscope::gossipsub::test;

namespace {
const TopicId kTopic = "i";
const std::string kBig(2000, 'x');
} // namespace

TEST(IDontWant, sentToV12MeshPeersForLargeMessages)
{
    RouterHarness h;
    const auto v12 = h.addPeers(1, 3, {kTopic}, PubsubProtocol::Meshsub12);
    const auto v11 = h.addPeers(10, 2, {kTopic}, PubsubProtocol::Meshsub11);
    h.router->subscribe(kTopic, h.now);
    h.clearSent();
    h.send(v12[0], RouterHarness::message(kTopic, kBig));
    EXPECT_TRUE(h.idontwantIdsTo(v12[0]).empty()); // not to the sender
    EXPECT_EQ(h.idontwantIdsTo(v12[1]).size(), 1u);
    EXPECT_EQ(h.idontwantIdsTo(v12[2]).size(), 1u);
    EXPECT_TRUE(h.idontwantIdsTo(v11[0]).empty());
    EXPECT_EQ(h.router->counters().idontwantSent, 2u);
}

TEST(IDontWant, notSentBelowThreshold)
{
    RouterHarness h;
    const auto peers = h.addPeers(1, 3, {kTopic});
    h.router->subscribe(kTopic, h.now);
    h.clearSent();
    h.send(peers[0], RouterHarness::message(kTopic, std::string(100, 'y')));
    EXPECT_TRUE(h.idontwantIdsTo(peers[1]).empty());
}

TEST(IDontWant, receivedIdontwantSuppressesForwarding)
{
    RouterHarness h;
    const auto peers = h.addPeers(1, 3, {kTopic});
    h.router->subscribe(kTopic, h.now);
    pb::rpc::Message m;
    m.set_topic(kTopic);
    m.set_data(kBig);
    const auto id = computeMessageId(MsgIdFunction::Content, m);
    h.send(peers[1], RouterHarness::idontwant({id}));
    h.clearSent();
    h.send(peers[0], RouterHarness::message(kTopic, kBig));
    EXPECT_EQ(h.messagesTo(peers[1]), 0);
    EXPECT_EQ(h.messagesTo(peers[2]), 1);
}

TEST(IDontWant, receivedIdontwantSuppressesIWantReply)
{
    RouterHarness h;
    const auto peers = h.addPeers(1, 3, {kTopic});
    h.router->subscribe(kTopic, h.now);
    h.send(peers[0], RouterHarness::message(kTopic, "small"));
    const auto id = h.deliveries.at(0).id;
    h.send(peers[1], RouterHarness::idontwant({id}));
    h.clearSent();
    h.send(peers[1], RouterHarness::iwant({id}));
    EXPECT_EQ(h.messagesTo(peers[1]), 0);
}

TEST(IDontWant, ignoredFromV11Peers)
{
    RouterHarness h;
    const auto old = h.addPeer(1, {kTopic}, PubsubProtocol::Meshsub11);
    const auto src = h.addPeer(2, {kTopic});
    h.router->subscribe(kTopic, h.now);
    pb::rpc::Message m;
    m.set_topic(kTopic);
    m.set_data("z");
    h.send(old, RouterHarness::idontwant({computeMessageId(MsgIdFunction::Content, m)}));
    EXPECT_EQ(h.router->counters().idontwantReceived, 0u);
    h.clearSent();
    h.send(src, RouterHarness::message(kTopic, "z"));
    EXPECT_EQ(h.messagesTo(old), 1);
}

TEST(IDontWant, boundedPerHeartbeatAndExpires)
{
    Options o;
    o.params.maxIDontWantMessages = 100;
    RouterHarness h(o);
    const auto p = h.addPeer(1, {kTopic});
    h.router->subscribe(kTopic, h.now);
    std::vector<std::string> ids;
    for (int i = 0; i < 500; ++i)
        ids.push_back("id" + std::to_string(i));
    h.send(p, RouterHarness::idontwant(ids));
    EXPECT_EQ(h.router->counters().idontwantReceived, 100u);
    EXPECT_EQ(h.eventCount("IDONTWANT ids per heartbeat"), 1);
    h.heartbeat();
    h.send(p, RouterHarness::idontwant({"again"}));
    EXPECT_EQ(h.router->counters().idontwantReceived, 101u);
}
