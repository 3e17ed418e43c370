// PeerScore: each score component on its own with hand-computed values, decay, retention,
// colocation, caps, weights and live parameter changes.
#include "core/gossipsub/peerscore.h"
#include "tests/core/gossipsub/scoretestpeers.h"

#include <gtest/gtest.h>

using namespace meshscope;
using namespace meshscope::gossipsub;
using namespace std::chrono_literals;

namespace {

using scoretest::peer;

const TimePoint t0 = fromNanos(1'000'000'000'000);
const TopicId kTopic = "t";

// A topic with every weight 0 (each test turns on the component it checks).
TopicScoreParams silentTopic()
{
    TopicScoreParams tp;
    tp.topicWeight = 1;
    tp.timeInMeshWeight = 0;
    tp.firstMessageDeliveriesWeight = 0;
    tp.meshMessageDeliveriesWeight = 0;
    tp.meshFailurePenaltyWeight = 0;
    tp.invalidMessageDeliveriesWeight = 0;
    return tp;
}

PeerScoreParams paramsWith(const TopicScoreParams& tp)
{
    PeerScoreParams p;
    p.topics[kTopic] = tp;
    p.decayInterval = 1s;
    p.decayToZero = 0.01;
    return p;
}

// P3 alone: threshold and cap 10, active after 1 s, near-first within 10 ms.
TopicScoreParams p3Topic()
{
    auto tp = silentTopic();
    tp.meshMessageDeliveriesWeight = -1;
    tp.meshMessageDeliveriesThreshold = 10;
    tp.meshMessageDeliveriesCap = 10;
    tp.meshMessageDeliveriesActivation = 1s;
    tp.meshMessageDeliveriesWindow = 10ms;
    return tp;
}

// Adds `peers` and grafts them at t0.
void graftAll(PeerScore& ps, std::initializer_list<PeerId> peers)
{
    for (const auto& p : peers) {
        ps.addPeer(p, t0);
        ps.graft(p, kTopic, t0);
    }
}

// Validates and delivers a message first received from `from`.
void firstDelivery(PeerScore& ps, const PeerId& from, const MessageId& id, TimePoint now)
{
    ps.validateMessage(from, id, kTopic, now);
    ps.deliverMessage(from, id, kTopic, now);
}

} // namespace

TEST(PeerScore, DisabledParamsScoreZero)
{
    PeerScore ps(PeerScoreParams{}, PeerScoreThresholds{});
    ps.addPeer(peer(1), t0);
    ps.addPenalty(peer(1), 10);
    EXPECT_EQ(ps.score(peer(1), t0), 0.0);
    EXPECT_FALSE(ps.nextTimeout().has_value());
    EXPECT_TRUE(ps.breakdown(t0).empty());
}

TEST(PeerScore, UnknownPeerScoresZero)
{
    auto tp = silentTopic();
    tp.firstMessageDeliveriesWeight = 1;
    PeerScore ps(paramsWith(tp), {});
    firstDelivery(ps, peer(9), "m", t0); // never added: ignored
    EXPECT_EQ(ps.score(peer(9), t0), 0.0);
    EXPECT_EQ(ps.peerCount(), 0u);
}

TEST(PeerScore, P1TimeInMeshQuantumAndCap)
{
    auto tp = silentTopic();
    tp.topicWeight = 0.5;
    tp.timeInMeshWeight = 2;
    tp.timeInMeshQuantum = 1s;
    tp.timeInMeshCap = 10;
    PeerScore ps(paramsWith(tp), {});
    const auto a = peer(1);
    ps.addPeer(a, t0);
    EXPECT_EQ(ps.score(a, t0 + 5s), 0.0); // not in mesh
    ps.graft(a, kTopic, t0);
    EXPECT_DOUBLE_EQ(ps.score(a, t0 + 999ms), 0.0);      // less than one quantum
    EXPECT_DOUBLE_EQ(ps.score(a, t0 + 3500ms), 3.0);     // floor(3.5) * 2 * 0.5
    EXPECT_DOUBLE_EQ(ps.score(a, t0 + 100s), 10.0);      // cap 10 * 2 * 0.5
    ps.prune(a, kTopic, t0 + 100s);
    EXPECT_DOUBLE_EQ(ps.score(a, t0 + 100s), 0.0);
}

TEST(PeerScore, P2FirstDeliveriesCapAndDecayToZero)
{
    auto tp = silentTopic();
    tp.firstMessageDeliveriesWeight = 1;
    tp.firstMessageDeliveriesDecay = 0.5;
    tp.firstMessageDeliveriesCap = 3;
    auto p = paramsWith(tp);
    p.decayToZero = 0.5;
    PeerScore ps(p, {});
    const auto a = peer(1);
    ps.addPeer(a, t0);
    for (int i = 0; i < 5; ++i)
        firstDelivery(ps, a, "m" + std::to_string(i), t0);
    EXPECT_DOUBLE_EQ(ps.score(a, t0), 3.0); // capped at increment
    // Delivering the same message again earns nothing.
    ps.deliverMessage(a, "m0", kTopic, t0);
    EXPECT_DOUBLE_EQ(ps.score(a, t0), 3.0);
    ASSERT_EQ(ps.nextTimeout(), t0 + 1s);
    ps.refresh(t0 + 1s);
    EXPECT_DOUBLE_EQ(ps.score(a, t0 + 1s), 1.5);
    ps.refresh(t0 + 2s);
    EXPECT_DOUBLE_EQ(ps.score(a, t0 + 2s), 0.75);
    ps.refresh(t0 + 3s); // 0.375 < decayToZero 0.5
    EXPECT_DOUBLE_EQ(ps.score(a, t0 + 3s), 0.0);
}

