// RpcPool: RPCs built in recycled objects are the same RPCs; the pool is bounded and does not keep
// RPCs that grew large, nor message lists beyond its bounds. A router sharing a pool produces
// byte-identical output.
#include "core/gossipsub/router.h"
#include "core/gossipsub/rpcpool.h"

#include <gtest/gtest.h>

using namespace meshscope;
using namespace meshscope::gossipsub;

namespace {

pb::rpc::RPC bigRpc(std::size_t ids)
{
    pb::rpc::RPC rpc;
    auto* m = rpc.add_publish();
    m->set_topic("t");
    m->set_data(std::string(1024, 'd'));
    auto* ihave = rpc.mutable_control()->add_ihave();
    ihave->set_topicid("t");
    for (std::size_t i = 0; i < ids; ++i)
        ihave->add_messageids(std::string(32, static_cast<char>('a' + i % 26)));
    (void)rpc.ByteSizeLong();
    return rpc;
}

} // namespace

TEST(RpcPool, RecycledRpcIsClearedAndRebuildsIdentically)
{
    RpcPool pool(2);
    pool.give(bigRpc(30));
    ASSERT_EQ(pool.size(), 1u);
    pb::rpc::RPC reused;
    pool.take(reused);
    EXPECT_EQ(pool.size(), 0u);
    EXPECT_EQ(reused.ByteSizeLong(), 0u) << "a recycled RPC must come back empty";
    EXPECT_FALSE(reused.has_control());
    // Built again in the recycled object: the same bytes as built fresh.
    auto* sub = reused.add_subscriptions();
    sub->set_subscribe(true);
    sub->set_topicid("x");
    reused.mutable_control()->add_graft()->set_topicid("x");
    pb::rpc::RPC fresh;
    *fresh.add_subscriptions() = *sub;
    fresh.mutable_control()->add_graft()->set_topicid("x");
    EXPECT_EQ(reused.SerializeAsString(), fresh.SerializeAsString());
    pool.take(reused); // empty pool: leaves it alone
    EXPECT_EQ(reused.SerializeAsString(), fresh.SerializeAsString());
}

TEST(RpcPool, BoundedInCountAndSize)
{
    RpcPool pool(2);
    for (int i = 0; i < 5; ++i)
        pool.give(bigRpc(3));
    EXPECT_EQ(pool.size(), 2u);
    RpcPool other(8);
    other.give(bigRpc(3000)); // ~100 KiB encoded: above kMaxKeptBytes, not kept
    EXPECT_EQ(other.size(), 0u);
}

// Message lists (OutgoingRpc::messages) come back empty with their capacity; the pool keeps a bounded
// number of them and none that are unallocated or very long.
TEST(RpcPool, MessageListsAreEmptiedAndBounded)
{
    RpcPool pool(2);
    const auto message = std::make_shared<const pb::rpc::Message>();
    std::vector<MessagePtr> list(5, message);
    pool.give(std::move(list));
    EXPECT_EQ(pool.listCount(), 1u);
    EXPECT_EQ(message.use_count(), 1) << "the kept list holds no message";
    std::vector<MessagePtr> taken;
    pool.take(taken);
    EXPECT_TRUE(taken.empty());
    EXPECT_GE(taken.capacity(), 5u);
    EXPECT_EQ(pool.listCount(), 0u);
    pool.give(std::vector<MessagePtr>()); // no capacity: nothing to keep
    EXPECT_EQ(pool.listCount(), 0u);
    std::vector<MessagePtr> huge;
    huge.reserve(1000);
    pool.give(std::move(huge));
    EXPECT_EQ(pool.listCount(), 0u);
    for (int i = 0; i < 4; ++i) {
        std::vector<MessagePtr> small(1, message);
        pool.give(std::move(small));
    }
    EXPECT_EQ(pool.listCount(), 2u);
    std::vector<MessagePtr> none;
    RpcPool empty;
    empty.take(none); // nothing kept: unchanged
    EXPECT_EQ(none.capacity(), 0u);
}

TEST(RpcPool, RouterSharingAPoolSendsTheSameRpcs)
{
    // Two identical routers and peers; one builds its RPCs in recycled objects that held other
    // content. Every polled RPC must encode to the same bytes.
    auto run = [](std::shared_ptr<RpcPool> pool) {
        SeededRng rng(3);
        RouterConfig config;
        config.self = PeerId::fromPublicKey(Bytes(36, 0x01));
        config.signPolicy = SignPolicy::StrictNoSign;
        config.msgId = MsgIdFunction::Content;
        config.rpcPool = pool;
        const TimePoint start = fromNanos(1'000'000'000);
        Router router(config, GossipsubParams {}, rng, start);
        std::vector<std::string> wire;
        std::vector<PeerId> peers;
        for (int i = 0; i < 6; ++i) {
            peers.push_back(PeerId::fromPublicKey(Bytes(36, static_cast<std::uint8_t>(10 + i))));
            router.addPeer(peers.back(), PubsubProtocol::Meshsub12, i % 2 == 0, "10.0.0.1", start);
            pb::rpc::RPC sub;
            sub.add_subscriptions()->set_subscribe(true);
            sub.mutable_subscriptions(0)->set_topicid("t");
            (void)router.handleRpc(peers.back(), sub, start);
        }
        router.subscribe("t", start);
        TimePoint now = start;
        for (int step = 0; step < 40; ++step) {
            now += std::chrono::milliseconds(100);
            pb::rpc::RPC in;
            auto* m = in.add_publish();
            m->set_topic("t");
            m->set_data(std::string(1200, static_cast<char>(step)));
            (void)router.handleRpc(peers[static_cast<std::size_t>(step) % peers.size()], in, now);
            if (step % 7 == 0)
                (void)router.publish("t", Bytes(50, static_cast<std::uint8_t>(step)), now);
            router.onTimeout(now);
            for (auto& out : router.pollOutgoing()) {
                wire.push_back(out.peer.toBase58() + ":" + out.rpc.SerializeAsString());
                if (pool) { // hand it back with unrelated content, as a consumer would
                    out.rpc.mutable_control()->add_iwant()->add_messageids(std::string(40, 'z'));
                    (void)out.rpc.ByteSizeLong();
                    pool->give(std::move(out.rpc));
                }
            }
        }
        return wire;
    };
    const auto plain = run(nullptr);
    auto pool = std::make_shared<RpcPool>();
    const auto pooled = run(pool);
    ASSERT_GT(plain.size(), 50u);
    EXPECT_EQ(plain, pooled);
    EXPECT_GT(pool->size(), 0u);
}
