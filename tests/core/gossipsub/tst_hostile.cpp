// Hostile peers (issue 3 point 9): every abuse is bounded, penalised where the spec says, and
// honest peers keep being served.
#include "core/gossipsub/peerrecord.h"
#include "core/gossipsub/peerscore.h"
#include "core/gossipsub/peerscoreobserver.h"
#include "core/gossipsub/rpcframing.h"
#include "routertestbuilder.h"

using namespace meshscope;
using namespace meshscope::gossipsub;
using namespace meshscope::gossipsub::test;

namespace {

const TopicId kTopic = "h";

// A harness with signatures checked and no scorer of its own (the test plugs in a real one).
Options signedOptions()
{
    Options o;
    o.signPolicy = SignPolicy::StrictSign;
    o.msgId = MsgIdFunction::Go;
    o.scoring = false;
    return o;
}

// Score params where invalid messages weigh -10 each, squared (P4), with a little P1 and P2.
PeerScoreParams invalidMessageParams()
{
    PeerScoreParams params;
    TopicScoreParams tp;
    tp.topicWeight = 1;
    tp.timeInMeshWeight = 0.01;
    tp.timeInMeshQuantum = 1s;
    tp.timeInMeshCap = 10;
    tp.firstMessageDeliveriesWeight = 1;
    tp.meshMessageDeliveriesWeight = 0;
    tp.meshFailurePenaltyWeight = 0;
    tp.invalidMessageDeliveriesWeight = -10;
    tp.invalidMessageDeliveriesDecay = 0.9;
    params.topics[kTopic] = tp;
    params.topicScoreCap = 100;
    return params;
}

} // namespace

TEST(Hostile, malformedFrame_droppedAndPenalized)
{
    RouterHarness h;
    const auto p = h.addPeer(1, {kTopic});
    const Bytes garbage{0x0a, 0xff, 0xff, 0xff};
    EXPECT_FALSE(h.router->handleFrame(p, garbage, h.now));
    h.drain();
    EXPECT_EQ(h.router->counters().droppedRpcs, 1u);
    EXPECT_EQ(h.score.penalties[p], 1);
}

TEST(Hostile, oversizedFrame_refused)
{
    Options o;
    o.params.maxTransmissionSize = 1000;
    o.params.maxMessageSize = 500;
    RouterHarness h(o);
    const auto p = h.addPeer(1, {kTopic});
    EXPECT_FALSE(h.router->handleFrame(p, Bytes(2000, 0), h.now));
}

TEST(Hostile, messageOverSizeLimit_rejected)
{
    Options o;
    o.params.maxMessageSize = 100;
    RouterHarness h(o);
    const auto p = h.addPeer(1, {kTopic});
    h.router->subscribe(kTopic, h.now);
    h.send(p, RouterHarness::message(kTopic, std::string(101, 'x')));
    EXPECT_TRUE(h.deliveries.empty());
    EXPECT_EQ(h.score.rejects[p].size(), 1u);
}

TEST(Hostile, ihaveFlood_boundedByBudgets)
{
    RouterHarness h;
    const auto p = h.addPeer(1, {kTopic});
    h.router->subscribe(kTopic, h.now);
    for (int r = 0; r < 100; ++r) {
        std::vector<std::string> ids;
        for (int i = 0; i < 1000; ++i)
            ids.push_back("r" + std::to_string(r) + "i" + std::to_string(i));
        h.send(p, RouterHarness::ihave(kTopic, ids));
    }
    EXPECT_EQ(h.iwantIdsTo(p).size(), 5000u); // maxIHaveLength per heartbeat
    EXPECT_LE(h.router->promises().size(), 10u);
}

TEST(Hostile, iwantSpam_unknownIdsCostNothingAndBudgetHolds)
{
    Options o;
    o.params.maxIHaveLength = 100;
    RouterHarness h(o);
    const auto peers = h.addPeers(1, 2, {kTopic});
    h.router->subscribe(kTopic, h.now);
    std::vector<std::string> ids;
    for (int i = 0; i < 300; ++i) {
        h.send(peers[0], RouterHarness::message(kTopic, "m" + std::to_string(i)));
        ids.push_back(h.deliveries.back().id);
    }
    for (int i = 0; i < 10000; ++i)
        ids.push_back("unknown" + std::to_string(i));
    h.clearSent();
    h.send(peers[1], RouterHarness::iwant(ids));
    EXPECT_EQ(h.messagesTo(peers[1]), 100);
    EXPECT_EQ(h.eventCount("IWANT budget"), 1);
}