TEST(PeerScore, RefreshCatchesUpMissedIntervals)
{
    auto tp = silentTopic();
    tp.firstMessageDeliveriesWeight = 1;
    tp.firstMessageDeliveriesDecay = 0.5;
    tp.firstMessageDeliveriesCap = 100;
    PeerScore ps(paramsWith(tp), {});
    const auto a = peer(1);
    ps.addPeer(a, t0);
    for (int i = 0; i < 8; ++i)
        firstDelivery(ps, a, "m" + std::to_string(i), t0);
    ps.refresh(t0 + 500ms); // not due: no decay
    EXPECT_DOUBLE_EQ(ps.score(a, t0 + 500ms), 8.0);
    ps.refresh(t0 + 3500ms); // due at 1 s, 2 s and 3 s: three decays
    EXPECT_DOUBLE_EQ(ps.score(a, t0 + 3500ms), 1.0);
    EXPECT_EQ(ps.nextTimeout(), t0 + 4s);
}

TEST(PeerScore, P3DeficitSquaredAfterActivation)
{
    auto tp = silentTopic();
    tp.meshMessageDeliveriesWeight = -1;
    tp.meshMessageDeliveriesThreshold = 4;
    tp.meshMessageDeliveriesCap = 5;
    tp.meshMessageDeliveriesActivation = 2s;
    tp.meshMessageDeliveriesDecay = 0.5;
    PeerScore ps(paramsWith(tp), {});
    const auto a = peer(1);
    ps.addPeer(a, t0);
    firstDelivery(ps, a, "before-graft", t0); // not in mesh: no P3 credit
    ps.graft(a, kTopic, t0);
    firstDelivery(ps, a, "m1", t0 + 500ms);
    EXPECT_DOUBLE_EQ(ps.score(a, t0 + 2s), 0.0);     // activation not yet passed
    EXPECT_DOUBLE_EQ(ps.score(a, t0 + 2001ms), -9.0); // deficit 4 - 1 = 3, squared
    for (int i = 0; i < 10; ++i)
        firstDelivery(ps, a, "n" + std::to_string(i), t0 + 3s);
    EXPECT_DOUBLE_EQ(ps.score(a, t0 + 3s), 0.0); // 5 (capped) >= threshold
    ps.refresh(t0 + 3s); // due at 1 s, 2 s, 3 s: 5 -> 2.5 -> 1.25 -> 0.625
    EXPECT_DOUBLE_EQ(ps.score(a, t0 + 3s), -(3.375 * 3.375));
}

TEST(PeerScore, P3NearFirstDeliveriesWithinWindow)
{
    PeerScore ps(paramsWith(p3Topic()), {});
    const auto a = peer(1), b = peer(2), c = peer(3);
    graftAll(ps, { a, b, c });
    const TimePoint t = t0 + 5s;
    // During validation: b's duplicate counts when the message is delivered.
    ps.validateMessage(a, "m1", kTopic, t);
    ps.duplicateMessage(b, "m1", kTopic, t + 1ms);
    ps.duplicateMessage(b, "m1", kTopic, t + 2ms); // same peer twice: once
    ps.deliverMessage(a, "m1", kTopic, t + 50ms);
    // After validation: within the window counts, after it does not.
    ps.duplicateMessage(b, "m2", kTopic, t); // never validated: pending
    firstDelivery(ps, a, "m3", t);
    ps.duplicateMessage(b, "m3", kTopic, t + 10ms); // on the window edge: counts
    ps.duplicateMessage(c, "m3", kTopic, t + 11ms); // late: no credit
    ps.duplicateMessage(a, "m3", kTopic, t + 1ms);  // the first sender again: nothing
    // a: 2 first deliveries -> deficit 8; b: 2 near-first -> deficit 8; c: none -> deficit 10
    EXPECT_DOUBLE_EQ(ps.score(a, t + 1s), -64.0);
    EXPECT_DOUBLE_EQ(ps.score(b, t + 1s), -64.0);
    EXPECT_DOUBLE_EQ(ps.score(c, t + 1s), -100.0);
}

