// Network: a node's uplink shared fairly by its connections (Scenario::uplinkSharing == Fair).
//
// Each connection sends its RPCs in order (a TCP stream); the connections with bytes to send share
// the uplink equally (processor sharing: what per-flow fair queueing, Linux's default fq_codel,
// gives TCP flows leaving one host). The node's transfers progress linearly between changes, so
// one UplinkDone event per node, at the earliest completion, is enough: each change (a new RPC, a
// completion, a connection dropped) first advances every head to `now`, then re-arms the event;
// an older event is recognised as stale by SimNode::uplinkVersion.
#include "core/sim/network.h"

#include <algorithm>
#include <cmath>

namespace meshscope::sim {

namespace {

// Bits below which a transfer counts as sent (rounding of the completion time to whole ns).
constexpr double kDoneBits = 1e-3;

// Indexes of the transfers at the head of their connection (the ones sending), in queue order.
void heads(const std::vector<SimNode::Transfer>& sending, std::vector<std::uint32_t>& out)
{
    out.clear();
    for (std::uint32_t i = 0; i < sending.size(); ++i) {
        const std::uint32_t peer = sending[i].peer;
        bool first = true;
        for (std::uint32_t h : out)
            first &= sending[h].peer != peer;
        if (first)
            out.push_back(i);
    }
}

} // namespace

bool Network::enqueueFair(
    std::uint32_t from, std::uint32_t to, gossipsub::OutgoingRpc& out, std::size_t wire, TimePoint now)
{
    SimNode& n = m_nodes[from];
    advanceUplink(n, now);
    // A lost RPC still uses the uplink (as in FIFO mode), then vanishes: no slot.
    const bool lost = m_scenario.loss > 0 && m_rng.unit() < m_scenario.loss;
    const std::uint32_t slot = lost ? SimNode::Transfer::kLost : putInFlight(out);
    n.sending.push_back({ static_cast<double>(wire) * 8.0, slot, to });
    rescheduleUplink(from, now);
    return !lost;
}

void Network::advanceUplink(SimNode& n, TimePoint now)
{
    const auto elapsed = static_cast<double>(toNanos(now) - toNanos(n.uplinkClock));
    n.uplinkClock = now;
    if (elapsed <= 0 || n.sending.empty())
        return;
    heads(n.sending, m_heads);
    const double each = elapsed * m_scenario.uplinkBps / 1e9 / static_cast<double>(m_heads.size());
    for (std::uint32_t h : m_heads)
        n.sending[h].bits -= each;
}

void Network::rescheduleUplink(std::uint32_t i, TimePoint now)
{
    SimNode& n = m_nodes[i];
    ++n.uplinkVersion; // any armed UplinkDone is stale now
    // Completed heads leave (their connection's next RPC starts now) until every head has bits left.
    for (bool done = true; done;) {
        done = false;
        heads(n.sending, m_heads);
        for (auto h = m_heads.rbegin(); h != m_heads.rend(); ++h) // back to front: erasing keeps indexes
            if (n.sending[*h].bits <= kDoneBits) {
                const SimNode::Transfer t = n.sending[*h];
                n.sending.erase(n.sending.begin() + *h);
                if (t.slot != SimNode::Transfer::kLost)
                    depart(i, t, now);
                done = true;
            }
    }
    if (n.sending.empty())
        return;
    double least = n.sending[m_heads.front()].bits;
    for (std::uint32_t h : m_heads)
        least = std::min(least, n.sending[h].bits);
    const double bitsPerNs = m_scenario.uplinkBps / 1e9 / static_cast<double>(m_heads.size());
    const auto wait = static_cast<std::int64_t>(std::ceil(least / bitsPerNs));
    schedule(toNanos(now) + std::max<std::int64_t>(1, wait), Kind::UplinkDone, i, 0,
        static_cast<std::uint32_t>(n.uplinkVersion));
}

void Network::depart(std::uint32_t i, const SimNode::Transfer& t, TimePoint now)
{
    SimNode& n = m_nodes[i];
    SimNode::Link* link = nullptr;
    for (auto& l : n.links)
        if (l.peer == t.peer)
            link = &l;
    if (!link) { // never: dropTransfers() removes a closed connection's queue
        releaseSlot(t.slot);
        return;
    }
    std::int64_t arrival = toNanos(now) + linkLatency(i, t.peer).count();
    arrival = std::max(arrival, toNanos(link->lastArrival));
    link->lastArrival = fromNanos(arrival);
    scheduleArrival(arrival, *link, i, t.slot);
}

void Network::onUplinkDone(const Event& e, TimePoint now)
{
    SimNode& n = m_nodes[e.node];
    if (e.slot != static_cast<std::uint32_t>(n.uplinkVersion))
        return; // re-armed since
    advanceUplink(n, now);
    rescheduleUplink(e.node, now);
}

void Network::dropTransfers(std::uint32_t i, std::optional<std::uint32_t> peer, TimePoint now)
{
    SimNode& n = m_nodes[i];
    if (n.sending.empty())
        return;
    advanceUplink(n, now); // at the old shares, before the set of connections changes
    std::erase_if(n.sending, [&](const SimNode::Transfer& t) {
        if (peer && t.peer != *peer)
            return false;
        if (t.slot != SimNode::Transfer::kLost)
            releaseSlot(t.slot);
        return true;
    });
    rescheduleUplink(i, now);
}

} // namespace meshscope::sim
