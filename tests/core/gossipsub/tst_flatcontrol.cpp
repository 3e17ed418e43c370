// RouterConfig::flatControl (the simulator's mode): an RPC carrying only an IDONTWANT, or only IHAVEs,
// leaves the router in flat form and enters the next one through handleFlatRpc(). Its bytes, sizes,
// order and effects are those of the protobuf RPC it stands for; bad input is an error and a penalty.
#include "core/gossipsub/flatcontrol.h"
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
        o.flatControl = flat;
        o.params = params;
        return o;
    }
    RouterHarness h;
    std::vector<PeerId> peers;
};

} // namespace

TEST(FlatControl, sameRpcsInTheSameOrderAsTheProtobufForm)
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
        if (a.flat.empty()) {
            EXPECT_EQ(a.rpc.SerializeAsString(), b.rpc.SerializeAsString());
            continue;
        }
        ++flats;
        EXPECT_EQ(a.rpc.ByteSizeLong(), 0u) << "a flat IDONTWANT carries nothing else";
        EXPECT_TRUE(a.messages.empty());
        ASSERT_EQ(b.rpc.control().idontwant_size(), 1);
        EXPECT_EQ(b.rpc.control().idontwant(0).messageids_size(), 2);
        EXPECT_EQ(a.flat, b.rpc.control().idontwant(0).SerializeAsString());
        EXPECT_EQ(flatRpcSize(FlatKind::IDontWant, a.flat.size()), b.rpc.ByteSizeLong());
        EXPECT_EQ(flatControlSize(FlatKind::IDontWant, a.flat.size()), b.rpc.control().ByteSizeLong());
    }
    EXPECT_EQ(flats, 3) << "every mesh peer but the sender";
    EXPECT_EQ(flat.h.router->counters().idontwantSent, plain.h.router->counters().idontwantSent);
}

TEST(FlatControl, tooManyIdsForOneRpcContinueInTheProtobufForm)
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
        if (!o.flat.empty()) {
            ++flats;
            forEachFlatId(o.flat, [&](std::string_view) { return ++ids, true; });
        } else if (o.rpc.has_control()) {
            for (const auto& idw : o.rpc.control().idontwant())
                ids += static_cast<std::size_t>(idw.messageids_size());
        }
    }
    EXPECT_EQ(flats, 1u);
    EXPECT_EQ(ids, static_cast<std::size_t>(count)) << "none lost at the switch";
}

TEST(FlatControl, handledAsTheDecodedRpc)
{
    Meshed flat(true), plain(false);
    pb::rpc::Message m;
    m.set_topic(kTopic);
    m.set_data(kBig);
    const std::vector<std::string> ids { computeMessageId(MsgIdFunction::Content, m), "other" };
    const Router::PeerRef ref = flat.h.router->peerRef(flat.peers[1]);
    ASSERT_TRUE(flat.h.router->handleFlatRpc(ref, FlatKind::IDontWant, flatOf(ids), flat.h.now));
    plain.h.send(plain.peers[1], RouterHarness::idontwant(ids));
    for (Meshed* x : { &flat, &plain }) {
        x->h.send(x->peers[0], RouterHarness::message(kTopic, kBig));
        EXPECT_EQ(x->h.messagesTo(x->peers[1]), 0) << "the IDONTWANT is honoured";
        EXPECT_EQ(x->h.messagesTo(x->peers[2]), 1);
    }
    EXPECT_EQ(flat.h.router->counters().idontwantReceived, 2u);
    EXPECT_EQ(flat.h.router->counters().rpcsReceived, plain.h.router->counters().rpcsReceived);
}

TEST(FlatControl, malformedIsAnErrorAndAPenaltyWithNothingApplied)
{
    Meshed m(true);
    const Router::PeerRef ref = m.h.router->peerRef(m.peers[1]);
    const std::string good = flatOf({ "ab" });
    for (const std::string& bad :
        { good + "\x0b", good + std::string("\x0a\x05xy", 4), std::string("\x0a\xff", 2) }) {
        const auto status = m.h.router->handleFlatRpc(ref, FlatKind::IDontWant, bad, m.h.now);
        EXPECT_FALSE(status);
    }
    m.h.drain();
    EXPECT_EQ(m.h.score.penalties[m.peers[1]], 3);
    EXPECT_EQ(m.h.router->counters().idontwantReceived, 0u) << "the good id before the fault is not applied";
    EXPECT_EQ(m.h.eventCount("malformed flat RPC"), 3);
}

