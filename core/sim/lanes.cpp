// Network: windows and lanes (network.h): taking each window off the queue, the lanes' shares of
// it run side by side, and merging what they scheduled.
#include "core/base/prefetch.h"
#include "core/sim/network.h"

#include <algorithm>
#include <cassert>

namespace meshscope::sim {

namespace {

// Sorts [first, last) by (time, seq): an insertion sort, as a node has a few events per window
// (std::sort past a few dozen).
template <class It> void sortByTime(It first, It last)
{
    if (last - first > 32) {
        std::sort(first, last);
        return;
    }
    for (auto i = first + (first != last ? 1 : 0); i < last; ++i) {
        const auto e = *i;
        auto j = i;
        for (; j != first && e < *(j - 1); --j)
            *j = *(j - 1);
        *j = e;
    }
}

} // namespace

std::uint64_t Network::eventCount() const
{
    std::uint64_t n = 0;
    for (const auto& lane : m_lanes)
        n += lane->events;
    return n;
}

std::uint64_t Network::windowedEventCount() const
{
    std::uint64_t n = 0;
    for (const auto& lane : m_lanes)
        n += lane->windowedEvents;
    return n;
}

std::uint64_t Network::sharedEventCount() const
{
    std::uint64_t n = 0;
    for (const auto& lane : m_lanes)
        n += lane->sharedEvents;
    return n;
}

void Network::runWindows(std::int64_t bound)
{
    // Events after `bound` stay: those at bound + 1 and later (no event has a negative seq).
    Event after {};
    after.t = bound == INT64_MAX ? bound : bound + 1;
    after.seq = bound == INT64_MAX ? UINT64_MAX : 0;
    while (!m_windows.empty()) {
        // The front window's events before its first barrier (and within the bound) run as one
        // window; then the barrier alone; then the rest of the window, as another.
        const auto& pending = m_windows.front(bound);
        if (pending.empty())
            return; // (nothing due by `bound`)
        Event cut = after;
        if (m_windows.frontEnd() <= bound) { // (a node's own later events are not the window's)
            cut.t = m_windows.frontEnd();
            cut.seq = 0;
        }
        bool barrier = false;
        const Event* earliest = &pending.front();
        const Event* latest = &pending.front();
        for (const Event& e : pending) {
            if (e < *earliest)
                earliest = &e;
            if (*latest < e)
                latest = &e;
            if (isBarrier(e.kind) && e < cut) {
                cut = e;
                barrier = true;
            }
        }
        if (earliest->t > bound)
            return;
        m_window.clear();
        if (*latest < cut)
            m_windows.takeFront(m_window);
        else
            m_windows.takeBefore(cut, m_window);
        if (!m_window.empty())
            runWindow(cut);
        if (barrier) {
            m_windows.remove(cut);
            step(*m_lanes.front(), cut);
        }
    }
}

void Network::runWindow(const Event& end)
{
    const bool parallel = m_lanes.size() > 1 && m_window.size() >= m_minShare * m_lanes.size();
    for (auto& lane : m_lanes)
        lane->windowEnd = end;
    if (!parallel) {
        Lane& main = *m_lanes.front();
        sortShare(main, 0, static_cast<std::uint32_t>(m_nodes.size()));
        runShare(main);
    } else {
        {
            const std::lock_guard lock(m_mutex);
            m_parallel = true;
            m_busy = static_cast<unsigned>(m_lanes.size() - 1);
            ++m_round;
        }
        m_wake.notify_all();
        Lane& main = *m_lanes.front();
        sortShare(main, main.firstNode, main.endNode);
        runShare(main);
        {
            std::unique_lock lock(m_mutex);
            m_idle.wait(lock, [&] { return m_busy == 0; });
            m_parallel = false;
        }
        mergeLanes();
    }
    for (auto& lane : m_lanes)
        lane->windowEnd = Event {};
}

void Network::runShare(Lane& c)
{
    std::uint64_t late = 0; // events the window's nodes scheduled into it
    // Node state is asked for ahead, once per node: the SimNode two nodes ahead, the router and
    // scorer it points to one node ahead (when its SimNode has arrived). Nothing past the share is
    // touched, not even for a hint: other lanes' nodes change meanwhile.
    const std::vector<Event>& window = c.share;
    const std::size_t shareEnd = window.size();
    std::size_t nextStart = 0; // where the next node's events start
    std::size_t afterStart = 0; // and the one after it
    auto groupEnd = [&](std::size_t from) {
        std::size_t last = from;
        while (last < shareEnd && window[last].node == window[from].node)
            ++last;
        return last;
    };
    if (shareEnd > 0) {
        nextStart = groupEnd(0);
        afterStart = groupEnd(nextStart);
        prefetchObject(&m_nodes[window[0].node]);
        if (nextStart < shareEnd)
            prefetchObject(&m_nodes[window[nextStart].node]);
        prefetchNodeEngines(m_nodes[window[0].node]);
    }
    for (std::size_t begin = 0; begin < shareEnd;) {
        const std::size_t stop = nextStart;
        c.windowNode = window[begin].node;
        if (stop < shareEnd) {
            prefetchNodeEngines(m_nodes[window[stop].node]);
            if (afterStart < shareEnd)
                prefetchObject(&m_nodes[window[afterStart].node]);
            nextStart = afterStart;
            afterStart = groupEnd(afterStart);
        }
        // The node's events in order, with those it schedules for itself inside the window.
        for (std::size_t k = begin; k < stop || !c.late.empty();) {
            if (k < stop && (c.late.empty() || window[k] < c.late.top())) {
                const auto ahead = [&](std::size_t n) { return k + n < shareEnd ? &window[k + n] : nullptr; };
                prefetchUpcoming(ahead(kPrefetchFar), ahead(kPrefetchMid), ahead(kPrefetchNear), true);
                step(c, window[k++]);
            } else {
                const Event e = c.late.top();
                c.late.pop();
                ++late;
                step(c, e);
            }
        }
        begin = stop;
    }
    c.windowNode = kNetworkOrigin;
    c.windowedEvents += shareEnd + late;
    if (m_parallel)
        c.sharedEvents += shareEnd + late;
}

void Network::laneThread(unsigned k)
{
    Lane& c = *m_lanes[k];
    std::uint64_t seen = 0; // the last round it ran
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stop || m_round != seen; });
            if (m_stop)
                return;
            seen = m_round;
        }
        sortShare(c, c.firstNode, c.endNode);
        runShare(c);
        bool last = false;
        {
            const std::lock_guard lock(m_mutex);
            last = --m_busy == 0;
        }
        if (last)
            m_idle.notify_one();
    }
}

