// RouterConfig::shareMessages: outgoing messages stay shared objects (the simulator's mode). The
// RPCs are the same as the copied ones byte for byte, and a receiving router keeps the very object.
#include "core/gossipsub/router.h"

#include <gtest/gtest.h>

using namespace meshscope;
using namespace meshscope::gossipsub;

namespace {

struct Pair {
    explicit Pair(bool share)
    {
        for (int i = 0; i < 2; ++i) {
            RouterConfig config;
            config.self = ids[i];
            config.signPolicy = SignPolicy::StrictNoSign;
            config.msgId = MsgIdFunction::Content;
            config.shareMessages = share;
            routers[i] = std::make_unique<Router>(config, GossipsubParams {}, rngs[i], now);
        }
        routers[0]->addPeer(ids[1], PubsubProtocol::Meshsub12, true, "10.0.0.2", now);
        routers[1]->addPeer(ids[0], PubsubProtocol::Meshsub12, false, "10.0.0.1", now);
        for (auto& r : routers)
            r->subscribe("t", now);
        exchange();
    }
    // Delivers every pending RPC both ways until quiet; returns what router 0 sent.
    std::vector<OutgoingRpc> exchange()
    {
        std::vector<OutgoingRpc> sentBy0;
        for (int round = 0; round < 4; ++round)
            for (int i = 0; i < 2; ++i)
                for (auto& out : routers[i]->pollOutgoing()) {
                    EXPECT_TRUE(routers[1 - i]->handleRpc(ids[i], out.rpc, out.messages, now));
                    if (i == 0)
                        sentBy0.push_back(std::move(out));
                }
        return sentBy0;
    }
    PeerId ids[2] = { PeerId::fromPublicKey(Bytes(36, 1)), PeerId::fromPublicKey(Bytes(36, 2)) };
    SeededRng rngs[2] = { SeededRng(1), SeededRng(2) };
    TimePoint now = fromNanos(1'000'000'000);
    std::unique_ptr<Router> routers[2];
};

// The RPC as a caller without shareMessages gets it: every message in the publish list.
std::string materialised(const OutgoingRpc& out)
{
    pb::rpc::RPC rpc = out.rpc;
    for (const auto& m : out.messages)
        *rpc.add_publish() = *m;
    return rpc.SerializeAsString();
}

} // namespace

TEST(SharedMessages, SameBytesAsCopiedAndNoCopyOnReceipt)
{
    Pair shared(true), copied(false);
    for (Pair* p : { &shared, &copied })
        ASSERT_TRUE(p->routers[0]->publish("t", Bytes(2000, 0x5a), p->now));
    const auto a = shared.exchange();
    const auto b = copied.exchange();
    ASSERT_EQ(a.size(), b.size());
    ASSERT_FALSE(a.empty());
    std::size_t messages = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_TRUE(b[i].messages.empty()) << "without shareMessages every message is in the RPC";
        EXPECT_EQ(a[i].rpc.publish_size(), 0);
        EXPECT_EQ(materialised(a[i]), b[i].rpc.SerializeAsString());
        EXPECT_EQ(encodedSize(a[i]), b[i].rpc.ByteSizeLong());
        EXPECT_EQ(a[i].size, encodedSize(a[i])) << "pollOutgoing() sizes what it returns";
        EXPECT_EQ(a[i].rpcBytes, a[i].rpc.ByteSizeLong());
        EXPECT_EQ(b[i].size, b[i].rpc.ByteSizeLong());
        messages += a[i].messages.size();
    }
    ASSERT_EQ(messages, 1u);
    // Router 1 delivered the very object router 0 published: one message, no copy.
    const auto deliveries = shared.routers[1]->pollDeliveries();
    ASSERT_EQ(deliveries.size(), 1u);
    const OutgoingRpc* carrying = nullptr;
    for (const auto& out : a)
        if (!out.messages.empty())
            carrying = &out;
    ASSERT_NE(carrying, nullptr);
    EXPECT_EQ(deliveries[0].message.get(), carrying->messages[0].get());
    EXPECT_EQ(deliveries[0].message->data(), std::string(2000, 'Z'));
    const auto plain = copied.routers[1]->pollDeliveries();
    ASSERT_EQ(plain.size(), 1u);
    EXPECT_EQ(plain[0].id, deliveries[0].id);
}

