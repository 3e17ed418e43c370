// WindowQueue hands out each window's items exactly once, every one of them from the earliest window
// that holds any: items pushed into the front window, later windows of the ring, beyond its horizon
// and before the front window; cuts inside a window (the rest stays for later); removal of one item;
// jumps over long empty stretches; and takeAll() for a change of width.
#include "core/base/rng.h"
#include "core/sim/windowqueue.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <set>

using namespace meshscope;
using meshscope::sim::WindowQueue;

namespace {

struct Key {
    std::int64_t t; // time, ns
    std::uint64_t seq; // unique
    bool operator<(const Key& o) const { return t != o.t ? t < o.t : seq < o.seq; }
};

constexpr std::int64_t kWidth = 1000;
constexpr auto kSpan = kWidth * static_cast<std::int64_t>(WindowQueue<Key>::kRing);

// Takes the front window whole; checks it is the earliest window holding any of `pending`, and
// that it holds exactly those of that window.
void takeFrontWindow(WindowQueue<Key>& queue, std::set<Key>& pending)
{
    ASSERT_FALSE(pending.empty());
    const std::int64_t window = pending.begin()->t / kWidth;
    (void)queue.front(); // moves the front to the earliest window with items
    EXPECT_EQ(queue.frontEnd(), (window + 1) * kWidth);
    std::vector<Key> expected;
    for (const Key& k : pending)
        if (k.t / kWidth == window)
            expected.push_back(k);
    std::vector<Key> taken;
    queue.takeBefore(Key { queue.frontEnd(), 0 }, taken);
    std::sort(taken.begin(), taken.end());
    ASSERT_EQ(taken.size(), expected.size());
    for (std::size_t i = 0; i < taken.size(); ++i) {
        EXPECT_EQ(taken[i].seq, expected[i].seq);
        pending.erase(taken[i]);
    }
    EXPECT_EQ(queue.size(), pending.size());
}

} // namespace

TEST(WindowQueue, HandsOutEachWindowWholeInTimeOrderOfWindows)
{
    WindowQueue<Key> queue(kWidth);
    std::set<Key> pending;
    SeededRng rng(5);
    std::uint64_t seq = 0;
    auto push = [&](std::int64_t t) {
        const Key k { t, seq++ };
        queue.push(k);
        pending.insert(k);
    };
    for (int i = 0; i < 3000; ++i) // within the ring, beyond it, and far beyond
        push(static_cast<std::int64_t>(rng.below(static_cast<std::uint64_t>(kSpan * 4))));
    push(kSpan * 1000); // a long empty stretch before it
    while (!pending.empty()) {
        takeFrontWindow(queue, pending);
        // Keep pushing as a simulation does: a little ahead of the front, and a little further.
        if (seq < 6000 && !pending.empty()) {
            const std::int64_t front = pending.begin()->t;
            push(front + static_cast<std::int64_t>(rng.below(3 * kWidth)));
            push(front + kSpan + static_cast<std::int64_t>(rng.below(kWidth)));
        }
    }
    EXPECT_TRUE(queue.empty());
}

TEST(WindowQueue, ItemsBeforeTheFrontWindowJoinIt)
{
    WindowQueue<Key> queue(kWidth);
    queue.push({ 5 * kWidth + 10, 1 });
    EXPECT_EQ(queue.front().size(), 1u); // the front moves to window 5
    queue.push({ 10, 2 }); // window 0, before the front: kept in the front window
    EXPECT_EQ(queue.front().size(), 2u);
    std::vector<Key> out;
    queue.takeBefore({ queue.frontEnd(), 0 }, out);
    EXPECT_EQ(out.size(), 2u);
    EXPECT_TRUE(queue.empty());
}

TEST(WindowQueue, CutLeavesTheRestAndRemoveTakesOneItem)
{
    WindowQueue<Key> queue(kWidth);
    for (std::uint64_t i = 0; i < 10; ++i)
        queue.push({ static_cast<std::int64_t>(i * 50), i });
    std::vector<Key> out;
    queue.takeBefore({ 200, 0 }, out); // t 0, 50, 100, 150
    EXPECT_EQ(out.size(), 4u);
    EXPECT_TRUE(std::all_of(out.begin(), out.end(), [](const Key& k) { return k.t < 200; }));
    EXPECT_EQ(queue.size(), 6u);
    queue.remove({ 300, 6 });
    EXPECT_EQ(queue.size(), 5u);
    const auto& rest = queue.front();
    EXPECT_TRUE(std::none_of(rest.begin(), rest.end(), [](const Key& k) { return k.seq == 6 || k.t < 200; }));
    out.clear();
    queue.takeBefore({ 1000, 0 }, out);
    EXPECT_EQ(out.size(), 5u);
    EXPECT_TRUE(queue.empty());
}

TEST(WindowQueue, TakeAllEmptiesRingAndHeap)
{
    WindowQueue<Key> queue(kWidth);
    for (std::uint64_t i = 0; i < 100; ++i)
        queue.push({ static_cast<std::int64_t>(i) * kSpan / 10, i }); // ring and far heap
    std::vector<Key> all = queue.takeAll();
    EXPECT_EQ(all.size(), 100u);
    EXPECT_TRUE(queue.empty());
    std::sort(all.begin(), all.end());
    for (std::uint64_t i = 0; i < 100; ++i)
        EXPECT_EQ(all[i].seq, i);
    queue.push({ 3, 100 }); // usable again
    EXPECT_EQ(queue.front().size(), 1u);
}

TEST(WindowQueue, FrontStopsAtTheLimitsWindow)
{
    // A driver runs up to a limit, then pushes an item at the limit: it must land in its own window,
    // not in a later front (whose window would then reach back to it).
    WindowQueue<Key> queue(kWidth);
    queue.push({ 10 * kWidth + 5, 1 });
    EXPECT_TRUE(queue.front(3 * kWidth + 500).empty()); // nothing due by then
    queue.push({ 3 * kWidth + 500, 2 });
    const auto& first = queue.front(3 * kWidth + 500);
    ASSERT_EQ(first.size(), 1u);
    EXPECT_EQ(first[0].seq, 2u);
    EXPECT_EQ(queue.frontEnd(), 4 * kWidth);
    std::vector<Key> out;
    queue.takeBefore({ queue.frontEnd(), 0 }, out);
    ASSERT_EQ(queue.front().size(), 1u); // then the later one, in its window
    EXPECT_EQ(queue.frontEnd(), 11 * kWidth);
}

TEST(WindowQueue, TakeFrontMovesTheWholeWindowAndLeavesTheNext)
{
    WindowQueue<Key> queue(kWidth);
    for (std::uint64_t i = 0; i < 6; ++i)
        queue.push({ static_cast<std::int64_t>(i) * kWidth / 2, i }); // windows 0, 0, 1, 1, 2, 2
    std::vector<Key> out;
    (void)queue.front();
    queue.takeFront(out);
    std::sort(out.begin(), out.end());
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[0].seq, 0u);
    EXPECT_EQ(out[1].seq, 1u);
    EXPECT_EQ(queue.size(), 4u);
    ASSERT_EQ(queue.front().size(), 2u); // window 1
    EXPECT_EQ(queue.frontEnd(), 2 * kWidth);
}
