// PeerScore computation: the score function, decay (refresh) and the per-component breakdown.
#include "core/base/prefetch.h"
#include "core/gossipsub/peerscore.h"

#include <algorithm>

namespace meshscope::gossipsub {

namespace {

// Multiplies a counter by its decay factor; values below decayToZero become 0.
double decayed(double value, double factor, double decayToZero)
{
    const double v = value * factor;
    return v < decayToZero ? 0.0 : v;
}

constexpr int kMaxDecaysPerRefresh = 1000; // bound on catch-up decays after a long gap

} // namespace

double PeerScore::ipColocationFactor(const PeerStats& ps) const
{
    // Peer counts per IP change only when a peer's IPs are set or removed: cached until then.
    if (ps.p6Generation == m_ipGeneration)
        return ps.p6;
    double result = 0;
    for (const auto& ip : ps.ips) {
        if (!m_whitelistedIps.empty() && m_whitelistedIps.count(ip) != 0)
            continue;
        const auto it = m_peerIps.find(ip);
        const auto peersInIp = static_cast<double>(it == m_peerIps.end() ? 0 : it->second.size());
        const auto threshold = static_cast<double>(m_params.ipColocationFactorThreshold);
        if (peersInIp > threshold) {
            const double surplus = peersInIp - threshold;
            result += surplus * surplus;
        }
    }
    ps.p6 = result;
    ps.p6Generation = m_ipGeneration;
    return result;
}

double PeerScore::applicationScore(const PeerId& peer, const PeerStats& ps) const
{
    return m_params.appSpecificScore ? m_params.appSpecificScore(peer) : ps.applicationScore;
}

double PeerScore::behaviourPenaltyValue(const PeerStats& ps) const
{
    if (ps.behaviourPenalty <= m_params.behaviourPenaltyThreshold)
        return 0;
    const double excess = ps.behaviourPenalty - m_params.behaviourPenaltyThreshold;
    return excess * excess;
}

double PeerScore::computeScore(const PeerId& peer, const PeerStats& ps, TimePoint now,
    std::vector<TopicScoreBreakdown>* topics, bool worstDeficit) const
{
    // Called for every RPC (the graylist gate) and many times per heartbeat: the components are
    // plain locals, and the breakdown (with its topic string) is built only when asked for.
    double topicSum = 0;
    for (const auto& [topic, ts] : ps.topics) {
        const TopicScoreParams* tpp = topicParams(topic);
        if (!tpp)
            continue;
        const TopicScoreParams& tp = *tpp;
        Duration meshTime = ts.inMesh ? now - ts.graftTime : Duration::zero();
        if (meshTime < Duration::zero())
            meshTime = Duration::zero();
        // P1: whole quanta in the mesh, capped.
        double p1 = 0;
        if (ts.inMesh && tp.timeInMeshQuantum > Duration::zero()) {
            const auto quanta = static_cast<double>(meshTime / tp.timeInMeshQuantum);
            p1 = std::min(quanta, tp.timeInMeshCap) * tp.timeInMeshWeight;
        }
        // P2: first deliveries (capped at increment).
        const double p2 = ts.firstMessageDeliveries * tp.firstMessageDeliveriesWeight;
        // P3: squared deficit below the threshold, once activated.
        double p3 = 0;
        const bool deficit = worstDeficit
            ? ts.inMesh && ts.meshMessageDeliveries < tp.meshMessageDeliveriesThreshold
            : deficitActive(ts, tp, now);
        if (deficit) {
            const double missing = tp.meshMessageDeliveriesThreshold - ts.meshMessageDeliveries;
            p3 = missing * missing * tp.meshMessageDeliveriesWeight;
        }
        // P3b: sticky mesh failure penalty.
        const double p3b = ts.meshFailurePenalty * tp.meshFailurePenaltyWeight;
        // P4: squared invalid deliveries.
        const double p4
            = ts.invalidMessageDeliveries * ts.invalidMessageDeliveries * tp.invalidMessageDeliveriesWeight;
        topicSum += (p1 + p2 + p3 + p3b + p4) * tp.topicWeight;
        if (topics) {
            TopicScoreBreakdown b;
            b.topic = topic;
            b.inMesh = ts.inMesh;
            b.meshTime = meshTime;
            b.firstDeliveries = ts.firstMessageDeliveries;
            b.meshDeliveries = ts.meshMessageDeliveries;
            b.invalidDeliveries = ts.invalidMessageDeliveries;
            b.meshFailurePenalty = ts.meshFailurePenalty;
            b.p1 = p1;
            b.p2 = p2;
            b.p3 = p3;
            b.p3b = p3b;
            b.p4 = p4;
            topics->push_back(std::move(b));
        }
    }
    if (m_params.topicScoreCap > 0 && topicSum > m_params.topicScoreCap)
        topicSum = m_params.topicScoreCap;
    double total = topicSum;
    total += applicationScore(peer, ps) * m_params.appSpecificWeight;
    total += ipColocationFactor(ps) * m_params.ipColocationFactorWeight;
    total += behaviourPenaltyValue(ps) * m_params.behaviourPenaltyWeight;
    return total;
}

double PeerScore::score(const PeerId& peer, TimePoint now) const
{
    if (!m_params.enabled())
        return 0;
    const auto* it = m_index.find(peer);
    if (!it)
        return 0;
    return computeScore(peer, it->second, now, nullptr);
}

bool PeerScore::floorsSound() const
{
    // Between two events that lower scores, a counter changes only by a delivery (P2 and P3 counters
    // grow) and time only grows P1 and activates P3 deficits (counted at once in a floor). So the
    // floor is a lower bound when P1 and P2 weigh >= 0, P3 <= 0, and topics >= 0 (spec signs; the
    // topic cap is monotonic). P5 from a callback may change at any time: no floors then.
    if (m_params.appSpecificScore)
        return false;
    return std::all_of(m_params.topics.begin(), m_params.topics.end(), [](const auto& topic) {
        const TopicScoreParams& tp = topic.second;
        return tp.topicWeight >= 0 && tp.timeInMeshWeight >= 0 && tp.firstMessageDeliveriesWeight >= 0
            && tp.meshMessageDeliveriesWeight <= 0;
    });
}

bool PeerScore::scoreAtLeast(ScoreHandle h, double threshold, TimePoint now) const
{
    if (!m_params.enabled())
        return 0 >= threshold;
    const auto* entry = static_cast<const std::pair<const PeerId, PeerStats>*>(h.state);
    const PeerStats& ps = entry->second;
    // Floating-point sums and products by non-negative weights are monotonic, so the floor stays
    // <= the score exactly as computed: the answer is the same as score(h, now) >= threshold.
    const std::uint64_t stamp = floorStamp();
    if (ps.floorStamp != stamp && m_floorsSound) {
        ps.floor = computeScore(entry->first, ps, now, nullptr, true);
        ps.floorStamp = stamp;
    }
    if (ps.floorStamp == stamp && ps.floor >= threshold)
        return true;
    return computeScore(entry->first, ps, now, nullptr) >= threshold;
}

ScoreHandle PeerScore::handle(const PeerId& peer) const
{
    return { m_index.find(peer) };
}

double PeerScore::score(ScoreHandle h, TimePoint now) const
{
    if (!m_params.enabled())
        return 0;
    const auto* entry = static_cast<const std::pair<const PeerId, PeerStats>*>(h.state);
    return computeScore(entry->first, entry->second, now, nullptr);
}

void PeerScore::prefetch(ScoreHandle h) const
{
    // The entry's key, then the stats computeScore() reads (flags, the inline topic, P5..P7).
    prefetchObject(static_cast<const std::pair<const PeerId, PeerStats>*>(h.state));
}

void PeerScore::decay(PeerStats& ps)
{
    const double zero = m_params.decayToZero;
    for (auto& [topic, ts] : ps.topics) {
        const TopicScoreParams* tpp = topicParams(topic);
        if (!tpp)
            continue;
        const TopicScoreParams& tp = *tpp;
        ts.firstMessageDeliveries = decayed(ts.firstMessageDeliveries, tp.firstMessageDeliveriesDecay, zero);
        ts.meshMessageDeliveries = decayed(ts.meshMessageDeliveries, tp.meshMessageDeliveriesDecay, zero);
        ts.meshFailurePenalty = decayed(ts.meshFailurePenalty, tp.meshFailurePenaltyDecay, zero);
        ts.invalidMessageDeliveries
            = decayed(ts.invalidMessageDeliveries, tp.invalidMessageDeliveriesDecay, zero);
    }
    ps.behaviourPenalty = decayed(ps.behaviourPenalty, m_params.behaviourPenaltyDecay, zero);
}

void PeerScore::refresh(TimePoint now)
{
    m_deliveries.expire(now);
    // Retained peers past their expiry are forgotten (IP tracking included).
    for (auto it = m_peers.begin(); it != m_peers.end();) {
        if (!it->second.connected && now > it->second.expire) {
            removeIps(it->first, it->second.ips);
            m_index.erase(it->first);
            it = m_peers.erase(it);
        } else {
            ++it;
        }
    }
    if (!m_params.enabled()) {
        m_nextRefresh.reset();
        return;
    }
    if (!m_nextRefresh) {
        m_nextRefresh = now + m_params.decayInterval;
        return;
    }
    if (now < *m_nextRefresh)
        return;
    const Duration interval
        = m_params.decayInterval > Duration::zero() ? m_params.decayInterval : Duration(1);
    const auto elapsed = static_cast<long long>((now - *m_nextRefresh) / interval) + 1;
    const int decays = static_cast<int>(std::min<long long>(elapsed, kMaxDecaysPerRefresh));
    ++m_floorEpoch; // decay lowers P2 and the P3 counter
    // Retained (disconnected) peers do not decay: they cannot reset a bad score by leaving (go).
    for (auto& [peer, ps] : m_peers) {
        if (!ps.connected)
            continue;
        for (int i = 0; i < decays; ++i)
            decay(ps);
    }
    m_nextRefresh = *m_nextRefresh + interval * elapsed;
}

Deadline PeerScore::nextTimeout() const
{
    return m_params.enabled() ? m_nextRefresh : std::nullopt;
}

std::vector<PeerScoreBreakdown> PeerScore::breakdown(TimePoint now) const
{
    std::vector<PeerScoreBreakdown> out;
    if (!m_params.enabled())
        return out;
    out.reserve(m_peers.size());
    for (const auto& [peer, ps] : m_peers) {
        PeerScoreBreakdown b;
        b.peer = peer;
        b.connected = ps.connected;
        b.total = computeScore(peer, ps, now, &b.topics);
        b.p5 = applicationScore(peer, ps) * m_params.appSpecificWeight;
        b.p6 = ipColocationFactor(ps) * m_params.ipColocationFactorWeight;
        b.p7 = behaviourPenaltyValue(ps) * m_params.behaviourPenaltyWeight;
        out.push_back(std::move(b));
    }
    std::sort(out.begin(), out.end(),
        [](const PeerScoreBreakdown& a, const PeerScoreBreakdown& b) { return a.peer < b.peer; });
    return out;
}

} // namespace meshscope::gossipsub