TEST(SharedMessages, TooBigForOneRpcIsCopiedAndSplit)
{
    GossipsubParams params;
    params.maxTransmissionSize = 4096;
    params.maxMessageSize = 3000;
    SeededRng rng(5);
    RouterConfig config;
    config.self = PeerId::fromPublicKey(Bytes(36, 9));
    config.signPolicy = SignPolicy::StrictNoSign;
    config.msgId = MsgIdFunction::Content;
    config.shareMessages = true;
    const TimePoint now = fromNanos(1'000'000'000);
    Router router(config, params, rng, now);
    const PeerId peer = PeerId::fromPublicKey(Bytes(36, 10));
    router.addPeer(peer, PubsubProtocol::Meshsub12, true, "10.0.0.3", now);
    pb::rpc::RPC sub;
    sub.add_subscriptions()->set_subscribe(true);
    sub.mutable_subscriptions(0)->set_topicid("t");
    ASSERT_TRUE(router.handleRpc(peer, sub, now));
    router.subscribe("t", now);
    (void)router.pollOutgoing();
    for (int i = 0; i < 3; ++i) // 3 x ~2.5 KiB: more than one RPC can hold
        ASSERT_TRUE(router.publish("t", Bytes(2500, static_cast<std::uint8_t>(i)), now));
    const auto out = router.pollOutgoing();
    std::size_t published = 0;
    for (const auto& o : out) {
        EXPECT_TRUE(o.messages.empty());
        EXPECT_LE(o.rpc.ByteSizeLong(), params.maxTransmissionSize);
        EXPECT_EQ(o.rpcBytes, o.rpc.ByteSizeLong()) << "split pieces are sized too";
        EXPECT_EQ(o.size, o.rpcBytes);
        published += static_cast<std::size_t>(o.rpc.publish_size());
    }
    EXPECT_EQ(published, 3u);
    EXPECT_GE(out.size(), 2u);
}

// Router::PeerRef (how the simulator hands RPCs over): the reference addPeer() returns is the one
// peerRef() finds, an RPC through it is handled exactly as through the PeerId, and an unknown peer
// has an empty reference.
TEST(SharedMessages, PeerRefHandlesLikePeerId)
{
    Pair byRef(true), byId(true);
    const Router::PeerRef ref = byRef.routers[1]->peerRef(byRef.ids[0]);
    ASSERT_TRUE(ref);
    EXPECT_FALSE(byRef.routers[1]->peerRef(PeerId::fromPublicKey(Bytes(36, 9))));
    const Router::PeerRef again
        = byRef.routers[1]->addPeer(byRef.ids[0], PubsubProtocol::Meshsub12, false, "10.0.0.1", byRef.now);
    ASSERT_TRUE(again);
    for (Pair* p : { &byRef, &byId })
        ASSERT_TRUE(p->routers[0]->publish("t", Bytes(100, 0x11), p->now));
    auto viaRef = byRef.routers[0]->pollOutgoing();
    auto viaId = byId.routers[0]->pollOutgoing();
    ASSERT_EQ(viaRef.size(), 1u);
    ASSERT_EQ(viaId.size(), 1u);
    byRef.routers[1]->prefetch(ref); // a hint only
    EXPECT_TRUE(byRef.routers[1]->handleRpc(again, viaRef[0].rpc, viaRef[0].messages, byRef.now));
    EXPECT_TRUE(byId.routers[1]->handleRpc(byId.ids[0], viaId[0].rpc, viaId[0].messages, byId.now));
    const auto a = byRef.routers[1]->pollDeliveries();
    const auto b = byId.routers[1]->pollDeliveries();
    ASSERT_EQ(a.size(), 1u);
    ASSERT_EQ(b.size(), 1u);
    EXPECT_EQ(a[0].id, b[0].id);
    EXPECT_EQ(a[0].from, byRef.ids[0]);
    EXPECT_EQ(byRef.routers[1]->counters().rpcsReceived, byId.routers[1]->counters().rpcsReceived);
}
