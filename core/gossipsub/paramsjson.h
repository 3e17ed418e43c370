#pragma once
// JSON load/save for GossipsubParams, PeerScoreParams (with per-topic params) and
// PeerScoreThresholds, and for a whole profile:
//   {"gossipsub": {...}, "score": {...}, "thresholds": {...}}
// Keys are snake_case spec names ("d_lo", "heartbeat_interval_ms", "topic_weight"); every
// duration is in milliseconds with an "_ms" key suffix (fractions allowed). Missing keys keep the
// values of `base` (the struct defaults unless given), so a document may override a preset.
// Unknown keys are rejected naming the key; type errors name the field; loaded values are
// validate()d. The appSpecificScore callback is never serialised.

#include "core/base/result.h"
#include "core/gossipsub/params.h"
#include "core/gossipsub/scoreparams.h"

#include <nlohmann/json_fwd.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace meshscope::gossipsub {

// Everything that configures a node's gossipsub: router params, score params and thresholds.
struct GossipsubProfile {
    GossipsubParams gossipsub;      // router tunables
    PeerScoreParams score;          // scoring (disabled when !score.enabled())
    PeerScoreThresholds thresholds; // score thresholds the router enforces
};

// Largest profile document accepted by parseProfile(), in bytes.
constexpr std::size_t kMaxProfileJsonSize = 4 << 20;

nlohmann::json toJson(const GossipsubParams& p);
nlohmann::json toJson(const TopicScoreParams& p);
nlohmann::json toJson(const PeerScoreParams& p);
nlohmann::json toJson(const PeerScoreThresholds& p);
nlohmann::json toJson(const GossipsubProfile& p);

// Each reads an object, starting from `base`; errors name the key path ("score.topics.t.topic_weight").
Result<GossipsubParams> gossipsubParamsFromJson(const nlohmann::json& j, const GossipsubParams& base = {});
Result<TopicScoreParams> topicScoreParamsFromJson(const nlohmann::json& j, const TopicScoreParams& base = {});
Result<PeerScoreParams> peerScoreParamsFromJson(const nlohmann::json& j, const PeerScoreParams& base = {});
Result<PeerScoreThresholds> thresholdsFromJson(const nlohmann::json& j, const PeerScoreThresholds& base = {});
Result<GossipsubProfile> profileFromJson(const nlohmann::json& j, const GossipsubProfile& base = {});

// Parses profile text (syntax errors report the byte offset).
Result<GossipsubProfile> parseProfile(std::string_view text, const GossipsubProfile& base = {});
// Serialises a profile as indented JSON text.
std::string serializeProfile(const GossipsubProfile& p);

} // namespace meshscope::gossipsub
