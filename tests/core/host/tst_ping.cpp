#include "core/host/ping.h"

#include <gtest/gtest.h>

using namespace meshscope;
using namespace meshscope::host;
using namespace std::chrono_literals;

TEST(PingResponder, EchoesWholePayloadsAcrossChunks)
{
    PingResponder r;
    Bytes payload(64);
    for (std::size_t i = 0; i < payload.size(); ++i)
        payload[i] = static_cast<std::uint8_t>(i);
    EXPECT_TRUE(r.onData(BytesView(payload).first(10)).empty());
    const Bytes first = r.onData(BytesView(payload).subspan(10, 30)); // 40 bytes total
    ASSERT_EQ(first.size(), 32u);
    EXPECT_TRUE(std::equal(first.begin(), first.end(), payload.begin()));
    const Bytes second = r.onData(BytesView(payload).subspan(40));
    ASSERT_EQ(second.size(), 32u);
    EXPECT_TRUE(std::equal(second.begin(), second.end(), payload.begin() + 32));
}

TEST(PingInitiator, MeasuresRttFromPassedTime)
{
    SeededRng rng(7);
    PingInitiator p;
    const auto t0 = fromNanos(1'000'000);
    auto sent = p.start(rng, t0);
    ASSERT_TRUE(sent);
    ASSERT_EQ(sent->size(), 32u);
    EXPECT_FALSE(p.start(rng, t0)) << "one ping at a time";
    EXPECT_EQ(p.nextTimeout(), t0 + kPingTimeout);
    auto partial = p.onData(BytesView(*sent).first(5), t0 + 1ms);
    ASSERT_TRUE(partial);
    EXPECT_FALSE(partial.value());
    auto done = p.onData(BytesView(*sent).subspan(5), t0 + 3ms);
    ASSERT_TRUE(done);
    ASSERT_TRUE(done.value());
    EXPECT_EQ(*done.value(), 3ms);
    EXPECT_FALSE(p.outstanding());
    EXPECT_FALSE(p.nextTimeout());
}

TEST(PingInitiator, PayloadsDifferAndComeFromRng)
{
    SeededRng a(1), b(1);
    PingInitiator p, q;
    auto x = p.start(a, fromNanos(0));
    auto y = q.start(b, fromNanos(0));
    EXPECT_EQ(*x, *y) << "same seed, same payload";
    p.onData(*x, fromNanos(1)).value();
    auto z = p.start(a, fromNanos(2));
    EXPECT_NE(*x, *z);
}

TEST(PingInitiator, RejectsWrongOrLongEcho)
{
    SeededRng rng(3);
    PingInitiator p;
    auto sent = *p.start(rng, fromNanos(0));
    Bytes wrong = sent;
    wrong[0] ^= 1;
    EXPECT_FALSE(p.onData(wrong, fromNanos(1)));

    PingInitiator q;
    auto s2 = *q.start(rng, fromNanos(0));
    Bytes longer = s2;
    longer.push_back(0);
    EXPECT_FALSE(q.onData(longer, fromNanos(1)));

    PingInitiator idle;
    EXPECT_FALSE(idle.onData(s2, fromNanos(1))) << "unsolicited echo";
}

TEST(PingInitiator, TimesOut)
{
    SeededRng rng(3);
    PingInitiator p;
    const auto t0 = fromNanos(5);
    (void)p.start(rng, t0);
    EXPECT_FALSE(p.onTimeout(t0 + kPingTimeout - 1ns));
    EXPECT_TRUE(p.onTimeout(t0 + kPingTimeout));
    EXPECT_FALSE(p.outstanding());
}
