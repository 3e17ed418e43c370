#pragma once
// Nodes (host + router) wired back to back in memory on virtual time (tests/support/memorynet.h):
// bytes taken with Host::pollOutput() arrive at the other side after `latency`; host events go to
// Node; timers fire from Node::nextTimeout() when time advances.

#include "core/gossipsub/presets.h"
#include "core/node/node.h"
#include "tests/support/memorynet.h"

#include <string>
#include <vector>

namespace meshscope::node::testing {

inline NodeConfig testConfig()
{
    NodeConfig c;
    c.profile = gossipsub::libp2pPreset();
    return c;
}

struct TestNode {
    TestNode(std::uint64_t seed, NodeConfig config, TimePoint now, host::HostConfig hostConfig = {})
        : rng(seed)
        , host(std::move(hostConfig), rng)
        , node(host, std::move(config), rng, now)
    { }
    SeededRng rng; // randomness of host and router
    host::Host host; // libp2p host
    Node node; // the node under test
    std::vector<gossipsub::Delivery> deliveries; // everything delivered
    std::vector<gossipsub::RouterEvent> events; // every router event
    std::vector<host::HostEvent> hostEvents; // every host event

    template <typename T> std::size_t count() const
    {
        std::size_t n = 0;
        for (const auto& e : events)
            n += std::holds_alternative<T>(e.body) ? 1 : 0;
        return n;
    }
    std::size_t deliveredOn(const std::string& topic) const
    {
        std::size_t n = 0;
        for (const auto& d : deliveries)
            n += d.message->topic() == topic ? 1 : 0;
        return n;
    }

    // MemoryNet's endpoint interface.
    Deadline nextTimeout() const { return node.nextTimeout(); }
    void onTimeout(TimePoint now) { node.onTimeout(now); }
    void onHostEvent(host::HostEvent event, TimePoint now)
    {
        node.onHostEvent(event, now);
        hostEvents.push_back(std::move(event));
    }
    void drain()
    {
        for (auto& d : node.pollDeliveries())
            deliveries.push_back(std::move(d));
        for (auto& ev : node.pollEvents())
            events.push_back(std::move(ev));
    }
};

using Wire = testsupport::MemoryWire<TestNode>;

class NodeNet : public testsupport::MemoryNet<TestNode> {
public:
    explicit NodeNet(Duration latency = std::chrono::milliseconds(5))
        : MemoryNet(latency)
    { }

    TestNode& add(std::uint64_t seed, NodeConfig config = testConfig(), host::HostConfig hostConfig = {})
    {
        return emplace(seed, std::move(config), now, std::move(hostConfig));
    }

    // a dials b; the k-th node added is 10.0.0.k.
    Wire& connect(TestNode& a, TestNode& b)
    {
        const auto ip = [this](const TestNode& n) { return "/ip4/10.0.0." + std::to_string(indexOf(n)); };
        return connectAt(a, b, multiformats::Multiaddr::fromString(ip(a) + "/tcp/50000").value(),
            multiformats::Multiaddr::fromString(ip(b) + "/tcp/4001").value());
    }
};

} // namespace meshscope::node::testing