TEST(Hostile, repeatedIwantSameId_servedThreeTimes)
{
    RouterHarness h;
    const auto peers = h.addPeers(1, 2, {kTopic});
    h.router->subscribe(kTopic, h.now);
    h.send(peers[0], RouterHarness::message(kTopic, "m"));
    const auto id = h.deliveries.back().id;
    h.clearSent();
    h.send(peers[1], RouterHarness::iwant(std::vector<std::string>(50, id)));
    EXPECT_EQ(h.messagesTo(peers[1]), 3);
}

TEST(Hostile, graftDuringBackoffRepeated_penaltyGrows)
{
    RouterHarness h;
    const auto p = h.addPeer(1, {kTopic});
    h.router->subscribe(kTopic, h.now);
    h.send(p, RouterHarness::prune(kTopic));
    for (int i = 0; i < 5; ++i)
        h.send(p, RouterHarness::graft(kTopic));
    EXPECT_EQ(h.score.penalties[p], 10);
    EXPECT_FALSE(h.inMesh(kTopic, p));
}

TEST(Hostile, graftForUnknownTopics_noStateGrowth)
{
    RouterHarness h;
    const auto p = h.addPeer(1, {kTopic});
    pb::rpc::RPC rpc;
    for (int i = 0; i < 5000; ++i)
        rpc.mutable_control()->add_graft()->set_topicid("t" + std::to_string(i));
    h.send(p, rpc);
    EXPECT_TRUE(h.router->state(h.now).topics.size() <= 1u);
    EXPECT_TRUE(h.prunesTo(p).empty());
}

TEST(Hostile, pruneWithBogusPx_noCandidates)
{
    RouterHarness h;
    const auto p = h.addPeer(1, {kTopic});
    h.router->subscribe(kTopic, h.now);
    auto rpc = RouterHarness::prune(kTopic, 60);
    for (int i = 0; i < 1000; ++i) {
        auto* info = rpc.mutable_control()->mutable_prune(0)->add_peers();
        info->set_peerid("bogus" + std::to_string(i));
        info->set_signedpeerrecord(std::string(100, static_cast<char>(i)));
    }
    h.send(p, rpc);
    EXPECT_EQ(h.eventCount("px "), 0);
    EXPECT_EQ(h.eventCount("without a valid signed peer record: 16"), 1); // only maxPxPeers looked at
}

TEST(Hostile, subscriptionFlood_cappedPerPeer)
{
    RouterHarness h;
    const auto p = h.addPeer(1);
    for (int r = 0; r < 3; ++r) {
        pb::rpc::RPC rpc;
        for (int i = 0; i < 1000; ++i) {
            auto* s = rpc.add_subscriptions();
            s->set_subscribe(true);
            s->set_topicid("t" + std::to_string(r * 1000 + i));
        }
        h.send(p, rpc);
    }
    const auto st = h.router->state(h.now);
    ASSERT_EQ(st.peers.size(), 1u);
    EXPECT_EQ(st.peers[0].topics.size(), 1000u);
    EXPECT_GE(h.eventCount("peer topic limit"), 1);
}

