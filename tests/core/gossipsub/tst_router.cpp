// Router-wide behaviour: live parameter changes, direct peers, state snapshots, counters.
#include "routertestbuilder.h"

using namespace meshscope;
using namespace meshscope::gossipsub;
using namespace meshscope::gossipsub::test;

namespace {
const TopicId kTopic = "r";
}

TEST(Router, setParams_appliesLiveAndRefusesInvalid)
{
    RouterHarness h;
    h.addPeers(1, 10, {kTopic});
    h.router->subscribe(kTopic, h.now);
    ASSERT_EQ(h.router->mesh(kTopic).size(), 6u);
    auto p = h.router->params();
    p.D = 3;
    p.Dlo = 2;
    p.Dhi = 4;
    p.Dscore = 2;
    p.Dout = 1;
    ASSERT_TRUE(h.router->setParams(p));
    h.heartbeat();
    EXPECT_EQ(h.router->mesh(kTopic).size(), 3u);
    auto bad = p;
    bad.Dlo = 10;
    EXPECT_FALSE(h.router->setParams(bad));
    EXPECT_EQ(h.router->params().Dlo, 2);
}

TEST(Router, directPeers_neverGraftedAndRedialedEveryDirectConnectTicks)
{
    Options o;
    o.params.directConnectTicks = 5;
    RouterHarness h(o);
    const auto direct = peerOf(testKey(7));
    h.router->addDirectPeer(direct);
    h.addPeers(1, 3, {kTopic});
    h.router->subscribe(kTopic, h.now);
    for (int i = 0; i < 5; ++i)
        h.heartbeat();
    EXPECT_EQ(h.eventCount("direct_connect"), 1);
    h.addPeer(7, {kTopic});
    for (int i = 0; i < 5; ++i)
        h.heartbeat();
    EXPECT_EQ(h.eventCount("direct_connect"), 1); // connected now
    EXPECT_FALSE(h.inMesh(kTopic, direct));
}

TEST(Router, state_reportsTopicsPeersPromisesAndCounters)
{
    RouterHarness h;
    const auto peers = h.addPeers(1, 10, {kTopic});
    h.router->subscribe(kTopic, h.now);
    h.send(peers[9], RouterHarness::ihave(kTopic, {"want"}));
    const auto st = h.router->state(h.now);
    ASSERT_EQ(st.topics.size(), 1u);
    EXPECT_TRUE(st.topics[0].subscribed);
    EXPECT_EQ(st.topics[0].mesh.size(), 6u);
    EXPECT_EQ(st.topics[0].peers.size(), 10u);
    EXPECT_EQ(st.topics[0].gossipEligible.size(), 4u);
    EXPECT_EQ(st.peers.size(), 10u);
    ASSERT_EQ(st.promises.size(), 1u);
    EXPECT_EQ(st.promises[0].id, "want");
    EXPECT_EQ(st.counters.graftSent, 6u);
    EXPECT_EQ(st.counters.iwantSent, 1u);
    EXPECT_EQ(st.counters.ihaveReceived, 1u);
}

TEST(Router, peerTags_stampEveryRpcToThatPeerAndNoOther)
{
    RouterHarness h;
    const auto peers = h.addPeers(1, 3, { kTopic });
    h.router->setPeerTag(h.router->peerRef(peers[0]), 7);
    h.router->setPeerTag(h.router->peerRef(peers[2]), 9);
    h.router->setPeerTag(h.router->peerRef(peers[2]), 4); // a new number replaces the old one
    h.router->subscribe(kTopic, h.now); // a subscription and a GRAFT to each
    const auto out = h.router->pollOutgoing();
    ASSERT_EQ(out.size(), 3u);
    for (const auto& o : out)
        EXPECT_EQ(o.tag, o.peer == peers[0] ? 7u : o.peer == peers[2] ? 4u : OutgoingRpc::kNoTag);
}

TEST(Router, rpcFromUnknownPeer_isAnError)
{
    RouterHarness h;
    const auto stranger = peerOf(testKey(9));
    EXPECT_FALSE(h.router->handleRpc(stranger, RouterHarness::graft(kTopic), h.now));
}

TEST(Router, events_describeIsStable)
{
    RouterHarness h;
    const auto p = h.addPeer(1, {kTopic});
    h.router->subscribe(kTopic, h.now);
    h.drain();
    bool graft = false;
    for (const auto& e : h.events) {
        const auto line = describe(e);
        EXPECT_EQ(line.rfind(std::to_string(toNanos(h.now)) + " ", 0), 0u) << line;
        graft |= line.find("graft " + toHex(p.bytes()) + " r") != std::string::npos;
    }
    EXPECT_TRUE(graft);
}
