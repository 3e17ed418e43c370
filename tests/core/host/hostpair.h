#pragma once
// Two (or more) Hosts wired back to back in memory on virtual time: bytes taken with
// pollOutput() arrive at the other side after `latency`; timers fire when time advances.

#include "core/host/host.h"

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace meshscope::host::testing {

struct Node {
    Node(std::uint64_t seed, HostConfig config) : rng(seed), host(std::move(config), rng) {}
    SeededRng rng;                 // this node's randomness
    Host host;                     // the engine under test
    std::vector<HostEvent> events; // everything it reported, in order

    template <typename T>
    std::vector<T> all() const
    {
        std::vector<T> out;
        for (const auto& e : events)
            if (auto* p = std::get_if<T>(&e))
                out.push_back(*p);
        return out;
    }
    template <typename T>
    std::size_t count() const { return all<T>().size(); }
};

// One in-memory TCP connection between two nodes.
struct Wire {
    Node* a = nullptr;         // dialer
    Node* b = nullptr;         // listener
    ConnectionId ca = 0;       // id at a
    ConnectionId cb = 0;       // id at b
    bool closed = false;       // a side closed the "socket"
    std::deque<std::pair<TimePoint, Bytes>> toA, toB; // in flight
};

class Network {
public:
    explicit Network(Duration latency) : m_latency(latency) {}
    TimePoint now = fromNanos(1'000'000'000); // virtual time
    Bytes transcript;                          // every byte sent, in order (determinism checks)

    Node& add(std::uint64_t seed, HostConfig config = {})
    {
        m_nodes.push_back(std::make_unique<Node>(seed, std::move(config)));
        return *m_nodes.back();
    }

    // a dials b; `expected` defaults to b's real id.
    Wire& connect(Node& a, Node& b, std::optional<PeerId> expected = std::nullopt)
    {
        auto w = std::make_unique<Wire>();
        w->a = &a;
        w->b = &b;
        const auto addrB = Multiaddr::fromString("/ip4/10.0.0.2/tcp/4001").value();
        const auto addrA = Multiaddr::fromString("/ip4/10.0.0.1/tcp/50000").value();
        w->ca = a.host.addConnection(Direction::Outbound, addrB, expected ? *expected : b.host.localPeer(), now).value();
        w->cb = b.host.addConnection(Direction::Inbound, addrA, std::nullopt, now).value();
        m_wires.push_back(std::move(w));
        return *m_wires.back();
    }

    // Moves output into flight, delivers what is due, fires timers; stops when `done` holds or
    // virtual time passes `limit` from now.
    bool runUntil(const std::function<bool()>& done, Duration limit)
    {
        const TimePoint end = now + limit;
        for (int guard = 0; guard < 200000; ++guard) {
            collect();
            if (done())
                return true;
            // Next moment something happens.
            Deadline next;
            for (auto& w : m_wires) {
                if (!w->toA.empty())
                    next = earliest(next, w->toA.front().first);
                if (!w->toB.empty())
                    next = earliest(next, w->toB.front().first);
            }
            for (auto& n : m_nodes)
                next = earliest(next, n->host.nextTimeout());
            if (!next || *next > end) {
                now = end;
                collect();
                return done();
            }
            now = std::max(now, *next);
            deliver();
            for (auto& n : m_nodes)
                if (auto d = n->host.nextTimeout(); d && *d <= now)
                    n->host.onTimeout(now);
        }
        return false;
    }

    // Runs for `d` of virtual time.
    void run(Duration d) { runUntil([] { return false; }, d); }

private:
    void collect()
    {
        for (bool moved = true; moved;) {
            moved = false;
            for (auto& n : m_nodes) {
                while (auto t = n->host.pollOutput()) {
                    moved = true;
                    append(transcript, t->data);
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
                    if (auto* c = std::get_if<CloseTransport>(&*e))
                        closeWire(*n, c->connection);
                    n->events.push_back(std::move(*e));
                }
            }
            if (!moved)
                deliver();
        }
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

    void closeWire(Node& n, ConnectionId id)
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

    Duration m_latency;                         // one-way delay of every wire
    std::vector<std::unique_ptr<Node>> m_nodes; // hosts
    std::vector<std::unique_ptr<Wire>> m_wires; // connections
};

} // namespace meshscope::host::testing