TEST(FlatControl, boundedPerHeartbeatIgnoredFromOlderPeersDroppedWhenGraylisted)
{
    GossipsubParams params;
    params.maxIDontWantMessages = 100;
    Meshed m(true, params);
    std::vector<std::string> ids;
    for (int i = 0; i < 500; ++i)
        ids.push_back("id" + std::to_string(i));
    ASSERT_TRUE(m.h.router->handleFlatRpc(
        m.h.router->peerRef(m.peers[1]), FlatKind::IDontWant, flatOf(ids), m.h.now));
    m.h.drain();
    EXPECT_EQ(m.h.router->counters().idontwantReceived, 100u);
    EXPECT_EQ(m.h.eventCount("IDONTWANT ids per heartbeat"), 1);

    const PeerId old = m.h.addPeer(20, { kTopic }, PubsubProtocol::Meshsub11);
    ASSERT_TRUE(
        m.h.router->handleFlatRpc(m.h.router->peerRef(old), FlatKind::IDontWant, flatOf({ "x" }), m.h.now));
    m.h.score.scores[m.peers[2]] = -1000; // under the graylist threshold (-80)
    const auto dropped = m.h.router->counters().droppedRpcs;
    ASSERT_TRUE(m.h.router->handleFlatRpc(
        m.h.router->peerRef(m.peers[2]), FlatKind::IDontWant, flatOf({ "y" }), m.h.now));
    EXPECT_EQ(m.h.router->counters().droppedRpcs, dropped + 1);
    EXPECT_EQ(m.h.router->counters().idontwantReceived, 100u)
        << "neither the 1.1 peer's nor the graylisted one's";
}

// The simulator relies on this: it does not poll a router after handing it a flat IDONTWANT.
TEST(FlatControl, queuesNothingAndMovesNoTimeout)
{
    GossipsubParams params;
    params.maxIDontWantMessages = 2;
    Meshed m(true, params);
    const auto next = m.h.router->nextTimeout();
    const Router::PeerRef ref = m.h.router->peerRef(m.peers[1]);
    ASSERT_TRUE(m.h.router->handleFlatRpc(
        ref, FlatKind::IDontWant, flatOf({ "a", "b", "c" }), m.h.now)); // one over budget
    EXPECT_FALSE(
        m.h.router->handleFlatRpc(ref, FlatKind::IDontWant, "\x0b", m.h.now)); // malformed: a penalty
    m.h.score.scores[m.peers[2]] = -1000;
    ASSERT_TRUE(m.h.router->handleFlatRpc(
        m.h.router->peerRef(m.peers[2]), FlatKind::IDontWant, flatOf({ "d" }), m.h.now));
    EXPECT_TRUE(m.h.router->pollOutgoing().empty());
    EXPECT_TRUE(m.h.router->pollDeliveries().empty());
    EXPECT_TRUE(m.h.router->pollValidationRequests().empty());
    EXPECT_EQ(m.h.router->nextTimeout(), next);
    EXPECT_EQ(m.h.router->counters().idontwantReceived, 2u) << "the calls did happen";
}

namespace {

// A router with 12 subscribed peers (6 or so in its mesh, the rest gossip targets) and `messages`
// published messages in its cache; flat or not. heartbeat() runs its next heartbeat and returns what
// it sends, undrained.
struct Gossiping {
    explicit Gossiping(bool flat, int messages = 2, GossipsubParams params = {})
        : h(Meshed::options(flat, params))
    {
        peers = h.addPeers(1, 12, { kTopic });
        h.router->subscribe(kTopic, h.now);
        h.drain();
        for (int i = 0; i < messages; ++i)
            ids.push_back(h.router->publish(kTopic, Bytes(40, static_cast<std::uint8_t>(i)), h.now).value());
        h.drain();
        const auto mesh = h.router->mesh(kTopic);
        for (const auto& p : peers)
            if (std::find(mesh.begin(), mesh.end(), p) == mesh.end())
                outside.push_back(p);
    }
    std::vector<OutgoingRpc> heartbeat()
    {
        h.now = *h.router->nextTimeout();
        h.router->onTimeout(h.now);
        return h.router->pollOutgoing();
    }
    RouterHarness h;
    std::vector<PeerId> peers; // all subscribed peers
    std::vector<PeerId> outside; // those not in the mesh
    std::vector<MessageId> ids; // published
};

// Compares what a flat router and a plain one sent: the same RPCs, the flat ones standing for the
// plain ones byte for byte. Returns how many were flat IHAVEs.
int expectSameRpcs(const std::vector<OutgoingRpc>& flat, const std::vector<OutgoingRpc>& plain)
{
    EXPECT_EQ(flat.size(), plain.size());
    int ihaves = 0;
    for (std::size_t i = 0; i < std::min(flat.size(), plain.size()); ++i) {
        const OutgoingRpc& a = flat[i];
        const OutgoingRpc& b = plain[i];
        EXPECT_EQ(a.peer, b.peer);
        EXPECT_EQ(a.size, b.size);
        EXPECT_EQ(a.rpcBytes, b.rpcBytes);
        if (a.flatKind != FlatKind::IHave) {
            EXPECT_EQ(a.rpc.SerializeAsString(), b.rpc.SerializeAsString());
            continue;
        }
        ++ihaves;
        EXPECT_EQ(a.rpc.ByteSizeLong(), 0u);
        pb::rpc::RPC decoded;
        EXPECT_TRUE(decoded.mutable_control()->MergeFromString(a.flat));
        EXPECT_EQ(decoded.SerializeAsString(), b.rpc.SerializeAsString());
        EXPECT_EQ(flatRpcSize(FlatKind::IHave, a.flat.size()), b.rpc.ByteSizeLong());
    }
    return ihaves;
}

} // namespace