TEST(PeerScore, P3DuplicatesThroughAHandleCountForItsPeer)
{
    PeerScore ps(paramsWith(p3Topic()), {});
    const auto a = peer(1), b = peer(2), c = peer(3);
    graftAll(ps, { a, b, c });
    const TimePoint t = t0 + 5s;
    firstDelivery(ps, a, "m1", t);
    firstDelivery(ps, a, "m2", t);
    ps.duplicateMessage(ps.handle(b), b, "m1", kTopic, t + 1ms);
    ps.duplicateMessage(ps.handle(b), b, "m1", kTopic, t + 2ms); // same peer twice: once
    ps.duplicateMessage(ScoreHandle {}, c, "m2", kTopic, t + 1ms); // no handle: found by id
    ps.duplicateMessage(ps.handle(c), c, "m1", kTopic, t + 11ms); // late: no credit
    // a: 2 first deliveries -> deficit 8; b and c: 1 near-first each -> deficit 9
    EXPECT_DOUBLE_EQ(ps.score(a, t + 1s), -64.0);
    EXPECT_DOUBLE_EQ(ps.score(b, t + 1s), -81.0);
    EXPECT_DOUBLE_EQ(ps.score(c, t + 1s), -81.0);
}

TEST(PeerScore, P3bPenaltyOnPruneWithDeficitThenDecays)
{
    auto tp = silentTopic();
    tp.meshMessageDeliveriesWeight = -1;
    tp.meshMessageDeliveriesThreshold = 3;
    tp.meshMessageDeliveriesCap = 3;
    tp.meshMessageDeliveriesActivation = 1s;
    tp.meshFailurePenaltyWeight = -2;
    tp.meshFailurePenaltyDecay = 0.5;
    PeerScore ps(paramsWith(tp), {});
    const auto a = peer(1), b = peer(2);
    ps.addPeer(a, t0);
    ps.addPeer(b, t0);
    ps.graft(a, kTopic, t0);
    ps.graft(b, kTopic, t0);
    firstDelivery(ps, a, "m1", t0);
    ps.prune(b, kTopic, t0 + 500ms); // before activation: no penalty
    EXPECT_DOUBLE_EQ(ps.score(b, t0 + 500ms), 0.0);
    ps.prune(a, kTopic, t0 + 2s); // deficit 2 -> P3b 4, weight -2
    EXPECT_DOUBLE_EQ(ps.score(a, t0 + 2s), -8.0);
    ps.refresh(t0 + 2s); // due at 1 s and 2 s: two decays
    const auto bd = ps.breakdown(t0 + 2s);
    ASSERT_EQ(bd.size(), 2u);
    ASSERT_EQ(bd[0].peer == a ? bd[0].topics.size() : bd[1].topics.size(), 1u);
    const auto& ta = (bd[0].peer == a ? bd[0] : bd[1]).topics[0];
    EXPECT_DOUBLE_EQ(ta.meshFailurePenalty, 1.0); // 4 * 0.5 * 0.5
    EXPECT_DOUBLE_EQ(ta.p3b, -2.0);
    EXPECT_FALSE(ta.inMesh);
}

TEST(PeerScore, P4InvalidMessagesSquaredPerRejectReason)
{
    auto tp = silentTopic();
    tp.invalidMessageDeliveriesWeight = -1;
    tp.invalidMessageDeliveriesDecay = 0.5;
    PeerScore ps(paramsWith(tp), {});
    const auto a = peer(1), b = peer(2), c = peer(3);
    for (const auto& p : {a, b, c})
        ps.addPeer(p, t0);
    // Validation failed: the sender and the peer that forwarded it during validation.
    ps.validateMessage(a, "bad", kTopic, t0);
    ps.duplicateMessage(b, "bad", kTopic, t0);
    ps.rejectMessage(a, "bad", kTopic, RejectReason::ValidationFailed, t0);
    EXPECT_DOUBLE_EQ(ps.score(a, t0), -1.0);
    EXPECT_DOUBLE_EQ(ps.score(b, t0), -1.0);
    // A later duplicate of a known-invalid message is penalised too.
    ps.duplicateMessage(c, "bad", kTopic, t0);
    EXPECT_DOUBLE_EQ(ps.score(c, t0), -1.0);
    // Signature problems penalise the sender without tracking the message.
    ps.rejectMessage(a, "sig", kTopic, RejectReason::InvalidSignature, t0);
    EXPECT_DOUBLE_EQ(ps.score(a, t0), -4.0); // 2 squared
    // Ignored, throttled, queue full and blacklists cost nothing, for sender or forwarders.
    ps.validateMessage(b, "ign", kTopic, t0);
    ps.duplicateMessage(c, "ign", kTopic, t0);
    ps.rejectMessage(b, "ign", kTopic, RejectReason::ValidationIgnored, t0);
    ps.duplicateMessage(a, "ign", kTopic, t0);
    ps.rejectMessage(b, "thr", kTopic, RejectReason::ValidationThrottled, t0);
    ps.rejectMessage(b, "qf", kTopic, RejectReason::ValidationQueueFull, t0);
    ps.rejectMessage(b, "bl", kTopic, RejectReason::BlacklistedPeer, t0);
    ps.rejectMessage(b, "bs", kTopic, RejectReason::BlacklistedSource, t0);
    EXPECT_DOUBLE_EQ(ps.score(a, t0), -4.0);
    EXPECT_DOUBLE_EQ(ps.score(b, t0), -1.0);
    EXPECT_DOUBLE_EQ(ps.score(c, t0), -1.0);
    ps.refresh(t0 + 1s); // armed at the first event: due at t0 + 1 s
    EXPECT_DOUBLE_EQ(ps.score(a, t0 + 1s), -1.0); // counter 2 -> 1
}

