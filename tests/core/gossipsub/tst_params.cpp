// GossipsubParams / score params: validate() names the field for each rule, JSON round trips and
// error messages, and the presets' values.
#include "core/gossipsub/paramsjson.h"
#include "core/gossipsub/presets.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <functional>

using namespace meshscope;
using namespace meshscope::gossipsub;
using namespace std::chrono_literals;
using nlohmann::json;

namespace {

template <typename P>
struct Rule {
    const char* expect;             // substring the error must contain (the field name)
    std::function<void(P&)> breakIt; // makes a valid P invalid
};

template <typename P>
void expectRules(const P& valid, const std::vector<Rule<P>>& rules)
{
    ASSERT_TRUE(valid.validate().ok()) << valid.validate().error().message;
    for (const auto& r : rules) {
        P p = valid;
        r.breakIt(p);
        const Status s = p.validate();
        ASSERT_FALSE(s.ok()) << "expected a failure mentioning " << r.expect;
        EXPECT_NE(s.error().message.find(r.expect), std::string::npos)
            << "error \"" << s.error().message << "\" does not name " << r.expect;
    }
}

TopicScoreParams validTopic() { return TopicScoreParams{}; }

PeerScoreParams scoredParams()
{
    PeerScoreParams p = libp2pScoredPreset().score;
    p.topics["a"] = TopicScoreParams{};
    TopicScoreParams b;
    b.topicWeight = 2;
    b.timeInMeshQuantum = 1500us;
    b.meshMessageDeliveriesWindow = 2500us;
    p.topics["b/with spaces"] = b;
    p.ipColocationWhitelist = {"10.0.0.0/8", "::1"};
    p.retainScore = 90s;
    return p;
}

} // namespace

TEST(GossipsubParamsValidate, DefaultsAreSpecValues)
{
    const GossipsubParams p;
    EXPECT_TRUE(p.validate().ok());
    EXPECT_EQ(p.D, 6);
    EXPECT_EQ(p.Dlo, 4);
    EXPECT_EQ(p.Dhi, 12);
    EXPECT_EQ(p.Dscore, 4);
    EXPECT_EQ(p.Dout, 2);
    EXPECT_EQ(p.Dlazy, 6);
    EXPECT_EQ(p.gossipFactor, 0.25);
    EXPECT_EQ(p.historyLength, 5);
    EXPECT_EQ(p.historyGossip, 3);
    EXPECT_EQ(p.heartbeatInterval, 1s);
    EXPECT_EQ(p.fanoutTTL, 60s);
    EXPECT_EQ(p.pruneBackoff, 60s);
    EXPECT_EQ(p.unsubscribeBackoff, 10s);
    EXPECT_EQ(p.seenTTL, 120s);
    EXPECT_TRUE(p.floodPublish);
    EXPECT_FALSE(p.doPX);
    EXPECT_EQ(p.maxTransmissionSize, 1u << 20);
}

