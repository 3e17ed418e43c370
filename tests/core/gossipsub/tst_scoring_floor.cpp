// PeerScore::scoreAtLeast(): the graylist gate's answer from a per-peer floor must always equal
// score() >= threshold. Long seeded runs of every kind of scoring event, checked after each one
// against thresholds right at the score, where a floor above the score would answer wrongly.
#include "core/base/rng.h"
#include "core/gossipsub/peerscore.h"
#include "tests/core/gossipsub/scoretestpeers.h"

#include <cmath>
#include <gtest/gtest.h>
#include <limits>
#include <string>
#include <vector>

using namespace meshscope;
using namespace meshscope::gossipsub;
using namespace std::chrono_literals;

namespace {

using scoretest::peer;

// Every component on, with weights of the spec's signs; `variant` moves caps and weights.
PeerScoreParams params(int variant)
{
    TopicScoreParams tp;
    tp.topicWeight = 0.5 + 0.25 * variant;
    tp.timeInMeshWeight = 0.1;
    tp.timeInMeshQuantum = 100ms;
    tp.timeInMeshCap = 30;
    tp.firstMessageDeliveriesWeight = 1;
    tp.firstMessageDeliveriesDecay = 0.9;
    tp.firstMessageDeliveriesCap = 10 - 3 * variant;
    tp.meshMessageDeliveriesWeight = -2;
    tp.meshMessageDeliveriesDecay = 0.8;
    tp.meshMessageDeliveriesThreshold = 3;
    tp.meshMessageDeliveriesCap = 8;
    tp.meshMessageDeliveriesActivation = 500ms;
    tp.meshMessageDeliveriesWindow = 20ms;
    tp.meshFailurePenaltyWeight = -1;
    tp.meshFailurePenaltyDecay = 0.7;
    tp.invalidMessageDeliveriesWeight = -3;
    tp.invalidMessageDeliveriesDecay = 0.6;
    PeerScoreParams p;
    p.topics["t"] = tp;
    TopicScoreParams other = tp;
    other.topicWeight = 0.3;
    p.topics["u"] = other;
    p.topicScoreCap = variant == 1 ? 4 : 0;
    p.appSpecificWeight = 1;
    p.ipColocationFactorWeight = -1;
    p.ipColocationFactorThreshold = 1;
    p.behaviourPenaltyWeight = -1;
    p.behaviourPenaltyThreshold = 1;
    p.behaviourPenaltyDecay = 0.9;
    p.decayInterval = 1s;
    p.decayToZero = 0.01;
    p.retainScore = 2s;
    return p;
}

struct EventRun {
    PeerScore score { params(0), PeerScoreThresholds {} };
    std::vector<PeerId> peers;
    std::vector<bool> connected;
    TimePoint now = fromNanos(1'000'000'000'000);
    int messages = 0;
    int gateChecks = 0;

    // The gate's answer equals the score compared, for thresholds at and just above the score,
    // and a few fixed ones.
    void checkGates()
    {
        for (std::size_t i = 0; i < peers.size(); ++i) {
            if (!connected[i])
                continue;
            const ScoreHandle h = score.handle(peers[i]);
            ASSERT_NE(h.state, nullptr);
            const double s = score.score(h, now);
            const double above = std::nextafter(s, std::numeric_limits<double>::infinity());
            for (const double threshold : { s, above, s - 1, -10.0, 0.0, 5.0 }) {
                ASSERT_EQ(score.scoreAtLeast(h, threshold, now), s >= threshold)
                    << "peer " << i << " score " << s << " threshold " << threshold;
                ++gateChecks;
            }
        }
    }

