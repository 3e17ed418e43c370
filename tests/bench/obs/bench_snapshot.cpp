// Snapshot cost with 1,000 peers and 50 topics: a real Router (meshes built by heartbeats) and a
// real PeerScore, measured per stage: Router::state(), PeerScore::breakdown(), buildSnapshot(),
// the whole pipeline, and the Prometheus text of the result; plus SnapshotBuilder::snapshot()
// (the recording path) over the equivalent trace.
#include "core/base/rng.h"
#include "core/gossipsub/peerscore.h"
#include "core/gossipsub/router.h"
#include "core/trace/metrics.h"
#include "core/trace/routertracer.h"
#include "core/trace/snapshotbuilder.h"

#include <benchmark/benchmark.h>

#include <memory>

namespace {

using namespace meshscope;
using namespace std::chrono_literals;

constexpr int kPeers = 1000;
constexpr int kTopics = 50;

gossipsub::PeerId peerId(int n)
{
    Bytes b{0x00, 0x24, 0x08, 0x01, 0x12, 0x20};
    for (int i = 0; i < 32; ++i)
        b.push_back(static_cast<std::uint8_t>(i));
    b[36] = static_cast<std::uint8_t>(n >> 8);
    b[37] = static_cast<std::uint8_t>(n);
    return gossipsub::PeerId::fromBytes(b).value();
}

struct Node {
    SeededRng rng{7};
    TimePoint now = fromNanos(1'000'000'000);
    std::unique_ptr<gossipsub::Router> router;
    gossipsub::PeerScoreParams scoreParams;
    std::unique_ptr<gossipsub::PeerScore> score;
    std::map<gossipsub::PeerId, trace::HostPeerInfo> host;
    std::vector<trace::TraceEvent> events;

    Node()
    {
        gossipsub::RouterConfig cfg;
        cfg.self = peerId(60000);
        cfg.signPolicy = gossipsub::SignPolicy::StrictNoSign;
        cfg.msgId = gossipsub::MsgIdFunction::Content;
        router = std::make_unique<gossipsub::Router>(cfg, gossipsub::GossipsubParams{}, rng, now);
        for (int t = 0; t < kTopics; ++t)
            scoreParams.topics["topic-" + std::to_string(t)] = gossipsub::TopicScoreParams{};
        score = std::make_unique<gossipsub::PeerScore>(scoreParams, gossipsub::PeerScoreThresholds{});
        for (int p = 0; p < kPeers; ++p) {
            const auto id = peerId(p);
            router->addPeer(id, gossipsub::PubsubProtocol::Meshsub11, p % 2 == 0, "10.0.0.1", now);
            score->addPeer(id, now);
            pb::rpc::RPC sub;
            for (int t = 0; t < kTopics; ++t) {
                if ((p + t) % 5 != 0)
                    continue; // each peer on 10 topics
                auto* s = sub.add_subscriptions();
                s->set_subscribe(true);
                s->set_topicid("topic-" + std::to_string(t));
            }
            (void)router->handleRpc(id, sub, now);
            auto& h = host[id];
            h.agent = "go-libp2p/0.36";
            h.address = "/ip4/10.0.0.1/tcp/4001";
            h.rtt = 20ms;
        }
        for (int t = 0; t < kTopics; ++t)
            router->subscribe("topic-" + std::to_string(t), now);
        for (int i = 0; i < 3; ++i) {
            now += 1s;
            router->onTimeout(now);
        }
        router->pollOutgoing();
        trace::RouterTracer tracer(peerId(60000), gossipsub::MsgIdFunction::Content);
        const auto raw = router->pollEvents();
        for (const auto& e : raw) {
            if (const auto* g = std::get_if<gossipsub::EvGraft>(&e.body))
                score->graft(g->peer, g->topic, e.time);
        }
        events = tracer.map(raw);
    }
};

Node& node()
{
    static Node n;
    return n;
}

void BM_RouterState(benchmark::State& state)
{
    auto& n = node();
    for (auto _ : state)
        benchmark::DoNotOptimize(n.router->state(n.now));
}
BENCHMARK(BM_RouterState)->Unit(benchmark::kMicrosecond);

void BM_ScoreBreakdown(benchmark::State& state)
{
    auto& n = node();
    for (auto _ : state)
        benchmark::DoNotOptimize(n.score->breakdown(n.now));
}
BENCHMARK(BM_ScoreBreakdown)->Unit(benchmark::kMicrosecond);

void BM_BuildSnapshotOnly(benchmark::State& state)
{
    auto& n = node();
    const auto rs = n.router->state(n.now);
    const auto bd = n.score->breakdown(n.now);
    trace::SnapshotInputs in;
    in.now = n.now;
    in.router = &rs;
    in.params = &n.router->params();
    in.scores = &bd;
    in.scoreParams = &n.scoreParams;
    in.hostPeers = &n.host;
    std::size_t meshed = 0;
    for (auto _ : state) {
        auto snap = trace::buildSnapshot(in);
        meshed = snap.topics.empty() ? 0 : snap.topics[0].mesh.size();
        benchmark::DoNotOptimize(snap);
    }
    state.counters["peers"] = static_cast<double>(rs.peers.size());
    state.counters["topics"] = static_cast<double>(rs.topics.size());
    state.counters["mesh0"] = static_cast<double>(meshed);
}
BENCHMARK(BM_BuildSnapshotOnly)->Unit(benchmark::kMicrosecond);

void BM_FullSnapshot(benchmark::State& state)
{
    auto& n = node();
    for (auto _ : state) {
        const auto rs = n.router->state(n.now);
        const auto bd = n.score->breakdown(n.now);
        trace::SnapshotInputs in;
        in.now = n.now;
        in.router = &rs;
        in.params = &n.router->params();
        in.scores = &bd;
        in.scoreParams = &n.scoreParams;
        in.hostPeers = &n.host;
        benchmark::DoNotOptimize(trace::buildSnapshot(in));
    }
}
BENCHMARK(BM_FullSnapshot)->Unit(benchmark::kMicrosecond);

void BM_SnapshotCopy(benchmark::State& state)
{
    auto& n = node();
    const auto rs = n.router->state(n.now);
    const auto bd = n.score->breakdown(n.now);
    trace::SnapshotInputs in;
    in.now = n.now;
    in.router = &rs;
    in.scores = &bd;
    in.scoreParams = &n.scoreParams;
    const auto snap = trace::buildSnapshot(in);
    for (auto _ : state) {
        trace::NodeSnapshot copy = snap; // what a queued signal costs
        benchmark::DoNotOptimize(copy);
    }
}
BENCHMARK(BM_SnapshotCopy)->Unit(benchmark::kMicrosecond);

void BM_PrometheusText(benchmark::State& state)
{
    auto& n = node();
    const auto rs = n.router->state(n.now);
    const auto bd = n.score->breakdown(n.now);
    trace::SnapshotInputs in;
    in.now = n.now;
    in.router = &rs;
    in.scores = &bd;
    const auto snap = trace::buildSnapshot(in);
    for (auto _ : state)
        benchmark::DoNotOptimize(trace::prometheusText(snap));
}
BENCHMARK(BM_PrometheusText)->Unit(benchmark::kMicrosecond);

void BM_RecordingSnapshot(benchmark::State& state)
{
    auto& n = node();
    trace::SnapshotBuilder builder;
    for (const auto& e : n.events)
        builder.apply(e);
    for (auto _ : state)
        benchmark::DoNotOptimize(builder.snapshot());
    state.counters["events"] = static_cast<double>(n.events.size());
}
BENCHMARK(BM_RecordingSnapshot)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