TEST(GossipsubParamsValidate, EveryRuleNamesItsField)
{
    using P = GossipsubParams;
    expectRules<P>(P{}, {
        {"D must be >= 1", [](P& p) { p.D = 0; p.Dlo = 0; p.Dout = 0; }},
        {"Dlo must be <= D", [](P& p) { p.Dlo = 7; }},
        {"Dlo must be >= 0", [](P& p) { p.Dlo = -1; }},
        {"Dhi must be >= D", [](P& p) { p.Dhi = 5; }},
        {"Dscore", [](P& p) { p.Dscore = 13; }},
        {"Dout must be < Dlo", [](P& p) { p.Dout = 4; p.D = 8; }},
        {"Dout must be <= D/2", [](P& p) { p.D = 5; p.Dout = 3; }},
        {"Dout must be >= 0", [](P& p) { p.Dout = -1; }},
        {"Dlazy", [](P& p) { p.Dlazy = -1; }},
        {"gossipFactor", [](P& p) { p.gossipFactor = 1.5; }},
        {"gossipFactor", [](P& p) { p.gossipFactor = std::nan(""); }},
        {"historyLength", [](P& p) { p.historyLength = 0; }},
        {"historyGossip", [](P& p) { p.historyGossip = 6; }},
        {"heartbeatInterval", [](P& p) { p.heartbeatInterval = 0s; }},
        {"heartbeatInitialDelay", [](P& p) { p.heartbeatInitialDelay = -1ms; }},
        {"fanoutTTL", [](P& p) { p.fanoutTTL = 0s; }},
        {"pruneBackoff", [](P& p) { p.pruneBackoff = 0s; }},
        {"unsubscribeBackoff", [](P& p) { p.unsubscribeBackoff = 0s; }},
        {"seenTTL", [](P& p) { p.seenTTL = 0s; }},
        {"iwantFollowupTime", [](P& p) { p.iwantFollowupTime = 0s; }},
        {"graftFloodThreshold", [](P& p) { p.graftFloodThreshold = -1s; }},
        {"directConnectInitialDelay", [](P& p) { p.directConnectInitialDelay = -1s; }},
        {"opportunisticGraftTicks", [](P& p) { p.opportunisticGraftTicks = 0; }},
        {"opportunisticGraftPeers", [](P& p) { p.opportunisticGraftPeers = -1; }},
        {"backoffSlackTicks", [](P& p) { p.backoffSlackTicks = -1; }},
        {"directConnectTicks", [](P& p) { p.directConnectTicks = 0; }},
        {"idontwantMessageTTLTicks", [](P& p) { p.idontwantMessageTTLTicks = 0; }},
        {"prunePeers", [](P& p) { p.prunePeers = -1; }},
        {"maxIHaveLength", [](P& p) { p.maxIHaveLength = 0; }},
        {"maxIHaveMessages", [](P& p) { p.maxIHaveMessages = 0; }},
        {"maxIDontWantLength", [](P& p) { p.maxIDontWantLength = 0; }},
        {"maxIDontWantMessages", [](P& p) { p.maxIDontWantMessages = 0; }},
        {"maxTransmissionSize", [](P& p) { p.maxTransmissionSize = 10; }},
        {"maxMessageSize", [](P& p) { p.maxMessageSize = (1 << 20) + 1; }},
        {"maxMessageSize", [](P& p) { p.maxMessageSize = 0; }},
    });
}

TEST(ScoreParamsValidate, TopicRulesNameTheirField)
{
    using P = TopicScoreParams;
    expectRules<P>(validTopic(), {
        {"TopicWeight", [](P& p) { p.topicWeight = -1; }},
        {"TimeInMeshWeight", [](P& p) { p.timeInMeshWeight = -1; }},
        {"TimeInMeshQuantum", [](P& p) { p.timeInMeshQuantum = 0s; }},
        {"TimeInMeshCap", [](P& p) { p.timeInMeshCap = 0; }},
        {"FirstMessageDeliveriesWeight", [](P& p) { p.firstMessageDeliveriesWeight = -1; }},
        {"FirstMessageDeliveriesDecay", [](P& p) { p.firstMessageDeliveriesDecay = 1; }},
        {"FirstMessageDeliveriesCap", [](P& p) { p.firstMessageDeliveriesCap = 0; }},
        {"MeshMessageDeliveriesWeight", [](P& p) { p.meshMessageDeliveriesWeight = 1; }},
        {"MeshMessageDeliveriesDecay", [](P& p) { p.meshMessageDeliveriesDecay = 0; }},
        {"MeshMessageDeliveriesCap must be > 0", [](P& p) { p.meshMessageDeliveriesCap = 0; }},
        {"MeshMessageDeliveriesThreshold", [](P& p) { p.meshMessageDeliveriesThreshold = 0; }},
        {"MeshMessageDeliveriesCap must be >= MeshMessageDeliveriesThreshold",
         [](P& p) { p.meshMessageDeliveriesCap = 10; }},
        {"MeshMessageDeliveriesWindow", [](P& p) { p.meshMessageDeliveriesWindow = -1ms; }},
        {"MeshMessageDeliveriesActivation", [](P& p) { p.meshMessageDeliveriesActivation = 999ms; }},
        {"MeshFailurePenaltyWeight", [](P& p) { p.meshFailurePenaltyWeight = 1; }},
        {"MeshFailurePenaltyDecay", [](P& p) { p.meshFailurePenaltyDecay = 1.5; }},
        {"InvalidMessageDeliveriesWeight", [](P& p) { p.invalidMessageDeliveriesWeight = 1; }},
        {"InvalidMessageDeliveriesDecay", [](P& p) { p.invalidMessageDeliveriesDecay = 0; }},
    });
    // A disabled component needs no decay or cap.
    P p = validTopic();
    p.meshMessageDeliveriesWeight = 0;
    p.meshMessageDeliveriesDecay = 0;
    p.meshMessageDeliveriesCap = 0;
    p.meshFailurePenaltyWeight = 0;
    p.meshFailurePenaltyDecay = 0;
    EXPECT_TRUE(p.validate().ok());
}