TEST(PeerScore, P5ApplicationScoreValueAndCallback)
{
    auto p = paramsWith(silentTopic());
    p.appSpecificWeight = 2;
    PeerScore ps(p, {});
    const auto a = peer(1), b = peer(2);
    ps.addPeer(a, t0);
    ps.addPeer(b, t0);
    ps.setApplicationScore(a, -3);
    EXPECT_DOUBLE_EQ(ps.score(a, t0), -6.0);
    EXPECT_DOUBLE_EQ(ps.score(b, t0), 0.0);
    p.appSpecificScore = [b](const PeerId& id) { return id == b ? 1.5 : 0.0; };
    ps.setParams(p, {});
    EXPECT_DOUBLE_EQ(ps.score(a, t0), 0.0);
    EXPECT_DOUBLE_EQ(ps.score(b, t0), 3.0);
}

TEST(PeerScore, P6ColocationSquaredSurplusAndWhitelist)
{
    auto p = paramsWith(silentTopic());
    p.ipColocationFactorWeight = -1;
    p.ipColocationFactorThreshold = 1;
    PeerScore ps(p, {});
    const auto a = peer(1), b = peer(2), c = peer(3), d = peer(4);
    for (const auto& x : {a, b, c, d})
        ps.addPeer(x, t0);
    ps.setPeerIp(a, "10.1.2.3");
    ps.setPeerIp(b, "10.1.2.3");
    ps.setPeerIp(c, "10.1.2.3");
    ps.setPeerIp(d, "192.168.0.1");
    EXPECT_DOUBLE_EQ(ps.score(a, t0), -4.0); // 3 peers, threshold 1: surplus 2, squared
    EXPECT_DOUBLE_EQ(ps.score(d, t0), 0.0);
    ps.setPeerIp(c, "192.168.0.1"); // moves: 2 and 2
    EXPECT_DOUBLE_EQ(ps.score(a, t0), -1.0);
    EXPECT_DOUBLE_EQ(ps.score(d, t0), -1.0);
    p.ipColocationWhitelist = {"10.0.0.0/8"};
    ps.setParams(p, {});
    EXPECT_DOUBLE_EQ(ps.score(a, t0), 0.0);
    EXPECT_DOUBLE_EQ(ps.score(d, t0), -1.0);
    p.ipColocationWhitelist = {"192.168.0.1"};
    ps.setParams(p, {});
    EXPECT_DOUBLE_EQ(ps.score(d, t0), 0.0);
    EXPECT_DOUBLE_EQ(ps.score(a, t0), -1.0);
    // A peer leaving with a positive (here zero would be retained) score frees its IP slot.
    p.ipColocationWhitelist.clear();
    ps.setParams(p, {});
    ps.removePeer(c, t0); // retainScore 0: forgotten at once
    EXPECT_DOUBLE_EQ(ps.score(d, t0), 0.0);
}

TEST(PeerScore, WhitelistEntries)
{
    EXPECT_TRUE(ipMatchesWhitelistEntry("10.9.8.7", "10.0.0.0/8"));
    EXPECT_FALSE(ipMatchesWhitelistEntry("11.9.8.7", "10.0.0.0/8"));
    EXPECT_TRUE(ipMatchesWhitelistEntry("fd00::1", "fd00::/8"));
    EXPECT_FALSE(ipMatchesWhitelistEntry("10.0.0.1", "fd00::/8"));
    EXPECT_TRUE(ipMatchesWhitelistEntry("1.2.3.4", "1.2.3.4"));
    EXPECT_TRUE(ipMatchesWhitelistEntry("1.2.3.4", "0.0.0.0/0"));
    EXPECT_FALSE(isValidWhitelistEntry("10.0.0.0/33"));
    EXPECT_FALSE(isValidWhitelistEntry("not an ip"));
    EXPECT_FALSE(isValidWhitelistEntry("10.0.0.0/"));
}

TEST(PeerScore, P7BehaviourPenaltySquaredExcessAndDecay)
{
    auto p = paramsWith(silentTopic());
    p.behaviourPenaltyWeight = -1;
    p.behaviourPenaltyThreshold = 1;
    p.behaviourPenaltyDecay = 0.5;
    PeerScore ps(p, {});
    const auto a = peer(1);
    ps.addPeer(a, t0);
    ps.addPenalty(a, 1);
    EXPECT_DOUBLE_EQ(ps.score(a, t0), 0.0); // at the threshold: free
    ps.addPenalty(a, 2);
    EXPECT_DOUBLE_EQ(ps.score(a, t0), -4.0); // (3 - 1)^2
    ps.refresh(t0 + 1s);
    EXPECT_DOUBLE_EQ(ps.score(a, t0 + 1s), -0.25); // 1.5 -> (0.5)^2
}

