// Fuzz target: a router with a few peers (subscribed, in the mesh) handling arbitrary frames.
// Input: byte 0 picks sign policy, message id function, PX and flat control (0x20: IDONTWANT and
// IHAVE sent flat, and records whose peer byte has 0x80 go in through handleFlatRpc(), as an IHAVE
// when it also has 0x40, else as an IDONTWANT); then records
// of [peer index][length][frame body], with heartbeats between records.
#include "core/base/rng.h"
#include "core/gossipsub/router.h"

#include <google/protobuf/stubs/logging.h>

#include <cstddef>
#include <cstdint>

using namespace meshscope;
using namespace meshscope::gossipsub;
using namespace std::chrono_literals;

namespace {

PeerId fakePeer(std::uint8_t n)
{
    Bytes mh{0x12, 0x20};
    for (int i = 0; i < 32; ++i)
        mh.push_back(static_cast<std::uint8_t>(n * 7 + i));
    return PeerId::fromBytes(mh).value();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // Debug protobuf logs invalid UTF-8 in string fields (topics): noise, and slow under the fuzzer.
    static const bool quiet = [] {
        google::protobuf::SetLogHandler(nullptr);
        return true;
    }();
    (void)quiet;
    if (size < 1)
        return 0;
    SeededRng rng(data[0]);
    RouterConfig config;
    config.self = fakePeer(200);
    const SignPolicy policies[] = {SignPolicy::StrictNoSign, SignPolicy::StrictSign, SignPolicy::LaxSign, SignPolicy::LaxNoSign};
    const MsgIdFunction ids[] = {MsgIdFunction::Content, MsgIdFunction::Go, MsgIdFunction::Js, MsgIdFunction::Ethereum};
    config.signPolicy = policies[data[0] & 3];
    config.msgId = ids[(data[0] >> 2) & 3];
    config.flatControl = (data[0] & 0x20) != 0;
    GossipsubParams params;
    params.maxTransmissionSize = 64 * 1024;
    params.maxMessageSize = 32 * 1024;
    params.doPX = (data[0] & 0x10) != 0;
    TimePoint now = fromNanos(1'000'000'000);
    Router router(config, params, rng, now);
    router.setAsyncValidation("b", true);
    router.setValidator("c", [](const PeerId&, const pb::rpc::Message& m) {
        return m.data().size() % 3 == 0 ? ValidationResult::Accept
            : m.data().size() % 3 == 1 ? ValidationResult::Reject : ValidationResult::Ignore;
    });
    const PubsubProtocol protocols[] = {PubsubProtocol::Meshsub12, PubsubProtocol::Meshsub11, PubsubProtocol::Meshsub10,
        PubsubProtocol::Floodsub};
    std::vector<PeerId> peers;
    std::vector<Router::PeerRef> refs;
    for (std::uint8_t i = 0; i < 4; ++i) {
        peers.push_back(fakePeer(i));
        refs.push_back(router.addPeer(peers.back(), protocols[i], i % 2 == 0, "10.0.0.1", now));
    }
    for (const auto* topic : {"a", "b", "c"})
        router.subscribe(topic, now);
    std::size_t offset = 1;
    while (offset + 2 <= size) {
        const std::size_t index = data[offset] % peers.size();
        const bool flat = config.flatControl && (data[offset] & 0x80) != 0;
        const FlatKind kind = (data[offset] & 0x40) != 0 ? FlatKind::IHave : FlatKind::IDontWant;
        const std::size_t length = data[offset + 1] * 4u;
        offset += 2;
        const auto body = BytesView(data + offset, std::min(length, size - offset));
        offset += body.size();
        if (flat)
            (void)router.handleFlatRpc(refs[index], kind,
                std::string_view(reinterpret_cast<const char*>(body.data()), body.size()), now);
        else
            (void)router.handleFrame(peers[index], body, now);
        now += 300ms;
        if (const auto next = router.nextTimeout(); next && *next <= now)
            router.onTimeout(now);
        for (const auto& request : router.pollValidationRequests())
            router.reportValidationResult(request.id, ValidationResult::Accept, now);
        (void)router.pollOutgoing();
        (void)router.pollEvents();
        (void)router.pollDeliveries();
    }
    router.removePeer(peers[0], now);
    (void)router.publish("a", Bytes{1, 2, 3}, now);
    (void)router.state(now);
    return 0;
}
