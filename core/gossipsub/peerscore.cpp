// PeerScore event handling: peers, mesh membership, message deliveries (go score.go semantics).
// Score computation, decay and the breakdown are in peerscorecompute.cpp.
#include "core/gossipsub/peerscore.h"

#include <algorithm>

namespace meshscope::gossipsub {

PeerScore::PeerScore(PeerScoreParams params, PeerScoreThresholds thresholds)
    : m_params(std::move(params))
    , m_thresholds(thresholds)
    , m_deliveries(m_params.seenMsgTTL, m_params.maxDeliveryRecords)
{
    indexTopics();
}

void PeerScore::indexTopics()
{
    m_topicList.clear();
    m_topicIndex.clear();
    m_soleTopic.reset();
    if (m_params.topics.size() == 1)
        m_soleTopic.emplace(*m_params.topics.begin());
    else if (m_params.topics.size() <= kListedTopics)
        m_topicList.assign(m_params.topics.begin(), m_params.topics.end());
    else
        m_topicIndex
            = std::unordered_map<TopicId, TopicScoreParams>(m_params.topics.begin(), m_params.topics.end());
    m_floorsSound = floorsSound();
    ++m_floorEpoch; // new params, new scores
}

void PeerScore::setParams(PeerScoreParams params, PeerScoreThresholds thresholds)
{
    const Duration oldInterval = m_params.decayInterval;
    m_params = std::move(params);
    m_thresholds = thresholds;
    indexTopics();
    m_deliveries.setLimits(m_params.seenMsgTTL, m_params.maxDeliveryRecords);
    for (auto& [peer, ps] : m_peers) {
        for (auto it = ps.topics.begin(); it != ps.topics.end();) {
            const auto tp = m_params.topics.find(it->first);
            if (tp == m_params.topics.end()) {
                it = ps.topics.erase(it);
                continue;
            }
            // Lowered caps apply to existing counters (go's SetTopicScoreParams recap).
            TopicStats& ts = it->second;
            ts.firstMessageDeliveries
                = std::min(ts.firstMessageDeliveries, tp->second.firstMessageDeliveriesCap);
            ts.meshMessageDeliveries
                = std::min(ts.meshMessageDeliveries, tp->second.meshMessageDeliveriesCap);
            ++it;
        }
    }
    ++m_ipGeneration; // threshold or whitelist may have changed
    m_whitelistedIps.clear();
    for (const auto& [ip, peers] : m_peerIps) {
        if (isWhitelisted(ip))
            m_whitelistedIps.insert(ip);
    }
    if (!m_params.enabled())
        m_nextRefresh.reset();
    else if (m_nextRefresh && m_params.decayInterval != oldInterval)
        m_nextRefresh = *m_nextRefresh - oldInterval + m_params.decayInterval;
}

void PeerScore::armRefresh(TimePoint now)
{
    if (!m_nextRefresh && m_params.enabled())
        m_nextRefresh = now + m_params.decayInterval;
}

const TopicScoreParams* PeerScore::topicParams(const TopicId& topic) const
{
    if (m_soleTopic)
        return m_soleTopic->first == topic ? &m_soleTopic->second : nullptr;
    if (m_topicIndex.empty()) {
        for (const auto& [t, params] : m_topicList)
            if (t == topic)
                return &params;
        return nullptr;
    }
    const auto it = m_topicIndex.find(topic);
    return it == m_topicIndex.end() ? nullptr : &it->second;
}

std::pair<PeerScore::TopicStats*, const TopicScoreParams*> PeerScore::topicStats(
    PeerStats& ps, const TopicId& topic)
{
    // Only configured topics are tracked (go: getTopicStats).
    const TopicScoreParams* tp = topicParams(topic);
    if (!tp)
        return { nullptr, nullptr };
    return { &ps.topics[topic], tp };
}

bool PeerScore::deficitActive(const TopicStats& ts, const TopicScoreParams& tp, TimePoint now) const
{
    return ts.inMesh && now - ts.graftTime > tp.meshMessageDeliveriesActivation
        && ts.meshMessageDeliveries < tp.meshMessageDeliveriesThreshold;
}

void PeerScore::addPeer(const PeerId& peer, TimePoint now)
{
    armRefresh(now);
    auto [it, inserted] = m_peers.try_emplace(peer);
    it->second.connected = true;
    it->second.floorStamp = 0; // revived: P2 was reset and P3b added while retained
    if (inserted)
        m_index.insert(&*it);
}

void PeerScore::removePeer(const PeerId& peer, TimePoint now)
{
    auto* it = m_index.find(peer);
    if (!it)
        return;
    // Only non-positive scores are retained, to dissuade attacks on the score function (go).
    if (!m_params.enabled() || m_params.retainScore <= Duration::zero() || score(peer, now) > 0) {
        removeIps(peer, it->second.ips);
        m_index.erase(peer);
        m_peers.erase(peer);
        return;
    }
    PeerStats& ps = it->second;
    for (auto& [topic, ts] : ps.topics) {
        ts.firstMessageDeliveries = 0;
        const auto tp = m_params.topics.find(topic);
        if (tp != m_params.topics.end() && deficitActive(ts, tp->second, now)) {
            const double deficit = tp->second.meshMessageDeliveriesThreshold - ts.meshMessageDeliveries;
            ts.meshFailurePenalty += deficit * deficit;
        }
        ts.inMesh = false;
    }
    ps.connected = false;
    ps.expire = now + m_params.retainScore;
}

void PeerScore::setPeerIp(const PeerId& peer, const std::string& ip)
{
    auto* it = m_index.find(peer);
    if (!it)
        return;
    removeIps(peer, it->second.ips);
    ++m_ipGeneration;
    const auto keys = ipColocationKeys(ip);
    it->second.ips = std::set<std::string>(keys.begin(), keys.end());
    for (const auto& key : keys) {
        m_peerIps[key].insert(peer);
        if (isWhitelisted(key))
            m_whitelistedIps.insert(key);
    }
}

void PeerScore::removeIps(const PeerId& peer, const std::set<std::string>& ips)
{
    if (!ips.empty())
        ++m_ipGeneration;
    for (const auto& ip : ips) {
        auto it = m_peerIps.find(ip);
        if (it == m_peerIps.end())
            continue;
        it->second.erase(peer);
        if (it->second.empty()) {
            m_whitelistedIps.erase(ip);
            m_peerIps.erase(it);
        }
    }
}

bool PeerScore::isWhitelisted(const std::string& ip) const
{
    return std::any_of(m_params.ipColocationWhitelist.begin(), m_params.ipColocationWhitelist.end(),
        [&](const std::string& entry) { return ipMatchesWhitelistEntry(ip, entry); });
}

void PeerScore::graft(const PeerId& peer, const TopicId& topic, TimePoint now)
{
    armRefresh(now);
    auto* it = m_index.find(peer);
    if (!it)
        return;
    if (TopicStats* ts = topicStats(it->second, topic).first) {
        ts->inMesh = true;
        ts->graftTime = now;
        it->second.floorStamp = 0; // P1 restarts, a P3 deficit may come
    }
}

void PeerScore::prune(const PeerId& peer, const TopicId& topic, TimePoint now)
{
    auto* it = m_index.find(peer);
    if (!it)
        return;
    const auto [ts, tpp] = topicStats(it->second, topic);
    if (!ts)
        return;
    const TopicScoreParams& tp = *tpp;
    // P3b: sticky penalty for leaving the mesh with an active delivery deficit.
    if (deficitActive(*ts, tp, now)) {
        const double deficit = tp.meshMessageDeliveriesThreshold - ts->meshMessageDeliveries;
        ts->meshFailurePenalty += deficit * deficit;
    }
    ts->inMesh = false;
    it->second.floorStamp = 0; // P1 gone, P3b
}

void PeerScore::markFirstMessageDelivery(const PeerId& peer, const TopicId& topic, const TopicScoreParams& tp)
{
    auto* it = m_index.find(peer);
    if (!it)
        return;
    TopicStats* ts = &it->second.topics[topic];
    ts->firstMessageDeliveries = std::min(ts->firstMessageDeliveries + 1, tp.firstMessageDeliveriesCap);
    if (ts->inMesh)
        ts->meshMessageDeliveries = std::min(ts->meshMessageDeliveries + 1, tp.meshMessageDeliveriesCap);
}

void PeerScore::markDuplicateMessageDelivery(
    const PeerId& peer, const TopicId& topic, const TopicScoreParams& tp, TimePoint now, Deadline validated)
{
    auto* it = m_index.find(peer);
    if (it)
        markDuplicateMessageDelivery(it->second, topic, tp, now, validated);
}

void PeerScore::markDuplicateMessageDelivery(
    PeerStats& ps, const TopicId& topic, const TopicScoreParams& tp, TimePoint now, Deadline validated)
{
    const auto ts = ps.topics.find(topic);
    if (ts == ps.topics.end() || !ts->second.inMesh)
        return; // not in the mesh (never grafted: no stats yet)
    TopicStats* stats = &ts->second;
    // Near-first: within meshMessageDeliveriesWindow of validation (or during validation).
    if (validated && now > *validated + tp.meshMessageDeliveriesWindow)
        return;
    stats->meshMessageDeliveries = std::min(stats->meshMessageDeliveries + 1, tp.meshMessageDeliveriesCap);
}

void PeerScore::markInvalidMessageDelivery(const PeerId& peer, const TopicId& topic)
{
    auto* it = m_index.find(peer);
    if (!it)
        return;
    if (TopicStats* ts = topicStats(it->second, topic).first) {
        ts->invalidMessageDeliveries += 1;
        it->second.floorStamp = 0; // P4
    }
}

void PeerScore::validateMessage(const PeerId& from, const MessageId& id, const TopicId& topic, TimePoint now)
{
    (void)from;
    const TopicScoreParams* tp = m_params.enabled() ? topicParams(topic) : nullptr;
    if (!tp)
        return;
    armRefresh(now);
    m_deliveries.get(id, now);
}

void PeerScore::deliverMessage(const PeerId& from, const MessageId& id, const TopicId& topic, TimePoint now)
{
    const TopicScoreParams* tp = m_params.enabled() ? topicParams(topic) : nullptr;
    if (!tp)
        return;
    armRefresh(now);
    DeliveryRecord& rec = m_deliveries.get(id, now);
    if (rec.status != DeliveryStatus::Unknown)
        return;
    markFirstMessageDelivery(from, topic, *tp);
    rec.status = DeliveryStatus::Valid;
    rec.validated = now;
    // Mesh peers that forwarded it while it was being validated get P3 credit.
    for (const PeerId& p : rec.pending()) {
        if (p != from)
            markDuplicateMessageDelivery(p, topic, *tp, now, std::nullopt);
    }
    rec.settlePending();
    // The first sender's own later duplicates earn nothing (go omits this).
    rec.add(from);
}

void PeerScore::rejectMessage(
    const PeerId& from, const MessageId& id, const TopicId& topic, RejectReason reason, TimePoint now)
{
    const TopicScoreParams* tp = m_params.enabled() ? topicParams(topic) : nullptr;
    if (!tp)
        return;
    armRefresh(now);
    switch (reason) {
    // Clearly invalid: penalise the sender, do not track the message.
    case RejectReason::MissingSignature:
    case RejectReason::InvalidSignature:
    case RejectReason::UnexpectedSignature:
    case RejectReason::UnexpectedAuthInfo:
    case RejectReason::SelfOrigin:
        markInvalidMessageDelivery(from, topic);
        return;
    // Not the sender's fault, or not ours to judge.
    case RejectReason::BlacklistedPeer:
    case RejectReason::BlacklistedSource:
    case RejectReason::ValidationQueueFull:
        return;
    case RejectReason::ValidationThrottled:
    case RejectReason::ValidationIgnored:
    case RejectReason::ValidationFailed:
        break;
    }
    DeliveryRecord& rec = m_deliveries.get(id, now);
    if (rec.status != DeliveryStatus::Unknown)
        return;
    if (reason == RejectReason::ValidationThrottled || reason == RejectReason::ValidationIgnored) {
        rec.status = reason == RejectReason::ValidationThrottled ? DeliveryStatus::Throttled
                                                                 : DeliveryStatus::Ignored;
        rec.clearPending();
        return;
    }
    // Invalid: penalise the sender and everyone who forwarded it during validation.
    rec.status = DeliveryStatus::Invalid;
    markInvalidMessageDelivery(from, topic);
    for (const PeerId& p : rec.pending()) {
        if (p != from)
            markInvalidMessageDelivery(p, topic);
    }
    rec.clearPending();
}

void PeerScore::duplicateMessage(const PeerId& from, const MessageId& id, const TopicId& topic, TimePoint now)
{
    duplicateMessage(ScoreHandle {}, from, id, topic, now);
}

void PeerScore::duplicateMessage(
    ScoreHandle h, const PeerId& from, const MessageId& id, const TopicId& topic, TimePoint now)
{
    const TopicScoreParams* tp = m_params.enabled() ? topicParams(topic) : nullptr;
    if (!tp)
        return;
    using Entry = std::pair<const PeerId, PeerStats>;
    // (a handle's entry is one of m_index's, which are not const: handle() hands them out as const)
    auto* const peer = h.state ? const_cast<Entry*>(static_cast<const Entry*>(h.state)) : m_index.find(from);
    if (!peer)
        return;
    armRefresh(now);
    DeliveryRecord& rec = m_deliveries.get(id, now);
    if (rec.has(from))
        return; // each peer's duplicate counts once
    switch (rec.status) {
    case DeliveryStatus::Unknown:
        rec.addNew(from); // settled at deliver/reject
        break;
    case DeliveryStatus::Valid:
        rec.addNew(from);
        markDuplicateMessageDelivery(peer->second, topic, *tp, now, rec.validated);
        break;
    case DeliveryStatus::Invalid:
        markInvalidMessageDelivery(from, topic);
        break;
    case DeliveryStatus::Throttled:
    case DeliveryStatus::Ignored:
        break;
    }
}

void PeerScore::addPenalty(const PeerId& peer, int count)
{
    auto* it = m_index.find(peer);
    if (!it || count <= 0)
        return;
    it->second.behaviourPenalty += count;
    it->second.floorStamp = 0; // P7
}

void PeerScore::setApplicationScore(const PeerId& peer, double value)
{
    auto* it = m_index.find(peer);
    if (it) {
        it->second.applicationScore = value;
        it->second.floorStamp = 0; // P5
    }
}

} // namespace meshscope::gossipsub