TEST(PeerScore, TopicWeightsAndTopicScoreCap)
{
    auto tp = silentTopic();
    tp.firstMessageDeliveriesWeight = 1;
    tp.firstMessageDeliveriesCap = 100;
    tp.invalidMessageDeliveriesWeight = -1;
    auto p = paramsWith(tp);
    tp.topicWeight = 3;
    p.topics["u"] = tp;
    p.topicScoreCap = 10;
    p.behaviourPenaltyWeight = -1;
    p.behaviourPenaltyDecay = 0.5;
    PeerScore ps(p, {});
    const auto a = peer(1);
    ps.addPeer(a, t0);
    firstDelivery(ps, a, "m1", t0);                       // topic t: +1 * 1
    ps.validateMessage(a, "m2", "u", t0);
    ps.deliverMessage(a, "m2", "u", t0);                  // topic u: +1 * 3
    ps.validateMessage(a, "m3", "unconfigured", t0);
    ps.deliverMessage(a, "m3", "unconfigured", t0);       // ignored
    EXPECT_DOUBLE_EQ(ps.score(a, t0), 4.0);
    for (int i = 0; i < 5; ++i) {
        ps.validateMessage(a, "x" + std::to_string(i), "u", t0);
        ps.deliverMessage(a, "x" + std::to_string(i), "u", t0);
    }
    EXPECT_DOUBLE_EQ(ps.score(a, t0), 10.0); // 1 + 18 capped at 10
    ps.addPenalty(a, 2);
    EXPECT_DOUBLE_EQ(ps.score(a, t0), 6.0); // the cap applies to topics only
    // Negative topic sums are not capped.
    auto b = peer(2);
    ps.addPeer(b, t0);
    for (int i = 0; i < 4; ++i)
        ps.rejectMessage(b, "s" + std::to_string(i), "u", RejectReason::InvalidSignature, t0);
    EXPECT_DOUBLE_EQ(ps.score(b, t0), -48.0); // 16 * -1 * 3
}

TEST(PeerScore, NegativeScoreRetainedAcrossReconnect)
{
    auto tp = silentTopic();
    tp.invalidMessageDeliveriesWeight = -1;
    tp.invalidMessageDeliveriesDecay = 0.5;
    tp.firstMessageDeliveriesWeight = 1;
    tp.firstMessageDeliveriesCap = 100;
    auto p = paramsWith(tp);
    p.retainScore = 10s;
    PeerScore ps(p, {});
    const auto a = peer(1);
    ps.addPeer(a, t0);
    ps.setPeerIp(a, "10.0.0.1");
    firstDelivery(ps, a, "good", t0);
    for (int i = 0; i < 2; ++i)
        ps.rejectMessage(a, "bad" + std::to_string(i), kTopic, RejectReason::InvalidSignature, t0);
    EXPECT_DOUBLE_EQ(ps.score(a, t0), -3.0); // +1 - 4
    ps.removePeer(a, t0);
    EXPECT_DOUBLE_EQ(ps.score(a, t0), -4.0); // retained; P2 reset
    ps.refresh(t0 + 1s);
    ps.refresh(t0 + 2s);
    EXPECT_DOUBLE_EQ(ps.score(a, t0 + 2s), -4.0); // retained peers do not decay
    ps.addPeer(a, t0 + 5s);
    EXPECT_DOUBLE_EQ(ps.score(a, t0 + 5s), -4.0); // reconnecting does not reset
    auto bd = ps.breakdown(t0 + 5s);
    ASSERT_EQ(bd.size(), 1u);
    EXPECT_TRUE(bd[0].connected);
    // Past retainScore the stats are forgotten.
    ps.removePeer(a, t0 + 6s);
    EXPECT_FALSE(ps.breakdown(t0 + 6s)[0].connected);
    ps.refresh(t0 + 16s);
    EXPECT_EQ(ps.peerCount(), 1u); // expiry is strictly after t0 + 16 s
    ps.refresh(t0 + 17s);
    EXPECT_EQ(ps.peerCount(), 0u);
    EXPECT_DOUBLE_EQ(ps.score(a, t0 + 17s), 0.0);
}