void Network::mergeLanes()
{
    Lane& main = *m_lanes.front();
    for (auto& lane : m_lanes) {
        for (const Event& e : lane->later)
            m_windows.push(e);
        lane->later.clear();
        for (const std::uint32_t slot : lane->released)
            m_lanes[slot >> kSlotBits]->freeSlots.push_back(slot & ((1u << kSlotBits) - 1));
        lane->released.clear();
        // The time of the window's last event run, as when one thread runs them all.
        if (lane.get() != &main && !lane->share.empty())
            main.now = lane->now;
        lane->origin = kNetworkOrigin;
    }
}

void Network::sortShare(Lane& c, std::uint32_t firstNode, std::uint32_t endNode)
{
    std::vector<Event>& out = c.share;
    out.clear();
    const std::size_t nodes = endNode - firstNode;
    const bool all = firstNode == 0 && endNode == m_nodes.size(); // (one lane: no event to skip)
    const auto mine = [&](const Event& e) { return all || (e.node >= firstNode && e.node < endNode); };
    if (m_window.size() * 8 < nodes) { // a small window: a counting pass over every node would cost more
        for (const Event& e : m_window)
            if (mine(e))
                out.push_back(e);
        std::sort(out.begin(), out.end(),
            [](const Event& a, const Event& b) { return a.node != b.node ? a.node < b.node : a < b; });
        return;
    }
    // Counting sort by node, then each node's few events into (time, seq) order.
    std::vector<std::uint32_t>& starts = c.nodeStarts;
    starts.assign(nodes + 1, 0);
    if (all) { // (the same passes without the range test)
        for (const Event& e : m_window) {
            assert(e.node < m_nodes.size()); // windows hold only node events (isBarrier())
            ++starts[e.node + 1];
        }
    } else {
        for (const Event& e : m_window)
            if (mine(e))
                ++starts[e.node - firstNode + 1];
    }
    for (std::size_t i = 1; i <= nodes; ++i)
        starts[i] += starts[i - 1];
    out.resize(starts[nodes]);
    if (all) {
        for (const Event& e : m_window)
            out[starts[e.node]++] = e;
    } else {
        for (const Event& e : m_window)
            if (mine(e))
                out[starts[e.node - firstNode]++] = e;
    }
    const std::size_t count = out.size();
    for (std::size_t begin = 0; begin < count;) {
        std::size_t stop = begin + 1;
        while (stop < count && out[stop].node == out[begin].node)
            ++stop;
        sortByTime(out.begin() + static_cast<std::ptrdiff_t>(begin),
            out.begin() + static_cast<std::ptrdiff_t>(stop));
        begin = stop;
    }
}

} // namespace meshscope::sim
