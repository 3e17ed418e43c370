#pragma once
// EventHeap: a 4-ary min-heap ordered by operator< of T, for CalendarQueue's events beyond its
// ring (timers, publishes, samples). A 4-ary heap is half as deep as a binary one and reads a
// node's children from adjacent memory, so a pop costs about half the cache misses. Keys must be
// unique (the simulator's (time, sequence)), which makes the pop order the same as any other heap's.

#include <cstddef>
#include <utility>
#include <vector>

namespace meshscope::sim {

template <class T> class EventHeap {
public:
    bool empty() const { return m_items.empty(); }
    std::size_t size() const { return m_items.size(); }
    // The smallest item (the heap must not be empty).
    const T& top() const { return m_items.front(); }

    void push(const T& item)
    {
        std::size_t i = m_items.size();
        m_items.push_back(item);
        while (i > 0) {
            const std::size_t parent = (i - 1) / kArity;
            if (!(item < m_items[parent]))
                break;
            m_items[i] = std::move(m_items[parent]);
            i = parent;
        }
        m_items[i] = item;
    }
    // Removes the smallest item (the heap must not be empty).
    void pop()
    {
        T last = std::move(m_items.back());
        m_items.pop_back();
        const std::size_t n = m_items.size();
        if (n == 0)
            return;
        std::size_t i = 0;
        for (;;) {
            const std::size_t first = i * kArity + 1;
            if (first >= n)
                break;
            std::size_t best = first;
            static_assert(kArity == 4, "the unrolled tournament below compares four children");
            if (first + kArity <= n) { // all four children (the usual case): a tournament, unrolled
                const std::size_t a = m_items[first + 1] < m_items[first] ? first + 1 : first;
                const std::size_t b = m_items[first + 3] < m_items[first + 2] ? first + 3 : first + 2;
                best = m_items[b] < m_items[a] ? b : a;
            } else {
                for (std::size_t c = first + 1; c < n; ++c)
                    if (m_items[c] < m_items[best])
                        best = c;
            }
            if (!(m_items[best] < last))
                break;
            m_items[i] = std::move(m_items[best]);
            i = best;
        }
        m_items[i] = std::move(last);
    }

private:
    static constexpr std::size_t kArity = 4;
    std::vector<T> m_items; // heap order: the parent of i is (i - 1) / kArity
};

} // namespace meshscope::sim
