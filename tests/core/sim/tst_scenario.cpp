// Scenario files: shipped ones load, round trips, and bad files get errors naming the field.
#include "core/sim/scenario.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace meshscope;
using namespace meshscope::sim;

namespace {

std::string errorOf(std::string_view text)
{
    auto s = parseScenario(text);
    return s.ok() ? std::string("<ok>") : s.error().message;
}

} // namespace

TEST(SimScenario, EmptyObjectIsTheDefaultScenario)
{
    auto s = parseScenario("{}");
    ASSERT_TRUE(s.ok()) << s.error().message;
    EXPECT_EQ(s->nodes, 1000);
    EXPECT_EQ(s->dials, 8);
    EXPECT_EQ(s->intraLatency, std::chrono::milliseconds(50));
    EXPECT_EQ(s->jitter, std::chrono::milliseconds(10));
    EXPECT_DOUBLE_EQ(s->uplinkBps, 20e6);
    ASSERT_EQ(s->publishers.size(), 1u);
    EXPECT_DOUBLE_EQ(s->publishers[0].rate, 10.0);
    EXPECT_EQ(s->publishers[0].messageSize, 1024u);
    EXPECT_TRUE(s->scoring);
    EXPECT_FALSE(s->signing);
    EXPECT_TRUE(s->profile.score.enabled());
    EXPECT_EQ(s->profile.score.topics.count("t"), 1u);
}

TEST(SimScenario, ShippedScenariosLoad)
{
    const std::filesystem::path dir = std::filesystem::path(MESHSCOPE_SOURCE_DIR) / "resources" / "scenarios";
    int count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().extension() != ".json")
            continue;
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        auto s = parseScenario(text.str());
        EXPECT_TRUE(s.ok()) << entry.path() << ": " << (s.ok() ? "" : s.error().message);
        ++count;
    }
    EXPECT_GE(count, 10);
}

TEST(SimScenario, RoundTripsThroughJson)
{
    auto s = parseScenario(
        R"({"nodes": 77, "regions": [{"name": "a", "weight": 2}], "latency_model": "lognormal",
        "attackers": [{"behaviour": "covert_flash", "count": 3, "attack_at_ms": 1500, "shared_ip": true}],
        "churn": {"leaves_per_second": 0.5, "downtime_ms": 3000}, "validation_delay_ms": 2.5, "uplink_sharing": "fair",
        "profile": {"gossipsub": {"d": 8, "d_hi": 14}}})");
    ASSERT_TRUE(s.ok()) << s.error().message;
    EXPECT_EQ(s->profile.gossipsub.D, 8);
    auto again = scenarioFromJson(toJson(*s));
    ASSERT_TRUE(again.ok()) << again.error().message;
    EXPECT_EQ(toJson(*again).dump(), toJson(*s).dump());
    EXPECT_EQ(again->attackers[0].behaviour, Behaviour::CovertFlash);
    EXPECT_EQ(again->attackers[0].attackAt, std::chrono::milliseconds(1500));
    EXPECT_EQ(again->validationDelay, std::chrono::microseconds(2500));
    EXPECT_EQ(again->uplinkSharing, UplinkSharing::Fair);
}