TEST(ScoreParamsValidate, GlobalRulesNameTheirField)
{
    using P = PeerScoreParams;
    expectRules<P>(scoredParams(), {
        {"topic \"a\": TopicWeight", [](P& p) { p.topics["a"].topicWeight = -1; }},
        {"TopicScoreCap", [](P& p) { p.topicScoreCap = -1; }},
        {"AppSpecificWeight", [](P& p) { p.appSpecificWeight = -1; }},
        {"IPColocationFactorWeight", [](P& p) { p.ipColocationFactorWeight = 1; }},
        {"IPColocationFactorThreshold", [](P& p) { p.ipColocationFactorThreshold = 0; }},
        {"IPColocationFactorWhitelist entry \"10.0.0.0/40\"", [](P& p) { p.ipColocationWhitelist.insert("10.0.0.0/40"); }},
        {"BehaviourPenaltyWeight", [](P& p) { p.behaviourPenaltyWeight = 1; }},
        {"BehaviourPenaltyDecay", [](P& p) { p.behaviourPenaltyDecay = 0; }},
        {"BehaviourPenaltyThreshold", [](P& p) { p.behaviourPenaltyThreshold = -1; }},
        {"DecayInterval", [](P& p) { p.decayInterval = 999ms; }},
        {"DecayToZero", [](P& p) { p.decayToZero = 0; }},
        {"RetainScore", [](P& p) { p.retainScore = -1s; }},
        {"SeenMsgTTL", [](P& p) { p.seenMsgTTL = 0s; }},
        {"MaxDeliveryRecords", [](P& p) { p.maxDeliveryRecords = 0; }},
    });
    EXPECT_FALSE(PeerScoreParams{}.enabled());
    EXPECT_TRUE(PeerScoreParams{}.validate().ok());
    EXPECT_TRUE(scoredParams().enabled());
}

TEST(ScoreParamsValidate, ThresholdRulesNameTheirField)
{
    using P = PeerScoreThresholds;
    expectRules<P>(P{}, {
        {"GossipThreshold", [](P& p) { p.gossipThreshold = 1; }},
        {"PublishThreshold", [](P& p) { p.publishThreshold = -5; }},
        {"PublishThreshold", [](P& p) { p.publishThreshold = 1; }},
        {"GraylistThreshold", [](P& p) { p.graylistThreshold = -20; }},
        {"AcceptPXThreshold", [](P& p) { p.acceptPXThreshold = -1; }},
        {"OpportunisticGraftThreshold", [](P& p) { p.opportunisticGraftThreshold = -1; }},
    });
}

TEST(ParamsJson, ProfileRoundTripsExactly)
{
    GossipsubProfile p;
    p.gossipsub.D = 7;
    p.gossipsub.heartbeatInterval = 750ms;
    p.gossipsub.heartbeatInitialDelay = 1500us; // a fractional millisecond
    p.gossipsub.doPX = true;
    p.gossipsub.maxMessageSize = 4096;
    p.score = scoredParams();
    p.thresholds = PeerScoreThresholds{-1.5, -2.25, -3, 0.5, 1};
    const std::string text = serializeProfile(p);
    auto back = parseProfile(text);
    ASSERT_TRUE(back.ok()) << back.error().message;
    EXPECT_EQ(back->gossipsub, p.gossipsub);
    EXPECT_TRUE(back->score == p.score);
    EXPECT_EQ(back->thresholds, p.thresholds);
    EXPECT_EQ(serializeProfile(*back), text);
}

TEST(ParamsJson, InvalidUtf8TopicSerialisesWithoutThrowing)
{
    GossipsubProfile p;
    p.score.topics[std::string("bad\xff")] = TopicScoreParams{};
    const std::string text = serializeProfile(p);
    auto back = parseProfile(text);
    ASSERT_TRUE(back.ok()) << back.error().message;
    EXPECT_EQ(back->score.topics.size(), 1u);
}

TEST(ParamsJson, PresetsRoundTrip)
{
    for (const auto& name : presetNames()) {
        auto p = presetByName(name);
        ASSERT_TRUE(p.ok()) << name;
        auto back = parseProfile(serializeProfile(*p));
        ASSERT_TRUE(back.ok()) << name << ": " << back.error().message;
        EXPECT_EQ(back->gossipsub, p->gossipsub) << name;
        EXPECT_EQ(back->thresholds, p->thresholds) << name;
        ASSERT_EQ(back->score.topics.size(), p->score.topics.size()) << name;
        EXPECT_EQ(toJson(back->score), toJson(p->score)) << name;
    }
}

