// EventHeap pops in exactly the order of std::priority_queue for unique keys (the simulator's
// determinism rests on it), including many equal times told apart by sequence.
#include "core/base/rng.h"
#include "core/sim/eventheap.h"

#include <queue>

#include <functional>
#include <gtest/gtest.h>

using namespace meshscope;
using meshscope::sim::EventHeap;

namespace {
struct Key {
    std::int64_t t; // time
    std::uint64_t seq; // unique
    bool operator<(const Key& o) const { return t != o.t ? t < o.t : seq < o.seq; }
    bool operator>(const Key& o) const { return o < *this; }
};
} // namespace

TEST(EventHeap, PopsInTheSameOrderAsAPriorityQueue)
{
    SeededRng rng(11);
    EventHeap<Key> heap;
    std::priority_queue<Key, std::vector<Key>, std::greater<Key>> reference;
    std::uint64_t seq = 0;
    std::size_t popped = 0;
    for (int step = 0; step < 200000; ++step) {
        // Bursts of pushes with few distinct times, interleaved with pops: the simulator's pattern.
        if (rng.below(3) != 0 || heap.empty()) {
            const Key k { static_cast<std::int64_t>(rng.below(50)), seq++ };
            heap.push(k);
            reference.push(k);
        } else {
            ASSERT_EQ(heap.top().seq, reference.top().seq);
            heap.pop();
            reference.pop();
            ++popped;
        }
        ASSERT_EQ(heap.size(), reference.size());
    }
    while (!heap.empty()) {
        ASSERT_EQ(heap.top().seq, reference.top().seq);
        heap.pop();
        reference.pop();
    }
    EXPECT_TRUE(reference.empty());
    EXPECT_GT(popped, 50000u);
}
