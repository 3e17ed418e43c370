// Fanout: publishing to topics we are not subscribed to, TTL drop and replenishment.
#include "routertestbuilder.h"

using namespace meshscope;
using namespace meshscope::gossipsub;
using namespace meshscope::gossipsub::test;

namespace {
const TopicId kTopic = "f";

Options noFlood()
{
    Options o;
    o.params.floodPublish = false;
    return o;
}
} // namespace

TEST(Fanout, publish_toUnsubscribedTopicUsesDFanoutPeers)
{
    RouterHarness h(noFlood());
    const auto peers = h.addPeers(1, 10, {kTopic});
    ASSERT_TRUE(h.router->publish(kTopic, Bytes{1, 2, 3}, h.now));
    h.drain();
    int got = 0;
    for (const auto& p : peers)
        got += h.messagesTo(p);
    EXPECT_EQ(got, 6);
    EXPECT_EQ(h.router->fanout(kTopic).size(), 6u);
}

TEST(Fanout, fanoutDrop_afterFanoutTTL)
{
    RouterHarness h(noFlood());
    h.addPeers(1, 10, {kTopic});
    ASSERT_TRUE(h.router->publish(kTopic, Bytes{1}, h.now));
    h.advance(30s);
    EXPECT_EQ(h.router->fanout(kTopic).size(), 6u);
    h.advance(31s);
    EXPECT_TRUE(h.router->fanout(kTopic).empty());
}

TEST(Fanout, fanoutReplenish_atHeartbeat)
{
    RouterHarness h(noFlood());
    h.addPeers(1, 10, {kTopic});
    ASSERT_TRUE(h.router->publish(kTopic, Bytes{1}, h.now));
    const auto fanout = h.router->fanout(kTopic);
    h.router->removePeer(fanout[0], h.now);
    h.router->removePeer(fanout[1], h.now);
    EXPECT_EQ(h.router->fanout(kTopic).size(), 4u);
    h.heartbeat();
    EXPECT_EQ(h.router->fanout(kTopic).size(), 6u);
}

TEST(Fanout, fanout_excludesPeersBelowPublishThreshold)
{
    Options o = noFlood();
    o.gates.publishThreshold = -5;
    RouterHarness h(o);
    const auto peers = h.addPeers(1, 8, {kTopic});
    for (int i = 0; i < 4; ++i)
        h.score.scores[peers[static_cast<std::size_t>(i)]] = -10;
    ASSERT_TRUE(h.router->publish(kTopic, Bytes{1}, h.now));
    for (const auto& p : h.router->fanout(kTopic))
        EXPECT_GE(h.score.scores[p], -5);
    EXPECT_EQ(h.router->fanout(kTopic).size(), 4u);
}

TEST(Fanout, join_startsFromFanoutPeers)
{
    RouterHarness h(noFlood());
    h.addPeers(1, 12, {kTopic});
    ASSERT_TRUE(h.router->publish(kTopic, Bytes{1}, h.now));
    const auto fanout = h.router->fanout(kTopic);
    h.router->subscribe(kTopic, h.now);
    auto mesh = h.router->mesh(kTopic);
    std::sort(mesh.begin(), mesh.end());
    EXPECT_EQ(mesh, fanout);
    EXPECT_TRUE(h.router->fanout(kTopic).empty());
}
