// GRAFT and PRUNE handling: nim-libp2p's handleGraft rules (direct peer, backoff, score, Dhi,
// outbound) and handlePrune (backoff obeyed and clamped), and the PRUNEs we send.
#include "routertestbuilder.h"

using namespace meshscope;
using namespace meshscope::gossipsub;
using namespace meshscope::gossipsub::test;

namespace {
const TopicId kTopic = "gp";
}

TEST(GraftPrune, handleGraft_acceptsIntoMesh)
{
    RouterHarness h;
    h.router->subscribe(kTopic, h.now);
    const auto p = h.addPeer(1, {kTopic});
    h.send(p, RouterHarness::graft(kTopic));
    EXPECT_TRUE(h.inMesh(kTopic, p));
    EXPECT_TRUE(h.prunesTo(p).empty());
    EXPECT_EQ(h.score.grafts[p], 1);
}

TEST(GraftPrune, handleGraft_unknownTopicIgnoredWithoutPrune)
{
    RouterHarness h;
    const auto p = h.addPeer(1, {kTopic});
    h.send(p, RouterHarness::graft("unknown"));
    EXPECT_TRUE(h.router->mesh("unknown").empty());
    EXPECT_TRUE(h.prunesTo(p).empty());
}

TEST(GraftPrune, handleGraft_directPeerIsPrunedWithoutPenalty)
{
    RouterHarness h;
    h.router->subscribe(kTopic, h.now);
    const auto p = peerOf(testKey(1));
    h.router->addDirectPeer(p);
    h.addPeer(1, {kTopic});
    h.send(p, RouterHarness::graft(kTopic));
    EXPECT_FALSE(h.inMesh(kTopic, p));
    ASSERT_EQ(h.prunesTo(p).size(), 1u);
    EXPECT_EQ(h.prunesTo(p)[0].peers_size(), 0);
    EXPECT_EQ(h.score.penalties[p], 0);
}

TEST(GraftPrune, handleGraft_negativeScoreIsPruned)
{
    RouterHarness h;
    h.router->subscribe(kTopic, h.now);
    const auto p = h.addPeer(1, {kTopic});
    h.score.scores[p] = -0.5;
    h.send(p, RouterHarness::graft(kTopic));
    EXPECT_FALSE(h.inMesh(kTopic, p));
    EXPECT_EQ(h.prunesTo(p).size(), 1u);
    EXPECT_TRUE(h.router->backoff().has(kTopic, p));
}

TEST(GraftPrune, handleGraft_meshAtDhiRefusesInboundPeer)
{
    RouterHarness h;
    h.router->subscribe(kTopic, h.now);
    const auto peers = h.addPeers(1, 12, {kTopic});
    for (const auto& p : peers)
        h.send(p, RouterHarness::graft(kTopic));
    ASSERT_EQ(h.router->mesh(kTopic).size(), 12u);
    const auto extra = h.addPeer(30, {kTopic});
    h.send(extra, RouterHarness::graft(kTopic));
    EXPECT_FALSE(h.inMesh(kTopic, extra));
    EXPECT_EQ(h.prunesTo(extra).size(), 1u);
}

TEST(GraftPrune, handleGraft_meshAtDhiAcceptsOutboundPeer)
{
    RouterHarness h;
    h.router->subscribe(kTopic, h.now);
    const auto peers = h.addPeers(1, 12, {kTopic});
    for (const auto& p : peers)
        h.send(p, RouterHarness::graft(kTopic));
    const auto out = h.addPeer(30, {kTopic}, PubsubProtocol::Meshsub12, true);
    h.send(out, RouterHarness::graft(kTopic));
    EXPECT_TRUE(h.inMesh(kTopic, out));
}

TEST(GraftPrune, handlePrune_removesFromMeshWithDefaultBackoff)
{
    RouterHarness h;
    const auto p = h.addPeer(1, {kTopic});
    h.router->subscribe(kTopic, h.now);
    ASSERT_TRUE(h.inMesh(kTopic, p));
    h.send(p, RouterHarness::prune(kTopic));
    EXPECT_FALSE(h.inMesh(kTopic, p));
    EXPECT_EQ(*h.router->backoff().expiry(kTopic, p), h.now + 60s);
}

TEST(GraftPrune, handlePrune_obeysPeerBackoff)
{
    RouterHarness h;
    const auto p = h.addPeer(1, {kTopic});
    h.router->subscribe(kTopic, h.now);
    h.send(p, RouterHarness::prune(kTopic, 120));
    EXPECT_EQ(*h.router->backoff().expiry(kTopic, p), h.now + 120s);
    h.advance(100s);
    EXPECT_FALSE(h.inMesh(kTopic, p)); // still backed off
    h.advance(30s);
    EXPECT_TRUE(h.inMesh(kTopic, p)); // regrafted after backoff and slack
}

TEST(GraftPrune, handlePrune_clampsBackoffToOneDay)
{
    RouterHarness h;
    const auto p = h.addPeer(1, {kTopic});
    h.router->subscribe(kTopic, h.now);
    h.send(p, RouterHarness::prune(kTopic, 1ull << 62));
    EXPECT_EQ(*h.router->backoff().expiry(kTopic, p), h.now + 24h);
}

TEST(GraftPrune, prune_sendsBackoffToV11PeersOnly)
{
    RouterHarness h;
    const auto v11 = h.addPeer(1, {kTopic}, PubsubProtocol::Meshsub11);
    const auto v10 = h.addPeer(2, {kTopic}, PubsubProtocol::Meshsub10);
    h.router->subscribe(kTopic, h.now);
    h.router->unsubscribe(kTopic, h.now);
    h.drain();
    ASSERT_EQ(h.prunesTo(v11).size(), 1u);
    EXPECT_EQ(h.prunesTo(v11)[0].backoff(), 10u); // unsubscribe backoff
    ASSERT_EQ(h.prunesTo(v10).size(), 1u);
    EXPECT_FALSE(h.prunesTo(v10)[0].has_backoff());
}

TEST(GraftPrune, unsubscribe_prunesMeshAndLeaves)
{
    RouterHarness h;
    const auto peers = h.addPeers(1, 5, {kTopic});
    h.router->subscribe(kTopic, h.now);
    h.router->unsubscribe(kTopic, h.now);
    h.drain();
    EXPECT_TRUE(h.router->mesh(kTopic).empty());
    for (const auto& p : peers) {
        EXPECT_EQ(*h.router->backoff().expiry(kTopic, p), h.now + 10s);
        bool unsub = false;
        for (const auto& rpc : h.sent[p])
            for (const auto& s : rpc.subscriptions())
                unsub |= !s.subscribe() && s.topicid() == kTopic;
        EXPECT_TRUE(unsub);
    }
    EXPECT_EQ(h.eventCount("leave gp"), 1);
}

TEST(GraftPrune, graftAndPrune_mergedIntoOneRpcPerPeer)
{
    RouterHarness h;
    const auto p = h.addPeer(1, {"a", "b"});
    h.router->subscribe("a", h.now);
    h.router->subscribe("b", h.now);
    h.clearSent();
    h.router->unsubscribe("a", h.now);
    h.router->subscribe("c", h.now);
    h.drain();
    EXPECT_EQ(h.sent[p].size(), 1u);
}
