#pragma once
// PeerScore: the gossipsub v1.1 score function (spec "Peer Scoring", go-libp2p-pubsub score.go).
// Sans-IO and deterministic: every entry point takes `now`; no clock, no randomness. The router
// reports events (add/remove peer, graft/prune, message validate/deliver/reject/duplicate,
// penalties) and asks score(). Scoring is off (score() == 0) when the params are not enabled().
//
// Score(p) = TopicCap(Σ tᵢ·(w₁P₁ + w₂P₂ + w₃P₃ + w₃bP₃b + w₄P₄)) + w₅P₅ + w₆P₆ + w₇P₇
//
// Deliberate differences from go-libp2p-pubsub:
// - P1 and the P3 activation use the exact mesh time at `now` (go uses the time as of the last
//   refresh, "lazily updated"); P1 is floor(meshTime / quantum) like go.
// - refresh() applies one decay per elapsed decayInterval (go: one per ticker tick), so a late
//   call decays as many times as intervals passed (at most 1000 at once).
// - deliverMessage() for a message already validated/rejected is ignored entirely (go still
//   credits P2 before its defensive check), so a double report cannot inflate P2; and the first
//   sender's own later duplicates earn no near-first P3 credit (go would count one).
// - Like go (and unlike the spec's wording), only non-positive scores are retained after a
//   disconnect: a positive-score peer is forgotten at once; a retained peer has P2 reset to 0 and,
//   if it was in a mesh with an active deficit, the P3b penalty applied. Retained peers do not decay
//   and still count for IP colocation until they expire.
// - Events for unknown peers (no addPeer) and unconfigured topics are ignored (memory stays bounded).

#include "core/base/time.h"
#include "core/gossipsub/idhash.h"
#include "core/gossipsub/peerindex.h"
#include "core/gossipsub/peerscoredeliveries.h"
#include "core/gossipsub/scoreparams.h"
#include "core/gossipsub/solomap.h"
#include "core/gossipsub/types.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace meshscope::gossipsub {

// One topic's contribution for one peer. p1..p4 are weighted values (wᵢ·Pᵢ) before the topic
// weight; the counters are the raw, decayed values.
struct TopicScoreBreakdown {
    TopicId topic; // configured topic
    double p1 = 0; // w₁·P₁ time in mesh
    double p2 = 0; // w₂·P₂ first message deliveries
    double p3 = 0; // w₃·P₃ mesh message delivery deficit (squared)
    double p3b = 0; // w₃b·P₃b mesh failure penalty
    double p4 = 0; // w₄·P₄ invalid messages (squared)
    bool inMesh = false; // peer is in our mesh for this topic
    Duration meshTime {}; // time since GRAFT, 0 when not in the mesh
    double meshDeliveries = 0; // P3 counter
    double firstDeliveries = 0; // P2 counter
    double invalidDeliveries = 0; // P4 counter
    double meshFailurePenalty = 0; // P3b counter
};

// One peer's score with every component. p5..p7 are weighted values (wᵢ·Pᵢ).
struct PeerScoreBreakdown {
    PeerId peer; // the peer
    double total = 0; // score(peer, now)
    double p5 = 0; // w₅·P₅ application-specific
    double p6 = 0; // w₆·P₆ IP colocation
    double p7 = 0; // w₇·P₇ behaviour penalty
    std::vector<TopicScoreBreakdown> topics; // configured topics with stats, sorted by topic
    bool connected = false; // false while retained after a disconnect
};

// PeerScore's counters for one peer in one scored topic. (At namespace scope, not nested in
// PeerScore: SoloMap needs it default-constructible while PeerScore is still being defined.)
struct PeerTopicStats {
    bool inMesh = false; // in our mesh for the topic
    TimePoint graftTime {}; // when it was grafted
    double firstMessageDeliveries = 0; // P2 counter
    double meshMessageDeliveries = 0; // P3 counter
    double meshFailurePenalty = 0; // P3b counter
    double invalidMessageDeliveries = 0; // P4 counter
};

class PeerScore {
public:
    PeerScore(PeerScoreParams params, PeerScoreThresholds thresholds);
    // Not copyable: m_index points into this object's map. Moving keeps the map's entries in place.
    PeerScore(const PeerScore&) = delete;
    PeerScore& operator=(const PeerScore&) = delete;
    PeerScore(PeerScore&&) noexcept = default;
    PeerScore& operator=(PeerScore&&) noexcept = default;
    ~PeerScore() = default;

