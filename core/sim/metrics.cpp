// Network measures: deliveries, latency, hops, bytes by RPC part, mesh samples, final result.
#include "core/gossipsub/flatcontrol.h"
#include "core/sim/network.h"

#include <algorithm>
#include <cmath>

namespace meshscope::sim {

void Tally::latency(std::int64_t ns)
{
    ++latencies;
    maxLatencyNs = std::max(maxLatencyNs, ns);
    const auto bucket = static_cast<std::size_t>(std::max<std::int64_t>(0, ns) / 100000);
    if (bucket < kBuckets)
        ++histogram[bucket];
    else
        overflow.push_back(ns);
}

double Tally::latencyQuantileMs(double q) const
{
    if (latencies == 0)
        return 0;
    const auto rank = static_cast<std::uint64_t>(std::ceil(q * static_cast<double>(latencies)));
    const std::uint64_t want = std::max<std::uint64_t>(1, rank);
    std::uint64_t seen = 0;
    for (std::size_t b = 0; b < kBuckets; ++b) {
        seen += histogram[b];
        if (seen >= want)
            return static_cast<double>(b + 1) * 0.1; // bucket upper edge
    }
    std::vector<std::int64_t> rest = overflow;
    std::sort(rest.begin(), rest.end());
    const std::size_t k = static_cast<std::size_t>(want - seen - 1);
    return static_cast<double>(rest[std::min(k, rest.size() - 1)]) / 1e6;
}

void Tally::add(const Tally& o)
{
    for (std::size_t b = 0; b < kBuckets; ++b)
        histogram[b] += o.histogram[b];
    overflow.insert(overflow.end(), o.overflow.begin(), o.overflow.end());
    maxLatencyNs = std::max(maxLatencyNs, o.maxLatencyNs);
    latencies += o.latencies;
    hopSum += o.hopSum;
    hopCount += o.hopCount;
    maxHops = std::max(maxHops, o.maxHops);
    delivered += o.delivered;
    targetDelivered += o.targetDelivered;
    payloadDelivered += o.payloadDelivered;
    bytesAll += o.bytesAll;
    for (std::size_t k = 0; k < kParts; ++k)
        partBytes[k] += o.partBytes[k];
    anyRpc = anyRpc || o.anyRpc;
    anyControl = anyControl || o.anyControl;
}

Tally Network::totals() const
{
    Tally all = m_lanes.front()->tally;
    for (std::size_t k = 1; k < m_lanes.size(); ++k)
        all.add(m_lanes[k]->tally);
    return all;
}

void Network::recordDelivery(std::uint32_t i, const gossipsub::Delivery& d, TimePoint now)
{
    const std::string& data = d.message->data();
    if (data.size() < 9 || static_cast<std::uint8_t>(data[0]) != 0x01)
        return;
    std::uint64_t index = 0;
    for (int b = 0; b < 8; ++b)
        index |= static_cast<std::uint64_t>(static_cast<std::uint8_t>(data[static_cast<std::size_t>(1 + b)]))
            << (8 * b);
    if (index >= m_collector.messages.size())
        return;
    Collector::Message& m = m_collector.messages[index];
    SimNode& n = m_nodes[i];
    Tally& tally = laneOf(i).tally; // (node i's lane: the one thread that runs it)
    if (!m.hops.empty()) {
        // The propagation source is a linked peer (m_index for one that is not, if ever).
        std::optional<std::uint32_t> source;
        if (const SimNode::Link* link = linkTo(n, d.from))
            source = link->peer;
        else if (auto it = m_index.find(d.from); it != m_index.end())
            source = it->second;
        if (source && m.hops[*source] != 0xff) {
            const int h = m.hops[*source] + 1;
            m.hops[i] = static_cast<std::uint8_t>(std::min(h, 254));
            if (n.honest && toNanos(n.joinTime) <= m.publishedNs) {
                tally.hopSum += static_cast<std::uint64_t>(h);
                ++tally.hopCount;
                tally.maxHops = std::max(tally.maxHops, h);
            }
        }
    }
    if (!n.honest || i == m.publisher || toNanos(n.joinTime) > m.publishedNs)
        return;
    ++tally.delivered;
    tally.payloadDelivered += data.size();
    if (static_cast<int>(i) == m_scenario.eclipseTarget)
        ++tally.targetDelivered;
    tally.latency(toNanos(now) - m.publishedNs);
}

// Sizes are the cached ones: send() has just computed ByteSizeLong() of the whole RPC. A flat RPC is
// counted as its protobuf form would be.
void Network::recordRpc(
    std::uint32_t from, const gossipsub::OutgoingRpc& out, std::size_t body, std::size_t wire)
{
    Tally& tally = laneOf(from).tally;
    auto& c = tally.partBytes;
    tally.anyRpc = true;
    c[Tally::Framing] += wire - body;
    if (out.flatKind != gossipsub::FlatKind::None) {
        tally.anyControl = true;
        if (out.flatKind == gossipsub::FlatKind::IDontWant) {
            c[Tally::IDontWant] += out.flat.size() + 2; // the one ControlIDontWant's bytes
        } else {
            gossipsub::forEachFlatField(out.flat, 1, [&](std::string_view entry) {
                c[Tally::IHave] += entry.size() + 2;
                return true;
            });
        }
        const std::size_t control = gossipsub::flatControlSize(out.flatKind, out.flat.size()) + 2;
        c[Tally::Publish] += body > control ? body - control : 0;
        return;
    }
    const pb::rpc::RPC& rpc = out.rpc;
    std::size_t control = 0;
    std::size_t subs = 0;
    for (const auto& s : rpc.subscriptions())
        subs += static_cast<std::size_t>(s.GetCachedSize()) + 2;
    c[Tally::Subscriptions] += subs;
    if (rpc.has_control()) {
        tally.anyControl = true;
        const auto& ctl = rpc.control();
        auto parts = [](const auto& list) {
            std::size_t n = 0;
            for (const auto& x : list)
                n += static_cast<std::size_t>(x.GetCachedSize()) + 2;
            return n;
        };
        c[Tally::IHave] += parts(ctl.ihave());
        c[Tally::IWant] += parts(ctl.iwant());
        c[Tally::Graft] += parts(ctl.graft());
        c[Tally::Prune] += parts(ctl.prune());
        c[Tally::IDontWant] += parts(ctl.idontwant());
        control = static_cast<std::size_t>(ctl.GetCachedSize()) + 2;
    }
    c[Tally::Publish] += body > control + subs ? body - control - subs : 0;
}

void Network::sample(TimePoint now)
{
    if (m_scenario.publishers.empty())
        return;
    const std::string& topic = m_scenario.publishers.front().topic;
    MeshSample s;
    s.t = static_cast<double>(toNanos(now)) / 1e9;
    s.minDegree = 1 << 30;
    std::uint64_t sum = 0, slots = 0, attackerSlots = 0, count = 0;
    bool formed = true;
    for (std::uint32_t i = 0; i < m_honest; ++i) {
        const SimNode& n = m_nodes[i];
        if (!n.up)
            continue;
        const auto mesh = n.router->mesh(topic);
        const int degree = static_cast<int>(mesh.size());
        sum += mesh.size();
        ++count;
        s.minDegree = std::min(s.minDegree, degree);
        s.maxDegree = std::max(s.maxDegree, degree);
        formed = formed && degree >= m_scenario.profile.gossipsub.Dlo;
        for (const PeerId& p : mesh) {
            ++slots;
            auto it = m_index.find(p);
            if (it != m_index.end() && !m_nodes[it->second].honest)
                ++attackerSlots;
        }
    }
    if (count == 0)
        s.minDegree = 0;
    s.meanDegree = count ? static_cast<double>(sum) / static_cast<double>(count) : 0;
    s.attackerShare = slots ? static_cast<double>(attackerSlots) / static_cast<double>(slots) : 0;
    for (const auto& lane : m_lanes)
        s.delivered += lane->tally.delivered;
    auto& worst = m_collector.attackerWorst;
    worst.resize(m_nodes.size() - m_honest, 0.0);
    for (std::size_t k = m_honest; k < m_nodes.size(); ++k) {
        const SimNode& a = m_nodes[k];
        double total = 0;
        int scored = 0;
        for (const auto& l : a.links) {
            const SimNode& h = m_nodes[l.peer];
            if (h.honest && h.score) {
                total += h.score->score(a.id, now);
                ++scored;
            }
        }
        if (scored)
            worst[k - m_honest] = std::min(worst[k - m_honest], total / scored);
    }
    if (formed && count > 0 && m_collector.timeToMesh < 0)
        m_collector.timeToMesh = s.t;
    m_collector.mesh.push_back(s);
}

void Network::releaseHops(TimePoint now)
{
    auto& msgs = m_collector.messages;
    const std::int64_t horizon = toNanos(now) - 30'000'000'000LL;
    while (m_collector.firstUnreleased < msgs.size()
        && msgs[m_collector.firstUnreleased].publishedNs < horizon) {
        std::vector<std::uint8_t>().swap(msgs[m_collector.firstUnreleased].hops);
        ++m_collector.firstUnreleased;
    }
}

SimResult Network::result() const
{
    const Tally c = totals();
    SimResult r;
    r.scenario = m_scenario.name;
    r.seed = m_scenario.seed;
    r.nodes = static_cast<int>(m_honest);
    r.attackers = static_cast<int>(m_nodes.size() - m_honest);
    r.simSeconds = static_cast<double>(toNanos(now())) / 1e9;
    r.events = eventCount();
    r.published = m_collector.messages.size();
    r.invalidPublished = m_collector.invalidPublished;
    r.delivered = c.delivered;
    std::uint64_t targetExpected = 0;
    for (const auto& m : m_collector.messages) {
        r.expected += m.expected;
        targetExpected += m.targetEligible;
    }
    r.deliveryRatio = r.expected ? static_cast<double>(r.delivered) / static_cast<double>(r.expected) : 0;
    r.targetDeliveryRatio
        = targetExpected ? static_cast<double>(c.targetDelivered) / static_cast<double>(targetExpected) : 0;
    r.latencyP50Ms = c.latencyQuantileMs(0.50);
    r.latencyP90Ms = c.latencyQuantileMs(0.90);
    r.latencyP99Ms = c.latencyQuantileMs(0.99);
    r.latencyMaxMs = static_cast<double>(c.maxLatencyNs) / 1e6;
    r.meanHops = c.hopCount ? static_cast<double>(c.hopSum) / static_cast<double>(c.hopCount) : 0;
    r.maxHops = c.maxHops;
    std::uint64_t duplicates = 0, bytes = 0, maxBytes = 0;
    const double seconds = std::max(r.simSeconds, 1e-9);
    for (std::uint32_t i = 0; i < m_honest; ++i) {
        const SimNode& n = m_nodes[i];
        duplicates += n.retiredDuplicates + (n.router ? n.router->counters().duplicates : 0);
        r.rejected += n.retiredRejected + (n.router ? n.router->counters().rejected : 0);
        bytes += n.bytesSent;
        maxBytes = std::max(maxBytes, n.bytesSent);
    }
    r.duplicatesPerMessage
        = c.delivered ? static_cast<double>(duplicates) / static_cast<double>(c.delivered) : 0;
    r.bytesPerNodePerSecond
        = m_honest ? static_cast<double>(bytes) / static_cast<double>(m_honest) / seconds : 0;
    r.maxBytesPerNodePerSecond = static_cast<double>(maxBytes) / seconds;
    r.amplification
        = c.payloadDelivered ? static_cast<double>(c.bytesAll) / static_cast<double>(c.payloadDelivered) : 0;
    static constexpr const char* kPartNames[Tally::kParts]
        = { "framing", "subscriptions", "publish", "ihave", "iwant", "graft", "prune", "idontwant" };
    for (int k = 0; k < Tally::kParts; ++k)
        if (k < Tally::IHave ? c.anyRpc : c.anyControl)
            r.controlBytes[kPartNames[k]] = c.partBytes[static_cast<std::size_t>(k)];
    r.mesh = m_collector.mesh;
    r.timeToMeshSeconds = m_collector.timeToMesh;

    // Scores honest nodes give their connected peers, and eclipse status.
    const std::string topic
        = m_scenario.publishers.empty() ? std::string() : m_scenario.publishers.front().topic;
    double honestSum = 0;
    std::uint64_t honestCount = 0;
    std::vector<double> attackerSum(m_nodes.size(), 0.0);
    std::vector<int> attackerCount(m_nodes.size(), 0);
    for (std::uint32_t i = 0; i < m_honest; ++i) {
        const SimNode& n = m_nodes[i];
        if (!n.up)
            continue;
        for (const auto& l : n.links) {
            const double sc = n.score ? n.score->score(m_nodes[l.peer].id, now()) : 0.0;
            if (m_nodes[l.peer].honest) {
                honestSum += sc;
                ++honestCount;
            } else {
                attackerSum[l.peer] += sc;
                ++attackerCount[l.peer];
            }
        }
        bool honestMesh = false;
        for (const PeerId& p : n.router->mesh(topic)) {
            auto it = m_index.find(p);
            honestMesh = honestMesh || (it != m_index.end() && m_nodes[it->second].honest);
        }
        if (!honestMesh) {
            ++r.eclipsed;
            if (static_cast<int>(i) == m_scenario.eclipseTarget)
                r.targetEclipsed = true;
        }
    }
    r.honestScoreMean = honestCount ? honestSum / static_cast<double>(honestCount) : 0;
    int scored = 0;
    double sum = 0;
    for (std::size_t k = m_honest; k < m_nodes.size(); ++k) {
        if (attackerCount[k] == 0)
            continue;
        const double mean = attackerSum[k] / attackerCount[k];
        r.attackerScoreMin = scored ? std::min(r.attackerScoreMin, mean) : mean;
        r.attackerScoreMax = scored ? std::max(r.attackerScoreMax, mean) : mean;
        sum += mean;
        ++scored;
    }
    for (double w : m_collector.attackerWorst)
        if (w < m_scenario.profile.thresholds.graylistThreshold)
            ++r.attackersGraylisted;
    r.attackerScoreMean = scored ? sum / scored : 0;
    return r;
}

} // namespace meshscope::sim
