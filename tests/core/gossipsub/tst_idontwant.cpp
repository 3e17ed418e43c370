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

TEST(IDontWant, goesAheadOfEveryMessageInAnRpcOfItsOwn)
{
    RouterHarness h;
    const auto peers = h.addPeers(1, 4, { kTopic }, PubsubProtocol::Meshsub12);
    h.router->subscribe(kTopic, h.now);
    h.drain();
    h.router->pollOutgoing(); // the subscription hellos and GRAFTs
    ASSERT_TRUE(h.router->handleRpc(peers[0], RouterHarness::message(kTopic, kBig), h.now));
    const auto out = h.router->pollOutgoing();
    // Three mesh peers (not the sender) each get the IDONTWANT, then the message: every IDONTWANT
    // RPC comes before the first RPC carrying a message, and carries nothing else.
    std::size_t idontwants = 0, messages = 0;
    for (const auto& o : out) {
        if (o.rpc.has_control() && o.rpc.control().idontwant_size() > 0) {
            EXPECT_EQ(messages, 0u) << "an IDONTWANT queued behind a message";
            EXPECT_EQ(o.rpc.publish_size(), 0);
            EXPECT_TRUE(o.messages.empty());
            EXPECT_EQ(o.size, o.rpc.ByteSizeLong());
            ++idontwants;
        }
        if (o.rpc.publish_size() > 0 || !o.messages.empty()) {
            EXPECT_FALSE(o.rpc.has_control()) << "no empty control left on the message's RPC";
            ++messages;
        }
    }
    EXPECT_EQ(idontwants, 3u);
    EXPECT_EQ(messages, 3u);
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