TEST(ParamsJson, ExplicitKeysAndMilliseconds)
{
    const json j = toJson(GossipsubParams{});
    EXPECT_EQ(j.at("heartbeat_interval_ms"), 1000);
    EXPECT_EQ(j.at("heartbeat_initial_delay_ms"), 100);
    EXPECT_EQ(j.at("seen_ttl_ms"), 120000);
    EXPECT_EQ(j.at("d_lo"), 4);
    EXPECT_EQ(j.at("flood_publish"), true);
    const json t = toJson(TopicScoreParams{});
    EXPECT_EQ(t.at("mesh_message_deliveries_window_ms"), 10);
    EXPECT_EQ(t.at("time_in_mesh_quantum_ms"), 1);
    const json s = toJson(PeerScoreParams{});
    EXPECT_TRUE(s.at("topics").is_object());
    EXPECT_EQ(s.at("decay_interval_ms"), 1000);
}

TEST(ParamsJson, MissingKeysKeepTheBase)
{
    auto eth = ethereumPreset();
    ASSERT_TRUE(eth.ok());
    auto p = parseProfile(R"({"gossipsub": {"d": 9, "d_hi": 14}})", *eth);
    ASSERT_TRUE(p.ok()) << p.error().message;
    EXPECT_EQ(p->gossipsub.D, 9);
    EXPECT_EQ(p->gossipsub.Dlo, 6);
    EXPECT_EQ(p->gossipsub.heartbeatInterval, 700ms);
    EXPECT_EQ(p->score.topics.size(), eth->score.topics.size());
    auto empty = parseProfile("{}");
    ASSERT_TRUE(empty.ok());
    EXPECT_FALSE(empty->score.enabled());
}

TEST(ParamsJson, BadDocumentsNameTheProblem)
{
    const std::vector<std::pair<std::string, std::string>> cases{
        {R"({"gossipsub": {"d": 6, "dd": 1}})", "gossipsub: unknown key \"dd\""},
        {R"({"gossip": {}})", "profile: unknown key \"gossip\""},
        {R"({"gossipsub": {"d": "six"}})", "gossipsub.d: expected an integer, got string"},
        {R"({"gossipsub": {"d": 6.5}})", "gossipsub.d: expected an integer"},
        {R"({"gossipsub": {"d": 99999999999}})", "gossipsub.d: integer out of range"},
        {R"({"gossipsub": {"heartbeat_interval": 1000}})", "unknown key \"heartbeat_interval\""},
        {R"({"gossipsub": {"heartbeat_interval_ms": "1s"}})",
         "gossipsub.heartbeat_interval_ms: expected a number of milliseconds, got string"},
        {R"({"gossipsub": {"heartbeat_interval_ms": 1e300}})", "heartbeat_interval_ms: milliseconds out of range"},
        {R"({"gossipsub": {"flood_publish": 1}})", "gossipsub.flood_publish: expected true or false"},
        {R"({"gossipsub": {"max_message_size": -1}})", "gossipsub.max_message_size: expected a non-negative"},
        {R"({"gossipsub": {"d_lo": 7}})", "gossipsub: Dlo must be <= D"},
        {R"({"gossipsub": []})", "gossipsub: expected an object, got array"},
        {R"({"score": {"topics": {"t": {"topic_weight": -1}}}})", "score: topic \"t\": TopicWeight must be >= 0"},
        {R"({"score": {"topics": {"t": {"nope": 1}}}})", "score.topics.t: unknown key \"nope\""},
        {R"({"score": {"topics": {"t": {"topic_weight": null}}}})", "score.topics.t.topic_weight: expected a number"},
        {R"({"score": {"topics": []}})", "score.topics: expected an object"},
        {R"({"score": {"ip_colocation_factor_whitelist": "10.0.0.1"}})",
         "score.ip_colocation_factor_whitelist: expected an array"},
        {R"({"score": {"ip_colocation_factor_whitelist": [1]}})", "expected strings, got number"},
        {R"({"score": {"ip_colocation_factor_weight": -1, "ip_colocation_factor_whitelist": ["x"]}})",
         "IPColocationFactorWhitelist entry \"x\""},
        {R"({"thresholds": {"gossip_threshold": 5}})", "thresholds: GossipThreshold must be <= 0"},
        {R"({"thresholds": {"graylist": -5}})", "thresholds: unknown key \"graylist\""},
        {R"([1, 2])", "profile: expected an object, got array"},
        {R"({"gossipsub": {)", "profile: invalid JSON"},
        {"", "profile: invalid JSON"},
        {R"({"gossipsub": {"d": 1e999}})", "profile: invalid JSON"},
        {std::string(200000, '['), "profile: invalid JSON"}, // deep nesting: no stack overflow
    };
    for (const auto& [text, expect] : cases) {
        auto r = parseProfile(text);
        ASSERT_FALSE(r.ok()) << text;
        EXPECT_NE(r.error().message.find(expect), std::string::npos)
            << text << " -> \"" << r.error().message << "\" lacks \"" << expect << "\"";
    }
    EXPECT_FALSE(parseProfile(std::string(kMaxProfileJsonSize + 1, ' ')).ok());
}