TEST(Hostile, invalidSignatures_realScoreGoesNegativeAndPeerIsPruned)
{
    RouterHarness h(signedOptions());
    const PeerScoreParams params = invalidMessageParams();
    PeerScoreThresholds thresholds;
    ASSERT_TRUE(params.validate()) << params.validate().error().message;
    PeerScore score(params, thresholds);
    PeerScoreObserver observer(score);
    h.router->setScoring(&observer, gatesFrom(thresholds));
    const auto honest = h.addPeers(1, 3, {kTopic});
    const auto hostile = h.addPeer(9, {kTopic});
    h.router->subscribe(kTopic, h.now);
    h.drain();
    ASSERT_TRUE(h.inMesh(kTopic, hostile));
    for (int i = 0; i < 3; ++i) {
        pb::rpc::Message m;
        m.set_topic(kTopic);
        m.set_data("forged" + std::to_string(i));
        m.set_seqno(std::string(7, '\0') + static_cast<char>(i));
        signMessage(m, peerOf(testKey(9)), testKey(9));
        m.set_data("changed" + std::to_string(i));
        pb::rpc::RPC rpc;
        *rpc.add_publish() = m;
        h.send(hostile, rpc);
    }
    EXPECT_LT(score.score(hostile, h.now), 0);
    h.heartbeat();
    EXPECT_FALSE(h.inMesh(kTopic, hostile));
    // honest traffic continues
    pb::rpc::Message good;
    good.set_topic(kTopic);
    good.set_data("fine");
    good.set_seqno(std::string(8, '\x01'));
    signMessage(good, peerOf(testKey(1)), testKey(1));
    pb::rpc::RPC rpc;
    *rpc.add_publish() = good;
    h.send(honest[0], rpc);
    EXPECT_EQ(h.deliveries.size(), 1u);
}

TEST(Hostile, graylistedPeer_rpcsIgnored)
{
    Options o;
    o.gates.graylistThreshold = -80;
    RouterHarness h(o);
    const auto p = h.addPeer(1, {kTopic});
    h.router->subscribe(kTopic, h.now);
    h.score.scores[p] = -100;
    h.send(p, RouterHarness::message(kTopic, "ignored"));
    EXPECT_TRUE(h.deliveries.empty());
    EXPECT_EQ(h.eventCount("graylisted"), 1);
}

TEST(Hostile, graylistGate_readsTheScorerThroughItsHandle)
{
    RouterHarness h(signedOptions());
    const PeerScoreParams params = invalidMessageParams();
    PeerScoreThresholds thresholds;
    thresholds.gossipThreshold = -10;
    thresholds.publishThreshold = -20;
    thresholds.graylistThreshold = -30;
    ASSERT_TRUE(params.validate()) << params.validate().error().message;
    PeerScore score(params, thresholds);
    PeerScoreObserver observer(score);
    h.router->setScoring(&observer, gatesFrom(thresholds));
    const auto hostile = h.addPeer(9, { kTopic });
    h.addPeers(10, 40, { kTopic }); // the scorer's tables grow and rehash: the handle must not move
    h.router->subscribe(kTopic, h.now);
    h.drain();
    auto signedBy = [](int key, const std::string& data, char seqno) {
        pb::rpc::Message m;
        m.set_topic(kTopic);
        m.set_data(data);
        m.set_seqno(std::string(8, seqno));
        signMessage(m, peerOf(testKey(key)), testKey(key));
        return m;
    };
    for (char i = 0; i < 2; ++i) { // two forged signatures: P4 = -10 * 2^2 = -40, below -30
        pb::rpc::Message m = signedBy(9, "data", i);
        m.set_data("forged");
        pb::rpc::RPC rpc;
        *rpc.add_publish() = m;
        h.send(hostile, rpc);
    }
    ASSERT_DOUBLE_EQ(score.score(hostile, h.now), -40);
    pb::rpc::RPC good;
    *good.add_publish() = signedBy(9, "fine", 5);
    h.send(hostile, good);
    EXPECT_TRUE(h.deliveries.empty());
    EXPECT_EQ(h.eventCount("graylisted"), 1);
    // Without a scorer every score is 0 again: the same RPC gets through.
    h.router->setScoring(nullptr, {});
    h.send(hostile, good);
    EXPECT_EQ(h.deliveries.size(), 1u);
    EXPECT_EQ(h.eventCount("graylisted"), 1);
}

TEST(Hostile, outboundQueue_boundedPerPeer)
{
    RouterHarness h;
    const auto p = h.addPeer(1, {kTopic});
    for (int i = 0; i < 5000; ++i)
        (void)h.router->publish(kTopic, Bytes{static_cast<std::uint8_t>(i), static_cast<std::uint8_t>(i >> 8)}, h.now);
    h.drain();
    EXPECT_EQ(h.messagesTo(p), 4096);
    EXPECT_EQ(h.router->counters().droppedRpcs, 5000u - 4096u);
}