TEST(SimScenario, BadFilesNameTheField)
{
    EXPECT_EQ(errorOf(R"({"nodes": "many"})"), "nodes: must be a number");
    EXPECT_EQ(errorOf(R"({"nodes": 0})"), "nodes: must be between 1 and 1000000");
    EXPECT_EQ(errorOf(R"({"nodes": 2.5})"), "nodes: must be an integer");
    EXPECT_EQ(errorOf(R"({"node": 5})"), "node: unknown key");
    EXPECT_EQ(errorOf(R"({"loss": 1.5})"), "loss: must be between 0 and 1");
    EXPECT_EQ(errorOf(R"({"latency_model": "gaussian"})"),
        "latency_model: unknown value \"gaussian\" (valid: fixed, uniform, normal, lognormal)");
    EXPECT_EQ(errorOf(R"({"attackers": [{"count": 3}]})"), "attackers[0].behaviour: missing");
    EXPECT_EQ(errorOf(R"({"attackers": [{"behaviour": "drop_forwards"}, {"behaviour": "nasty"}]})"),
        "attackers[1].behaviour: unknown value \"nasty\" (valid: honest, drop_forwards, invalid, covert_flash)");
    EXPECT_EQ(errorOf(R"({"attackers": [{"behaviour": "invalid", "sharedip": true}]})"),
        "attackers[0].sharedip: unknown key");
    EXPECT_EQ(errorOf(R"({"publishers": [{"message_size": 4}]})"),
        "publishers[0].message_size: must be between 9 and 1048576");
    EXPECT_EQ(errorOf(R"({"publishers": {}})"), "publishers: must be an array");
    EXPECT_EQ(errorOf(R"({"churn": {"downtime": 5}})"), "churn.downtime: unknown key");
    EXPECT_EQ(errorOf(R"({"regions": [{"name": "a", "weight": -1}]})"), "regions[0].weight: must be between 1e-09 and 1000000000");
    EXPECT_EQ(errorOf(R"({"signing": "yes"})"), "signing: must be true or false");
    EXPECT_EQ(
        errorOf(R"({"validation_delay_ms": -1})"), "validation_delay_ms: must be between 0 and 1000000");
    EXPECT_EQ(errorOf(R"({"uplink_sharing": "fast"})"),
        "uplink_sharing: unknown value \"fast\" (valid: fifo, fair)");
    EXPECT_EQ(errorOf(R"({"nodes": 10, "eclipse_target": 10})"), "eclipse_target: must be below nodes (10)");
    EXPECT_EQ(errorOf(R"([1, 2])"), "scenario: must be an object");
    EXPECT_EQ(errorOf(R"({"nodes": )"), "scenario: JSON syntax error at byte 11");
    // A number past double's range is an error, not an exception (found by fuzz_scenario).
    EXPECT_NE(errorOf("9999e9999993").find("scenario: invalid JSON"), std::string::npos);
    EXPECT_NE(errorOf(R"({"nodes": 1e999})").find("scenario: invalid JSON"), std::string::npos);
    EXPECT_NE(errorOf(R"({"profile": {"gossipsub": {"d_lo": 9}}})").find("profile."), std::string::npos);
    EXPECT_NE(errorOf(R"({"preset": "fast"})").find("preset: unknown preset"), std::string::npos);
}

TEST(SimScenario, ApplySettingKeepsDegreesConsistent)
{
    Scenario s = defaultScenario();
    ASSERT_TRUE(applySetting(s, "D", 3).ok());
    EXPECT_EQ(s.profile.gossipsub.D, 3);
    EXPECT_LE(s.profile.gossipsub.Dlo, 3);
    EXPECT_TRUE(s.profile.gossipsub.validate().ok());
    ASSERT_TRUE(applySetting(s, "D", 16).ok());
    EXPECT_GE(s.profile.gossipsub.Dhi, 16);
    ASSERT_TRUE(applySetting(s, "heartbeat_ms", 700).ok());
    EXPECT_EQ(s.profile.gossipsub.heartbeatInterval, std::chrono::milliseconds(700));
    ASSERT_TRUE(applySetting(s, "uplink_mbps", 5).ok());
    EXPECT_DOUBLE_EQ(s.uplinkBps, 5e6);
    EXPECT_FALSE(applySetting(s, "loss", 2).ok());
    ASSERT_TRUE(applySetting(s, "validation_delay_ms", 20).ok());
    EXPECT_EQ(s.validationDelay, std::chrono::milliseconds(20));
    EXPECT_FALSE(applySetting(s, "validation_delay_ms", -5).ok());
    ASSERT_TRUE(applySetting(s, "uplink_sharing", "fair").ok());
    EXPECT_EQ(s.uplinkSharing, UplinkSharing::Fair);
    EXPECT_FALSE(applySetting(s, "uplink_sharing", "fast").ok());
    EXPECT_FALSE(applySetting(s, "wat", 2).ok());
}