TEST(Presets, LookupByNameListsValidNames)
{
    EXPECT_EQ(presetNames(), (std::vector<std::string>{"libp2p", "libp2p-scored", "ethereum"}));
    auto bad = presetByName("eth");
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().message.find("unknown preset \"eth\" (valid: libp2p, libp2p-scored, ethereum)"),
              std::string::npos);
    for (const auto& name : presetNames()) {
        auto p = presetByName(name);
        ASSERT_TRUE(p.ok()) << name;
        EXPECT_TRUE(p->gossipsub.validate().ok()) << name;
        EXPECT_TRUE(p->score.validate().ok()) << name << ": " << p->score.validate().error().message;
        EXPECT_TRUE(p->thresholds.validate().ok()) << name;
    }
}

TEST(Presets, Libp2pDefaults)
{
    const auto p = libp2pPreset();
    EXPECT_EQ(p.gossipsub, GossipsubParams{});
    EXPECT_FALSE(p.score.enabled());
    EXPECT_EQ(p.thresholds, (PeerScoreThresholds{-10, -50, -80, 10, 20}));
    const auto s = libp2pScoredPreset();
    EXPECT_TRUE(s.score.enabled());
    EXPECT_EQ(s.score.appSpecificWeight, 10);
    EXPECT_EQ(s.score.ipColocationFactorWeight, -5);
    EXPECT_EQ(s.score.ipColocationFactorThreshold, 10);
    EXPECT_EQ(s.score.behaviourPenaltyWeight, -10);
    EXPECT_EQ(s.score.behaviourPenaltyDecay, 0.2);
    EXPECT_EQ(s.score.retainScore, 3600s);
}

TEST(Presets, EthereumRouterParams)
{
    auto p = ethereumPreset();
    ASSERT_TRUE(p.ok());
    const GossipsubParams& g = p->gossipsub;
    EXPECT_EQ(g.D, 8);
    EXPECT_EQ(g.Dlo, 6);
    EXPECT_EQ(g.Dhi, 12);
    EXPECT_EQ(g.Dlazy, 6);
    EXPECT_EQ(g.heartbeatInterval, 700ms);
    EXPECT_EQ(g.fanoutTTL, 60s);
    EXPECT_EQ(g.historyLength, 6);
    EXPECT_EQ(g.historyGossip, 3);
    EXPECT_EQ(g.seenTTL, 768s); // 12 * 32 * 2
    EXPECT_EQ(g.maxMessageSize, 10u << 20);
    EXPECT_EQ(p->thresholds, (PeerScoreThresholds{-4000, -8000, -16000, 100, 5}));
}