TEST(FlatControl, ihaveAloneGoesFlatAndWithOtherThingsInTheSameRpcAsBefore)
{
    Gossiping flat(true), plain(false);
    ASSERT_EQ(flat.outside, plain.outside);
    ASSERT_GE(flat.outside.size(), 3u);
    // A message queued to one gossip target before the heartbeat: its IHAVE joins that RPC.
    for (Gossiping* g : { &flat, &plain })
        ASSERT_TRUE(g->h.router->handleRpc(g->outside[0], RouterHarness::iwant({ g->ids[0] }), g->h.now));
    const auto a = flat.heartbeat();
    const auto b = plain.heartbeat();
    const int ihaves = expectSameRpcs(a, b);
    EXPECT_EQ(static_cast<std::size_t>(ihaves), flat.outside.size() - 1) << "every gossip target but the one";
    bool merged = false;
    for (const auto& o : a)
        if (o.peer == flat.outside[0]) {
            EXPECT_EQ(o.flatKind, FlatKind::None);
            merged = merged || (o.rpc.publish_size() > 0 && o.rpc.control().ihave_size() == 1);
        }
    EXPECT_TRUE(merged) << "the message and the IHAVE in one RPC";
    EXPECT_EQ(flat.h.router->counters().ihaveSent, plain.h.router->counters().ihaveSent);
}

TEST(FlatControl, ihaveTooBigForOneRpcIsSplitAsBefore)
{
    GossipsubParams params;
    params.maxTransmissionSize = 2048; // 100 ids of ~34 bytes: one entry is too big
    Gossiping flat(true, 100, params), plain(false, 100, params);
    const auto a = flat.heartbeat();
    const auto b = plain.heartbeat();
    EXPECT_EQ(expectSameRpcs(a, b), 0);
    std::size_t gossiped = 0;
    for (const auto& o : a) {
        EXPECT_LE(o.size, params.maxTransmissionSize);
        for (const auto& ih : o.rpc.control().ihave())
            gossiped += static_cast<std::size_t>(ih.messageids_size());
    }
    EXPECT_EQ(gossiped, 100 * flat.outside.size());
}

TEST(FlatControl, ihaveHandledAsTheDecodedRpc)
{
    Meshed flat(true), plain(false);
    for (Meshed* x : { &flat, &plain })
        x->h.send(x->peers[0], RouterHarness::message(kTopic, "known"));
    const MessageId known = flat.h.deliveries.at(0).id;
    // Two entries: the topic we are in (one known id, two new) and one we are not in.
    pb::rpc::RPC rpc = RouterHarness::ihave(kTopic, { known, "new-1", "new-2" });
    auto* other = rpc.mutable_control()->add_ihave();
    other->set_topicid("elsewhere");
    other->add_messageids("new-3");
    const std::string bytes = rpc.control().SerializeAsString();
    ASSERT_TRUE(flat.h.router->handleFlatRpc(
        flat.h.router->peerRef(flat.peers[1]), FlatKind::IHave, bytes, flat.h.now));
    flat.h.drain();
    plain.h.send(plain.peers[1], rpc);
    auto asked = flat.h.iwantIdsTo(flat.peers[1]);
    EXPECT_EQ(asked, plain.h.iwantIdsTo(plain.peers[1]));
    std::sort(asked.begin(), asked.end());
    EXPECT_EQ(asked, (std::vector<std::string> { "new-1", "new-2" }));
    EXPECT_EQ(flat.h.router->counters().ihaveReceived, 2u);
    EXPECT_EQ(flat.h.router->counters().ihaveReceived, plain.h.router->counters().ihaveReceived);
}

TEST(FlatControl, malformedIHaveIsAnErrorAndAPenalty)
{
    Meshed m(true);
    const Router::PeerRef ref = m.h.router->peerRef(m.peers[1]);
    const std::string entry = RouterHarness::ihave(kTopic, { "ab" }).control().SerializeAsString();
    const std::string topic = "\x0a\x01"
                              "f"; // topicID "f"
    const std::vector<std::string> bad {
        entry + "\x0a", // cut short
        std::string("\x0a\x07\x12\x02"
                    "ab",
            6)
            + topic, // an id before the topic
        std::string("\x0a\x00", 2), // no topic
        std::string("\x0a\x05", 2) + topic + std::string("\x1a\x00", 2), // an unknown field
        std::string("\x12\x00", 2), // not an ihave field
    };
    for (const auto& b : bad)
        EXPECT_FALSE(m.h.router->handleFlatRpc(ref, FlatKind::IHave, b, m.h.now))
            << testing::PrintToString(b);
    EXPECT_FALSE(m.h.router->handleFlatRpc(ref, FlatKind::None, entry, m.h.now)) << "no such kind";
    m.h.drain();
    EXPECT_EQ(m.h.score.penalties[m.peers[1]], static_cast<int>(bad.size()) + 1);
    EXPECT_EQ(m.h.router->counters().ihaveReceived, 0u);
    EXPECT_TRUE(m.h.iwantIdsTo(m.peers[1]).empty());
}
