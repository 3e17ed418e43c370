// Publishing: flood publish, mesh publish, direct peers, signing (StrictSign), size limits.
#include "routertestbuilder.h"

using namespace meshscope;
using namespace meshscope::gossipsub;
using namespace meshscope::gossipsub::test;

namespace {
const TopicId kTopic = "p";
}

TEST(Publish, floodPublish_sendsToAllTopicPeersAbovePublishThreshold)
{
    Options o;
    o.gates.publishThreshold = -1;
    RouterHarness h(o);
    const auto peers = h.addPeers(1, 20, {kTopic});
    h.score.scores[peers[0]] = -5;
    h.router->subscribe(kTopic, h.now);
    h.clearSent();
    ASSERT_TRUE(h.router->publish(kTopic, Bytes{9}, h.now));
    h.drain();
    EXPECT_EQ(h.messagesTo(peers[0]), 0);
    for (std::size_t i = 1; i < peers.size(); ++i)
        EXPECT_EQ(h.messagesTo(peers[i]), 1);
    EXPECT_EQ(h.eventCount("publish "), 1);
}

TEST(Publish, meshPublish_sendsToMeshOnlyWithoutFloodPublish)
{
    Options o;
    o.params.floodPublish = false;
    RouterHarness h(o);
    const auto peers = h.addPeers(1, 20, {kTopic});
    h.router->subscribe(kTopic, h.now);
    h.clearSent();
    ASSERT_TRUE(h.router->publish(kTopic, Bytes{9}, h.now));
    h.drain();
    for (const auto& p : peers)
        EXPECT_EQ(h.messagesTo(p), h.inMesh(kTopic, p) ? 1 : 0);
}

TEST(Publish, directPeers_alwaysReceive)
{
    Options o;
    o.params.floodPublish = false;
    RouterHarness h(o);
    const auto direct = peerOf(testKey(99));
    h.router->addDirectPeer(direct);
    h.addPeer(99, {kTopic});
    h.addPeers(1, 10, {kTopic});
    h.router->subscribe(kTopic, h.now);
    EXPECT_FALSE(h.inMesh(kTopic, direct));
    h.clearSent();
    ASSERT_TRUE(h.router->publish(kTopic, Bytes{1}, h.now));
    h.drain();
    EXPECT_EQ(h.messagesTo(direct), 1);
}

TEST(Publish, strictSign_messageCarriesFromSeqnoSignatureAndVerifies)
{
    Options o;
    o.signPolicy = SignPolicy::StrictSign;
    o.msgId = MsgIdFunction::Go;
    RouterHarness h(o);
    const auto p = h.addPeer(1, {kTopic});
    auto id = h.router->publish(kTopic, Bytes{'h', 'i'}, h.now);
    ASSERT_TRUE(id) << id.error().message;
    h.drain();
    ASSERT_EQ(h.messagesTo(p), 1);
    const auto& m = h.sent[p].back().publish(0);
    EXPECT_EQ(m.from(), std::string(h.self.bytes().begin(), h.self.bytes().end()));
    EXPECT_EQ(m.seqno().size(), 8u);
    EXPECT_FALSE(m.has_key()); // Ed25519 key is inlined in the id
    EXPECT_FALSE(checkSignature(m, SignPolicy::StrictSign).has_value());
    EXPECT_EQ(*id, m.from() + m.seqno());
    auto tampered = m;
    tampered.set_data("ho");
    EXPECT_EQ(checkSignature(tampered, SignPolicy::StrictSign), RejectReason::InvalidSignature);
}

TEST(Publish, strictNoSign_messageHasNoAuthFields)
{
    RouterHarness h;
    const auto p = h.addPeer(1, {kTopic});
    ASSERT_TRUE(h.router->publish(kTopic, Bytes{1}, h.now));
    h.drain();
    const auto& m = h.sent[p].back().publish(0);
    EXPECT_FALSE(m.has_from() || m.has_seqno() || m.has_signature() || m.has_key());
}

TEST(Publish, rejectsOversizedAndDuplicateMessages)
{
    Options o;
    o.params.maxMessageSize = 100;
    RouterHarness h(o);
    EXPECT_FALSE(h.router->publish(kTopic, Bytes(101, 0), h.now));
    EXPECT_TRUE(h.router->publish(kTopic, Bytes(100, 0), h.now));
    EXPECT_FALSE(h.router->publish(kTopic, Bytes(100, 0), h.now)); // same content id
}

TEST(Publish, localValidatorRejectionFailsPublish)
{
    RouterHarness h;
    h.router->setValidator(kTopic, [](const PeerId&, const pb::rpc::Message&) { return ValidationResult::Reject; });
    EXPECT_FALSE(h.router->publish(kTopic, Bytes{1}, h.now));
}

TEST(Publish, outgoingRpcsSplitUnderMaxTransmissionSize)
{
    Options o;
    o.params.maxTransmissionSize = 4096;
    o.params.maxMessageSize = 2000;
    RouterHarness h(o);
    const auto p = h.addPeer(1, {kTopic});
    for (int i = 0; i < 10; ++i)
        ASSERT_TRUE(h.router->publish(kTopic, Bytes(1500, static_cast<std::uint8_t>(i)), h.now));
    h.drain();
    EXPECT_EQ(h.messagesTo(p), 10);
    EXPECT_GE(h.sent[p].size(), 4u);
    for (const auto& rpc : h.sent[p])
        EXPECT_LE(rpc.ByteSizeLong(), 4096u);
}
