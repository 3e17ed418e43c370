// TraceStat (go tracestat's summary) and TraceFilter over events from several traced peers.
#include "core/trace/nodesnapshot.h"
#include "core/trace/tracestat.h"
#include "obstesthelpers.h"

#include <gtest/gtest.h>

namespace meshscope::trace {
namespace {

using testing::obsPeer;

std::vector<TraceEvent> network()
{
    // Peer 1 publishes m1 on "a" at t=0 and m2 on "b" at t=0; peers 2..11 deliver m1 after
    // 10, 20, ..., 100 ms and m2 after 5 ms.
    std::vector<TraceEvent> events;
    const auto selfPeer = obsPeer(1);
    const auto self = BytesView(selfPeer.bytes());
    events.push_back(publishMessage(self, fromNanos(0), "m1", "a"));
    events.push_back(publishMessage(self, fromNanos(0), "m2", "b"));
    for (std::uint8_t i = 2; i <= 11; ++i) {
        const auto peer = obsPeer(i);
        events.push_back(deliverMessage(BytesView(peer.bytes()), fromNanos((i - 1) * 10'000'000LL), "m1", "a", self));
        events.push_back(deliverMessage(BytesView(peer.bytes()), fromNanos(5'000'000), "m2", "b", self));
    }
    events.push_back(deliverMessage(self, fromNanos(1), "unknown", "a", self));
    events.push_back(graft(self, fromNanos(2), BytesView(obsPeer(2).bytes()), "a"));
    return events;
}

TEST(TraceStat, CountsByTypeAndPerTopicDelay)
{
    TraceStat stat;
    for (const auto& e : network())
        stat.add(e);
    EXPECT_EQ(stat.total(), 24u);
    EXPECT_EQ(stat.counts().at("PUBLISH_MESSAGE"), 2u);
    EXPECT_EQ(stat.counts().at("DELIVER_MESSAGE"), 21u);
    EXPECT_EQ(stat.counts().at("GRAFT"), 1u);
    EXPECT_EQ(stat.tracedPeers(), 11u);
    EXPECT_EQ(stat.unmatched(), 1u);
    const auto d = stat.delays();
    ASSERT_EQ(d.size(), 2u);
    EXPECT_EQ(d.at("a").count, 10u);
    EXPECT_DOUBLE_EQ(d.at("a").p50Ms, 60.0); // nearest rank over 10..100
    EXPECT_DOUBLE_EQ(d.at("a").p90Ms, 90.0);
    EXPECT_DOUBLE_EQ(d.at("a").p99Ms, 100.0);
    EXPECT_DOUBLE_EQ(d.at("a").maxMs, 100.0);
    EXPECT_DOUBLE_EQ(d.at("b").p50Ms, 5.0);
    const auto text = stat.summary();
    EXPECT_NE(text.find("DELIVER_MESSAGE: 21"), std::string::npos);
    EXPECT_NE(text.find("topic a: deliveries 10"), std::string::npos);
}

TEST(TraceStat, PublishMemoryIsBounded)
{
    TraceStat stat(4, 4);
    const auto selfPeer = obsPeer(1);
    const auto self = BytesView(selfPeer.bytes());
    for (int i = 0; i < 100; ++i)
        stat.add(publishMessage(self, fromNanos(i), "m" + std::to_string(i), "t"));
    stat.add(deliverMessage(self, fromNanos(200), "m0", "t", self));  // forgotten
    stat.add(deliverMessage(self, fromNanos(200), "m99", "t", self)); // kept
    EXPECT_EQ(stat.unmatched(), 1u);
    EXPECT_EQ(stat.delays().at("t").count, 1u);
}

TEST(TraceFilter, ByTopicPeerAndType)
{
    const auto events = network();
    TraceFilter byTopic;
    byTopic.topics = {"b"};
    TraceFilter byPeer;
    byPeer.peers = {obsPeer(5).toBase58()};
    TraceFilter byType;
    byType.types = {TraceEvent::GRAFT};
    int t = 0, p = 0, y = 0;
    for (const auto& e : events) {
        t += byTopic.matches(e) ? 1 : 0;
        p += byPeer.matches(e) ? 1 : 0;
        y += byType.matches(e) ? 1 : 0;
    }
    EXPECT_EQ(t, 11);
    EXPECT_EQ(p, 2);
    EXPECT_EQ(y, 1);
    TraceFilter both = byTopic;
    both.peers = byPeer.peers;
    int b = 0;
    for (const auto& e : events)
        b += both.matches(e) ? 1 : 0;
    EXPECT_EQ(b, 1);
}

} // namespace
} // namespace meshscope::trace
