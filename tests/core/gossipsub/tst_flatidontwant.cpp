// RouterConfig::flatIDontWant (the simulator's mode): an RPC carrying only an IDONTWANT leaves the
// router as its flat ids and enters the next one through handleIDontWantOnly(). Its bytes, sizes,
// order and effects are those of the protobuf RPC it stands for; bad input is an error and a penalty.
#include "core/gossipsub/flatidontwant.h"
#include "routertestbuilder.h"

using namespace meshscope;
using namespace meshscope::gossipsub;
using namespace meshscope::gossipsub::test;

namespace {

const TopicId kTopic = "f";
const std::string kBig(2000, 'x');

std::string flatOf(const std::vector<std::string>& ids)
{
    std::string flat;
    for (const auto& id : ids)
        appendFlatId(flat, id);
    return flat;
}

// A harness whose router has four meshsub 1.2 mesh peers, fresh from the subscription exchange.
struct Meshed {
    explicit Meshed(bool flat, GossipsubParams params = {})
        : h(options(flat, params))
    {
        peers = h.addPeers(1, 4, { kTopic });
        h.router->subscribe(kTopic, h.now);
        h.drain();
        h.clearSent();
    }
    static Options options(bool flat, GossipsubParams params)
    {
        Options o;
        o.flatIDontWant = flat;
        o.params = params;
        return o;
    }
    RouterHarness h;
    std::vector<PeerId> peers;
};

} // namespace

TEST(FlatIDontWant, sameRpcsInTheSameOrderAsTheProtobufForm)
{
    Meshed flat(true), plain(false);
    std::vector<OutgoingRpc> out[2];
    for (int i = 0; i < 2; ++i) {
        Meshed& m = i == 0 ? flat : plain;
        // Two messages in one round: one IDONTWANT RPC per peer with both ids.
        ASSERT_TRUE(m.h.router->handleRpc(m.peers[0], RouterHarness::message(kTopic, kBig), m.h.now));
        ASSERT_TRUE(m.h.router->handleRpc(m.peers[0], RouterHarness::message(kTopic, kBig + "y"), m.h.now));
        out[i] = m.h.router->pollOutgoing();
    }
    ASSERT_EQ(out[0].size(), out[1].size());
    int flats = 0;
    for (std::size_t i = 0; i < out[0].size(); ++i) {
        const OutgoingRpc& a = out[0][i];
        const OutgoingRpc& b = out[1][i];
        EXPECT_EQ(a.peer, b.peer);
        EXPECT_EQ(a.size, b.size);
        EXPECT_EQ(a.rpcBytes, b.rpcBytes);
        if (a.dontWant.empty()) {
            EXPECT_EQ(a.rpc.SerializeAsString(), b.rpc.SerializeAsString());
            continue;
        }
        ++flats;
        EXPECT_EQ(a.rpc.ByteSizeLong(), 0u) << "a flat IDONTWANT carries nothing else";
        EXPECT_TRUE(a.messages.empty());
        ASSERT_EQ(b.rpc.control().idontwant_size(), 1);
        EXPECT_EQ(b.rpc.control().idontwant(0).messageids_size(), 2);
        EXPECT_EQ(a.dontWant, b.rpc.control().idontwant(0).SerializeAsString());
        EXPECT_EQ(flatIDontWantRpcSize(a.dontWant.size()), b.rpc.ByteSizeLong());
        EXPECT_EQ(flatIDontWantControlSize(a.dontWant.size()), b.rpc.control().ByteSizeLong());
    }
    EXPECT_EQ(flats, 3) << "every mesh peer but the sender";
    EXPECT_EQ(flat.h.router->counters().idontwantSent, plain.h.router->counters().idontwantSent);
}

TEST(FlatIDontWant, tooManyIdsForOneRpcContinueInTheProtobufForm)
{
    GossipsubParams params;
    params.maxTransmissionSize = 4096;
    params.maxMessageSize = 4000;
    params.maxIDontWantMessages = 1000;
    Meshed m(true, params);
    const int count = 150; // ~34 bytes each: over 4 KiB in all
    for (int i = 0; i < count; ++i)
        ASSERT_TRUE(m.h.router->handleRpc(
            m.peers[0], RouterHarness::message(kTopic, kBig + std::to_string(i)), m.h.now));
    std::size_t ids = 0, flats = 0;
    for (const auto& o : m.h.router->pollOutgoing()) {
        if (o.peer != m.peers[1])
            continue;
        EXPECT_LE(o.size, params.maxTransmissionSize);
        if (!o.dontWant.empty()) {
            ++flats;
            forEachFlatId(o.dontWant, [&](std::string_view) { return ++ids, true; });
        } else if (o.rpc.has_control()) {
            for (const auto& idw : o.rpc.control().idontwant())
                ids += static_cast<std::size_t>(idw.messageids_size());
        }
    }
    EXPECT_EQ(flats, 1u);
    EXPECT_EQ(ids, static_cast<std::size_t>(count)) << "none lost at the switch";
}