TEST(PeerScore, HandleScoresLikeTheIdAndSurvivesGrowthAndRetention)
{
    auto tp = silentTopic();
    tp.invalidMessageDeliveriesWeight = -1;
    tp.invalidMessageDeliveriesDecay = 0.5;
    tp.timeInMeshWeight = 0.5;
    tp.timeInMeshQuantum = 1s;
    tp.timeInMeshCap = 10;
    auto p = paramsWith(tp);
    p.retainScore = 10s;
    PeerScore ps(p, {});
    EXPECT_EQ(ps.handle(peer(1)).state, nullptr); // unknown peer: no handle
    const auto a = peer(1);
    ps.addPeer(a, t0);
    const ScoreHandle h = ps.handle(a);
    ASSERT_NE(h.state, nullptr);
    for (std::uint8_t n = 2; n < 200; ++n) // the map and its index grow and rehash
        ps.addPeer(peer(n), t0);
    ps.graft(a, kTopic, t0);
    ps.rejectMessage(a, "bad", kTopic, RejectReason::InvalidSignature, t0);
    ps.prefetch(h);
    EXPECT_DOUBLE_EQ(ps.score(h, t0 + 3s), 0.5); // P1 3 quanta * 0.5, P4 -1
    EXPECT_DOUBLE_EQ(ps.score(h, t0 + 3s), ps.score(a, t0 + 3s));
    // Retained and revived: the same stats, so the same handle.
    ps.prune(a, kTopic, t0 + 3s);
    ps.removePeer(a, t0 + 3s);
    ps.addPeer(a, t0 + 4s);
    EXPECT_EQ(ps.handle(a).state, h.state);
    EXPECT_DOUBLE_EQ(ps.score(h, t0 + 4s), -1.0);
    // Disabled params: 0 through the handle too.
    ps.setParams(PeerScoreParams {}, {});
    EXPECT_EQ(ps.score(h, t0 + 4s), 0.0);
}

TEST(PeerScore, PositiveScoreForgottenOnDisconnect)
{
    auto tp = silentTopic();
    tp.firstMessageDeliveriesWeight = 1;
    tp.firstMessageDeliveriesCap = 100;
    auto p = paramsWith(tp);
    p.retainScore = 10s;
    PeerScore ps(p, {});
    const auto a = peer(1);
    ps.addPeer(a, t0);
    firstDelivery(ps, a, "good", t0);
    ps.removePeer(a, t0);
    EXPECT_EQ(ps.peerCount(), 0u);
    ps.addPeer(a, t0 + 1s);
    EXPECT_DOUBLE_EQ(ps.score(a, t0 + 1s), 0.0);
}

TEST(PeerScore, RetainedPeerInMeshGetsDeficitPenalty)
{
    auto tp = silentTopic();
    tp.meshMessageDeliveriesWeight = -1;
    tp.meshMessageDeliveriesThreshold = 2;
    tp.meshMessageDeliveriesCap = 2;
    tp.meshMessageDeliveriesActivation = 1s;
    tp.meshFailurePenaltyWeight = -1;
    tp.meshFailurePenaltyDecay = 0.5;
    auto p = paramsWith(tp);
    p.retainScore = 60s;
    PeerScore ps(p, {});
    const auto a = peer(1);
    ps.addPeer(a, t0);
    ps.graft(a, kTopic, t0);
    ps.removePeer(a, t0 + 5s); // score -4 (P3): retained with P3b 4, out of the mesh
    EXPECT_DOUBLE_EQ(ps.score(a, t0 + 5s), -4.0);
    const auto bd = ps.breakdown(t0 + 5s);
    ASSERT_EQ(bd.size(), 1u);
    EXPECT_DOUBLE_EQ(bd[0].topics.at(0).p3, 0.0);
    EXPECT_DOUBLE_EQ(bd[0].topics.at(0).p3b, -4.0);
}

TEST(PeerScore, LiveSetParamsKeepsAndRecapsCounters)
{
    auto tp = silentTopic();
    tp.firstMessageDeliveriesWeight = 1;
    tp.firstMessageDeliveriesCap = 10;
    auto p = paramsWith(tp);
    PeerScore ps(p, {});
    const auto a = peer(1);
    ps.addPeer(a, t0);
    for (int i = 0; i < 6; ++i)
        firstDelivery(ps, a, "m" + std::to_string(i), t0);
    EXPECT_DOUBLE_EQ(ps.score(a, t0), 6.0);
    p.topics[kTopic].firstMessageDeliveriesWeight = 2; // counters kept, new weight
    ps.setParams(p, {});
    EXPECT_DOUBLE_EQ(ps.score(a, t0), 12.0);
    p.topics[kTopic].firstMessageDeliveriesCap = 4; // lower cap re-caps the counter
    ps.setParams(p, {});
    EXPECT_DOUBLE_EQ(ps.score(a, t0), 8.0);
    p.topics[kTopic].firstMessageDeliveriesCap = 10; // raising it does not restore
    ps.setParams(p, {});
    EXPECT_DOUBLE_EQ(ps.score(a, t0), 8.0);
    PeerScoreThresholds th;
    th.gossipThreshold = -1;
    th.publishThreshold = -2;
    th.graylistThreshold = -3;
    ps.setParams(p, th);
    EXPECT_EQ(ps.thresholds(), th);
    // Removing the topic drops its stats; scoring then disabled means 0.
    p.topics.clear();
    p.behaviourPenaltyWeight = -1;
    ps.setParams(p, {});
    EXPECT_DOUBLE_EQ(ps.score(a, t0), 0.0);
    EXPECT_TRUE(ps.breakdown(t0).at(0).topics.empty());
}

