// Floodsub peers: forwarded everything on their topics, never grafted, control ignored.
#include "routertestbuilder.h"

using namespace meshscope;
using namespace meshscope::gossipsub;
using namespace meshscope::gossipsub::test;

namespace {
const TopicId kTopic = "fs";
}

TEST(Floodsub, floodsubPeers_receiveForwardedMessagesWithoutMesh)
{
    RouterHarness h;
    const auto flood = h.addPeers(1, 3, {kTopic}, PubsubProtocol::Floodsub);
    const auto mesh = h.addPeers(10, 2, {kTopic});
    h.router->subscribe(kTopic, h.now);
    for (const auto& p : flood)
        EXPECT_FALSE(h.inMesh(kTopic, p));
    h.clearSent();
    h.send(mesh[0], RouterHarness::message(kTopic, "hi"));
    for (const auto& p : flood)
        EXPECT_EQ(h.messagesTo(p), 1);
}

TEST(Floodsub, floodsubPeers_receivePublishWithoutFloodPublish)
{
    Options o;
    o.params.floodPublish = false;
    RouterHarness h(o);
    const auto flood = h.addPeer(1, {kTopic}, PubsubProtocol::Floodsub);
    h.router->subscribe(kTopic, h.now);
    h.clearSent();
    ASSERT_TRUE(h.router->publish(kTopic, Bytes{1}, h.now));
    h.drain();
    EXPECT_EQ(h.messagesTo(flood), 1);
}

TEST(Floodsub, floodsubPeers_controlIgnoredAndNeverSentControl)
{
    RouterHarness h;
    const auto flood = h.addPeer(1, {kTopic}, PubsubProtocol::Floodsub);
    h.router->subscribe(kTopic, h.now);
    h.send(flood, RouterHarness::graft(kTopic));
    EXPECT_FALSE(h.inMesh(kTopic, flood));
    h.send(flood, RouterHarness::message(kTopic, "x"));
    h.advance(5s);
    for (const auto& rpc : h.sent[flood])
        EXPECT_FALSE(rpc.has_control());
    EXPECT_EQ(h.deliveries.size(), 1u);
}
