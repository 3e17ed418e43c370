// buildSnapshot(): a live node's state as a NodeSnapshot.
#include "core/trace/snapshotbuilder.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace meshscope::trace {

namespace {

// Base58 text of peer ids, memoised per thread: a snapshot names each peer in many lists, and
// base58 is the dominant cost of a snapshot without it. Bounded: cleared past kMaxCached ids.
const std::string& cachedText(const gossipsub::PeerId& peer)
{
    constexpr std::size_t kMaxCached = 1u << 16;
    thread_local std::unordered_map<gossipsub::PeerId, std::string> cache;
    auto it = cache.find(peer);
    if (it != cache.end())
        return it->second;
    if (cache.size() >= kMaxCached)
        cache.clear();
    return cache.emplace(peer, peerText(peer)).first->second;
}

std::vector<std::string> texts(const std::vector<gossipsub::PeerId>& peers)
{
    std::vector<std::string> out;
    out.reserve(peers.size());
    for (const auto& p : peers)
        out.push_back(cachedText(p));
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

void summariseScore(ScoreComponents& score, const gossipsub::PeerScoreParams& params)
{
    score.p1 = score.p2 = score.p3 = score.p3b = score.p4 = 0;
    for (const auto& t : score.topics) {
        auto it = params.topics.find(t.topic);
        const double weight = it == params.topics.end() ? 1.0 : it->second.topicWeight;
        score.p1 += weight * t.p1;
        score.p2 += weight * t.p2;
        score.p3 += weight * t.p3;
        score.p3b += weight * t.p3b;
        score.p4 += weight * t.p4;
    }
    // P7 = w₇·(counter - threshold)² above the threshold: recover the counter when it shows.
    if (params.behaviourPenaltyWeight < 0 && score.p7 < 0)
        score.behaviourPenalty
            = params.behaviourPenaltyThreshold + std::sqrt(score.p7 / params.behaviourPenaltyWeight);
    // A negative weight times a zero counter is -0.0, which views would print as "-0.0": adding
    // +0.0 turns it into +0.0 and leaves every other value as it is.
    for (double* v : { &score.total, &score.p1, &score.p2, &score.p3, &score.p3b, &score.p4, &score.p5,
             &score.p6, &score.p7 })
        *v += 0.0;
}

NodeSnapshot buildSnapshot(const SnapshotInputs& in)
{
    NodeSnapshot snap;
    snap.sequence = in.sequence;
    snap.time = in.now;
    snap.peerId = in.peerId;
    snap.listenAddrs = in.listenAddrs;
    snap.agent = in.agent;
    snap.hostCounters = in.hostCounters;
    snap.droppedBatches = in.droppedBatches;
    if (in.params)
        snap.params = *in.params;
    if (in.scoreParams) {
        snap.scoreParams = *in.scoreParams;
        snap.scoreParams.appSpecificScore = nullptr; // never call node-thread code from a view
        snap.scoringEnabled = in.scoreParams->enabled();
    }
    if (in.thresholds)
        snap.thresholds = *in.thresholds;
    const auto& params = snap.params;

    // Peers: the router's view first, then host info, tallies and scores joined by id.
    std::map<gossipsub::PeerId, PeerSnapshot> peers;
    std::set<gossipsub::PeerId> outbound;
    if (in.router) {
        const auto& rs = *in.router;
        for (const auto& pv : rs.peers) {
            auto& p = peers[pv.peer];
            p.pubsubProtocol = std::string(gossipsub::protocolIdOf(pv.protocol));
            p.direction = pv.outbound ? PeerDirection::Outbound : PeerDirection::Inbound;
            p.direct = pv.direct;
            p.ip = pv.ip;
            for (const auto& t : pv.topics)
                p.topics.push_back(t);
            std::sort(p.topics.begin(), p.topics.end());
            p.score.total = pv.score;
            if (pv.outbound)
                outbound.insert(pv.peer);
        }
        snap.counters = rs.counters;
        snap.mcacheSize = rs.mcacheSize;
        snap.seenSize = rs.seenSize;
        snap.pendingValidations = rs.pendingValidations;
        for (const auto& ts : rs.topics) {
            TopicSnapshot t;
            t.topic = ts.topic;
            t.subscribed = ts.subscribed;
            t.mesh = texts(ts.mesh);
            t.fanout = texts(ts.fanout);
            t.gossip = texts(ts.gossipEligible);
            t.peers = texts(ts.peers);
            t.D = params.D;
            t.Dlo = params.Dlo;
            t.Dhi = params.Dhi;
            t.Dout = params.Dout;
            t.outboundInMesh = static_cast<int>(std::count_if(ts.mesh.begin(), ts.mesh.end(),
                [&](const gossipsub::PeerId& p) { return outbound.count(p) != 0; }));
            t.health = classifyHealth(ts.mesh.size(), params.Dlo, params.Dhi);
            t.underDout = !ts.mesh.empty() && t.outboundInMesh < params.Dout;
            snap.topics.push_back(std::move(t));
        }
        for (const auto& b : rs.backoffs)
            snap.backoffs.push_back({ cachedText(b.peer), b.topic, b.expires });
        for (const auto& pr : rs.promises)
            snap.promises.push_back({ cachedText(pr.peer), pr.id, pr.expires });
    }
    if (in.hostPeers) {
        for (const auto& [id, hp] : *in.hostPeers) {
            auto& p = peers[id];
            p.address = hp.address;
            p.agent = hp.agent;
            p.protocols = hp.protocols;
            if (hp.direction != PeerDirection::Unknown)
                p.direction = hp.direction;
            p.rtt = hp.rtt;
            p.bytesIn = hp.bytesIn;
            p.bytesOut = hp.bytesOut;
        }
    }
    if (in.tallies) {
        for (const auto& [id, tally] : *in.tallies) {
            auto it = peers.find(id);
            if (it == peers.end())
                continue; // tallies of departed peers are not shown
            auto& p = it->second;
            p.rpcsIn = tally.rpcsIn;
            p.rpcsOut = tally.rpcsOut;
            p.messagesIn = tally.messagesIn;
            p.messagesOut = tally.messagesOut;
            p.brokenPromises = tally.brokenPromises;
            p.penalties = tally.penalties;
            if (!in.hostPeers) {
                p.bytesIn = tally.rpcBytesIn;
                p.bytesOut = tally.rpcBytesOut;
            }
        }
    }
    if (in.scores) {
        for (const auto& b : *in.scores) {
            auto it = peers.find(b.peer);
            if (it == peers.end()) {
                if (b.connected)
                    continue; // scored but not a router peer: skip
                it = peers.emplace(b.peer, PeerSnapshot {}).first; // retained after disconnect
            }
            auto& p = it->second;
            p.connected = b.connected;
            p.score.known = true;
            p.score.total = b.total;
            p.score.p5 = b.p5;
            p.score.p6 = b.p6;
            p.score.p7 = b.p7;
            p.score.topics = b.topics;
            summariseScore(p.score, snap.scoreParams);
        }
    }
    snap.peers.reserve(peers.size());
    for (auto& [id, p] : peers) {
        p.id = cachedText(id);
        snap.peers.push_back(std::move(p));
    }
    std::sort(snap.peers.begin(), snap.peers.end(),
        [](const PeerSnapshot& a, const PeerSnapshot& b) { return a.id < b.id; });
    return snap;
}

} // namespace meshscope::trace