TEST(PeerScore, DeliveryRecordsAreBounded)
{
    auto tp = silentTopic();
    tp.firstMessageDeliveriesWeight = 1;
    auto p = paramsWith(tp);
    p.maxDeliveryRecords = 10;
    p.seenMsgTTL = 5s;
    PeerScore ps(p, {});
    const auto a = peer(1);
    ps.addPeer(a, t0);
    for (int i = 0; i < 100; ++i)
        ps.validateMessage(a, "m" + std::to_string(i), kTopic, t0);
    EXPECT_EQ(ps.deliveryRecordCount(), 10u);
    ps.refresh(t0 + 5s);
    EXPECT_EQ(ps.deliveryRecordCount(), 10u);
    ps.refresh(t0 + 6s);
    EXPECT_EQ(ps.deliveryRecordCount(), 0u);
    // Evicted records simply start over: validated and delivered later still counts once.
    firstDelivery(ps, a, "m0", t0 + 6s);
    EXPECT_DOUBLE_EQ(ps.score(a, t0 + 6s), 1.0);
}

TEST(PeerScore, BreakdownListsEveryComponent)
{
    auto tp = silentTopic();
    tp.topicWeight = 2;
    tp.timeInMeshWeight = 0.5;
    tp.timeInMeshQuantum = 1s;
    tp.timeInMeshCap = 100;
    tp.firstMessageDeliveriesWeight = 1;
    tp.firstMessageDeliveriesCap = 100;
    auto p = paramsWith(tp);
    p.appSpecificWeight = 1;
    p.ipColocationFactorWeight = -1;
    p.ipColocationFactorThreshold = 1;
    p.behaviourPenaltyWeight = -1;
    PeerScore ps(p, {});
    const auto a = peer(1), b = peer(2);
    ps.addPeer(a, t0);
    ps.addPeer(b, t0);
    ps.setPeerIp(a, "1.1.1.1");
    ps.setPeerIp(b, "1.1.1.1");
    ps.graft(a, kTopic, t0);
    firstDelivery(ps, a, "m", t0);
    ps.setApplicationScore(a, 5);
    ps.addPenalty(a, 2);
    const auto bd = ps.breakdown(t0 + 4s);
    ASSERT_EQ(bd.size(), 2u);
    const auto& x = bd[0].peer == a ? bd[0] : bd[1];
    ASSERT_EQ(x.topics.size(), 1u);
    EXPECT_DOUBLE_EQ(x.topics[0].p1, 2.0);
    EXPECT_DOUBLE_EQ(x.topics[0].p2, 1.0);
    EXPECT_EQ(x.topics[0].meshTime, 4s);
    EXPECT_DOUBLE_EQ(x.topics[0].meshDeliveries, 1.0);
    EXPECT_DOUBLE_EQ(x.p5, 5.0);
    EXPECT_DOUBLE_EQ(x.p6, -1.0);
    EXPECT_DOUBLE_EQ(x.p7, -4.0);
    EXPECT_DOUBLE_EQ(x.total, (2.0 + 1.0) * 2 + 5 - 1 - 4);
    EXPECT_DOUBLE_EQ(x.total, ps.score(a, t0 + 4s));
    EXPECT_TRUE(x.connected);
}

TEST(PeerScore, P6Ipv6CountsPerSlash64AndIgnoresLoopback)
{
    EXPECT_EQ(ipColocationKeys("2001:0db8:0001:0002:0000:0000:0000:0005"),
              (std::vector<std::string>{"2001:db8:1:2::5", "2001:db8:1:2::"}));
    EXPECT_EQ(ipColocationKeys("10.0.0.1"), (std::vector<std::string>{"10.0.0.1"}));
    EXPECT_TRUE(ipColocationKeys("127.0.0.1").empty());
    EXPECT_TRUE(ipColocationKeys("::1").empty());
    EXPECT_TRUE(ipColocationKeys("not-an-ip").empty());

    auto p = paramsWith(silentTopic());
    p.ipColocationFactorWeight = -1;
    p.ipColocationFactorThreshold = 1;
    PeerScore ps(p, {});
    const auto a = peer(1), b = peer(2), c = peer(3), d = peer(4);
    for (const auto& x : {a, b, c, d})
        ps.addPeer(x, t0);
    ps.setPeerIp(a, "2001:db8:1:2::5");
    ps.setPeerIp(b, "2001:db8:1:2::6"); // same /64, different address
    ps.setPeerIp(c, "127.0.0.1");
    ps.setPeerIp(d, "127.0.0.1");
    EXPECT_DOUBLE_EQ(ps.score(a, t0), -1.0); // the /64 holds 2 peers: surplus 1
    EXPECT_DOUBLE_EQ(ps.score(b, t0), -1.0);
    EXPECT_DOUBLE_EQ(ps.score(c, t0), 0.0); // loopback is never counted
    p.ipColocationWhitelist = {"2001:db8::/32"};
    ps.setParams(p, {});
    EXPECT_DOUBLE_EQ(ps.score(a, t0), 0.0);
}

