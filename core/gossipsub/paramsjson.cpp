#include "core/gossipsub/paramsjson.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>
#include <variant>
#include <vector>

namespace meshscope::gossipsub {

using nlohmann::json;

namespace {

// A struct member described for JSON: key and pointer to the member (kind by type).
template <typename S>
struct Field {
    const char* key;
    std::variant<int S::*, double S::*, bool S::*, Duration S::*, std::size_t S::*> member;
};

const std::vector<Field<GossipsubParams>>& gossipsubFields()
{
    using P = GossipsubParams;
    static const std::vector<Field<P>> fields{
        {"d", &P::D},
        {"d_lo", &P::Dlo},
        {"d_hi", &P::Dhi},
        {"d_score", &P::Dscore},
        {"d_out", &P::Dout},
        {"d_lazy", &P::Dlazy},
        {"gossip_factor", &P::gossipFactor},
        {"history_length", &P::historyLength},
        {"history_gossip", &P::historyGossip},
        {"heartbeat_interval_ms", &P::heartbeatInterval},
        {"heartbeat_initial_delay_ms", &P::heartbeatInitialDelay},
        {"fanout_ttl_ms", &P::fanoutTTL},
        {"prune_backoff_ms", &P::pruneBackoff},
        {"unsubscribe_backoff_ms", &P::unsubscribeBackoff},
        {"seen_ttl_ms", &P::seenTTL},
        {"iwant_followup_time_ms", &P::iwantFollowupTime},
        {"graft_flood_threshold_ms", &P::graftFloodThreshold},
        {"direct_connect_initial_delay_ms", &P::directConnectInitialDelay},
        {"opportunistic_graft_ticks", &P::opportunisticGraftTicks},
        {"opportunistic_graft_peers", &P::opportunisticGraftPeers},
        {"backoff_slack_ticks", &P::backoffSlackTicks},
        {"direct_connect_ticks", &P::directConnectTicks},
        {"idontwant_message_ttl_ticks", &P::idontwantMessageTTLTicks},
        {"prune_peers", &P::prunePeers},
        {"do_px", &P::doPX},
        {"flood_publish", &P::floodPublish},
        {"max_ihave_length", &P::maxIHaveLength},
        {"max_ihave_messages", &P::maxIHaveMessages},
        {"max_idontwant_length", &P::maxIDontWantLength},
        {"max_idontwant_messages", &P::maxIDontWantMessages},
        {"idontwant_message_size_threshold", &P::idontwantMessageSizeThreshold},
        {"max_transmission_size", &P::maxTransmissionSize},
        {"max_message_size", &P::maxMessageSize},
    };
    return fields;
}

const std::vector<Field<TopicScoreParams>>& topicFields()
{
    using P = TopicScoreParams;
    static const std::vector<Field<P>> fields{
        {"topic_weight", &P::topicWeight},
        {"time_in_mesh_weight", &P::timeInMeshWeight},
        {"time_in_mesh_quantum_ms", &P::timeInMeshQuantum},
        {"time_in_mesh_cap", &P::timeInMeshCap},
        {"first_message_deliveries_weight", &P::firstMessageDeliveriesWeight},
        {"first_message_deliveries_decay", &P::firstMessageDeliveriesDecay},
        {"first_message_deliveries_cap", &P::firstMessageDeliveriesCap},
        {"mesh_message_deliveries_weight", &P::meshMessageDeliveriesWeight},
        {"mesh_message_deliveries_decay", &P::meshMessageDeliveriesDecay},
        {"mesh_message_deliveries_cap", &P::meshMessageDeliveriesCap},
        {"mesh_message_deliveries_threshold", &P::meshMessageDeliveriesThreshold},
        {"mesh_message_deliveries_window_ms", &P::meshMessageDeliveriesWindow},
        {"mesh_message_deliveries_activation_ms", &P::meshMessageDeliveriesActivation},
        {"mesh_failure_penalty_weight", &P::meshFailurePenaltyWeight},
        {"mesh_failure_penalty_decay", &P::meshFailurePenaltyDecay},
        {"invalid_message_deliveries_weight", &P::invalidMessageDeliveriesWeight},
        {"invalid_message_deliveries_decay", &P::invalidMessageDeliveriesDecay},
    };
    return fields;
}

// PeerScoreParams scalar fields; "topics" and "ip_colocation_factor_whitelist" are handled apart.
const std::vector<Field<PeerScoreParams>>& scoreFields()
{
    using P = PeerScoreParams;
    static const std::vector<Field<P>> fields{
        {"topic_score_cap", &P::topicScoreCap},
        {"app_specific_weight", &P::appSpecificWeight},
        {"ip_colocation_factor_weight", &P::ipColocationFactorWeight},
        {"ip_colocation_factor_threshold", &P::ipColocationFactorThreshold},
        {"behaviour_penalty_weight", &P::behaviourPenaltyWeight},
        {"behaviour_penalty_threshold", &P::behaviourPenaltyThreshold},
        {"behaviour_penalty_decay", &P::behaviourPenaltyDecay},
        {"decay_interval_ms", &P::decayInterval},
        {"decay_to_zero", &P::decayToZero},
        {"retain_score_ms", &P::retainScore},
        {"seen_msg_ttl_ms", &P::seenMsgTTL},
        {"max_delivery_records", &P::maxDeliveryRecords},
    };
    return fields;
}

const std::vector<Field<PeerScoreThresholds>>& thresholdFields()
{
    using P = PeerScoreThresholds;
    static const std::vector<Field<P>> fields{
        {"gossip_threshold", &P::gossipThreshold},
        {"publish_threshold", &P::publishThreshold},
        {"graylist_threshold", &P::graylistThreshold},
        {"accept_px_threshold", &P::acceptPXThreshold},
        {"opportunistic_graft_threshold", &P::opportunisticGraftThreshold},
    };
    return fields;
}

json durationToJson(Duration d)
{
    if (d.count() % 1'000'000 == 0)
        return d.count() / 1'000'000;
    return static_cast<double>(d.count()) / 1e6;
}

template <typename S>
void writeFields(json& out, const S& s, const std::vector<Field<S>>& fields)
{
    for (const auto& f : fields) {
        std::visit(
            [&](auto member) {
                using T = std::remove_cvref_t<decltype(s.*member)>;
                if constexpr (std::is_same_v<T, Duration>)
                    out[f.key] = durationToJson(s.*member);
                else
                    out[f.key] = s.*member;
            },
            f.member);
    }
}

std::string typeName(const json& v) { return v.type_name(); }

// Reads one value into `target`; errors name `path`.
Status readValue(const json& v, int& target, const std::string& path)
{
    if (v.is_number_integer()) {
        const auto n = v.get<long long>();
        if (v.is_number_unsigned() && v.get<unsigned long long>() > static_cast<unsigned long long>(INT32_MAX))
            return fail(path + ": integer out of range");
        if (n < std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max())
            return fail(path + ": integer out of range");
        target = static_cast<int>(n);
        return {};
    }
    return fail(path + ": expected an integer, got " + typeName(v));
}

Status readValue(const json& v, std::size_t& target, const std::string& path)
{
    if (v.is_number_unsigned() || (v.is_number_integer() && v.get<long long>() >= 0)) {
        const auto n = v.get<unsigned long long>();
        if (n > (1ULL << 40))
            return fail(path + ": integer out of range");
        target = static_cast<std::size_t>(n);
        return {};
    }
    if (v.is_number_integer())
        return fail(path + ": expected a non-negative integer, got a negative number");
    return fail(path + ": expected a non-negative integer, got " + typeName(v));
}

Status readValue(const json& v, double& target, const std::string& path)
{
    if (!v.is_number())
        return fail(path + ": expected a number, got " + typeName(v));
    target = v.get<double>();
    if (!std::isfinite(target))
        return fail(path + ": expected a finite number");
    return {};
}

Status readValue(const json& v, bool& target, const std::string& path)
{
    if (!v.is_boolean())
        return fail(path + ": expected true or false, got " + typeName(v));
    target = v.get<bool>();
    return {};
}

Status readValue(const json& v, Duration& target, const std::string& path)
{
    if (!v.is_number())
        return fail(path + ": expected a number of milliseconds, got " + typeName(v));
    const double ms = v.get<double>();
    // About 106 days either way; keeps nanosecond arithmetic far from overflow.
    if (!std::isfinite(ms) || std::fabs(ms) > 1e10)
        return fail(path + ": milliseconds out of range");
    if (v.is_number_integer())
        target = std::chrono::milliseconds(v.get<long long>());
    else
        target = Duration(static_cast<Duration::rep>(std::llround(ms * 1e6)));
    return {};
}

template <typename S>
Status readFields(const json& j, S& s, const std::vector<Field<S>>& fields, const std::string& path,
                  std::initializer_list<const char*> handledElsewhere = {})
{
    if (!j.is_object())
        return fail(path + ": expected an object, got " + typeName(j));
    for (auto item = j.begin(); item != j.end(); ++item) {
        const std::string& key = item.key();
        const json& value = item.value();
        const std::string keyPath = path + "." + key;
        bool found = false;
        for (const auto& f : fields) {
            if (key != f.key)
                continue;
            found = true;
            Status st = std::visit([&](auto member) { return readValue(value, s.*member, keyPath); }, f.member);
            if (!st)
                return st;
            break;
        }
        for (const char* other : handledElsewhere)
            found = found || key == other;
        if (!found)
            return fail(path + ": unknown key \"" + key + "\"");
    }
    return {};
}

Status withPath(const std::string& path, const Status& s)
{
    return s ? Status{} : Status{fail(path + ": " + s.error().message)};
}

} // namespace

json toJson(const GossipsubParams& p)
{
    json out = json::object();
    writeFields(out, p, gossipsubFields());
    return out;
}

json toJson(const TopicScoreParams& p)
{
    json out = json::object();
    writeFields(out, p, topicFields());
    return out;
}

json toJson(const PeerScoreParams& p)
{
    json out = json::object();
    json topics = json::object();
    for (const auto& [topic, tp] : p.topics)
        topics[topic] = toJson(tp);
    out["topics"] = std::move(topics);
    writeFields(out, p, scoreFields());
    out["ip_colocation_factor_whitelist"] = json::array();
    for (const auto& entry : p.ipColocationWhitelist)
        out["ip_colocation_factor_whitelist"].push_back(entry);
    return out;
}

json toJson(const PeerScoreThresholds& p)
{
    json out = json::object();
    writeFields(out, p, thresholdFields());
    return out;
}

json toJson(const GossipsubProfile& p)
{
    return json{{"gossipsub", toJson(p.gossipsub)}, {"score", toJson(p.score)}, {"thresholds", toJson(p.thresholds)}};
}

Result<GossipsubParams> gossipsubParamsFromJson(const json& j, const GossipsubParams& base)
{
    GossipsubParams p = base;
    if (auto s = readFields(j, p, gossipsubFields(), "gossipsub"); !s)
        return s.error();
    if (auto s = withPath("gossipsub", p.validate()); !s)
        return s.error();
    return p;
}

Result<TopicScoreParams> topicScoreParamsFromJson(const json& j, const TopicScoreParams& base)
{
    TopicScoreParams p = base;
    if (auto s = readFields(j, p, topicFields(), "topic"); !s)
        return s.error();
    if (auto s = withPath("topic", p.validate()); !s)
        return s.error();
    return p;
}

Result<PeerScoreParams> peerScoreParamsFromJson(const json& j, const PeerScoreParams& base)
{
    PeerScoreParams p = base;
    if (auto s = readFields(j, p, scoreFields(), "score", {"topics", "ip_colocation_factor_whitelist"}); !s)
        return s.error();
    if (const auto it = j.find("topics"); it != j.end()) {
        if (!it->is_object())
            return fail("score.topics: expected an object of topic -> params, got " + typeName(*it));
        // A document's topic list replaces the base's; each topic starts from the base's params
        // for that topic, or the TopicScoreParams defaults.
        std::map<TopicId, TopicScoreParams> topics;
        for (const auto& [topic, value] : it->items()) {
            const auto baseIt = p.topics.find(topic);
            TopicScoreParams tp = baseIt != p.topics.end() ? baseIt->second : TopicScoreParams{};
            if (auto s = readFields(value, tp, topicFields(), "score.topics." + topic); !s)
                return s.error();
            topics[topic] = tp;
        }
        p.topics = std::move(topics);
    }
    if (const auto it = j.find("ip_colocation_factor_whitelist"); it != j.end()) {
        if (!it->is_array())
            return fail("score.ip_colocation_factor_whitelist: expected an array of strings, got " + typeName(*it));
        p.ipColocationWhitelist.clear();
        for (const auto& entry : *it) {
            if (!entry.is_string())
                return fail("score.ip_colocation_factor_whitelist: expected strings, got " + typeName(entry));
            p.ipColocationWhitelist.insert(entry.get<std::string>());
        }
    }
    if (auto s = withPath("score", p.validate()); !s)
        return s.error();
    return p;
}

Result<PeerScoreThresholds> thresholdsFromJson(const json& j, const PeerScoreThresholds& base)
{
    PeerScoreThresholds p = base;
    if (auto s = readFields(j, p, thresholdFields(), "thresholds"); !s)
        return s.error();
    if (auto s = withPath("thresholds", p.validate()); !s)
        return s.error();
    return p;
}

Result<GossipsubProfile> profileFromJson(const json& j, const GossipsubProfile& base)
{
    if (!j.is_object())
        return fail("profile: expected an object, got " + typeName(j));
    GossipsubProfile p = base;
    for (const auto& [key, value] : j.items()) {
        if (key == "gossipsub") {
            auto r = gossipsubParamsFromJson(value, base.gossipsub);
            if (!r)
                return r.error();
            p.gossipsub = *r;
        } else if (key == "score") {
            auto r = peerScoreParamsFromJson(value, base.score);
            if (!r)
                return r.error();
            p.score = std::move(*r);
        } else if (key == "thresholds") {
            auto r = thresholdsFromJson(value, base.thresholds);
            if (!r)
                return r.error();
            p.thresholds = *r;
        } else {
            return fail("profile: unknown key \"" + key + "\" (expected gossipsub, score, thresholds)");
        }
    }
    return p;
}

Result<GossipsubProfile> parseProfile(std::string_view text, const GossipsubProfile& base)
{
    if (text.size() > kMaxProfileJsonSize)
        return fail("profile: document larger than " + std::to_string(kMaxProfileJsonSize) + " bytes");
    json j;
    try {
        j = json::parse(text);
    } catch (const json::exception& e) {
        // parse_error for syntax, out_of_range for numbers beyond double (e.g. 1e999).
        return fail(std::string("profile: invalid JSON: ") + e.what());
    }
    return profileFromJson(j, base);
}

std::string serializeProfile(const GossipsubProfile& p)
{
    // Topic names set through the API may hold invalid UTF-8: replace it rather than throw.
    return toJson(p).dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

} // namespace meshscope::gossipsub
