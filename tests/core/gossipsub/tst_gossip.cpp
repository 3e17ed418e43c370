// Gossip: IHAVE emission (Dlazy, gossip factor, history windows, gossip threshold), handleIHave
// and handleIWant with their budgets, and IWANT promise tracking.
#include "routertestbuilder.h"

using namespace meshscope;
using namespace meshscope::gossipsub;
using namespace meshscope::gossipsub::test;

namespace {
const TopicId kTopic = "g";

// A router subscribed to kTopic with `n` peers and one message received from a mesh peer.
struct GossipSetup {
    explicit GossipSetup(int n, Options o = {}) : h(o)
    {
        peers = h.addPeers(1, n, {kTopic});
        h.router->subscribe(kTopic, h.now);
        h.drain();
        const auto mesh = h.router->mesh(kTopic);
        h.send(mesh[0], RouterHarness::message(kTopic, "hello"));
        EXPECT_EQ(h.deliveries.size(), 1u);
        id = h.deliveries[0].id;
        h.clearSent();
    }
    RouterHarness h;
    std::vector<PeerId> peers;
    MessageId id;
};
} // namespace

TEST(Gossip, gossipPeerSelection_emitsIHaveToDlazyNonMeshPeers)
{
    GossipSetup s(20);
    s.h.heartbeat();
    int gossiped = 0;
    for (const auto& p : s.peers) {
        const auto ids = s.h.ihaveIdsTo(p);
        if (ids.empty())
            continue;
        EXPECT_FALSE(s.h.inMesh(kTopic, p));
        EXPECT_EQ(ids, std::vector<std::string>{s.id});
        ++gossiped;
    }
    EXPECT_EQ(gossiped, 6); // max(Dlazy 6, 0.25 * 14)
}

TEST(Gossip, gossipPeerSelection_usesGossipFactorWithManyPeers)
{
    GossipSetup s(50);
    s.h.heartbeat();
    int gossiped = 0;
    for (const auto& p : s.peers)
        gossiped += !s.h.ihaveIdsTo(p).empty();
    EXPECT_EQ(gossiped, 11); // int(0.25 * 44)
}

TEST(Gossip, gossipPeerSelection_skipsPeersBelowGossipThreshold)
{
    Options o;
    o.gates.gossipThreshold = -1;
    GossipSetup s(10, o);
    for (const auto& p : s.peers)
        if (!s.h.inMesh(kTopic, p))
            s.h.score.scores[p] = -2;
    s.h.heartbeat();
    for (const auto& p : s.peers)
        EXPECT_TRUE(s.h.ihaveIdsTo(p).empty());
}

TEST(Gossip, gossip_advertisesOnlyHistoryGossipWindows)
{
    GossipSetup s(20);
    for (int i = 0; i < 3; ++i) {
        s.h.clearSent();
        s.h.heartbeat();
        int gossiped = 0;
        for (const auto& p : s.peers)
            gossiped += !s.h.ihaveIdsTo(p).empty();
        EXPECT_EQ(gossiped, 6) << "heartbeat " << i;
    }
    s.h.clearSent();
    s.h.heartbeat();
    for (const auto& p : s.peers)
        EXPECT_TRUE(s.h.ihaveIdsTo(p).empty());
}

TEST(Gossip, handleIWant_servesCachedMessageUntilHistoryLength)
{
    GossipSetup s(10);
    const auto asker = s.peers.back();
    s.h.send(asker, RouterHarness::iwant({s.id}));
    EXPECT_EQ(s.h.messagesTo(asker), 1);
    for (int i = 0; i < 5; ++i)
        s.h.heartbeat();
    s.h.clearSent();
    s.h.send(asker, RouterHarness::iwant({s.id}));
    EXPECT_EQ(s.h.messagesTo(asker), 0);
}

TEST(Gossip, handleIWant_ignoresPeersBelowGossipThreshold)
{
    Options o;
    o.gates.gossipThreshold = -1;
    GossipSetup s(10, o);
    const auto asker = s.peers.back();
    s.h.score.scores[asker] = -5;
    s.h.send(asker, RouterHarness::iwant({s.id}));
    EXPECT_EQ(s.h.messagesTo(asker), 0);
}

