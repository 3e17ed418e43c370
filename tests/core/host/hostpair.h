#pragma once
// Two (or more) Hosts wired back to back in memory on virtual time (tests/support/memorynet.h):
// bytes taken with pollOutput() arrive at the other side after `latency`; timers fire when time
// advances. Every host event is kept in Node::events.

#include "core/host/host.h"
#include "tests/support/memorynet.h"

#include <optional>
#include <vector>

namespace meshscope::host::testing {

struct Node {
    Node(std::uint64_t seed, HostConfig config)
        : rng(seed)
        , host(std::move(config), rng)
    { }
    SeededRng rng; // this node's randomness
    Host host; // the engine under test
    std::vector<HostEvent> events; // everything it reported, in order

    template <typename T> std::vector<T> all() const
    {
        std::vector<T> out;
        for (const auto& e : events)
            if (auto* p = std::get_if<T>(&e))
                out.push_back(*p);
        return out;
    }
    template <typename T> std::size_t count() const { return all<T>().size(); }

    // MemoryNet's endpoint interface.
    Deadline nextTimeout() const { return host.nextTimeout(); }
    void onTimeout(TimePoint now) { host.onTimeout(now); }
    void onHostEvent(HostEvent event, TimePoint) { events.push_back(std::move(event)); }
    void drain() { }
};

using Wire = testsupport::MemoryWire<Node>;

class Network : public testsupport::MemoryNet<Node> {
public:
    explicit Network(Duration latency)
        : MemoryNet(latency)
    {
        keepTranscript = true;
    }

    Node& add(std::uint64_t seed, HostConfig config = {}) { return emplace(seed, std::move(config)); }

    // a dials b (a is 10.0.0.1, b listens on 10.0.0.2:4001); `expected` defaults to b's real id.
    Wire& connect(Node& a, Node& b, std::optional<PeerId> expected = std::nullopt)
    {
        return connectAt(a, b, Multiaddr::fromString("/ip4/10.0.0.1/tcp/50000").value(),
            Multiaddr::fromString("/ip4/10.0.0.2/tcp/4001").value(), expected);
    }
};

} // namespace meshscope::host::testing
