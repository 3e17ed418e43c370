#pragma once
// Nodes (host + router) wired back to back in memory on virtual time: bytes taken with
// Host::pollOutput() arrive at the other side after `latency`; host events go to Node; timers
// fire from Node::nextTimeout() when time advances.

#include "core/gossipsub/presets.h"
#include "core/node/node.h"

#include <deque>
#include <functional>
#include <map>
#include <memory>
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
        : rng(seed), host(std::move(hostConfig), rng), node(host, std::move(config), rng, now) {}
    SeededRng rng;                                   // randomness of host and router
    host::Host host;                                 // libp2p host
    Node node;                                       // the node under test
    std::vector<gossipsub::Delivery> deliveries;     // everything delivered
    std::vector<gossipsub::RouterEvent> events;      // every router event
    std::vector<host::HostEvent> hostEvents;         // every host event

    template <typename T>
    std::size_t count() const
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
            n += d.message.topic() == topic ? 1 : 0;
        return n;
    }
};

struct Wire {
    TestNode* a = nullptr; // dialer
    TestNode* b = nullptr; // listener
    host::ConnectionId ca = 0, cb = 0; // ids at a and b
    bool closed = false;   // a side closed the "socket"
    std::deque<std::pair<TimePoint, Bytes>> toA, toB; // in flight
};

class NodeNet {
public:
    explicit NodeNet(Duration latency = std::chrono::milliseconds(5)) : m_latency(latency) {}
    TimePoint now = fromNanos(1'000'000'000); // virtual time

    TestNode& add(std::uint64_t seed, NodeConfig config = testConfig(), host::HostConfig hostConfig = {})
    {
        m_nodes.push_back(std::make_unique<TestNode>(seed, std::move(config), now, std::move(hostConfig)));
        return *m_nodes.back();
    }

    // a dials b.
    Wire& connect(TestNode& a, TestNode& b)
    {
        auto w = std::make_unique<Wire>();
        w->a = &a;
        w->b = &b;
        const auto addrB = multiformats::Multiaddr::fromString("/ip4/10.0.0." + std::to_string(index(b)) + "/tcp/4001").value();
        const auto addrA = multiformats::Multiaddr::fromString("/ip4/10.0.0." + std::to_string(index(a)) + "/tcp/50000").value();
        w->ca = a.host.addConnection(host::Direction::Outbound, addrB, b.host.localPeer(), now).value();
        w->cb = b.host.addConnection(host::Direction::Inbound, addrA, std::nullopt, now).value();
        m_wires.push_back(std::move(w));
        return *m_wires.back();
    }

    // Runs until `done` holds or `limit` of virtual time passed.
    bool runUntil(const std::function<bool()>& done, Duration limit)
    {
        const TimePoint end = now + limit;
        for (int guard = 0; guard < 2'000'000; ++guard) {
            collect();
            if (done())
                return true;
            Deadline next;
            for (auto& w : m_wires) {
                if (!w->toA.empty())
                    next = earliest(next, w->toA.front().first);
                if (!w->toB.empty())
                    next = earliest(next, w->toB.front().first);
            }
            for (auto& n : m_nodes)
                next = earliest(next, n->node.nextTimeout());
            if (!next || *next > end) {
                now = end;
                collect();
                return done();
            }
            now = std::max(now, *next);
            deliver();
            for (auto& n : m_nodes)
                if (auto d = n->node.nextTimeout(); d && *d <= now)
                    n->node.onTimeout(now);
        }
        return false;
    }

    void run(Duration d) { runUntil([] { return false; }, d); }

    // Drains every node's output and events now.
    void collect()
    {
        for (bool moved = true; moved;) {
            moved = false;
            for (auto& n : m_nodes) {
                while (auto t = n->host.pollOutput()) {
                    moved = true;
                    for (auto& w : m_wires) {
                        if (w->closed)
                            continue;
                        if (w->a == n.get() && w->ca == t->connection)
                            w->toB.emplace_back(now + m_latency, std::move(t->data));
                        else if (w->b == n.get() && w->cb == t->connection)
                            w->toA.emplace_back(now + m_latency, std::move(t->data));
                    }
                }
                while (auto e = n->host.pollEvent()) {
                    moved = true;
                    if (auto* c = std::get_if<host::CloseTransport>(&*e))
                        closeWire(*n, c->connection);
                    n->node.onHostEvent(*e, now);
                    n->hostEvents.push_back(std::move(*e));
                }
                for (auto& d : n->node.pollDeliveries())
                    n->deliveries.push_back(std::move(d));
                for (auto& ev : n->node.pollEvents())
                    n->events.push_back(std::move(ev));
            }
            if (!moved)
                deliver();
        }
    }

private:
    std::size_t index(const TestNode& n) const
    {
        for (std::size_t i = 0; i < m_nodes.size(); ++i)
            if (m_nodes[i].get() == &n)
                return i + 1;
        return 0;
    }

    void deliver()
    {
        for (auto& w : m_wires) {
            while (!w->toB.empty() && w->toB.front().first <= now) {
                auto data = std::move(w->toB.front().second);
                w->toB.pop_front();
                w->b->host.onBytes(w->cb, data, now);
            }
            while (!w->toA.empty() && w->toA.front().first <= now) {
                auto data = std::move(w->toA.front().second);
                w->toA.pop_front();
                w->a->host.onBytes(w->ca, data, now);
            }
        }
    }

    void closeWire(TestNode& n, host::ConnectionId id)
    {
        for (auto& w : m_wires) {
            if (w->closed)
                continue;
            if (w->a == &n && w->ca == id) {
                w->closed = true;
                w->b->host.onTransportClosed(w->cb, "remote closed", now);
            } else if (w->b == &n && w->cb == id) {
                w->closed = true;
                w->a->host.onTransportClosed(w->ca, "remote closed", now);
            }
        }
    }

    Duration m_latency;                             // one-way delay of every wire
    std::vector<std::unique_ptr<TestNode>> m_nodes; // nodes
    std::vector<std::unique_ptr<Wire>> m_wires;     // connections
};

} // namespace meshscope::node::testing