TEST(FlatIDontWant, handledAsTheDecodedRpc)
{
    Meshed flat(true), plain(false);
    pb::rpc::Message m;
    m.set_topic(kTopic);
    m.set_data(kBig);
    const std::vector<std::string> ids { computeMessageId(MsgIdFunction::Content, m), "other" };
    const Router::PeerRef ref = flat.h.router->peerRef(flat.peers[1]);
    ASSERT_TRUE(flat.h.router->handleIDontWantOnly(ref, flatOf(ids), flat.h.now));
    plain.h.send(plain.peers[1], RouterHarness::idontwant(ids));
    for (Meshed* x : { &flat, &plain }) {
        x->h.send(x->peers[0], RouterHarness::message(kTopic, kBig));
        EXPECT_EQ(x->h.messagesTo(x->peers[1]), 0) << "the IDONTWANT is honoured";
        EXPECT_EQ(x->h.messagesTo(x->peers[2]), 1);
    }
    EXPECT_EQ(flat.h.router->counters().idontwantReceived, 2u);
    EXPECT_EQ(flat.h.router->counters().rpcsReceived, plain.h.router->counters().rpcsReceived);
}

TEST(FlatIDontWant, malformedIsAnErrorAndAPenaltyWithNothingApplied)
{
    Meshed m(true);
    const Router::PeerRef ref = m.h.router->peerRef(m.peers[1]);
    const std::string good = flatOf({ "ab" });
    for (const std::string& bad :
        { good + "\x0b", good + std::string("\x0a\x05xy", 4), std::string("\x0a\xff", 2) }) {
        const auto status = m.h.router->handleIDontWantOnly(ref, bad, m.h.now);
        EXPECT_FALSE(status);
    }
    m.h.drain();
    EXPECT_EQ(m.h.score.penalties[m.peers[1]], 3);
    EXPECT_EQ(m.h.router->counters().idontwantReceived, 0u) << "the good id before the fault is not applied";
    EXPECT_EQ(m.h.eventCount("malformed flat IDONTWANT"), 3);
}

TEST(FlatIDontWant, boundedPerHeartbeatIgnoredFromOlderPeersDroppedWhenGraylisted)
{
    GossipsubParams params;
    params.maxIDontWantMessages = 100;
    Meshed m(true, params);
    std::vector<std::string> ids;
    for (int i = 0; i < 500; ++i)
        ids.push_back("id" + std::to_string(i));
    ASSERT_TRUE(m.h.router->handleIDontWantOnly(m.h.router->peerRef(m.peers[1]), flatOf(ids), m.h.now));
    m.h.drain();
    EXPECT_EQ(m.h.router->counters().idontwantReceived, 100u);
    EXPECT_EQ(m.h.eventCount("IDONTWANT ids per heartbeat"), 1);

    const PeerId old = m.h.addPeer(20, { kTopic }, PubsubProtocol::Meshsub11);
    ASSERT_TRUE(m.h.router->handleIDontWantOnly(m.h.router->peerRef(old), flatOf({ "x" }), m.h.now));
    m.h.score.scores[m.peers[2]] = -1000; // under the graylist threshold (-80)
    const auto dropped = m.h.router->counters().droppedRpcs;
    ASSERT_TRUE(m.h.router->handleIDontWantOnly(m.h.router->peerRef(m.peers[2]), flatOf({ "y" }), m.h.now));
    EXPECT_EQ(m.h.router->counters().droppedRpcs, dropped + 1);
    EXPECT_EQ(m.h.router->counters().idontwantReceived, 100u)
        << "neither the 1.1 peer's nor the graylisted one's";
}

// The simulator relies on this: it does not poll a router after handing it a flat IDONTWANT.
TEST(FlatIDontWant, queuesNothingAndMovesNoTimeout)
{
    GossipsubParams params;
    params.maxIDontWantMessages = 2;
    Meshed m(true, params);
    const auto next = m.h.router->nextTimeout();
    const Router::PeerRef ref = m.h.router->peerRef(m.peers[1]);
    ASSERT_TRUE(m.h.router->handleIDontWantOnly(ref, flatOf({ "a", "b", "c" }), m.h.now)); // one over budget
    EXPECT_FALSE(m.h.router->handleIDontWantOnly(ref, "\x0b", m.h.now)); // malformed: a penalty
    m.h.score.scores[m.peers[2]] = -1000;
    ASSERT_TRUE(m.h.router->handleIDontWantOnly(m.h.router->peerRef(m.peers[2]), flatOf({ "d" }), m.h.now));
    EXPECT_TRUE(m.h.router->pollOutgoing().empty());
    EXPECT_TRUE(m.h.router->pollDeliveries().empty());
    EXPECT_TRUE(m.h.router->pollValidationRequests().empty());
    EXPECT_EQ(m.h.router->nextTimeout(), next);
    EXPECT_EQ(m.h.router->counters().idontwantReceived, 2u) << "the calls did happen";
}
