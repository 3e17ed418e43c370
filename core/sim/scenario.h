#pragma once
// Scenario: everything one simulated run needs (network, traffic, attackers, churn, gossipsub
// profile), loaded from JSON (schema in resources/scenarios/README.md). Defaults are the default
// scenario of ARCHITECTURE.md: one topic every node subscribes to, 10 messages per second
// network-wide from random publishers, 1 KiB payloads, each node dialing 8 random peers, 50 ms
// latency with 10 ms jitter, 20 Mbit/s uplinks, libp2p parameters with scoring on, no signing.

#include "core/base/result.h"
#include "core/base/time.h"
#include "core/gossipsub/paramsjson.h"
#include "core/gossipsub/types.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace meshscope::sim {

using namespace std::chrono_literals;

// How a link's one-way latency is drawn per RPC (base is the region latency).
enum class LatencyModel {
    Fixed,    // always base
    Uniform,  // base + uniform[-jitter, +jitter]
    Normal,   // base + normal(0, jitter), clamped at 0
    LogNormal // base * lognormal with sigma = jitter / base (heavy tail)
};

// How a node's connections share its uplink.
enum class UplinkSharing {
    Fifo, // one queue: each RPC goes out whole, in send order, at the full rate
    Fair  // per connection: connections with bytes queued share the rate equally (TCP flows under fq)
};

// A region of the cluster topology; nodes are spread over regions by weight.
struct Region {
    std::string name;    // label
    double weight = 1.0; // share of the nodes
};

// Traffic: `rate` messages per second network-wide from `publishers` random honest nodes.
struct PublisherSpec {
    std::string topic = "t";       // topic published to
    double rate = 10.0;            // messages per second, network-wide (Poisson arrivals)
    std::size_t messageSize = 1024; // payload bytes (>= 9: a kind byte and the message index)
    int publishers = 0;            // distinct publishing nodes, 0 = any honest node
};

// What an attacker node does around its unchanged router.
enum class Behaviour {
    Honest,      // plain node (used for scenario "attackers" with a late join only)
    DropForwards, // sybil: keeps control traffic, never forwards or gossips messages
    Invalid,     // publishes messages the honest validators reject, at `rate` per second
    CovertFlash  // behaves honestly until `attackAt`, then drops forwards
};

// A group of identical attacker nodes.
struct AttackerSpec {
    Behaviour behaviour = Behaviour::DropForwards; // what they do
    int count = 0;                 // nodes in the group
    Duration joinAt = 0s;          // when they come up
    Duration attackAt = 0s;        // CovertFlash: when forwarding stops
    double rate = 1.0;             // Invalid: messages per second per attacker
    bool sharedIp = false;         // all of the group share one IP (IP colocation)
    int dials = -1;                // peers each dials, -1 = topology.dials
    bool targetOnly = false;       // eclipse: dial only the target node (and each other)
};

// Churn: honest nodes leave (connections dropped) and come back with a fresh router.
struct ChurnSpec {
    double leavesPerSecond = 0.0; // network-wide departures per second (0 = no churn)
    Duration downtime = 10s;      // how long a departed node stays away
};

struct Scenario {
    std::string name = "default";  // label for results
    int nodes = 1000;              // honest nodes
    Duration duration = 60s;       // simulated time
    std::uint64_t seed = 1;        // master seed
    Duration warmup = 5s;          // publishing starts after this (under the P3 activation)
    Duration cooldown = 2s;        // publishing stops this long before the end (messages land)
    Duration sampleInterval = 1s;  // mesh-degree sampling period
    // topology
    int dials = 8;                 // random peers each node dials (outbound)
    std::vector<Region> regions;   // empty = one region
    Duration intraLatency = 50ms;  // one-way latency inside a region (or everywhere)
    Duration interLatency = 100ms; // one-way latency between regions
    LatencyModel latencyModel = LatencyModel::Uniform; // jitter model
    Duration jitter = 10ms;        // jitter parameter
    double uplinkBps = 20e6;       // per-node upload bandwidth, bits per second (0 = unlimited)
    UplinkSharing uplinkSharing = UplinkSharing::Fifo; // how connections share it
    double loss = 0.0;             // probability an RPC is lost
    // Time an honest node takes to validate a message it has not seen before (0 = none). The router
    // sends its IDONTWANT before validating, as go does, and forwards after.
    Duration validationDelay = 0ms;
    std::size_t frameOverhead = 40; // transport bytes per RPC frame (see network.h)
    // router
    gossipsub::GossipsubProfile profile; // params, score params, thresholds
    bool scoring = true;           // attach PeerScore to every router
    bool signing = false;          // StrictSign with Ed25519 (small networks only)
    gossipsub::PubsubProtocol protocol = gossipsub::PubsubProtocol::Meshsub12; // negotiated protocol
    // workload
    std::vector<PublisherSpec> publishers{PublisherSpec{}}; // traffic sources
    std::vector<AttackerSpec> attackers; // malicious groups
    int eclipseTarget = 0;         // honest node index the targetOnly attackers dial
    ChurnSpec churn;               // churn
};

// The default scenario's gossipsub profile: the "libp2p-scored" preset plus score params for
// topic `topic` suited to ~10 msg/s: a mesh delivery threshold (0.5, decay 0.9) that honest
// peers clear even when they are rarely first, and invalid weight -10.
gossipsub::GossipsubProfile defaultProfile(const std::string& topic);
// The default scenario (ARCHITECTURE.md).
Scenario defaultScenario();

// Largest scenario document accepted, bytes.
constexpr std::size_t kMaxScenarioJsonSize = 4 << 20;
// Reads a scenario object over the defaults; errors name the field ("attackers[1].behaviour").
Result<Scenario> scenarioFromJson(const nlohmann::json& j);
// Parses scenario text (syntax errors give the byte offset).
Result<Scenario> parseScenario(std::string_view text);
// The scenario as JSON (loadable again by scenarioFromJson).
nlohmann::json toJson(const Scenario& s);
// Sets one parameter by name (sweeps): "nodes", "seed", "duration_s", "dials", "rate",
// "message_size", "latency_ms", "jitter_ms", "uplink_mbps", "uplink_sharing", "loss", "validation_delay_ms",
// "D" (keeps Dlo/Dhi/Dout consistent), "heartbeat_ms", or any gossipsub key of the profile ("d_lazy",
// "flood_publish").
Status applySetting(Scenario& s, std::string_view name, const nlohmann::json& value);

std::string_view behaviourName(Behaviour b);
// The sharing named `name` ("fifo", "fair"), if any.
std::optional<UplinkSharing> uplinkSharingFromName(std::string_view name);
std::string_view latencyModelName(LatencyModel m);

} // namespace meshscope::sim