    // Applies new params live (call when the user edits them): counters are kept, re-capped to
    // lower caps; stats of topics no longer configured are dropped. Params should be validate()d.
    void setParams(PeerScoreParams params, PeerScoreThresholds thresholds);
    const PeerScoreParams& params() const { return m_params; }
    const PeerScoreThresholds& thresholds() const { return m_thresholds; }

    // A pubsub peer connected (first stream). Revives retained stats if any.
    void addPeer(const PeerId& peer, TimePoint now);
    // The peer disconnected: stats are retained for retainScore if its score is <= 0.
    void removePeer(const PeerId& peer, TimePoint now);
    // The peer's remote IP (for P6); replaces earlier IPs. Call after addPeer. Loopback is
    // ignored and IPv6 also counts under its /64, as in go (see ipColocationKeys()).
    void setPeerIp(const PeerId& peer, const std::string& ip);
    // The peer entered our mesh for `topic` (we grafted it or accepted its GRAFT).
    void graft(const PeerId& peer, const TopicId& topic, TimePoint now);
    // The peer left our mesh for `topic`; applies the P3b penalty on an active deficit.
    void prune(const PeerId& peer, const TopicId& topic, TimePoint now);
    // A message was seen for the first time (from `from`), before validation.
    void validateMessage(const PeerId& from, const MessageId& id, const TopicId& topic, TimePoint now);
    // The first-seen message passed validation and was delivered (P2 for `from`, P3 for mesh peers
    // that sent it during validation).
    void deliverMessage(const PeerId& from, const MessageId& id, const TopicId& topic, TimePoint now);
    // The message was rejected; P4 per go's rules for `reason` (ignored/throttled: no penalty).
    void rejectMessage(
        const PeerId& from, const MessageId& id, const TopicId& topic, RejectReason reason, TimePoint now);
    // A message already seen arrived again from `from` (P3 near-first credit, or P4 if invalid).
    void duplicateMessage(const PeerId& from, const MessageId& id, const TopicId& topic, TimePoint now);
    // The same through the sender's handle (an empty one: by id), without a lookup of its stats.
    void duplicateMessage(
        ScoreHandle h, const PeerId& from, const MessageId& id, const TopicId& topic, TimePoint now);
    // Adds `count` to the P7 behaviour penalty counter (broken IWANT promise, GRAFT flood, ...).
    void addPenalty(const PeerId& peer, int count);
    // Sets P5 for the peer (used when params have no appSpecificScore callback).
    void setApplicationScore(const PeerId& peer, double value);

    // The peer's score at `now`; 0 for unknown peers or when scoring is disabled.
    double score(const PeerId& peer, TimePoint now) const;
    // A handle on a known peer's stats (empty for unknown peers). Stats never move (the map is
    // node-based) and are erased only by removePeer() and, once retained, by refresh(): a handle
    // taken after addPeer() is valid until that peer's removePeer().
    ScoreHandle handle(const PeerId& peer) const;
    // score() of the peer `h` (not empty) refers to: no lookup by PeerId.
    double score(ScoreHandle h, TimePoint now) const;
    // score(h, now) >= threshold, the same answer, usually without computing the score: call for a
    // gate asked at every RPC (the graylist). It keeps a floor per peer (see PeerStats::floor), so
    // `now` must not go back between calls (a router's never does).
    bool scoreAtLeast(ScoreHandle h, double threshold, TimePoint now) const;
    // Starts loading the stats score(h, ...) reads (a CPU cache hint; no effect on results).
    void prefetch(ScoreHandle h) const;
    // Call when nextTimeout() is due (or any time): decays counters once per elapsed decayInterval,
    // expires retained peers and old delivery records.
    void refresh(TimePoint now);
    // When refresh() is next due; nullopt when scoring is disabled or no event has happened yet.
    Deadline nextTimeout() const;
    // Every known peer (connected or retained) with every component, sorted by peer.
    std::vector<PeerScoreBreakdown> breakdown(TimePoint now) const;

    // Number of peers with stats (connected plus retained).
    std::size_t peerCount() const { return m_peers.size(); }
    // Number of message delivery records held.
    std::size_t deliveryRecordCount() const { return m_deliveries.size(); }

private:
    using TopicStats = PeerTopicStats;
    // What the graylist gate reads at every RPC comes first (the floor, then what computeScore()
    // reads), in as few cache lines as it fits: it finds the entry cold in a simulation of many
    // routers.
    struct PeerStats {
        // A lower bound on the score from now until the next event that can lower it (floorStamp()
        // moves, or this peer's stamp is reset to 0): the graylist gate compares it first.
        mutable double floor = 0;
        mutable std::uint64_t floorStamp = 0; // floorStamp() floor was computed at (0: none)
        double behaviourPenalty = 0; // P7 counter
        double applicationScore = 0; // P5 value from setApplicationScore()
        mutable std::uint64_t p6Generation = 0; // m_ipGeneration p6 was computed at (0: never)
        mutable double p6 = 0; // cached ipColocationFactor() (P6 before its weight)
        SoloMap<TopicId, TopicStats> topics; // configured topics only, by name (a lone one inline)
        bool connected = true; // false while retained
        TimePoint expire {}; // when retained stats are dropped
        std::set<std::string> ips; // known IPs (P6)
    };