TEST(PeerScore, RetainedPeerStillCountsForColocationUntilExpiry)
{
    auto tp = silentTopic();
    tp.invalidMessageDeliveriesWeight = -1;
    auto p = paramsWith(tp);
    p.ipColocationFactorWeight = -1;
    p.ipColocationFactorThreshold = 1;
    p.retainScore = 5s;
    PeerScore ps(p, {});
    const auto a = peer(1), b = peer(2);
    ps.addPeer(a, t0);
    ps.addPeer(b, t0);
    ps.setPeerIp(a, "10.0.0.1");
    ps.setPeerIp(b, "10.0.0.1");
    ps.rejectMessage(a, "x", kTopic, RejectReason::InvalidSignature, t0);
    ps.removePeer(a, t0); // score -2: retained with its IP
    EXPECT_DOUBLE_EQ(ps.score(b, t0), -1.0);
    ps.refresh(t0 + 6s);
    EXPECT_EQ(ps.peerCount(), 1u);
    EXPECT_DOUBLE_EQ(ps.score(b, t0 + 6s), 0.0);
}

TEST(PeerScore, NextTimeoutFollowsDecayIntervalChanges)
{
    auto p = paramsWith(silentTopic());
    p.behaviourPenaltyWeight = -1;
    PeerScore ps(p, {});
    EXPECT_FALSE(ps.nextTimeout().has_value()); // nothing happened yet
    ps.addPeer(peer(1), t0);
    EXPECT_EQ(ps.nextTimeout(), t0 + 1s);
    ps.refresh(t0 + 1s);
    EXPECT_EQ(ps.nextTimeout(), t0 + 2s);
    p.decayInterval = 5s;
    ps.setParams(p, {});
    EXPECT_EQ(ps.nextTimeout(), t0 + 6s);
    ps.setParams(PeerScoreParams{}, {}); // scoring off: no timer
    EXPECT_FALSE(ps.nextTimeout().has_value());
}

// PeerScore's compact lookups: topic parameters kept as a short list up to 8 topics and hashed
// beyond, and a delivery record's counted peers kept inline up to six and in a vector beyond. Both
// sides of each limit must give the same scores.
namespace {

PeerScoreParams paramsFor(int topics)
{
    PeerScoreParams p;
    p.decayInterval = 1s;
    p.decayToZero = 0.01;
    for (int i = 0; i < topics; ++i) {
        TopicScoreParams tp = silentTopic();
        tp.firstMessageDeliveriesWeight = 1.0 + i; // distinct per topic: a wrong lookup shows
        tp.firstMessageDeliveriesCap = 100;
        p.topics["topic-" + std::to_string(i)] = tp;
    }
    return p;
}

} // namespace

TEST(PeerScoreLookups, TopicParamsFoundWithFewAndManyTopics)
{
    for (int topics : { 1, 8, 9, 40 }) {
        PeerScore ps(paramsFor(topics), {});
        const PeerId a = peer(1);
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

// One scored topic is kept inline, a few in a list, many hashed: live changes move between them.
TEST(PeerScoreLookups, TopicParamsFollowChangesBetweenOneAndManyTopics)
{
    PeerScore ps(paramsFor(1), {});
    const PeerId a = peer(1);
    ps.addPeer(a, t0);
    int round = 0;
    for (int topics : { 3, 1, 12, 1 }) {
        ps.setParams(paramsFor(topics), {});
        const TopicId last = "topic-" + std::to_string(topics - 1);
        const MessageId id = "n" + std::to_string(++round);
        const double before = ps.score(a, t0);
        ps.validateMessage(a, id, last, t0);
        ps.deliverMessage(a, id, last, t0);
        EXPECT_DOUBLE_EQ(ps.score(a, t0) - before, static_cast<double>(topics)) << topics << " topics";
        const double unchanged = ps.score(a, t0);
        ps.validateMessage(a, "y" + id, "topic-" + std::to_string(topics), t0); // one past: not scored
        ps.deliverMessage(a, "y" + id, "topic-" + std::to_string(topics), t0);
        EXPECT_DOUBLE_EQ(ps.score(a, t0), unchanged) << topics << " topics";
    }
}

TEST(DeliveryRecord, CountsEachPeerOnceInlineAndBeyond)
{
    DeliveryRecord rec;
    rec.status = DeliveryStatus::Valid;
    for (std::uint8_t n = 0; n < 20; ++n) {
        EXPECT_FALSE(rec.has(peer(n)));
        rec.add(peer(n));
        rec.add(peer(n)); // twice: kept once
        EXPECT_TRUE(rec.has(peer(n)));
    }
    for (std::uint8_t n = 0; n < 20; ++n)
        EXPECT_TRUE(rec.has(peer(n))) << int(n);
    EXPECT_FALSE(rec.has(peer(30)));
    EXPECT_EQ(rec.countedCount(), 20u);
    // Pending peers (validation not settled) become counted when it settles.
    DeliveryRecord pending;
    for (std::uint8_t n = 0; n < 9; ++n)
        pending.add(peer(n));
    EXPECT_EQ(pending.pending().size(), 9u);
    pending.status = DeliveryStatus::Valid;
    pending.settlePending();
    EXPECT_TRUE(pending.pending().empty());
    for (std::uint8_t n = 0; n < 9; ++n)
        EXPECT_TRUE(pending.has(peer(n)));
    EXPECT_FALSE(pending.has(peer(10)));
}
