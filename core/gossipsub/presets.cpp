#include "core/gossipsub/presets.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace meshscope::gossipsub {

namespace {

// Mainnet constants (consensus-specs phase0 presets and p2p-interface).
constexpr int kSecondsPerSlot = 12;                 // SECONDS_PER_SLOT
constexpr int kSlotsPerEpoch = 32;                  // SLOTS_PER_EPOCH
constexpr int kAttestationSubnetCount = 64;         // ATTESTATION_SUBNET_COUNT
constexpr long long kTargetCommitteeSize = 128;     // TARGET_COMMITTEE_SIZE
constexpr long long kMaxCommitteesPerSlot = 64;     // MAX_COMMITTEES_PER_SLOT
constexpr long long kTargetAggregatorsPerCommittee = 16; // TARGET_AGGREGATORS_PER_COMMITTEE
constexpr std::size_t kGossipMaxSize = 10 << 20;    // GOSSIP_MAX_SIZE (bellatrix), 10 MiB

// Lighthouse's scoring constants.
constexpr double kMaxInMeshScore = 10.0;
constexpr double kMaxFirstMessageDeliveriesScore = 40.0;
constexpr double kBeaconBlockWeight = 0.5;
constexpr double kBeaconAggregateProofWeight = 0.5;
constexpr double kVoluntaryExitWeight = 0.05;
constexpr double kProposerSlashingWeight = 0.05;
constexpr double kAttesterSlashingWeight = 0.05;
constexpr double kDecayToZero = 0.01;

const Duration kSlot = std::chrono::seconds(kSecondsPerSlot);
const Duration kEpoch = kSlot * kSlotsPerEpoch;

double seconds(Duration d) { return std::chrono::duration<double>(d).count(); }

// Decay factor that takes a counter to decayToZero after `decayTime` (decay interval: one slot).
double decayOver(Duration decayTime) { return std::pow(kDecayToZero, seconds(kSlot) / seconds(decayTime)); }

// Steady-state value of a counter receiving `rate` per interval and decaying by `decay`.
double convergence(double decay, double rate) { return rate / (1.0 - decay); }

struct MeshDeliveryInfo {
    int decaySlots;      // time for mesh counters to decay, in slots
    double capFactor;    // cap = capFactor * threshold (at least 2)
    Duration activation; // mesh time before P3 applies
};

TopicScoreParams topicParams(double topicWeight, double expectedRate, Duration firstDecayTime,
                             std::optional<MeshDeliveryInfo> mesh, double maxPositiveScore, int meshN)
{
    TopicScoreParams t;
    t.topicWeight = topicWeight;
    t.timeInMeshQuantum = kSlot;
    t.timeInMeshCap = 3600.0 / seconds(kSlot);
    t.timeInMeshWeight = kMaxInMeshScore / t.timeInMeshCap;
    t.firstMessageDeliveriesDecay = decayOver(firstDecayTime);
    t.firstMessageDeliveriesCap = convergence(t.firstMessageDeliveriesDecay, 2.0 * expectedRate / meshN);
    t.firstMessageDeliveriesWeight = kMaxFirstMessageDeliveriesScore / t.firstMessageDeliveriesCap;
    if (mesh) {
        t.meshMessageDeliveriesDecay = decayOver(kSlot * mesh->decaySlots);
        t.meshMessageDeliveriesThreshold =
            convergence(t.meshMessageDeliveriesDecay, expectedRate / 50.0) * t.meshMessageDeliveriesDecay;
        t.meshMessageDeliveriesCap = std::max(2.0, mesh->capFactor * t.meshMessageDeliveriesThreshold);
        t.meshMessageDeliveriesActivation = mesh->activation;
        t.meshMessageDeliveriesWindow = std::chrono::seconds(2);
        t.meshFailurePenaltyDecay = t.meshMessageDeliveriesDecay;
        t.meshMessageDeliveriesWeight = -topicWeight;
        t.meshFailurePenaltyWeight = t.meshMessageDeliveriesWeight;
    } else {
        t.meshMessageDeliveriesWeight = 0;
        t.meshMessageDeliveriesThreshold = 0;
        t.meshMessageDeliveriesDecay = 0;
        t.meshMessageDeliveriesCap = 0;
        t.meshMessageDeliveriesWindow = Duration::zero();
        t.meshMessageDeliveriesActivation = Duration::zero();
        t.meshFailurePenaltyDecay = 0;
        t.meshFailurePenaltyWeight = 0;
    }
    t.invalidMessageDeliveriesWeight = -maxPositiveScore / topicWeight;
    t.invalidMessageDeliveriesDecay = decayOver(kEpoch * 50);
    return t;
}

// Expected aggregate-and-proof messages per slot (spec committee sizes, aggregator selection).
double aggregatorsPerSlot(long long activeValidators, long long committeesPerSlot)
{
    const long long committees = committeesPerSlot * kSlotsPerEpoch;
    const long long smaller = activeValidators / committees;
    const long long larger = activeValidators - smaller * committees;
    const long long moduloSmaller = std::max(1LL, smaller / kTargetAggregatorsPerCommittee);
    const long long moduloLarger = std::max(1LL, (smaller + 1) / kTargetAggregatorsPerCommittee);
    const double perEpoch = static_cast<double>((committees - larger) * smaller) / static_cast<double>(moduloSmaller)
        + static_cast<double>(larger * (smaller + 1)) / static_cast<double>(moduloLarger);
    return perEpoch / kSlotsPerEpoch;
}

bool isHexDigest(const std::string& s)
{
    return s.size() == 8 && s.find_first_not_of("0123456789abcdefABCDEF") == std::string::npos;
}

} // namespace

