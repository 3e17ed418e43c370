#include "core/base/rng.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

using namespace meshscope;

TEST(SeededRng, SameSeedSameSequence)
{
    SeededRng a(42), b(42), c(43);
    for (int i = 0; i < 100; ++i) {
        const auto x = a.next();
        EXPECT_EQ(x, b.next());
        (void)c.next();
    }
    EXPECT_NE(SeededRng(42).next(), SeededRng(43).next());
}

TEST(SeededRng, BelowStaysInRangeAndCoversIt)
{
    SeededRng r(1);
    std::vector<int> hits(7, 0);
    for (int i = 0; i < 7000; ++i) {
        const auto v = r.below(7);
        ASSERT_LT(v, 7u);
        ++hits[v];
    }
    for (int h : hits)
        EXPECT_GT(h, 800);
    EXPECT_EQ(r.below(0), 0u);
}

TEST(SeededRng, ShuffleIsAPermutation)
{
    SeededRng r(9);
    std::vector<int> v(50);
    std::iota(v.begin(), v.end(), 0);
    auto w = v;
    r.shuffle(w);
    EXPECT_NE(v, w);
    std::sort(w.begin(), w.end());
    EXPECT_EQ(v, w);
}

TEST(SeededRng, FillAndUnit)
{
    SeededRng r(3);
    const auto b = r.bytes(33);
    EXPECT_EQ(b.size(), 33u);
    for (int i = 0; i < 1000; ++i) {
        const double u = r.unit();
        ASSERT_GE(u, 0.0);
        ASSERT_LT(u, 1.0);
    }
}
