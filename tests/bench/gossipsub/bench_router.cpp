// Router cost per message: an unsigned message received from one of 8 mesh peers, validated,
// delivered and forwarded to the other 7 (no crypto); the same with StrictSign verification;
// and signature verification alone.
#include "core/base/rng.h"
#include "core/crypto/keys.h"
#include "core/gossipsub/router.h"

#include <benchmark/benchmark.h>

#include <cstring>

using namespace meshscope;
using namespace meshscope::gossipsub;
using namespace std::chrono_literals;

namespace {

const TopicId kTopic = "bench";

crypto::PrivateKey key(int n)
{
    Bytes seed(32, static_cast<std::uint8_t>(n));
    return crypto::PrivateKey::ed25519FromSeed(seed).value();
}

PeerId peerOf(const crypto::PrivateKey& k) { return PeerId::fromPublicKey(k.publicKey().toProtobuf()); }

struct Setup {
    explicit Setup(SignPolicy policy, MsgIdFunction msgId)
    {
        RouterConfig config;
        config.self = peerOf(key(100));
        config.signPolicy = policy;
        config.msgId = msgId;
        router = std::make_unique<Router>(config, GossipsubParams{}, rng, now);
        for (int i = 0; i < 8; ++i) {
            peers.push_back(peerOf(key(i + 1)));
            router->addPeer(peers.back(), PubsubProtocol::Meshsub12, true, "10.0.0.1", now);
            pb::rpc::RPC sub;
            auto* s = sub.add_subscriptions();
            s->set_subscribe(true);
            s->set_topicid(kTopic);
            (void)router->handleRpc(peers.back(), sub, now);
        }
        router->subscribe(kTopic, now);
        drain();
    }
    void drain()
    {
        benchmark::DoNotOptimize(router->pollOutgoing());
        benchmark::DoNotOptimize(router->pollDeliveries());
        benchmark::DoNotOptimize(router->pollEvents());
    }
    // Feeds one message from peer (i % 8); runs a heartbeat every 1000 messages.
    void feed(const pb::rpc::RPC& rpc, std::uint64_t i)
    {
        (void)router->handleRpc(peers[i % peers.size()], rpc, now);
        drain();
        if (i % 1000 == 999) {
            now += 1s;
            router->onTimeout(now);
            drain();
        }
    }
    SeededRng rng{1};
    TimePoint now = fromNanos(1'000'000'000);
    std::unique_ptr<Router> router;
    std::vector<PeerId> peers;
};

void BM_RouterForwardUnsigned(benchmark::State& state)
{
    Setup s(SignPolicy::StrictNoSign, MsgIdFunction::Content);
    pb::rpc::RPC rpc;
    auto* m = rpc.add_publish();
    m->set_topic(kTopic);
    std::uint64_t i = 0;
    for (auto _ : state) {
        std::string data(100, 'x');
        std::memcpy(data.data(), &i, sizeof(i));
        m->set_data(std::move(data));
        s.feed(rpc, i++);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(i));
}
BENCHMARK(BM_RouterForwardUnsigned);

void BM_RouterForwardSigned(benchmark::State& state)
{
    Setup s(SignPolicy::StrictSign, MsgIdFunction::Go);
    const auto author = key(50);
    const auto authorId = peerOf(author);
    std::vector<pb::rpc::RPC> rpcs(20000);
    for (std::size_t i = 0; i < rpcs.size(); ++i) {
        auto* m = rpcs[i].add_publish();
        m->set_topic(kTopic);
        m->set_data(std::string(100, 'y'));
        std::string seqno(8, '\0');
        std::memcpy(seqno.data(), &i, sizeof(i));
        m->set_seqno(seqno);
        signMessage(*m, authorId, author);
    }
    std::uint64_t i = 0;
    for (auto _ : state) {
        if (i == rpcs.size())
            break;
        s.feed(rpcs[i], i);
        ++i;
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(i));
}
BENCHMARK(BM_RouterForwardSigned)->Iterations(20000);

void BM_SignatureVerify(benchmark::State& state)
{
    const auto author = key(50);
    pb::rpc::Message m;
    m.set_topic(kTopic);
    m.set_data(std::string(100, 'z'));
    m.set_seqno(std::string(8, '\1'));
    signMessage(m, peerOf(author), author);
    for (auto _ : state)
        benchmark::DoNotOptimize(checkSignature(m, SignPolicy::StrictSign));
}
BENCHMARK(BM_SignatureVerify);

} // namespace

BENCHMARK_MAIN();