    void armRefresh(TimePoint now);
    void indexTopics();
    // The stats for a configured topic (created on first use) and its params; nulls otherwise.
    std::pair<TopicStats*, const TopicScoreParams*> topicStats(PeerStats& ps, const TopicId& topic);
    // The params of a configured topic, or null.
    const TopicScoreParams* topicParams(const TopicId& topic) const;
    bool deficitActive(const TopicStats& ts, const TopicScoreParams& tp, TimePoint now) const;
    void markFirstMessageDelivery(const PeerId& peer, const TopicId& topic, const TopicScoreParams& tp);
    void markDuplicateMessageDelivery(const PeerId& peer, const TopicId& topic, const TopicScoreParams& tp,
        TimePoint now, Deadline validated);
    // The same for a peer whose stats are at hand.
    void markDuplicateMessageDelivery(
        PeerStats& ps, const TopicId& topic, const TopicScoreParams& tp, TimePoint now, Deadline validated);
    void markInvalidMessageDelivery(const PeerId& peer, const TopicId& topic);
    void removeIps(const PeerId& peer, const std::set<std::string>& ips);
    bool isWhitelisted(const std::string& ip) const;
    double ipColocationFactor(const PeerStats& ps) const;
    double applicationScore(const PeerId& peer, const PeerStats& ps) const;
    double behaviourPenaltyValue(const PeerStats& ps) const;
    // With `worstDeficit`, every mesh peer's P3 deficit counts as if already activated: the score
    // can then only rise until an event that lowers scores (the floor, see scoreAtLeast()).
    double computeScore(const PeerId& peer, const PeerStats& ps, TimePoint now,
        std::vector<TopicScoreBreakdown>* topics, bool worstDeficit = false) const;
    // Stamp of the floors still valid: it moves whenever every peer's score may drop (decay, params,
    // IP counts), since m_ipGeneration and m_floorEpoch only grow.
    std::uint64_t floorStamp() const { return m_floorEpoch + m_ipGeneration; }
    // Whether floors are lower bounds under the params' signs (set by indexTopics()).
    bool floorsSound() const;
    void decay(PeerStats& ps);

    PeerScoreParams m_params; // scoring parameters (live)
    PeerScoreThresholds m_thresholds; // thresholds (kept for the router's convenience)
    // Copy of m_params.topics for lookups: a short list scanned in place (one cache line, no string
    // hashing; a network scores a handful of topics), hashed when there are many.
    std::vector<std::pair<TopicId, TopicScoreParams>> m_topicList;
    // The same when exactly one topic is scored (the usual case), kept in this object: no heap block
    // to miss on when the scorer is cold, as it is at every simulated event.
    std::optional<std::pair<TopicId, TopicScoreParams>> m_soleTopic;
    std::unordered_map<TopicId, TopicScoreParams> m_topicIndex; // the same, when above kListedTopics
    static constexpr std::size_t kListedTopics = 8;
    std::unordered_map<PeerId, PeerStats>
        m_peers; // connected and retained peers (hashed: iteration order must not matter)
    PeerIndex<std::pair<const PeerId, PeerStats>> m_index; // m_peers' entries, for lookups (see peerindex.h)
    std::unordered_map<std::string, std::set<PeerId>, IdHash>
        m_peerIps; // IP -> peers using it (P6; IdHash: no linear memcmp scans)
    std::set<std::string> m_whitelistedIps; // keys of m_peerIps exempt from P6
    std::uint64_t m_ipGeneration = 1; // bumped whenever m_peerIps, m_whitelistedIps or the P6 params change
    std::uint64_t m_floorEpoch = 1; // bumped when every floor may be stale: decay (refresh), new params
    bool m_floorsSound = false; // floorsSound() for the current params

    DeliveryRecords m_deliveries; // per-message delivery records
    Deadline m_nextRefresh; // when refresh() is next due
};

} // namespace meshscope::gossipsub