std::string ethereumTopic(const std::string& forkDigest, const std::string& name)
{
    return "/eth2/" + forkDigest + "/" + name + "/ssz_snappy";
}

std::vector<std::string> presetNames() { return {"libp2p", "libp2p-scored", "ethereum"}; }

GossipsubProfile libp2pPreset()
{
    // The struct defaults are the spec/go defaults with scoring disabled.
    return GossipsubProfile{};
}

GossipsubProfile libp2pScoredPreset()
{
    GossipsubProfile p = libp2pPreset();
    PeerScoreParams& s = p.score;
    s.topicScoreCap = 3600;
    s.appSpecificWeight = 10;
    s.ipColocationFactorWeight = -5;
    s.ipColocationFactorThreshold = 10;
    s.behaviourPenaltyWeight = -10;
    s.behaviourPenaltyThreshold = 0;
    s.behaviourPenaltyDecay = 0.2;
    s.decayInterval = std::chrono::seconds(1);
    s.decayToZero = 0.1;
    s.retainScore = std::chrono::seconds(3600);
    return p;
}

Result<GossipsubProfile> ethereumPreset(const EthereumPresetOptions& options)
{
    if (!isHexDigest(options.forkDigest))
        return fail("ethereum preset: forkDigest must be 8 hex digits (got \"" + options.forkDigest + "\")");
    if (options.activeValidators < 1 || options.activeValidators > 100'000'000)
        return fail("ethereum preset: activeValidators must be between 1 and 100000000");

    GossipsubProfile p;
    GossipsubParams& g = p.gossipsub;
    g.D = 8;
    g.Dlo = 6;
    g.Dhi = 12;
    g.Dlazy = 6;
    g.Dscore = 4;
    g.Dout = 2;
    g.heartbeatInterval = std::chrono::milliseconds(700);
    g.fanoutTTL = std::chrono::seconds(60);
    g.historyLength = 6;
    g.historyGossip = 3;
    g.seenTTL = kEpoch * 2; // SECONDS_PER_SLOT * SLOTS_PER_EPOCH * 2
    g.pruneBackoff = std::chrono::seconds(60);
    g.floodPublish = true;
    g.gossipFactor = 0.25;
    g.prunePeers = 16;
    g.graftFloodThreshold = std::chrono::seconds(10);
    g.opportunisticGraftTicks = 85;
    g.opportunisticGraftPeers = 2;
    g.maxIHaveLength = 5000;
    g.maxIHaveMessages = 5;
    g.iwantFollowupTime = std::chrono::seconds(3);
    g.maxMessageSize = kGossipMaxSize;
    g.maxTransmissionSize = kGossipMaxSize + (1 << 20); // snappy expansion and protobuf framing

    p.thresholds = PeerScoreThresholds{-4000, -8000, -16000, 100, 5};

    const int meshN = g.D;
    const double subnetWeight = 1.0 / kAttestationSubnetCount;
    const double maxPositiveScore = (kMaxInMeshScore + kMaxFirstMessageDeliveriesScore)
        * (kBeaconBlockWeight + kBeaconAggregateProofWeight + subnetWeight * kAttestationSubnetCount
           + kVoluntaryExitWeight + kProposerSlashingWeight + kAttesterSlashingWeight);

    PeerScoreParams& s = p.score;
    s.decayInterval = kSlot;
    s.decayToZero = kDecayToZero;
    s.retainScore = kEpoch * 100;
    s.appSpecificWeight = 1;
    s.ipColocationFactorThreshold = 8;
    s.behaviourPenaltyThreshold = 6;
    s.behaviourPenaltyDecay = decayOver(kEpoch * 10);
    const double target =
        convergence(s.behaviourPenaltyDecay, 10.0 / kSlotsPerEpoch) - s.behaviourPenaltyThreshold;
    s.behaviourPenaltyWeight = p.thresholds.gossipThreshold / (target * target);
    s.topicScoreCap = maxPositiveScore * 0.5;
    s.ipColocationFactorWeight = -s.topicScoreCap;

    const std::string& d = options.forkDigest;
    s.topics[ethereumTopic(d, "voluntary_exit")] = topicParams(
        kVoluntaryExitWeight, 4.0 / kSlotsPerEpoch, kEpoch * 100, std::nullopt, maxPositiveScore, meshN);
    s.topics[ethereumTopic(d, "attester_slashing")] = topicParams(
        kAttesterSlashingWeight, 1.0 / 5.0 / kSlotsPerEpoch, kEpoch * 100, std::nullopt, maxPositiveScore, meshN);
    s.topics[ethereumTopic(d, "proposer_slashing")] = topicParams(
        kProposerSlashingWeight, 1.0 / 5.0 / kSlotsPerEpoch, kEpoch * 100, std::nullopt, maxPositiveScore, meshN);

    const long long v = options.activeValidators;
    const long long committeesPerSlot =
        std::max(1LL, std::min(kMaxCommitteesPerSlot, v / kSlotsPerEpoch / kTargetCommitteeSize));
    const bool multipleBursts = committeesPerSlot >= 2 * kAttestationSubnetCount / kSlotsPerEpoch;

    s.topics[ethereumTopic(d, "beacon_block")] = topicParams(
        kBeaconBlockWeight, 1.0, kEpoch * 20, MeshDeliveryInfo{kSlotsPerEpoch * 5, 3.0, kEpoch}, maxPositiveScore,
        meshN);
    s.topics[ethereumTopic(d, "beacon_aggregate_and_proof")] =
        topicParams(kBeaconAggregateProofWeight, aggregatorsPerSlot(v, committeesPerSlot), kEpoch,
                    MeshDeliveryInfo{kSlotsPerEpoch * 2, 4.0, kEpoch}, maxPositiveScore, meshN);
    const TopicScoreParams subnet = topicParams(
        subnetWeight, static_cast<double>(v) / kAttestationSubnetCount / kSlotsPerEpoch,
        kEpoch * (multipleBursts ? 1 : 4),
        MeshDeliveryInfo{kSlotsPerEpoch * (multipleBursts ? 4 : 16), 16.0,
                         multipleBursts ? kSlot * (kSlotsPerEpoch / 2 + 1) : kEpoch * 3},
        maxPositiveScore, meshN);
    for (int i = 0; i < kAttestationSubnetCount; ++i)
        s.topics[ethereumTopic(d, "beacon_attestation_" + std::to_string(i))] = subnet;
    return p;
}

Result<GossipsubProfile> presetByName(std::string_view name)
{
    if (name == "libp2p")
        return libp2pPreset();
    if (name == "libp2p-scored")
        return libp2pScoredPreset();
    if (name == "ethereum")
        return ethereumPreset();
    std::string valid;
    for (const auto& n : presetNames())
        valid += (valid.empty() ? "" : ", ") + n;
    return fail("unknown preset \"" + std::string(name) + "\" (valid: " + valid + ")");
}

} // namespace meshscope::gossipsub
