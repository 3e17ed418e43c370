// CalendarQueue pops in exactly the order of std::priority_queue for unique keys (the simulator's
// determinism rests on it): times in the current window, in later windows of the ring, beyond its
// horizon and before the current window; many equal times told apart by sequence; jumps over long
// empty stretches; and a drained queue that is filled again. A burst in one window does not leave
// its buffer parked in a bucket for good. ahead() shows the window's next items in pop order.
#include "core/base/rng.h"
#include "core/sim/calendarqueue.h"

#include <queue>

#include <functional>
#include <gtest/gtest.h>

using namespace meshscope;
using meshscope::sim::CalendarQueue;

namespace {

struct Key {
    std::int64_t t; // time, ns
    std::uint64_t seq; // unique
    bool operator<(const Key& o) const { return t != o.t ? t < o.t : seq < o.seq; }
    bool operator>(const Key& o) const { return o < *this; }
};

using Reference = std::priority_queue<Key, std::vector<Key>, std::greater<Key>>;
constexpr std::int64_t kWindow = std::int64_t { 1 } << CalendarQueue<Key>::kWidthBits;
constexpr auto kSpan = kWindow * static_cast<std::int64_t>(CalendarQueue<Key>::kBuckets);

// Pops one item from both and checks they agree.
void popBoth(CalendarQueue<Key>& queue, Reference& reference)
{
    ASSERT_EQ(queue.top().seq, reference.top().seq);
    ASSERT_EQ(queue.top().t, reference.top().t);
    queue.pop();
    reference.pop();
    ASSERT_EQ(queue.size(), reference.size());
}

} // namespace

TEST(CalendarQueue, PopsInTheSameOrderAsAPriorityQueue)
{
    SeededRng rng(11);
    CalendarQueue<Key> queue;
    Reference reference;
    std::uint64_t seq = 0;
    std::int64_t now = 0; // time of the last pop
    std::size_t popped = 0;
    for (int step = 0; step < 300000; ++step) {
        if (rng.below(3) != 0 || queue.empty()) {
            // Mostly a simulator's pattern (a link latency ahead, often the same instant), plus
            // times far beyond the ring, and a few before `now` (an interactive driver's edits).
            std::int64_t t = now;
            switch (rng.below(8)) {
            case 0:
                break; // now: the current window, after it was sorted
            case 1:
                t = now + static_cast<std::int64_t>(rng.below(3)); // equal times
                break;
            case 2:
                t = now + kSpan + static_cast<std::int64_t>(rng.below(static_cast<std::uint64_t>(4 * kSpan)));
                break;
            case 3:
                t = std::max<std::int64_t>(0, now - static_cast<std::int64_t>(rng.below(2 * kWindow)));
                break;
            default:
                t = now + static_cast<std::int64_t>(rng.below(static_cast<std::uint64_t>(kSpan / 2)));
                break;
            }
            const Key k { t, seq++ };
            queue.push(k);
            reference.push(k);
            ASSERT_EQ(queue.size(), reference.size());
        } else {
            now = reference.top().t;
            popBoth(queue, reference);
            ++popped;
        }
    }
    while (!queue.empty())
        popBoth(queue, reference);
    EXPECT_TRUE(reference.empty());
    EXPECT_GT(popped, 90000u);
}

TEST(CalendarQueue, JumpsOverEmptyStretchesAndRefillsAfterDraining)
{
    CalendarQueue<Key> queue;
    Reference reference;
    std::uint64_t seq = 0;
    auto push = [&](std::int64_t window, std::int64_t offset = 0) {
        const Key k { window * kWindow + offset, seq++ };
        queue.push(k);
        reference.push(k);
    };
    constexpr auto K = static_cast<std::int64_t>(CalendarQueue<Key>::kBuckets);
    // A far item (beyond the ring when pushed) and two ring items before it.
    push(K + 5);
    push(3);
    push(20);
    popBoth(queue, reference); // window 3
    popBoth(queue, reference); // window 20
    // Pushed into the ring now, after the far item: stepping through the ring must stop there.
    push(K + 10);
    popBoth(queue, reference);
    EXPECT_EQ(reference.top().t, (K + 10) * kWindow);
    popBoth(queue, reference);
    EXPECT_TRUE(queue.empty());
    // Drained: only far items, equal times among them (the queue jumps straight to them)...
    push(100 * K);
    push(3 * K + 100, 5);
    push(3 * K + 100, 5);
    push(7 * K);
    popBoth(queue, reference);
    // ...then items in an old window and in the current one, before the rest.
    push(2);
    push(3 * K + 100, 1);
    while (!queue.empty())
        popBoth(queue, reference);
    EXPECT_TRUE(reference.empty());
}

TEST(CalendarQueue, DoesNotKeepABurstsBufferInTheRing)
{
    using Queue = CalendarQueue<Key>;
    Queue queue;
    std::uint64_t seq = 0;
    // A join-like burst: 100,000 events in one window ahead.
    for (int i = 0; i < 100000; ++i)
        queue.push({ 5 * kWindow + i % 7, seq++ });
    while (!queue.empty())
        queue.pop();
    // Then steady traffic through every bucket of the ring, twice around.
    std::int64_t now = 5 * kWindow;
    for (std::size_t w = 0; w < 2 * Queue::kBuckets; ++w) {
        for (int i = 0; i < 8; ++i)
            queue.push({ now + kWindow + i, seq++ });
        while (!queue.empty()) {
            now = queue.top().t;
            queue.pop();
        }
    }
    // Each window held at most 8 items since the burst: no buffer needs room for more than 16.
    EXPECT_LE(queue.reserved(), Queue::kBuckets * 16);
}

TEST(CalendarQueue, AheadShowsTheCurrentWindowsNextItemsInOrder)
{
    CalendarQueue<Key> queue;
    const std::int64_t base = 2 * kWindow; // a window of the ring (pushes into the current one go aside)
    for (std::uint64_t i = 0; i < 10; ++i) // pushed out of order
        queue.push({ base + static_cast<std::int64_t>((i * 7) % 10) * 100, i });
    queue.push({ 3 * kWindow, 99 }); // the next window: never shown by ahead()
    ASSERT_EQ(queue.top().t, base); // reaches and sorts the window
    for (std::int64_t expect = 0; expect < 10; ++expect) {
        ASSERT_EQ(queue.top().t, base + expect * 100);
        const Key* two = queue.ahead(2);
        if (expect + 2 < 10) {
            ASSERT_NE(two, nullptr);
            EXPECT_EQ(two->t, base + (expect + 2) * 100);
        } else {
            EXPECT_EQ(two, nullptr);
        }
        queue.pop();
    }
    EXPECT_EQ(queue.top().seq, 99u);
    EXPECT_EQ(queue.ahead(1), nullptr);
}
