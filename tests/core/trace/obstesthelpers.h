#pragma once
// Shared set-up for the observation-stream tests: a real Router with two meshsub peers on
// virtual time (no fake router), and peer ids built from fixed bytes.

#include "core/base/rng.h"
#include "core/gossipsub/router.h"

#include <gtest/gtest.h>

#include <memory>

namespace meshscope::trace::testing {

using namespace std::chrono_literals;

// A valid identity-multihash peer id whose last byte is `n`.
inline gossipsub::PeerId obsPeer(std::uint8_t n)
{
    Bytes b{0x00, 0x24, 0x08, 0x01, 0x12, 0x20};
    for (std::uint8_t i = 0; i < 32; ++i)
        b.push_back(i);
    b.back() = n;
    auto id = gossipsub::PeerId::fromBytes(b);
    EXPECT_TRUE(id.ok());
    return id.value();
}

struct RouterFixture {
    SeededRng rng{42};                                 // the router's randomness
    TimePoint now = fromNanos(1'000'000'000);          // virtual time
    gossipsub::PeerId self = obsPeer(1);               // us
    gossipsub::PeerId a = obsPeer(2);                  // outbound peer
    gossipsub::PeerId b = obsPeer(3);                  // inbound peer
    std::unique_ptr<gossipsub::Router> router;         // the real router

    RouterFixture()
    {
        gossipsub::RouterConfig cfg;
        cfg.self = self;
        cfg.signPolicy = gossipsub::SignPolicy::StrictNoSign;
        cfg.msgId = gossipsub::MsgIdFunction::Content;
        router = std::make_unique<gossipsub::Router>(cfg, gossipsub::GossipsubParams{}, rng, now);
    }

    // Both peers connect and subscribe to `topic`; we join it; a heartbeat grafts them.
    void meshUp(const std::string& topic)
    {
        router->addPeer(a, gossipsub::PubsubProtocol::Meshsub11, true, "10.0.0.2", now);
        router->addPeer(b, gossipsub::PubsubProtocol::Meshsub12, false, "10.0.0.3", now);
        pb::rpc::RPC sub;
        auto* s = sub.add_subscriptions();
        s->set_subscribe(true);
        s->set_topicid(topic);
        EXPECT_TRUE(router->handleRpc(a, sub, now).ok());
        EXPECT_TRUE(router->handleRpc(b, sub, now).ok());
        router->subscribe(topic, now);
        now += 2s;
        router->onTimeout(now);
        router->pollOutgoing();
    }

    // `from` forwards a message with `data` on `topic`.
    void receive(const gossipsub::PeerId& from, const std::string& topic, const std::string& data)
    {
        pb::rpc::RPC rpc;
        auto* m = rpc.add_publish();
        m->set_topic(topic);
        m->set_data(data);
        EXPECT_TRUE(router->handleRpc(from, rpc, now).ok());
    }
};

} // namespace meshscope::trace::testing
