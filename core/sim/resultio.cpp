// SimResult writers: JSON and CSV (fixed formatting so the same run gives the same bytes).
#include "core/sim/metrics.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace meshscope::sim {

namespace {

std::string num(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}

const char* const kKinds[] = {"publish", "subscriptions", "ihave", "iwant", "graft", "prune", "idontwant", "framing"};

std::uint64_t kindBytes(const SimResult& r, const char* kind)
{
    auto it = r.controlBytes.find(kind);
    return it == r.controlBytes.end() ? 0 : it->second;
}

} // namespace

nlohmann::json toJson(const SimResult& r)
{
    nlohmann::json j;
    j["scenario"] = r.scenario;
    j["seed"] = r.seed;
    j["nodes"] = r.nodes;
    j["attackers"] = r.attackers;
    j["sim_seconds"] = r.simSeconds;
    j["wall_seconds"] = r.wallSeconds;
    j["speedup"] = r.wallSeconds > 0 ? r.simSeconds / r.wallSeconds : 0.0;
    j["events"] = r.events;
    j["published"] = r.published;
    j["invalid_published"] = r.invalidPublished;
    j["delivered"] = r.delivered;
    j["expected"] = r.expected;
    j["delivery_ratio"] = r.deliveryRatio;
    j["latency_ms_p50"] = r.latencyP50Ms;
    j["latency_ms_p90"] = r.latencyP90Ms;
    j["latency_ms_p99"] = r.latencyP99Ms;
    j["latency_ms_max"] = r.latencyMaxMs;
    j["mean_hops"] = r.meanHops;
    j["max_hops"] = r.maxHops;
    j["duplicates_per_message"] = r.duplicatesPerMessage;
    j["bytes_per_node_per_s"] = r.bytesPerNodePerSecond;
    j["max_bytes_per_node_per_s"] = r.maxBytesPerNodePerSecond;
    j["amplification"] = r.amplification;
    j["control_bytes"] = nlohmann::json::object();
    for (const char* k : kKinds)
        j["control_bytes"][k] = kindBytes(r, k);
    j["time_to_mesh_s"] = r.timeToMeshSeconds;
    j["attacker_score_mean"] = r.attackerScoreMean;
    j["attacker_score_min"] = r.attackerScoreMin;
    j["attacker_score_max"] = r.attackerScoreMax;
    j["attackers_graylisted"] = r.attackersGraylisted;
    j["honest_score_mean"] = r.honestScoreMean;
    j["eclipsed"] = r.eclipsed;
    j["target_eclipsed"] = r.targetEclipsed;
    j["target_delivery_ratio"] = r.targetDeliveryRatio;
    j["rejected"] = r.rejected;
    j["mesh"] = nlohmann::json::array();
    for (const MeshSample& s : r.mesh)
        j["mesh"].push_back({{"t", s.t}, {"mean", s.meanDegree}, {"min", s.minDegree}, {"max", s.maxDegree},
            {"attacker_share", s.attackerShare}, {"delivered", s.delivered}});
    return j;
}

std::string summaryCsvHeader()
{
    std::string h = "scenario,seed,nodes,attackers,sim_seconds,published,delivered,expected,delivery_ratio,"
                    "latency_ms_p50,latency_ms_p90,latency_ms_p99,latency_ms_max,mean_hops,max_hops,"
                    "duplicates_per_message,bytes_per_node_per_s,max_bytes_per_node_per_s,amplification";
    for (const char* k : kKinds)
        h += std::string(",bytes_") + k;
    h += ",time_to_mesh_s,attacker_score_mean,attacker_score_min,attackers_graylisted,honest_score_mean,"
         "eclipsed,target_eclipsed,target_delivery_ratio,rejected,invalid_published";
    return h;
}

std::string summaryCsvRow(const SimResult& r, const std::vector<std::string>& extra)
{
    std::string row;
    for (const std::string& e : extra)
        row += e + ",";
    row += r.scenario + "," + std::to_string(r.seed) + "," + std::to_string(r.nodes) + "," + std::to_string(r.attackers)
        + "," + num(r.simSeconds) + "," + std::to_string(r.published) + "," + std::to_string(r.delivered) + ","
        + std::to_string(r.expected) + "," + num(r.deliveryRatio) + "," + num(r.latencyP50Ms) + ","
        + num(r.latencyP90Ms) + "," + num(r.latencyP99Ms) + "," + num(r.latencyMaxMs) + "," + num(r.meanHops) + ","
        + std::to_string(r.maxHops) + "," + num(r.duplicatesPerMessage) + "," + num(r.bytesPerNodePerSecond) + ","
        + num(r.maxBytesPerNodePerSecond) + "," + num(r.amplification);
    for (const char* k : kKinds)
        row += "," + std::to_string(kindBytes(r, k));
    row += "," + num(r.timeToMeshSeconds) + "," + num(r.attackerScoreMean) + "," + num(r.attackerScoreMin) + ","
        + std::to_string(r.attackersGraylisted) + "," + num(r.honestScoreMean) + "," + std::to_string(r.eclipsed) + ","
        + (r.targetEclipsed ? "1" : "0") + "," + num(r.targetDeliveryRatio) + "," + std::to_string(r.rejected) + ","
        + std::to_string(r.invalidPublished);
    return row;
}

std::string runCsv(const SimResult& r)
{
    std::string out = summaryCsvHeader() + "\n" + summaryCsvRow(r) + "\n\n";
    out += "t_s,mesh_mean,mesh_min,mesh_max,attacker_share,delivered\n";
    for (const MeshSample& s : r.mesh)
        out += num(s.t) + "," + num(s.meanDegree) + "," + std::to_string(s.minDegree) + "," + std::to_string(s.maxDegree)
            + "," + num(s.attackerShare) + "," + std::to_string(s.delivered) + "\n";
    return out;
}

} // namespace meshscope::sim
