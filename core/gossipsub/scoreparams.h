#pragma once
// Peer scoring parameters (gossipsub v1.1 "Peer Scoring", "Overview of New Parameters").
// Field names follow go-libp2p-pubsub's score_params.go; validation rules are go's (validate()),
// plus the spec's "MeshMessageDeliveriesCap must be >= MeshMessageDeliveriesThreshold".
//
// The spec gives no defaults for scoring. Defaults here:
// - PeerScoreParams: scoring DISABLED (no topics, all global weights 0; enabled() is false), with
//   go's DecayToZero 0.01 and a 1 s DecayInterval so that enabling one weight yields valid params.
// - TopicScoreParams: rust-libp2p's TopicScoreParams::default() values (a usable starting point).
// - PeerScoreThresholds: rust-libp2p's PeerScoreThresholds::default() values.
//
// Differences from go: the IP colocation whitelist holds exact IP strings or CIDR prefixes
// ("10.0.0.0/8", "fd00::/8") as text; appSpecificScore may be empty (then setApplicationScore()
// values are used); go's SkipAtomicValidation is not supported (params are always checked whole).

#include "core/base/result.h"
#include "core/base/time.h"
#include "core/gossipsub/types.h"

#include <chrono>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace meshscope::gossipsub {

using namespace std::chrono_literals;

struct TopicScoreParams {
    double topicWeight = 0.5; // TopicWeight: weight of this topic in the score, >= 0; rust default 0.5

    // P1: time in mesh
    double timeInMeshWeight = 1.0;   // TimeInMeshWeight: small positive; rust default 1
    Duration timeInMeshQuantum = 1ms; // TimeInMeshQuantum: mesh time worth one point, > 0; rust 1 ms
    double timeInMeshCap = 3600.0;   // TimeInMeshCap: max P1, > 0 when weighted; rust default 3600

    // P2: first message deliveries
    double firstMessageDeliveriesWeight = 1.0; // FirstMessageDeliveriesWeight: >= 0; rust default 1
    double firstMessageDeliveriesDecay = 0.5;  // FirstMessageDeliveriesDecay: (0,1); rust default 0.5
    double firstMessageDeliveriesCap = 2000.0; // FirstMessageDeliveriesCap: > 0, applied at increment; 2000

    // P3: mesh message delivery rate
    double meshMessageDeliveriesWeight = -1.0;    // MeshMessageDeliveriesWeight: <= 0; rust default -1
    double meshMessageDeliveriesDecay = 0.5;      // MeshMessageDeliveriesDecay: (0,1); rust default 0.5
    double meshMessageDeliveriesCap = 100.0;      // MeshMessageDeliveriesCap: >= threshold; rust 100
    double meshMessageDeliveriesThreshold = 20.0; // MeshMessageDeliveriesThreshold: > 0; rust 20
    Duration meshMessageDeliveriesWindow = 10ms;  // MeshMessageDeliveryWindow: near-first window, >= 0;
                                                  // spec "1-5 ms", rust default 10 ms
    Duration meshMessageDeliveriesActivation = 5s; // MeshMessageDeliveriesActivation: mesh time before P3
                                                   // applies, >= 1 s (go); rust default 5 s

    // P3b: mesh failure penalty
    double meshFailurePenaltyWeight = -1.0; // MeshFailurePenaltyWeight: <= 0; rust default -1
    double meshFailurePenaltyDecay = 0.5;   // MeshFailurePenaltyDecay: (0,1); rust default 0.5

    // P4: invalid messages
    double invalidMessageDeliveriesWeight = -1.0; // InvalidMessageDeliveriesWeight: <= 0; rust default -1
    double invalidMessageDeliveriesDecay = 0.3;   // InvalidMessageDeliveriesDecay: (0,1); rust default 0.3

    // go's rules; the error names the field ("TopicWeight must be >= 0").
    Status validate() const;

    bool operator==(const TopicScoreParams&) const = default;
};

