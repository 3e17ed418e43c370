#pragma once
// WindowQueue: the simulator's pending events when they run in windows (network.h, "Windows").
// Time is cut into windows of a fixed width (at most the lookahead, so any stretch of one window is
// a valid window), and each window's events are kept unsorted in one buffer, appended in whatever
// order they come. The running window's events are taken out with one pass (all, or those before a
// cut: the first barrier, or runUntil()'s bound) and ordered by the caller, by node.
//
// An RPC arrives at least one window after it is sent, and rarely more than two (latency plus
// queueing on the uplink), so the appends of a window's events go to two or three buffers, whose
// ends stay in cache. The CalendarQueue (used when events run one by one in global order) spreads
// them over ~150 buckets of 131 us, whose ends are cold, and sorts each bucket.
//
// A ring of kRing buffers holds the windows from the front one on; an EventHeap the rest (beyond
// the ring's horizon when pushed), moved into the ring as the front reaches their window.

#include "core/sim/eventheap.h"

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace meshscope::sim {

template <class T> class WindowQueue {
public:
    // Windows held in buffers (320 ms at the default 40 ms: arrivals; timers 1 s ahead go to the heap).
    // Each buffer keeps the capacity of the largest window it held, ~2 MB at 10,000 nodes.
    static constexpr std::size_t kRing = 8;

    // `width`: window width in ns (> 0).
    explicit WindowQueue(std::int64_t width)
        : m_width(width)
        , m_ring(kRing)
    {
        assert(width > 0);
    }

    bool empty() const { return m_size == 0; }
    std::size_t size() const { return m_size; }

    // Adds `item`; one due before the front window is kept in the front window.
    void push(const T& item)
    {
        ++m_size;
        const std::int64_t w = std::max(window(item.t), m_front);
        if (w - m_front < static_cast<std::int64_t>(kRing)) {
            m_ring[bucketOf(w)].push_back(item);
            ++m_inRing;
        } else {
            m_far.push(item);
        }
    }

    // The earliest window holding items, if it starts no later than `limit` (ns): its items, in no
    // order; otherwise none. Moves the front on to that window, never past `limit`'s: an item pushed
    // later for `limit` or after (a driver's, between runs up to `limit`) then never lies before the
    // front, whose window would stretch back to it. Valid until the next call that changes the queue.
    const std::vector<T>& front(std::int64_t limit = INT64_MAX)
    {
        std::vector<T>* bucket = &m_ring[bucketOf(m_front)];
        const std::int64_t last = window(limit);
        while (bucket->empty() && m_size > 0) {
            const std::int64_t next = m_inRing == 0 ? window(m_far.top().t) : m_front + 1;
            if (next > last)
                break;
            m_front = next;
            bucket = &m_ring[bucketOf(m_front)];
            // Far items were at least kRing windows ahead when pushed: the front only now reaches them.
            while (!m_far.empty() && window(m_far.top().t) <= m_front) {
                bucket->push_back(m_far.top());
                m_far.pop();
                ++m_inRing;
            }
        }
        return *bucket;
    }

    // Where the front window ends: the time of the next window's start (ns; saturates).
    std::int64_t frontEnd() const
    {
        return m_front >= INT64_MAX / m_width - 1 ? INT64_MAX : (m_front + 1) * m_width;
    }

    // Moves all of the front window's items into `out` (which must be empty): the buffers trade
    // places, nothing is copied (the usual case: no barrier or bound inside the window).
    void takeFront(std::vector<T>& out)
    {
        assert(out.empty());
        std::vector<T>& bucket = m_ring[bucketOf(m_front)];
        m_size -= bucket.size();
        m_inRing -= bucket.size();
        out.swap(bucket);
    }

    // Moves the front window's items before `cut` (operator<) to the end of `out`, in no order.
    void takeBefore(const T& cut, std::vector<T>& out)
    {
        std::vector<T>& bucket = m_ring[bucketOf(m_front)];
        std::size_t kept = 0;
        for (std::size_t i = 0; i < bucket.size(); ++i) {
            if (bucket[i] < cut)
                out.push_back(bucket[i]);
            else
                bucket[kept++] = bucket[i];
        }
        const std::size_t taken = bucket.size() - kept;
        bucket.resize(kept);
        m_size -= taken;
        m_inRing -= taken;
    }

    // Removes the front window's item equal to `item` (neither is less than the other); it must be there.
    void remove(const T& item)
    {
        std::vector<T>& bucket = m_ring[bucketOf(m_front)];
        for (std::size_t i = 0; i < bucket.size(); ++i) {
            if (!(bucket[i] < item) && !(item < bucket[i])) {
                bucket[i] = bucket.back();
                bucket.pop_back();
                --m_size;
                --m_inRing;
                return;
            }
        }
        assert(false && "WindowQueue::remove: not in the front window");
    }

    // Every item, in no order, leaving the queue empty.
    std::vector<T> takeAll()
    {
        std::vector<T> all;
        all.reserve(m_size);
        for (auto& bucket : m_ring) {
            all.insert(all.end(), bucket.begin(), bucket.end());
            bucket.clear();
        }
        while (!m_far.empty()) {
            all.push_back(m_far.top());
            m_far.pop();
        }
        m_size = m_inRing = 0;
        return all;
    }

private:
    std::int64_t window(std::int64_t t) const { return t / m_width; } // (times are never negative)
    static std::size_t bucketOf(std::int64_t w) { return static_cast<std::size_t>(w) % kRing; }

    std::int64_t m_width; // window width, ns
    std::vector<std::vector<T>> m_ring; // bucket w mod kRing: window w's items (front <= w < front + kRing)
    std::int64_t m_front = 0; // the front window (time / width): no item lies before it
    std::size_t m_inRing = 0; // items in m_ring
    EventHeap<T> m_far; // items at or beyond front + kRing windows when pushed
    std::size_t m_size = 0; // items in both
};

} // namespace meshscope::sim
