#pragma once
// CalendarQueue: the simulator's pending events when they run one by one in global order (a latency
// model without a minimum; WindowQueue holds them otherwise), ordered by operator< of T, with T::t
// (an int64 time in ns) choosing a bucket. Time is cut into windows of 2^kWidthBits ns; a ring of kBuckets
// unsorted buckets holds the windows after the current one, and an EventHeap the rest (beyond the
// ring's 134 ms horizon: timers, publishes). The current window's events are sorted once when it
// is reached and then read in order. RPC arrivals (a link latency ahead) are appended to a bucket
// and later read in sequence; in the 4-ary heap that held everything, each pop walked six levels
// of a 10^4-event array (a tenth of the simulator's L1 misses; at 10,000 nodes, of 10^5 events).
//
// Keys must be unique (the simulator's (time, sequence)); the pop order is then exactly a heap's.
// Any time may be pushed, also one in or before the current window (a small heap holds those, as
// the sorted window may be long: the join burst puts thousands of events at time 0), so
// correctness does not depend on times being monotone; speed does.

#include "core/sim/eventheap.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace meshscope::sim {

template <class T> class CalendarQueue {
public:
    static constexpr int kWidthBits = 17; // window width 2^17 ns ~ 131 us (~9 events at 1,000 nodes)
    // Ring span: 134 ms. A 2 s ring also held the heartbeat timers, but its 16k scattered bucket
    // buffers cost more cache misses than the heap they replaced.
    static constexpr std::size_t kBuckets = std::size_t { 1 } << 10;

    // Items a window's buffer keeps room for when it is recycled (~3x a busy window at 10,000 nodes).
    static constexpr std::size_t kMaxKeptCapacity = 256;

    CalendarQueue()
        : m_ring(kBuckets)
    { }

    bool empty() const { return m_size == 0; }
    std::size_t size() const { return m_size; }
    // Items the window buffers have room for (a diagnostic: walks every bucket).
    std::size_t reserved() const
    {
        std::size_t n = m_current.capacity();
        for (const auto& bucket : m_ring)
            n += bucket.capacity();
        return n;
    }

    // The smallest item (the queue must not be empty). Not const: it may move to the next window.
    const T& top()
    {
        settle();
        return lateFirst() ? m_late.top() : m_current[m_next];
    }

    // A hint for prefetching: the item `k` places after top() in the current window's sorted items,
    // or null when the window has fewer left. (Items pushed late may come between: not an order.)
    const T* ahead(std::size_t k) const
    {
        return m_next + k < m_current.size() ? &m_current[m_next + k] : nullptr;
    }

    void push(const T& item)
    {
        ++m_size;
        const std::int64_t w = window(item.t);
        if (w <= m_window) { // the current window (or earlier): m_current is sorted already
            m_late.push(item);
        } else if (w - m_window < static_cast<std::int64_t>(kBuckets)) {
            m_ring[bucketOf(w)].push_back(item);
            ++m_inRing;
        } else {
            m_far.push(item);
        }
    }

    // Removes the smallest item (the queue must not be empty).
    void pop()
    {
        settle();
        if (lateFirst())
            m_late.pop();
        else
            ++m_next;
        --m_size;
    }

private:
    static std::int64_t window(std::int64_t t) { return t >> kWidthBits; }
    static std::size_t bucketOf(std::int64_t w) { return static_cast<std::size_t>(w) & (kBuckets - 1); }

    // Whether the smallest item is m_late's (after settle()).
    bool lateFirst() const
    {
        return !m_late.empty() && (m_next == m_current.size() || m_late.top() < m_current[m_next]);
    }

    // Makes the smallest item m_current[m_next] or m_late's top: moves to the next window with any.
    void settle()
    {
        while (m_next == m_current.size() && m_late.empty()) {
            m_current.clear();
            m_next = 0;
            // A burst's buffer (the join burst puts thousands of events in a window) is freed here,
            // not parked in a bucket: every bucket would keep its largest window ever.
            if (m_current.capacity() > kMaxKeptCapacity)
                std::vector<T>().swap(m_current);
            // Far items all lie after m_window, so stepping one window at a time cannot pass one.
            const std::int64_t far = m_far.empty() ? INT64_MAX : window(m_far.top().t);
            if (m_inRing == 0) {
                m_window = far;
            } else {
                do
                    ++m_window;
                while (m_ring[bucketOf(m_window)].empty() && m_window != far);
            }
            auto& bucket = m_ring[bucketOf(m_window)];
            m_inRing -= bucket.size();
            m_current.swap(bucket); // the bucket keeps the old buffer (empty) for later windows
            while (!m_far.empty() && window(m_far.top().t) == m_window) {
                m_current.push_back(m_far.top());
                m_far.pop();
            }
            std::sort(m_current.begin(), m_current.end());
        }
    }

    std::vector<T> m_current; // the current window's items, sorted; [0, m_next) already popped
    std::size_t m_next = 0; // index of the smallest item left in m_current
    EventHeap<T> m_late; // items pushed for the current window (or before) after it was sorted
    std::int64_t m_window = 0; // the current window (time >> kWidthBits)
    std::vector<std::vector<T>> m_ring; // bucket (w mod kBuckets): window w's items, unsorted
    std::size_t m_inRing = 0; // items in m_ring
    EventHeap<T> m_far; // items at or beyond m_window + kBuckets when pushed
    std::size_t m_size = 0; // items in all four
};

} // namespace meshscope::sim
