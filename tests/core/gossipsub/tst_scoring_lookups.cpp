// PeerScore's compact lookups: topic parameters kept as a short list up to 8 topics and hashed
// beyond, and a delivery record's counted peers kept inline up to six and in a vector beyond. Both
// sides of each limit must give the same scores.
#include "core/gossipsub/peerscore.h"

#include <gtest/gtest.h>

using namespace meshscope;
using namespace meshscope::gossipsub;
using namespace std::chrono_literals;

namespace {

PeerId peerNo(std::uint8_t n)
{
    Bytes mh { 0x12, 0x20 };
    for (int i = 0; i < 32; ++i)
        mh.push_back(static_cast<std::uint8_t>(n * 7 + i));
    return PeerId::fromBytes(mh).value();
}

const TimePoint t0 = fromNanos(1'000'000'000'000);

PeerScoreParams paramsFor(int topics)
{
    PeerScoreParams p;
    p.decayInterval = 1s;
    p.decayToZero = 0.01;
    for (int i = 0; i < topics; ++i) {
        TopicScoreParams tp;
        tp.topicWeight = 1;
        tp.timeInMeshWeight = 0;
        tp.firstMessageDeliveriesWeight = 1.0 + i; // distinct per topic: a wrong lookup shows
        tp.firstMessageDeliveriesCap = 100;
        tp.meshMessageDeliveriesWeight = 0;
        tp.meshFailurePenaltyWeight = 0;
        tp.invalidMessageDeliveriesWeight = 0;
        p.topics["topic-" + std::to_string(i)] = tp;
    }
    return p;
}

} // namespace

TEST(PeerScoreLookups, TopicParamsFoundWithFewAndManyTopics)
{
    for (int topics : { 1, 8, 9, 40 }) {
        PeerScore ps(paramsFor(topics), {});
        const PeerId a = peerNo(1);
        ps.addPeer(a, t0);
        double expected = 0;
        for (int i = 0; i < topics; ++i) {
            const TopicId topic = "topic-" + std::to_string(i);
            const MessageId id = "m" + std::to_string(i);
            ps.validateMessage(a, id, topic, t0);
            ps.deliverMessage(a, id, topic, t0);
            expected += 1.0 + i;
        }
        ps.validateMessage(a, "x", "not-configured", t0);
        ps.deliverMessage(a, "x", "not-configured", t0); // counts nowhere
        EXPECT_DOUBLE_EQ(ps.score(a, t0), expected) << topics << " topics";
        // Parameters replaced live: the lookup follows (now every topic weighs 2).
        auto p = paramsFor(topics);
        for (auto& [name, tp] : p.topics)
            tp.firstMessageDeliveriesWeight = 2;
        ps.setParams(p, {});
        EXPECT_DOUBLE_EQ(ps.score(a, t0), 2.0 * topics) << topics << " topics";
    }
}

TEST(DeliveryRecord, CountsEachPeerOnceInlineAndBeyond)
{
    DeliveryRecord rec;
    rec.status = DeliveryStatus::Valid;
    for (std::uint8_t n = 0; n < 20; ++n) {
        EXPECT_FALSE(rec.has(peerNo(n)));
        rec.add(peerNo(n));
        rec.add(peerNo(n)); // twice: kept once
        EXPECT_TRUE(rec.has(peerNo(n)));
    }
    for (std::uint8_t n = 0; n < 20; ++n)
        EXPECT_TRUE(rec.has(peerNo(n))) << int(n);
    EXPECT_FALSE(rec.has(peerNo(30)));
    EXPECT_EQ(rec.countedSize + rec.moreCounted.size(), 20u);
    // Pending peers (validation not settled) become counted when it settles.
    DeliveryRecord pending;
    for (std::uint8_t n = 0; n < 9; ++n)
        pending.add(peerNo(n));
    EXPECT_EQ(pending.pending.size(), 9u);
    pending.status = DeliveryStatus::Valid;
    pending.settlePending();
    EXPECT_TRUE(pending.pending.empty());
    for (std::uint8_t n = 0; n < 9; ++n)
        EXPECT_TRUE(pending.has(peerNo(n)));
    EXPECT_FALSE(pending.has(peerNo(10)));
}
