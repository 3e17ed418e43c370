// Network: node creation, topology (random dials, regions), joins, departures and link latency.
#include "core/gossipsub/msgid.h"
#include "core/sim/network.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace meshscope::sim {

namespace {

std::uint64_t mix(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

std::string ipv4(std::uint32_t a, std::uint32_t v)
{
    return std::to_string(a) + "." + std::to_string((v >> 16) & 0xff) + "." + std::to_string((v >> 8) & 0xff)
        + "." + std::to_string(v & 0xff);
}

// A valid sha2-256 multihash PeerId made from the node index (no key behind it).
PeerId fakePeerId(std::uint32_t index)
{
    const std::string digest = gossipsub::sha256("meshscope-sim-node-" + std::to_string(index));
    Bytes mh { 0x12, 0x20 };
    mh.insert(mh.end(), digest.begin(), digest.end());
    return PeerId::fromBytes(mh).value();
}

} // namespace

void Network::createNodes()
{
    const Scenario& s = m_scenario;
    std::size_t total = static_cast<std::size_t>(s.nodes);
    for (const AttackerSpec& a : s.attackers)
        total += static_cast<std::size_t>(a.count);
    m_nodes.resize(total);
    m_honest = static_cast<std::size_t>(s.nodes);
    double weightSum = 0;
    for (const Region& r : s.regions)
        weightSum += r.weight;
    std::uint32_t i = 0;
    auto setup = [&](SimNode& n) {
        n.rng = std::make_unique<SeededRng>(mix(s.seed ^ mix(i + 1)));
        n.wire = SeededRng(mix(s.seed ^ 0xbb67ae8584caa73bull ^ mix(i + 1)));
        if (s.signing) {
            n.key = crypto::PrivateKey::generateEd25519(*n.rng);
            n.id = PeerId::fromPublicKey(n.key->publicKey().toProtobuf());
        } else {
            n.id = fakePeerId(i);
        }
        if (!s.regions.empty()) {
            double pick = m_rng.unit() * weightSum;
            n.region = 0;
            for (std::uint32_t r = 0; r < s.regions.size(); ++r) {
                n.region = r;
                pick -= s.regions[r].weight;
                if (pick < 0)
                    break;
            }
        }
        n.dials = s.dials;
        m_index.emplace(n.id, i);
    };
    for (; i < m_honest; ++i) {
        SimNode& n = m_nodes[i];
        setup(n);
        n.ip = ipv4(10, i + 1);
    }
    std::uint32_t group = 0;
    for (const AttackerSpec& a : s.attackers) {
        for (int k = 0; k < a.count; ++k, ++i) {
            SimNode& n = m_nodes[i];
            setup(n);
            n.honest = a.behaviour == Behaviour::Honest;
            n.behaviour = a.behaviour;
            n.ip = a.sharedIp ? ipv4(66, group) : ipv4(172, i + 1);
            n.joinTime = fromNanos(0) + a.joinAt;
            n.attackAt = fromNanos(0) + a.attackAt;
            n.dials = a.dials >= 0 ? a.dials : s.dials;
            n.targetOnly = a.targetOnly;
            n.invalidRate = a.behaviour == Behaviour::Invalid ? a.rate : 0;
        }
        ++group;
    }
    // "Honest" attacker groups are late joiners: they count as honest for the measures only if
    // they are numbered among the honest nodes, which they are not; keep them as observers.
    for (std::size_t k = m_honest; k < m_nodes.size(); ++k)
        m_nodes[k].honest = false;
    for (const PublisherSpec& p : s.publishers) {
        std::vector<std::uint32_t> set;
        if (p.publishers > 0) {
            std::vector<std::uint32_t> all(m_honest);
            for (std::uint32_t k = 0; k < m_honest; ++k)
                all[k] = k;
            m_rng.shuffle(all);
            all.resize(std::min<std::size_t>(all.size(), static_cast<std::size_t>(p.publishers)));
            std::sort(all.begin(), all.end());
            set = std::move(all);
        }
        m_publisherSets.push_back(std::move(set));
    }
}

void Network::join(std::uint32_t i, TimePoint now)
{
    SimNode& n = m_nodes[i];
    const Scenario& s = m_scenario;
    n.up = true;
    ++n.incarnation;
    n.joinTime = now;
    n.timerAt = TimePoint::max();
    n.uplinkFree = now;
    n.uplinkClock = now;
    gossipsub::RouterConfig config;
    config.self = n.id;
    config.rawEvents = m_observed == i; // raw events only for the node a driver observes
    config.rpcPool = laneOf(i).rpcPool; // sent RPCs return to its lane's pool once encoded (see send)
    config.shareMessages = true; // every router holds the same message objects, never a copy
    config.flatControl = true; // IDONTWANT and IHAVE RPCs move flat, without protobuf trees
    // With a validation delay every new message waits in the router's async queue for its verdict:
    // room for go's async validation throttle (the router's default, 32, is go's pipeline queue).
    config.validationQueueSize = 8192;
    if (s.signing) {
        config.key = n.key;
        config.signPolicy = gossipsub::SignPolicy::StrictSign;
        config.msgId = gossipsub::MsgIdFunction::Go;
    } else {
        config.signPolicy = gossipsub::SignPolicy::StrictNoSign;
        config.msgId = gossipsub::MsgIdFunction::Content;
        config.contentDigest
            = [this](std::string_view data, gossipsub::MessageId& id) { contentId(data, id); };
    }
    n.router = std::make_unique<gossipsub::Router>(config, s.profile.gossipsub, *n.rng, now);
    if (s.scoring && s.profile.score.enabled()) {
        n.score = std::make_unique<gossipsub::PeerScore>(s.profile.score, s.profile.thresholds);
        n.observer = std::make_unique<gossipsub::PeerScoreObserver>(*n.score);
        n.router->setScoring(n.observer.get(), gossipsub::gatesFrom(s.profile.thresholds));
    }
    for (const PublisherSpec& p : s.publishers) {
        if (n.honest && s.validationDelay > Duration::zero())
            n.router->setAsyncValidation(p.topic, true); // verdicts come back through Validated events
        else if (n.honest)
            n.router->setValidator(
                p.topic, [](const PeerId&, const pb::rpc::Message& m) { return verdict(m); });
        if (!n.router->subscribed(p.topic))
            n.router->subscribe(p.topic, now);
    }
    schedule(toNanos(now), Kind::Dial, i);
}

void Network::dial(std::uint32_t i, TimePoint now)
{
    SimNode& n = m_nodes[i];
    if (n.targetOnly) {
        connect(i, static_cast<std::uint32_t>(m_scenario.eclipseTarget), now);
    } else {
        for (std::uint32_t peer : pickPeers(i, n.dials))
            connect(i, peer, now);
    }
    service(i, now);
}

std::vector<std::uint32_t> Network::pickPeers(std::uint32_t self, int count)
{
    std::vector<std::uint32_t> out;
    const SimNode& n = m_nodes[self];
    const std::size_t total = m_nodes.size();
    for (int attempt = 0; attempt < count * 20 && static_cast<int>(out.size()) < count; ++attempt) {
        const auto c = static_cast<std::uint32_t>(m_rng.below(total));
        if (c == self || !m_nodes[c].up || std::find(out.begin(), out.end(), c) != out.end())
            continue;
        if (std::any_of(n.links.begin(), n.links.end(), [c](const SimNode::Link& l) { return l.peer == c; }))
            continue;
        out.push_back(c);
    }
    return out;
}

void Network::connect(std::uint32_t from, std::uint32_t to, TimePoint now)
{
    SimNode& a = m_nodes[from];
    SimNode& b = m_nodes[to];
    if (from == to || !a.up || !b.up)
        return;
    for (const auto& l : a.links)
        if (l.peer == to)
            return;
    const auto aIndex = static_cast<std::uint32_t>(a.links.size()); // where each keeps the other
    const auto bIndex = static_cast<std::uint32_t>(b.links.size());
    a.links.push_back({ .lastArrival = now,
        .ref = a.router->addPeer(b.id, m_scenario.protocol, true, b.ip, now),
        .scoreHandle = a.score ? a.score->handle(b.id) : gossipsub::ScoreHandle {},
        .idHash = SimNode::Link::linkHash(b.id),
        .peer = to,
        .peerIncarnation = b.incarnation,
        .peerLink = bIndex,
        .outbound = 1 });
    b.links.push_back({ .lastArrival = now,
        .ref = b.router->addPeer(a.id, m_scenario.protocol, false, a.ip, now),
        .scoreHandle = b.score ? b.score->handle(a.id) : gossipsub::ScoreHandle {},
        .idHash = SimNode::Link::linkHash(a.id),
        .peer = from,
        .peerIncarnation = a.incarnation,
        .peerLink = aIndex,
        .outbound = 0 });
    a.router->setPeerTag(a.links.back().ref, aIndex); // its RPCs name their link (send())
    b.router->setPeerTag(b.links.back().ref, bIndex);
    service(to, now);
}

void Network::closeLink(SimNode& n, std::uint32_t index)
{
    assert(index < n.links.size());
    n.links.erase(n.links.begin() + index);
    // The links after it moved down one: their other ends and our router learn where they are now.
    for (auto k = index; k < n.links.size(); ++k) {
        m_nodes[n.links[k].peer].links[n.links[k].peerLink].peerLink = k;
        n.router->setPeerTag(n.links[k].ref, k);
    }
}

void Network::leave(std::uint32_t i, TimePoint now)
{
    SimNode& n = m_nodes[i];
    dropTransfers(i, std::nullopt, now);
    for (const auto& l : n.links) {
        dropTransfers(l.peer, i, now);
        SimNode& p = m_nodes[l.peer];
        closeLink(p, l.peerLink);
        p.router->removePeer(n.id, now);
        service(l.peer, now);
    }
    n.links.clear();
    n.retiredDuplicates += n.router->counters().duplicates;
    n.retiredRejected += n.router->counters().rejected;
    n.router.reset();
    n.observer.reset();
    n.score.reset();
    n.up = false;
    n.timerAt = TimePoint::max();
}

Duration Network::minimumLatency(const Scenario& s)
{
    std::int64_t base = s.intraLatency.count();
    if (!s.regions.empty())
        base = std::min<std::int64_t>(base, s.interLatency.count());
    switch (s.latencyModel) {
    case LatencyModel::Fixed:
        break;
    case LatencyModel::Uniform:
        base -= s.jitter.count();
        break;
    case LatencyModel::Normal:
    case LatencyModel::LogNormal:
        return Duration::zero();
    }
    return Duration(std::max<std::int64_t>(0, base));
}

Duration Network::linkLatency(std::uint32_t a, std::uint32_t b)
{
    const Scenario& s = m_scenario;
    const bool same = s.regions.empty() || m_nodes[a].region == m_nodes[b].region;
    const double base = static_cast<double>((same ? s.intraLatency : s.interLatency).count());
    const double jitter = static_cast<double>(s.jitter.count());
    double ns = base;
    Rng& rng = m_nodes[a].wire; // the sender's: draws do not depend on other nodes' order
    switch (s.latencyModel) {
    case LatencyModel::Fixed:
        break;
    case LatencyModel::Uniform:
        ns = base + (rng.unit() * 2.0 - 1.0) * jitter;
        break;
    case LatencyModel::Normal:
    case LatencyModel::LogNormal: {
        const double u1 = 1.0 - rng.unit();
        const double u2 = rng.unit();
        const double z = std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
        if (s.latencyModel == LatencyModel::Normal) {
            ns = base + z * jitter;
        } else if (base > 0) {
            const double sigma = jitter / base;
            ns = base * std::exp(sigma * z - sigma * sigma / 2.0);
        }
        break;
    }
    }
    return Duration(static_cast<std::int64_t>(std::max(0.0, ns)));
}

} // namespace meshscope::sim