TEST(Presets, EthereumScoreParamsFollowLighthouseFormulas)
{
    EthereumPresetOptions opt;
    opt.forkDigest = "6a95a1a9";
    opt.activeValidators = 1'000'000;
    auto p = ethereumPreset(opt);
    ASSERT_TRUE(p.ok());
    const PeerScoreParams& s = p->score;
    EXPECT_EQ(s.topics.size(), 3u + 2u + 64u);
    EXPECT_EQ(s.decayInterval, 12s);
    EXPECT_EQ(s.retainScore, 38400s); // 100 epochs
    // Max positive score 50 * (0.5 + 0.5 + 1 + 0.15) = 107.5; the cap is half of it.
    EXPECT_DOUBLE_EQ(s.topicScoreCap, 53.75);
    EXPECT_DOUBLE_EQ(s.ipColocationFactorWeight, -53.75);
    EXPECT_EQ(s.ipColocationFactorThreshold, 8);
    const double bpDecay = std::pow(0.01, 1.0 / 320); // 10 epochs of 32 slots
    EXPECT_NEAR(s.behaviourPenaltyDecay, bpDecay, 1e-12);
    const double target = (10.0 / 32) / (1 - bpDecay) - 6;
    EXPECT_NEAR(s.behaviourPenaltyWeight, -4000 / (target * target), 1e-9);

    const auto& block = s.topics.at("/eth2/6a95a1a9/beacon_block/ssz_snappy");
    EXPECT_EQ(block.topicWeight, 0.5);
    EXPECT_EQ(block.timeInMeshQuantum, 12s);
    EXPECT_DOUBLE_EQ(block.timeInMeshCap, 300);
    EXPECT_NEAR(block.timeInMeshWeight, 10.0 / 300, 1e-12);
    const double firstDecay = std::pow(0.01, 1.0 / 640); // 20 epochs
    EXPECT_NEAR(block.firstMessageDeliveriesDecay, firstDecay, 1e-12);
    EXPECT_NEAR(block.firstMessageDeliveriesDecay, 0.9928, 1e-4);
    const double firstCap = (2.0 / 8) / (1 - firstDecay);
    EXPECT_NEAR(block.firstMessageDeliveriesCap, firstCap, 1e-9);
    EXPECT_NEAR(block.firstMessageDeliveriesWeight, 40 / firstCap, 1e-12);
    const double meshDecay = std::pow(0.01, 1.0 / 160); // 5 epochs
    EXPECT_NEAR(block.meshMessageDeliveriesDecay, meshDecay, 1e-12);
    const double threshold = (1.0 / 50) / (1 - meshDecay) * meshDecay;
    EXPECT_NEAR(block.meshMessageDeliveriesThreshold, threshold, 1e-9);
    EXPECT_NEAR(block.meshMessageDeliveriesCap, std::max(2.0, 3 * threshold), 1e-9);
    EXPECT_EQ(block.meshMessageDeliveriesActivation, 384s);
    EXPECT_EQ(block.meshMessageDeliveriesWindow, 2s);
    EXPECT_EQ(block.meshMessageDeliveriesWeight, -0.5);
    EXPECT_EQ(block.meshFailurePenaltyWeight, -0.5);
    EXPECT_DOUBLE_EQ(block.invalidMessageDeliveriesWeight, -215); // -107.5 / 0.5
    EXPECT_NEAR(block.invalidMessageDeliveriesDecay, std::pow(0.01, 1.0 / 1600), 1e-12);

    // 1M validators: 64 committees per slot, several bursts per subnet per epoch.
    const auto& subnet = s.topics.at("/eth2/6a95a1a9/beacon_attestation_63/ssz_snappy");
    EXPECT_DOUBLE_EQ(subnet.topicWeight, 1.0 / 64);
    EXPECT_NEAR(subnet.firstMessageDeliveriesDecay, std::pow(0.01, 1.0 / 32), 1e-12);
    EXPECT_EQ(subnet.meshMessageDeliveriesActivation, 17 * 12s);
    const double subnetRate = 1e6 / 64 / 32;
    const double subnetMeshDecay = std::pow(0.01, 1.0 / 128);
    EXPECT_NEAR(subnet.meshMessageDeliveriesThreshold,
                (subnetRate / 50) / (1 - subnetMeshDecay) * subnetMeshDecay, 1e-6);

    const auto& agg = s.topics.at("/eth2/6a95a1a9/beacon_aggregate_and_proof/ssz_snappy");
    // 2048 committees: 1472 of 488 and 576 of 489 members, 30 aggregator modulo each.
    const double aggPerSlot = (1472.0 * 488 / 30 + 576.0 * 489 / 30) / 32;
    const double aggDecay = std::pow(0.01, 1.0 / 32);
    EXPECT_NEAR(agg.firstMessageDeliveriesCap, (2 * aggPerSlot / 8) / (1 - aggDecay), 1e-6);

    const auto& exit = s.topics.at("/eth2/6a95a1a9/voluntary_exit/ssz_snappy");
    EXPECT_EQ(exit.topicWeight, 0.05);
    EXPECT_EQ(exit.meshMessageDeliveriesWeight, 0);
    EXPECT_EQ(exit.meshFailurePenaltyWeight, 0);
    EXPECT_DOUBLE_EQ(exit.invalidMessageDeliveriesWeight, -2150);

    EthereumPresetOptions bad;
    bad.forkDigest = "xyz";
    EXPECT_FALSE(ethereumPreset(bad).ok());
    bad.forkDigest = "00000000";
    bad.activeValidators = 0;
    EXPECT_FALSE(ethereumPreset(bad).ok());
}
