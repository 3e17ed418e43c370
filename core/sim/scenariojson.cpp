// Scenario JSON: strict reading (unknown keys and wrong types name the field) and writing.
#include "core/sim/scenario.h"

#include "core/gossipsub/presets.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <set>

namespace meshscope::sim {

using nlohmann::json;

namespace {

Duration msToDuration(double ms) { return Duration(static_cast<std::int64_t>(std::llround(ms * 1e6))); }
double durationMs(Duration d) { return static_cast<double>(d.count()) / 1e6; }

// Reads fields of one JSON object, remembering the first error with its path.
class Reader {
public:
    Reader(const json& j, std::string path) : m_j(j), m_path(std::move(path)) {}

    bool isObject(std::string& error) const
    {
        if (m_j.is_object())
            return true;
        error = (m_path.empty() ? std::string("scenario") : m_path) + ": must be an object";
        return false;
    }
    std::string field(const std::string& key) const { return m_path.empty() ? key : m_path + "." + key; }
    const json* get(const std::string& key)
    {
        m_known.insert(key);
        auto it = m_j.find(key);
        return it == m_j.end() ? nullptr : &*it;
    }
    void number(const std::string& key, double& out, double lo, double hi)
    {
        const json* v = get(key);
        if (!v || !m_error.empty())
            return;
        if (!v->is_number())
            return setError(field(key) + ": must be a number");
        const double d = v->get<double>();
        if (!(d >= lo && d <= hi))
            return setError(field(key) + ": must be between " + fmt(lo) + " and " + fmt(hi));
        out = d;
    }
    template <typename I>
    void integer(const std::string& key, I& out, double lo, double hi)
    {
        double d = static_cast<double>(out);
        const json* v = get(key);
        if (v && m_error.empty() && v->is_number() && !v->is_number_integer() && !v->is_number_unsigned())
            return setError(field(key) + ": must be an integer");
        number(key, d, lo, hi);
        out = static_cast<I>(d);
    }
    void duration(const std::string& key, Duration& out, double loMs, double hiMs)
    {
        double ms = durationMs(out);
        number(key, ms, loMs, hiMs);
        out = msToDuration(ms);
    }
    void boolean(const std::string& key, bool& out)
    {
        const json* v = get(key);
        if (!v || !m_error.empty())
            return;
        if (!v->is_boolean())
            return setError(field(key) + ": must be true or false");
        out = v->get<bool>();
    }
    void string(const std::string& key, std::string& out)
    {
        const json* v = get(key);
        if (!v || !m_error.empty())
            return;
        if (!v->is_string())
            return setError(field(key) + ": must be a string");
        out = v->get<std::string>();
    }
    // Call last: rejects keys nobody asked for.
    void finish()
    {
        if (!m_error.empty())
            return;
        for (auto it = m_j.begin(); it != m_j.end(); ++it)
            if (!m_known.count(it.key()))
                return setError(field(it.key()) + ": unknown key");
    }
    void setError(std::string e)
    {
        if (m_error.empty())
            m_error = std::move(e);
    }
    const std::string& error() const { return m_error; }

private:
    static std::string fmt(double v)
    {
        nlohmann::json j = v;
        if (v == std::floor(v) && std::fabs(v) < 1e15)
            j = static_cast<long long>(v);
        return j.dump();
    }
    const json& m_j;             // object read
    std::string m_path;          // its path for messages
    std::set<std::string> m_known; // keys asked for
    std::string m_error;         // first error
};

constexpr double kMaxMs = 1e9; // about 11 days of simulated time

template <typename E, std::size_t N>
bool parseEnum(const std::string& text, const std::pair<E, std::string_view> (&table)[N], E& out, std::string& valid)
{
    for (const auto& [value, name] : table) {
        valid += (valid.empty() ? "" : ", ") + std::string(name);
        if (text == name) {
            out = value;
            return true;
        }
    }
    return false;
}

const std::pair<Behaviour, std::string_view> kBehaviours[] = {{Behaviour::Honest, "honest"},
    {Behaviour::DropForwards, "drop_forwards"}, {Behaviour::Invalid, "invalid"}, {Behaviour::CovertFlash, "covert_flash"}};
const std::pair<LatencyModel, std::string_view> kModels[] = {{LatencyModel::Fixed, "fixed"},
    {LatencyModel::Uniform, "uniform"}, {LatencyModel::Normal, "normal"}, {LatencyModel::LogNormal, "lognormal"}};
const std::pair<UplinkSharing, std::string_view> kSharings[]
    = { { UplinkSharing::Fifo, "fifo" }, { UplinkSharing::Fair, "fair" } };
const std::pair<gossipsub::PubsubProtocol, std::string_view> kProtocols[] = {
    {gossipsub::PubsubProtocol::Floodsub, "floodsub"}, {gossipsub::PubsubProtocol::Meshsub10, "meshsub/1.0.0"},
    {gossipsub::PubsubProtocol::Meshsub11, "meshsub/1.1.0"}, {gossipsub::PubsubProtocol::Meshsub12, "meshsub/1.2.0"}};

template <typename E, std::size_t N>
void readEnum(Reader& r, const std::string& key, const std::pair<E, std::string_view> (&table)[N], E& out)
{
    std::string text;
    if (!r.get(key))
        return;
    r.string(key, text);
    if (!r.error().empty())
        return;
    std::string valid;
    if (!parseEnum(text, table, out, valid))
        r.setError(r.field(key) + ": unknown value \"" + text + "\" (valid: " + valid + ")");
}

template <typename E, std::size_t N>
std::string_view enumName(E v, const std::pair<E, std::string_view> (&table)[N])
{
    for (const auto& [value, name] : table)
        if (value == v)
            return name;
    return "";
}

Status readPublisher(const json& j, const std::string& path, PublisherSpec& p)
{
    Reader r(j, path);
    std::string e;
    if (!r.isObject(e))
        return fail(e);
    r.string("topic", p.topic);
    r.number("rate", p.rate, 0, 1e6);
    r.integer("message_size", p.messageSize, 9, 1 << 20);
    r.integer("publishers", p.publishers, 0, 1e7);
    r.finish();
    if (!r.error().empty())
        return fail(r.error());
    if (p.topic.empty())
        return fail(path + ".topic: must not be empty");
    return {};
}

Status readAttacker(const json& j, const std::string& path, AttackerSpec& a)
{
    Reader r(j, path);
    std::string e;
    if (!r.isObject(e))
        return fail(e);
    if (!r.get("behaviour"))
        return fail(path + ".behaviour: missing");
    readEnum(r, "behaviour", kBehaviours, a.behaviour);
    r.integer("count", a.count, 0, 1e6);
    r.duration("join_at_ms", a.joinAt, 0, kMaxMs);
    r.duration("attack_at_ms", a.attackAt, 0, kMaxMs);
    r.number("rate", a.rate, 0, 1e5);
    r.boolean("shared_ip", a.sharedIp);
    r.integer("dials", a.dials, -1, 1e4);
    r.boolean("target_only", a.targetOnly);
    r.finish();
    if (!r.error().empty())
        return fail(r.error());
    return {};
}

} // namespace

gossipsub::GossipsubProfile defaultProfile(const std::string& topic)
{
    gossipsub::GossipsubProfile p = gossipsub::libp2pScoredPreset();
    gossipsub::TopicScoreParams t;
    t.topicWeight = 1.0;
    t.timeInMeshWeight = 0.0027; // at most ~10 points after an hour in the mesh
    t.timeInMeshQuantum = 1s;
    t.timeInMeshCap = 3600;
    t.firstMessageDeliveriesWeight = 1.0;
    t.firstMessageDeliveriesDecay = 0.5;
    t.firstMessageDeliveriesCap = 100;
    t.meshMessageDeliveriesWeight = -4.0;
    t.meshMessageDeliveriesDecay = 0.9;     // slow decay: a peer's counter holds ~10 s of deliveries
    t.meshMessageDeliveriesThreshold = 0.5; // honest peers far above, silent ones at 0
    t.meshMessageDeliveriesCap = 20;
    t.meshMessageDeliveriesWindow = 10ms;
    // Past the 5 s warm-up, so counters have built up when it applies. At 5 s, the warm-up's length,
    // every mesh peer had a deficit the moment publishing began: honest meshes were pruned down to a
    // mean of 6.7 peers, with nodes left at 2 (under Dlo) for the rest of the run.
    t.meshMessageDeliveriesActivation = 10s;
    t.meshFailurePenaltyWeight = -4.0;
    t.meshFailurePenaltyDecay = 0.9;
    t.invalidMessageDeliveriesWeight = -10.0;
    t.invalidMessageDeliveriesDecay = 0.9;
    p.score.topics[topic] = t;
    return p;
}

Scenario defaultScenario()
{
    Scenario s;
    s.profile = defaultProfile("t");
    return s;
}

Result<Scenario> scenarioFromJson(const json& j)
{
    Scenario s = defaultScenario();
    Reader r(j, "");
    std::string e;
    if (!r.isObject(e))
        return fail(e);
    r.string("name", s.name);
    r.integer("nodes", s.nodes, 1, 1e6);
    double durationS = durationMs(s.duration) / 1000.0;
    r.number("duration_s", durationS, 0, kMaxMs / 1000);
    s.duration = msToDuration(durationS * 1000.0);
    r.integer("seed", s.seed, 0, 9007199254740992.0);
    r.duration("warmup_ms", s.warmup, 0, kMaxMs);
    r.duration("cooldown_ms", s.cooldown, 0, kMaxMs);
    r.duration("sample_interval_ms", s.sampleInterval, 10, kMaxMs);
    r.integer("dials", s.dials, 0, 1e4);
    r.duration("latency_ms", s.intraLatency, 0, 1e6);
    r.duration("inter_region_latency_ms", s.interLatency, 0, 1e6);
    readEnum(r, "latency_model", kModels, s.latencyModel);
    r.duration("jitter_ms", s.jitter, 0, 1e6);
    double mbps = s.uplinkBps / 1e6;
    r.number("uplink_mbps", mbps, 0, 1e6);
    s.uplinkBps = mbps * 1e6;
    readEnum(r, "uplink_sharing", kSharings, s.uplinkSharing);
    r.number("loss", s.loss, 0, 1);
    r.duration("validation_delay_ms", s.validationDelay, 0, 1e6);
    r.integer("frame_overhead", s.frameOverhead, 0, 65536);
    r.boolean("scoring", s.scoring);
    r.boolean("signing", s.signing);
    readEnum(r, "protocol", kProtocols, s.protocol);
    r.integer("eclipse_target", s.eclipseTarget, 0, 1e6);
    if (!r.error().empty())
        return fail(r.error());

    std::string preset;
    r.string("preset", preset);
    if (!r.error().empty())
        return fail(r.error());
    if (const json* regions = r.get("regions")) {
        if (!regions->is_array())
            return fail("regions: must be an array");
        for (std::size_t i = 0; i < regions->size(); ++i) {
            const std::string path = "regions[" + std::to_string(i) + "]";
            Reader rr((*regions)[i], path);
            if (!rr.isObject(e))
                return fail(e);
            Region g;
            rr.string("name", g.name);
            rr.number("weight", g.weight, 1e-9, 1e9);
            rr.finish();
            if (!rr.error().empty())
                return fail(rr.error());
            s.regions.push_back(g);
        }
    }
    if (const json* pubs = r.get("publishers")) {
        if (!pubs->is_array())
            return fail("publishers: must be an array");
        s.publishers.clear();
        for (std::size_t i = 0; i < pubs->size(); ++i) {
            PublisherSpec p;
            if (auto st = readPublisher((*pubs)[i], "publishers[" + std::to_string(i) + "]", p); !st)
                return st.error();
            s.publishers.push_back(p);
        }
    }
    if (const json* atts = r.get("attackers")) {
        if (!atts->is_array())
            return fail("attackers: must be an array");
        for (std::size_t i = 0; i < atts->size(); ++i) {
            AttackerSpec a;
            if (auto st = readAttacker((*atts)[i], "attackers[" + std::to_string(i) + "]", a); !st)
                return st.error();
            s.attackers.push_back(a);
        }
    }
    if (const json* churn = r.get("churn")) {
        Reader rc(*churn, "churn");
        if (!rc.isObject(e))
            return fail(e);
        rc.number("leaves_per_second", s.churn.leavesPerSecond, 0, 1e5);
        rc.duration("downtime_ms", s.churn.downtime, 0, kMaxMs);
        rc.finish();
        if (!rc.error().empty())
            return fail(rc.error());
    }
    // Profile: a preset (or the default profile), then "profile" overrides on top.
    if (!preset.empty()) {
        auto p = gossipsub::presetByName(preset);
        if (!p)
            return fail("preset: " + p.error().message);
        s.profile = *p;
    } else {
        s.profile = defaultProfile(s.publishers.empty() ? "t" : s.publishers.front().topic);
    }
    if (const json* profile = r.get("profile")) {
        auto p = gossipsub::profileFromJson(*profile, s.profile);
        if (!p)
            return fail("profile." + p.error().message);
        s.profile = *p;
    }
    r.finish();
    if (!r.error().empty())
        return fail(r.error());
    if (s.eclipseTarget >= s.nodes)
        return fail("eclipse_target: must be below nodes (" + std::to_string(s.nodes) + ")");
    return s;
}

Result<Scenario> parseScenario(std::string_view text)
{
    if (text.size() > kMaxScenarioJsonSize)
        return fail("scenario: larger than " + std::to_string(kMaxScenarioJsonSize) + " bytes");
    json j = json::parse(text.begin(), text.end(), nullptr, false);
    if (j.is_discarded()) {
        try {
            const json again = json::parse(text.begin(), text.end());
            (void)again;
        } catch (const json::parse_error& e) {
            return fail("scenario: JSON syntax error at byte " + std::to_string(e.byte));
        } catch (const json::exception& e) {
            // e.g. a number too large for a double ("1e9999"): out_of_range, not parse_error
            return fail(std::string("scenario: invalid JSON: ") + e.what());
        }
        return fail("scenario: JSON syntax error");
    }
    return scenarioFromJson(j);
}

json toJson(const Scenario& s)
{
    json j;
    j["name"] = s.name;
    j["nodes"] = s.nodes;
    j["duration_s"] = durationMs(s.duration) / 1000.0;
    j["seed"] = s.seed;
    j["warmup_ms"] = durationMs(s.warmup);
    j["cooldown_ms"] = durationMs(s.cooldown);
    j["sample_interval_ms"] = durationMs(s.sampleInterval);
    j["dials"] = s.dials;
    j["latency_ms"] = durationMs(s.intraLatency);
    j["inter_region_latency_ms"] = durationMs(s.interLatency);
    j["latency_model"] = latencyModelName(s.latencyModel);
    j["jitter_ms"] = durationMs(s.jitter);
    j["uplink_mbps"] = s.uplinkBps / 1e6;
    j["uplink_sharing"] = enumName(s.uplinkSharing, kSharings);
    j["loss"] = s.loss;
    j["validation_delay_ms"] = durationMs(s.validationDelay);
    j["frame_overhead"] = s.frameOverhead;
    j["scoring"] = s.scoring;
    j["signing"] = s.signing;
    j["protocol"] = enumName(s.protocol, kProtocols);
    j["eclipse_target"] = s.eclipseTarget;
    j["regions"] = json::array();
    for (const Region& g : s.regions)
        j["regions"].push_back({{"name", g.name}, {"weight", g.weight}});
    j["publishers"] = json::array();
    for (const PublisherSpec& p : s.publishers)
        j["publishers"].push_back({{"topic", p.topic}, {"rate", p.rate}, {"message_size", p.messageSize},
            {"publishers", p.publishers}});
    j["attackers"] = json::array();
    for (const AttackerSpec& a : s.attackers)
        j["attackers"].push_back({{"behaviour", behaviourName(a.behaviour)}, {"count", a.count},
            {"join_at_ms", durationMs(a.joinAt)}, {"attack_at_ms", durationMs(a.attackAt)}, {"rate", a.rate},
            {"shared_ip", a.sharedIp}, {"dials", a.dials}, {"target_only", a.targetOnly}});
    j["churn"] = {{"leaves_per_second", s.churn.leavesPerSecond}, {"downtime_ms", durationMs(s.churn.downtime)}};
    j["profile"] = gossipsub::toJson(s.profile);
    return j;
}

std::string_view behaviourName(Behaviour b) { return enumName(b, kBehaviours); }

std::optional<UplinkSharing> uplinkSharingFromName(std::string_view name)
{
    for (const auto& [value, text] : kSharings)
        if (text == name)
            return value;
    return std::nullopt;
}
std::string_view latencyModelName(LatencyModel m) { return enumName(m, kModels); }

} // namespace meshscope::sim
