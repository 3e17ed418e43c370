// Network: a node's uplink shared fairly by its connections (Scenario::uplinkSharing == Fair).
//
// Each connection sends its RPCs in order (a TCP stream); the connections with bytes to send share
// the uplink equally (processor sharing: what per-flow fair queueing, Linux's default fq_codel,
// gives TCP flows leaving one host). The node's transfers progress linearly between changes, so
// one UplinkDone event per node, at the earliest completion, is enough: each change (a new RPC, a
// completion, a connection dropped) first advances every sending transfer to `now`, then re-arms
// the event; an older event is recognised as stale by SimNode::uplinkVersion.
#include "core/sim/network.h"

#include <algorithm>
#include <cmath>

namespace meshscope::sim {

namespace {

// Bits below which a transfer counts as sent (rounding of the completion time to whole ns).
constexpr double kDoneBits = 1e-3;

std::size_t busyCount(const std::vector<SimNode::Outbox>& outboxes)
{
    return static_cast<std::size_t>(
        std::count_if(outboxes.begin(), outboxes.end(), [](const SimNode::Outbox& o) { return o.busy(); }));
}

} // namespace

bool Network::enqueueFair(
    std::uint32_t from, std::uint32_t to, gossipsub::OutgoingRpc& out, std::size_t wire, TimePoint now)
{
    SimNode& n = m_nodes[from];
    advanceUplink(n, now);
    // A lost RPC still uses the uplink (as in FIFO mode), then vanishes: no slot.
    const bool lost = drawLoss(from);
    const std::uint32_t slot = lost ? SimNode::Transfer::kLost : putInFlight(from, out);
    auto box = std::find_if(
        n.outboxes.begin(), n.outboxes.end(), [to](const SimNode::Outbox& o) { return o.peer == to; });
    if (box == n.outboxes.end())
        box = n.outboxes.insert(n.outboxes.end(), SimNode::Outbox { to, 0, {} });
    box->queue.push_back({ static_cast<double>(wire) * 8.0, slot });
    rescheduleUplink(from, now);
    return !lost;
}

void Network::advanceUplink(SimNode& n, TimePoint now)
{
    const auto elapsed = static_cast<double>(toNanos(now) - toNanos(n.uplinkClock));
    n.uplinkClock = now;
    const std::size_t busy = busyCount(n.outboxes);
    if (elapsed <= 0 || busy == 0)
        return;
    const double each = elapsed * m_scenario.uplinkBps / 1e9 / static_cast<double>(busy);
    for (auto& box : n.outboxes)
        if (box.busy())
            box.queue[box.head].bits -= each;
}

void Network::rescheduleUplink(std::uint32_t i, TimePoint now)
{
    SimNode& n = m_nodes[i];
    ++n.uplinkVersion; // any armed UplinkDone is stale now
    // Completed transfers leave, and their connection's next RPC starts now (with all its bits
    // left: one pass is enough). Index loop: depart() only schedules, it never touches outboxes.
    for (std::size_t b = 0; b < n.outboxes.size(); ++b) {
        SimNode::Outbox& box = n.outboxes[b];
        if (!box.busy() || box.queue[box.head].bits > kDoneBits)
            continue;
        const SimNode::Transfer t = box.queue[box.head++];
        if (!box.busy()) {
            box.queue.clear();
            box.head = 0;
        } else if (box.head >= 64 && box.head * 2 >= box.queue.size()) { // a backlog that never drains
            box.queue.erase(box.queue.begin(), box.queue.begin() + static_cast<std::ptrdiff_t>(box.head));
            box.head = 0;
        }
        if (t.slot != SimNode::Transfer::kLost)
            depart(i, box.peer, t, now);
    }
    const std::size_t busy = busyCount(n.outboxes);
    if (busy == 0)
        return;
    double least = HUGE_VAL;
    for (const auto& box : n.outboxes)
        if (box.busy())
            least = std::min(least, box.queue[box.head].bits);
    const double bitsPerNs = m_scenario.uplinkBps / 1e9 / static_cast<double>(busy);
    const auto wait = static_cast<std::int64_t>(std::ceil(least / bitsPerNs));
    schedule(toNanos(now) + std::max<std::int64_t>(1, wait), Kind::UplinkDone, i, 0,
        static_cast<std::uint32_t>(n.uplinkVersion));
}

void Network::depart(std::uint32_t i, std::uint32_t peer, const SimNode::Transfer& t, TimePoint now)
{
    if (SimNode::Link* link = linkFrom(m_nodes[i], peer))
        launch(i, *link, toNanos(now), t.slot);
    else // never: dropTransfers() removes a closed connection's queue
        releaseSlot(t.slot, i);
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
    if (n.outboxes.empty())
        return;
    advanceUplink(n, now); // at the old shares, before the set of busy connections changes
    std::erase_if(n.outboxes, [&](const SimNode::Outbox& box) {
        if (peer && box.peer != *peer)
            return false;
        for (std::size_t k = box.head; k < box.queue.size(); ++k)
            if (box.queue[k].slot != SimNode::Transfer::kLost)
                releaseSlot(box.queue[k].slot, i);
        return true;
    });
    rescheduleUplink(i, now);
}

} // namespace meshscope::sim
