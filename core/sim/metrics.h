#pragma once
// SimResult: the measures of one run, with JSON and CSV writers; Collector gathers them while the
// Network runs (bounded memory: latencies go to a 0.1 ms histogram, hop tables are released
// 30 s after a publish).
//
// Definitions:
// - delivery ratio: honest deliveries / (published valid messages x honest nodes that were up,
//   subscribed and not the publisher at publish time). A node counts a message only if it joined
//   before the publish (a churned node's fresh router is not credited twice).
// - duplicates per message: duplicate receptions counted by honest routers / honest deliveries
//   (theory without IDONTWANT: about D - 1).
// - hops: per delivery, hops of the propagation source + 1 (publisher 0).
// - bytes per node per second: wire bytes sent by honest nodes / honest nodes / simulated seconds;
//   amplification: wire bytes sent by every node / payload bytes delivered to honest nodes.
// - control overhead: protobuf bytes of each RPC part (publish, subscriptions, ihave, iwant,
//   graft, prune, idontwant) plus framing (length prefix and transport overhead), honest senders.
// - time to mesh: first sample at which every honest up node has at least D_low mesh peers.
// - attacker score: mean over attackers of the mean score honest peers give them at the end
//   (graylisted attackers oscillate around the threshold once ignored, so "graylisted" counts
//   attackers whose mean score fell below the graylist threshold at any sample);
//   eclipsed: honest up nodes whose mesh (first topic) holds no honest peer.

#include "core/base/time.h"

#include <array>
#include <cstdint>
#include <map>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace meshscope::sim {

struct MeshSample {
    double t = 0; // simulated seconds
    double meanDegree = 0; // mean mesh size over honest up nodes (first topic)
    int minDegree = 0; // smallest
    int maxDegree = 0; // largest
    double attackerShare = 0; // share of honest mesh slots held by attackers
    std::uint64_t delivered = 0; // honest deliveries so far
};

struct SimResult {
    std::string scenario; // scenario name
    std::uint64_t seed = 0; // master seed
    int nodes = 0; // honest nodes
    int attackers = 0; // attacker nodes
    double simSeconds = 0; // simulated time
    std::uint64_t events = 0; // events processed
    std::uint64_t published = 0; // valid messages published
    std::uint64_t invalidPublished = 0; // invalid messages injected by attackers
    std::uint64_t delivered = 0; // honest deliveries of valid messages
    std::uint64_t expected = 0; // deliveries a perfect network would make
    double deliveryRatio = 0; // delivered / expected
    double latencyP50Ms = 0, latencyP90Ms = 0, latencyP99Ms = 0, latencyMaxMs = 0; // publish -> delivery
    double meanHops = 0; // mean hops per delivery
    int maxHops = 0; // longest path seen
    double duplicatesPerMessage = 0; // duplicates per honest delivery
    double bytesPerNodePerSecond = 0; // mean upload of honest nodes
    double maxBytesPerNodePerSecond = 0; // busiest honest node
    double amplification = 0; // wire bytes / delivered payload bytes
    std::map<std::string, std::uint64_t> controlBytes; // bytes by RPC part (see above)
    std::vector<MeshSample> mesh; // mesh degree over time
    double timeToMeshSeconds = -1; // -1 when never formed
    double attackerScoreMean = 0, attackerScoreMin = 0, attackerScoreMax = 0; // scores honest peers give
    int attackersGraylisted = 0; // attackers whose mean score fell below graylist at some sample
    double honestScoreMean = 0; // mean score honest peers give each other
    int eclipsed = 0; // honest nodes with no honest mesh peer
    bool targetEclipsed = false; // the eclipse target has no honest mesh peer
    double targetDeliveryRatio = 0; // deliveries of the eclipse target / messages it should get
    std::uint64_t rejected = 0; // messages honest routers rejected
    double wallSeconds = 0; // filled by the caller (core/sim reads no clock)
};

// JSON object with every measure (mesh series included).
nlohmann::json toJson(const SimResult& r);
// Header of the summary CSV (one row per run).
std::string summaryCsvHeader();
// One summary row (no trailing newline) with `extra` values prepended (sweep settings).
std::string summaryCsvRow(const SimResult& r, const std::vector<std::string>& extra = {});
// The per-run CSV: the summary line, then the mesh time series. Same seed, same bytes.
std::string runCsv(const SimResult& r);

// The measures that only add up, kept apart per lane of a Network (network.h, "Lanes") so lanes
// running side by side never write the same counter; Network::totals() sums them.
struct Tally {
    static constexpr std::size_t kBuckets = 200000; // 0.1 ms buckets: 0..20 s
    // Records a latency in ns.
    void latency(std::int64_t ns);
    // Value below which `q` of the latencies fall, ms.
    double latencyQuantileMs(double q) const;
    // Adds `o`'s counts to these.
    void add(const Tally& o);

    std::vector<std::uint32_t> histogram = std::vector<std::uint32_t>(kBuckets); // latency buckets
    std::vector<std::int64_t> overflow; // latencies beyond the histogram, ns (bounded by deliveries)
    std::int64_t maxLatencyNs = 0; // largest latency
    std::uint64_t latencies = 0; // count
    std::uint64_t hopSum = 0, hopCount = 0; // mean hops
    int maxHops = 0; // longest
    std::uint64_t delivered = 0; // honest deliveries
    std::uint64_t targetDelivered = 0; // deliveries at the eclipse target
    std::uint64_t payloadDelivered = 0; // payload bytes delivered to honest nodes
    std::uint64_t bytesAll = 0; // wire bytes sent by every node
    // RPC parts counted in partBytes (result() names them in SimResult::controlBytes).
    enum Part { Framing, Subscriptions, Publish, IHave, IWant, Graft, Prune, IDontWant, kParts };
    std::array<std::uint64_t, kParts> partBytes {}; // bytes by RPC part (no map lookup per RPC)
    bool anyRpc = false, anyControl = false; // parts counted at all (control parts only with control)
};

// Accumulates the measures that are not plain sums during a run (owned by Network).
class Collector {
public:
    struct Message {
        std::int64_t publishedNs = 0; // publish time
        std::uint32_t publisher = 0; // node index
        std::uint32_t expected = 0; // eligible receivers
        std::uint32_t targetEligible = 0; // 1 if the eclipse target should get it
        std::vector<std::uint8_t> hops; // per node, 0xff unknown; empty once released
    };
    std::vector<Message> messages; // valid messages published, by index
    std::size_t firstUnreleased = 0; // hop tables before this index are released
    std::uint64_t invalidPublished = 0; // attacker injections
    std::vector<MeshSample> mesh; // samples
    double timeToMesh = -1; // first formed sample
    std::vector<double> attackerWorst; // per attacker: lowest mean score honest peers gave it at a sample
};

} // namespace meshscope::sim
