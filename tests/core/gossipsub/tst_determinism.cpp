// Determinism: the same seed and inputs give a byte-identical event trace and identical RPCs.
#include "core/gossipsub/rpcframing.h"
#include "routertestbuilder.h"

using namespace meshscope;
using namespace meshscope::gossipsub;
using namespace meshscope::gossipsub::test;

namespace {

// A scripted run with random choices everywhere (mesh, gossip, fanout, IHAVE sampling).
std::string run(std::uint64_t seed)
{
    Options o;
    o.seed = seed;
    RouterHarness h(o);
    const auto peers = h.addPeers(1, 30, {"a", "b"});
    h.addPeers(40, 5, {"a"}, PubsubProtocol::Meshsub12, true);
    h.router->subscribe("a", h.now);
    (void)h.router->publish("b", Bytes{1, 2}, h.now);
    for (int i = 0; i < 20; ++i) {
        h.send(peers[static_cast<std::size_t>(i)], RouterHarness::message("a", "msg" + std::to_string(i)));
        h.send(peers[static_cast<std::size_t>(i + 5)], RouterHarness::ihave("a", {"x" + std::to_string(i)}));
        h.advance(700ms);
    }
    h.advance(70s);
    std::string trace;
    for (const auto& e : h.events)
        trace += describe(e) + "\n";
    for (const auto& [peer, rpcs] : h.sent)
        for (const auto& rpc : rpcs) {
            const auto frame = encodeFrame(rpc);
            trace += toHex(frame) + "\n";
        }
    return trace;
}

} // namespace

TEST(Determinism, sameSeedSameInputs_byteIdenticalTrace)
{
    const auto first = run(7);
    const auto second = run(7);
    EXPECT_GT(first.size(), 1000u);
    EXPECT_EQ(first, second);
}

TEST(Determinism, differentSeed_differentChoices)
{
    EXPECT_NE(run(7), run(8));
}