    void step(Rng& rng)
    {
        const auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng.below(n)); };
        const std::size_t i = pick(peers.size());
        const PeerId& p = peers[i];
        const std::string topic = rng.below(4) == 0 ? "u" : "t";
        now += std::chrono::milliseconds(rng.below(120));
        if (const auto due = score.nextTimeout(); due && *due <= now)
            score.refresh(now);
        switch (rng.below(12)) {
        case 0:
            score.graft(p, topic, now);
            break;
        case 1:
            score.prune(p, topic, now);
            break;
        case 2:
        case 3:
        case 4: { // a message first from `p`, duplicates from others, some late
            const std::string id = "m" + std::to_string(++messages);
            score.validateMessage(p, id, topic, now);
            if (rng.below(5) == 0)
                score.rejectMessage(p, id, topic, RejectReason::InvalidSignature, now);
            else
                score.deliverMessage(p, id, topic, now);
            for (int k = 0; k < 3; ++k)
                score.duplicateMessage(
                    peers[pick(peers.size())], id, topic, now + std::chrono::milliseconds(rng.below(40)));
            break;
        }
        case 5: { // duplicates arriving during validation, settled by the verdict
            const std::string id = "m" + std::to_string(++messages);
            score.validateMessage(p, id, topic, now);
            score.duplicateMessage(peers[pick(peers.size())], id, topic, now);
            if (rng.below(3) == 0)
                score.rejectMessage(p, id, topic, RejectReason::ValidationFailed, now);
            else
                score.deliverMessage(p, id, topic, now);
            break;
        }
        case 6:
            score.addPenalty(p, 1 + static_cast<int>(rng.below(2)));
            break;
        case 7:
            score.setPeerIp(p, "10.0.0." + std::to_string(rng.below(3)));
            break;
        case 8:
            score.setApplicationScore(p, static_cast<double>(rng.below(7)) - 3);
            break;
        case 9:
            if (connected[i]) {
                score.removePeer(p, now);
                connected[i] = false;
            } else {
                score.addPeer(p, now);
                connected[i] = true;
            }
            break;
        case 10:
            if (rng.below(8) == 0)
                score.setParams(params(static_cast<int>(rng.below(3))), PeerScoreThresholds {});
            break;
        default:
            break; // time passes only
        }
    }
};

} // namespace

TEST(PeerScoreFloor, GateAnswersAlwaysMatchTheScore)
{
    for (std::uint64_t seed = 1; seed <= 12; ++seed) {
        SeededRng rng(seed);
        EventRun run;
        for (std::uint8_t n = 0; n < 6; ++n) {
            run.peers.push_back(peer(n));
            run.connected.push_back(true);
            run.score.addPeer(run.peers.back(), run.now);
        }
        for (int i = 0; i < 1500; ++i) {
            run.step(rng);
            run.checkGates();
            if (HasFatalFailure())
                FAIL() << "seed " << seed << " step " << i;
        }
        EXPECT_GT(run.gateChecks, 20000);
    }
}

TEST(PeerScoreFloor, AppScoreCallbackAnswersExactly)
{
    // P5 from a callback can change at any moment: the gate must follow it at once.
    double app = 5;
    PeerScoreParams p = params(0);
    p.appSpecificScore = [&](const PeerId&) { return app; };
    PeerScore score(p, PeerScoreThresholds {});
    const TimePoint now = fromNanos(1'000'000'000'000);
    score.addPeer(peer(1), now);
    const ScoreHandle h = score.handle(peer(1));
    EXPECT_TRUE(score.scoreAtLeast(h, 4, now));
    app = -5;
    EXPECT_FALSE(score.scoreAtLeast(h, 4, now));
    EXPECT_EQ(score.scoreAtLeast(h, -6, now), score.score(h, now) >= -6);
}

TEST(PeerScoreFloor, ActivatedDeficitLowersTheGateWithoutAnyEvent)
{
    // Only time passes between the two questions: the P3 deficit activates and the score drops
    // below the threshold. A floor taken before activation must already count the deficit.
    PeerScore score(params(0), PeerScoreThresholds {});
    TimePoint now = fromNanos(1'000'000'000'000);
    score.addPeer(peer(1), now);
    score.graft(peer(1), "t", now);
    const ScoreHandle h = score.handle(peer(1));
    const double before = score.score(h, now);
    EXPECT_TRUE(score.scoreAtLeast(h, before, now));
    now += 600ms; // past the 500 ms activation, before any decay
    const double after = score.score(h, now);
    ASSERT_LT(after, before);
    EXPECT_FALSE(score.scoreAtLeast(h, before, now));
    EXPECT_TRUE(score.scoreAtLeast(h, after, now));
}
