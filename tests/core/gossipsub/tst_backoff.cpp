// Backoff: the Backoff store (extend, expire with slack), GRAFT during backoff and the GRAFT
// flood penalty, and no re-GRAFT while backed off.
#include "routertestbuilder.h"

using namespace meshscope;
using namespace meshscope::gossipsub;
using namespace meshscope::gossipsub::test;

namespace {
const TopicId kTopic = "b";
}

TEST(Backoff, store_extendsNeverShortensAndExpiresAfterSlack)
{
    Backoff b;
    const auto p = peerOf(testKey(1));
    const auto t0 = fromNanos(0);
    b.add(kTopic, p, t0 + 10s);
    b.add(kTopic, p, t0 + 5s);
    EXPECT_EQ(*b.expiry(kTopic, p), t0 + 10s);
    EXPECT_TRUE(b.active(kTopic, p, t0 + 9s));
    EXPECT_FALSE(b.active(kTopic, p, t0 + 10s));
    b.expire(t0 + 10s, 1s);
    EXPECT_TRUE(b.has(kTopic, p)); // within slack
    b.expire(t0 + 11s, 1s);
    EXPECT_FALSE(b.has(kTopic, p));
}

TEST(Backoff, graftDuringBackoff_penalizedOnce)
{
    RouterHarness h;
    const auto p = h.addPeer(1, {kTopic});
    h.router->subscribe(kTopic, h.now);
    h.send(p, RouterHarness::prune(kTopic)); // peer pruned us: 60 s backoff
    h.advance(20s);                           // past the 10 s flood threshold
    h.clearSent();
    h.send(p, RouterHarness::graft(kTopic));
    EXPECT_FALSE(h.inMesh(kTopic, p));
    EXPECT_EQ(h.score.penalties[p], 1);
    EXPECT_EQ(h.prunesTo(p).size(), 1u);
}

TEST(Backoff, graftFlood_penalizedTwice)
{
    RouterHarness h;
    const auto p = h.addPeer(1, {kTopic});
    h.router->subscribe(kTopic, h.now);
    h.send(p, RouterHarness::prune(kTopic));
    h.advance(1s); // within graftFloodThreshold
    h.send(p, RouterHarness::graft(kTopic));
    EXPECT_EQ(h.score.penalties[p], 2);
    EXPECT_EQ(h.eventCount("GRAFT flood"), 1);
}

TEST(Backoff, noRegraftWhileBackedOff)
{
    RouterHarness h;
    const auto peers = h.addPeers(1, 3, {kTopic});
    h.router->subscribe(kTopic, h.now);
    h.send(peers[0], RouterHarness::prune(kTopic));
    h.advance(59s);
    EXPECT_FALSE(h.inMesh(kTopic, peers[0]));
    h.advance(3s);
    EXPECT_TRUE(h.inMesh(kTopic, peers[0]));
}

TEST(Backoff, state_listsBackoffsWithExpiry)
{
    RouterHarness h;
    const auto p = h.addPeer(1, {kTopic});
    h.router->subscribe(kTopic, h.now);
    h.send(p, RouterHarness::prune(kTopic, 30));
    const auto st = h.router->state(h.now);
    ASSERT_EQ(st.backoffs.size(), 1u);
    EXPECT_EQ(st.backoffs[0].peer, p);
    EXPECT_EQ(st.backoffs[0].expires, h.now + 30s);
}