struct PeerScoreParams {
    std::map<TopicId, TopicScoreParams> topics; // per-topic params; unconfigured topics do not count
    double topicScoreCap = 0.0; // TopicScoreCap: cap on the positive topic sum, 0 = no cap; >= 0

    // P5: application-specific score. When set, the callback is asked at every score(); otherwise
    // the value given through PeerScore::setApplicationScore() is used (0 by default).
    std::function<double(const PeerId&)> appSpecificScore;
    double appSpecificWeight = 0.0; // AppSpecificWeight: spec "must be positive"; 0 disables

    // P6: IP colocation factor
    double ipColocationFactorWeight = 0.0;  // IPColocationFactorWeight: <= 0; 0 disables
    int ipColocationFactorThreshold = 1;    // IPColocationFactorThreshold: peers per IP before penalty, >= 1
    std::set<std::string> ipColocationWhitelist; // IPColocationFactorWhitelist: IPs or CIDR prefixes exempt

    // P7: behaviour penalty
    double behaviourPenaltyWeight = 0.0;    // BehaviourPenaltyWeight: <= 0; 0 disables
    double behaviourPenaltyThreshold = 0.0; // BehaviourPenaltyThreshold: counter value free of penalty, >= 0
    double behaviourPenaltyDecay = 0.99;    // BehaviourPenaltyDecay: (0,1) when weighted

    // Decay
    Duration decayInterval = 1s; // DecayInterval: how often counters decay, >= 1 s (go)
    double decayToZero = 0.01;   // DecayToZero: decayed counters below this become 0, (0,1); go default 0.01
    Duration retainScore = 0s;   // RetainScore: keep a disconnected peer's counters this long, >= 0

    // Delivery records (go's SeenMsgTTL): how long per-message delivery records are kept for P2/P3
    // duplicate accounting, and how many at most (oldest dropped first).
    Duration seenMsgTTL = 120s;              // go SeenMsgTTL default: TimeCacheDuration, 120 s
    std::size_t maxDeliveryRecords = 100000; // bound on delivery records (not in go; memory bound)

    // go's rules, plus every topic's validate(); the error names the field (and topic).
    Status validate() const;
    // False when no scoring is configured (no topics, all global weights 0): score() is then 0.
    bool enabled() const;
};

// Compares every value except the appSpecificScore callback (functions are not comparable).
bool operator==(const PeerScoreParams& a, const PeerScoreParams& b);

struct PeerScoreThresholds {
    double gossipThreshold = -10.0;   // GossipThreshold: no gossip to/from below, <= 0; rust -10
    double publishThreshold = -50.0;  // PublishThreshold: no self-published messages below,
                                      // <= gossipThreshold; rust -50
    double graylistThreshold = -80.0; // GraylistThreshold: RPCs ignored below, <= publishThreshold; rust -80
    double acceptPXThreshold = 10.0;  // AcceptPXThreshold: PX accepted only above, >= 0; rust 10
    double opportunisticGraftThreshold = 20.0; // OpportunisticGraftThreshold: median mesh score that
                                               // triggers opportunistic grafting, >= 0; rust 20

    // go's rules; the error names the field.
    Status validate() const;

    bool operator==(const PeerScoreThresholds&) const = default;
};

// Parses an IP colocation whitelist entry: an IPv4/IPv6 address or CIDR prefix. Used by validate()
// and PeerScore; returns false for malformed entries.
bool ipMatchesWhitelistEntry(const std::string& ip, const std::string& entry);
// True when `entry` is a well-formed IP or CIDR prefix.
bool isValidWhitelistEntry(const std::string& entry);
// The keys a peer's remote IP counts under for P6, as go does: an IPv4 address as is; an IPv6
// address and its /64 prefix (masked address text, e.g. "2001:db8:1:2::"); nothing for loopback
// addresses (local test setups) or text that is not an IP. Addresses are canonicalised.
std::vector<std::string> ipColocationKeys(const std::string& ip);

} // namespace meshscope::gossipsub
