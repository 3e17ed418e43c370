#pragma once
// Endpoints that each own a host::Host, wired back to back in memory on virtual time: bytes taken
// with Host::pollOutput() arrive at the other side after `latency`; timers fire when time
// advances. Shared by the host tests (tests/core/host/hostpair.h) and the node tests and
// benchmarks (tests/core/node/nodenet.h), which differ only in what sits on the host.
//
// An endpoint type E has a member `host::Host host` and:
//   Deadline nextTimeout() const;                        // its next timer
//   void onTimeout(TimePoint now);                       // fires due timers
//   void onHostEvent(host::HostEvent event, TimePoint now); // one event polled from its host
//   void drain();                                        // takes its other output (after host events)

#include "core/host/host.h"

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace meshscope::testsupport {

// One in-memory TCP connection between two endpoints.
template <typename E> struct MemoryWire {
    E* a = nullptr; // dialer
    E* b = nullptr; // listener
    host::ConnectionId ca = 0; // id at a
    host::ConnectionId cb = 0; // id at b
    bool closed = false; // a side closed the "socket"
    std::deque<std::pair<TimePoint, Bytes>> toA, toB; // in flight
};

template <typename E> class MemoryNet {
public:
    using Wire = MemoryWire<E>;

    explicit MemoryNet(Duration latency)
        : m_latency(latency)
    { }
    TimePoint now = fromNanos(1'000'000'000); // virtual time
    bool keepTranscript = false; // append every byte sent to `transcript`
    Bytes transcript; // every byte sent, in order (determinism checks)

    // Adds an endpoint built from `args`; it lives as long as the net.
    template <typename... Args> E& emplace(Args&&... args)
    {
        m_endpoints.push_back(std::make_unique<E>(std::forward<Args>(args)...));
        return *m_endpoints.back();
    }

    // a dials b at `addrB`, b sees the dial come from `addrA`; `expected` defaults to b's real id.
    Wire& connectAt(E& a, E& b, const multiformats::Multiaddr& addrA, const multiformats::Multiaddr& addrB,
        std::optional<multiformats::PeerId> expected = std::nullopt)
    {
        auto w = std::make_unique<Wire>();
        w->a = &a;
        w->b = &b;
        w->ca = a.host
                    .addConnection(
                        host::Direction::Outbound, addrB, expected ? *expected : b.host.localPeer(), now)
                    .value();
        w->cb = b.host.addConnection(host::Direction::Inbound, addrA, std::nullopt, now).value();
        m_wires.push_back(std::move(w));
        return *m_wires.back();
    }

    // Moves output into flight, delivers what is due, fires timers; stops when `done` holds or
    // virtual time passes `limit` from now.
    bool runUntil(const std::function<bool()>& done, Duration limit)
    {
        const TimePoint end = now + limit;
        for (int guard = 0; guard < 2'000'000; ++guard) {
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
            for (auto& e : m_endpoints)
                next = earliest(next, e->nextTimeout());
            if (!next || *next > end) {
                now = end;
                collect();
                return done();
            }
            now = std::max(now, *next);
            deliver();
            for (auto& e : m_endpoints)
                if (auto d = e->nextTimeout(); d && *d <= now)
                    e->onTimeout(now);
        }
        return false;
    }

    // Runs for `d` of virtual time.
    void run(Duration d)
    {
        runUntil([] { return false; }, d);
    }

    // Drains every endpoint's output and events now.
    void collect()
    {
        for (bool moved = true; moved;) {
            moved = false;
            for (auto& e : m_endpoints) {
                while (auto t = e->host.pollOutput()) {
                    moved = true;
                    if (keepTranscript)
                        append(transcript, t->data);
                    for (auto& w : m_wires) {
                        if (w->closed)
                            continue;
                        if (w->a == e.get() && w->ca == t->connection)
                            w->toB.emplace_back(now + m_latency, std::move(t->data));
                        else if (w->b == e.get() && w->cb == t->connection)
                            w->toA.emplace_back(now + m_latency, std::move(t->data));
                    }
                }
                while (auto ev = e->host.pollEvent()) {
                    moved = true;
                    if (auto* c = std::get_if<host::CloseTransport>(&*ev))
                        closeWire(*e, c->connection);
                    e->onHostEvent(std::move(*ev), now);
                }
                e->drain();
            }
            if (!moved)
                deliver();
        }
    }

    // 1-based position of `e` in the order endpoints were added (0 if not in this net).
    std::size_t indexOf(const E& e) const
    {
        for (std::size_t i = 0; i < m_endpoints.size(); ++i)
            if (m_endpoints[i].get() == &e)
                return i + 1;
        return 0;
    }

private:
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

    void closeWire(E& e, host::ConnectionId id)
    {
        for (auto& w : m_wires) {
            if (w->closed)
                continue;
            if (w->a == &e && w->ca == id) {
                w->closed = true;
                w->b->host.onTransportClosed(w->cb, "remote closed", now);
            } else if (w->b == &e && w->cb == id) {
                w->closed = true;
                w->a->host.onTransportClosed(w->ca, "remote closed", now);
            }
        }
    }

    Duration m_latency; // one-way delay of every wire
    std::vector<std::unique_ptr<E>> m_endpoints; // endpoints, in the order added
    std::vector<std::unique_ptr<Wire>> m_wires; // connections
};

} // namespace meshscope::testsupport