TEST(Gossip, handleIWant_retransmissionLimitedToThree)
{
    GossipSetup s(10);
    const auto asker = s.peers.back();
    for (int i = 0; i < 6; ++i)
        s.h.send(asker, RouterHarness::iwant({s.id}));
    EXPECT_EQ(s.h.messagesTo(asker), 3);
    EXPECT_GE(s.h.eventCount("IWANT retransmission limit"), 1);
}

TEST(Gossip, handleIHave_requestsUnseenIdsOnly)
{
    GossipSetup s(10);
    const auto p = s.peers.back();
    s.h.send(p, RouterHarness::ihave(kTopic, {s.id, "new-1", "new-2"}));
    auto ids = s.h.iwantIdsTo(p);
    std::sort(ids.begin(), ids.end());
    EXPECT_EQ(ids, (std::vector<std::string>{"new-1", "new-2"}));
    EXPECT_EQ(s.h.router->promises().size(), 1u);
}

TEST(Gossip, handleIHave_ignoresTopicsWeAreNotIn)
{
    GossipSetup s(10);
    const auto p = s.peers.back();
    s.h.send(p, RouterHarness::ihave("other", {"x"}));
    EXPECT_TRUE(s.h.iwantIdsTo(p).empty());
}

TEST(Gossip, handleIHave_budgetOfMaxIHaveMessagesPerHeartbeat)
{
    GossipSetup s(10);
    const auto p = s.peers.back();
    for (int i = 0; i < 15; ++i)
        s.h.send(p, RouterHarness::ihave(kTopic, {"id-" + std::to_string(i)}));
    EXPECT_EQ(s.h.iwantIdsTo(p).size(), 10u);
    EXPECT_EQ(s.h.eventCount("IHAVE messages per heartbeat"), 5);
    s.h.heartbeat(); // budget resets
    s.h.clearSent();
    s.h.send(p, RouterHarness::ihave(kTopic, {"later"}));
    EXPECT_EQ(s.h.iwantIdsTo(p).size(), 1u);
}

TEST(Gossip, handleIHave_asksAtMostMaxIHaveLengthIdsPerHeartbeat)
{
    Options o;
    o.params.maxIHaveLength = 50;
    GossipSetup s(10, o);
    const auto p = s.peers.back();
    std::vector<std::string> ids;
    for (int i = 0; i < 80; ++i)
        ids.push_back("id-" + std::to_string(i));
    s.h.send(p, RouterHarness::ihave(kTopic, ids));
    s.h.send(p, RouterHarness::ihave(kTopic, {"more"}));
    EXPECT_EQ(s.h.iwantIdsTo(p).size(), 50u);
}

TEST(Gossip, promises_brokenPromiseIsPenalized)
{
    GossipSetup s(10);
    const auto p = s.peers.back();
    s.h.send(p, RouterHarness::ihave(kTopic, {"never-sent"}));
    s.h.advance(2s);
    EXPECT_EQ(s.h.score.penalties[p], 0);
    s.h.advance(2s);
    EXPECT_EQ(s.h.score.penalties[p], 1);
    EXPECT_EQ(s.h.router->promises().size(), 0u);
    EXPECT_EQ(s.h.eventCount("broken IWANT promise"), 1);
}

TEST(Gossip, promises_keptWhenMessageArrives)
{
    GossipSetup s(10);
    const auto p = s.peers.back();
    pb::rpc::Message m;
    m.set_topic(kTopic);
    m.set_data("promised");
    const auto id = computeMessageId(MsgIdFunction::Content, m);
    s.h.send(p, RouterHarness::ihave(kTopic, {id}));
    ASSERT_EQ(s.h.router->promises().size(), 1u);
    s.h.send(p, RouterHarness::message(kTopic, "promised"));
    s.h.advance(5s);
    EXPECT_EQ(s.h.score.penalties[p], 0);
}
