// The message pipeline: sync and async validators, signature policies with go's reject reasons,
// duplicates, self-origin, and what scoring hears.
#include "routertestbuilder.h"

using namespace meshscope;
using namespace meshscope::gossipsub;
using namespace meshscope::gossipsub::test;

namespace {
const TopicId kTopic = "v";

pb::rpc::Message signedBy(int keyNumber, const std::string& data, std::uint8_t seq = 1)
{
    pb::rpc::Message m;
    m.set_topic(kTopic);
    m.set_data(data);
    m.set_seqno(std::string(7, '\0') + static_cast<char>(seq));
    const auto key = testKey(keyNumber);
    signMessage(m, peerOf(key), key);
    return m;
}

pb::rpc::RPC wrap(const pb::rpc::Message& m)
{
    pb::rpc::RPC rpc;
    *rpc.add_publish() = m;
    return rpc;
}
} // namespace

TEST(Validation, accept_deliversAndForwards)
{
    RouterHarness h;
    const auto peers = h.addPeers(1, 3, {kTopic});
    h.router->subscribe(kTopic, h.now);
    h.clearSent();
    h.send(peers[0], RouterHarness::message(kTopic, "ok"));
    ASSERT_EQ(h.deliveries.size(), 1u);
    EXPECT_EQ(h.deliveries[0].from, peers[0]);
    EXPECT_EQ(h.messagesTo(peers[0]), 0);
    EXPECT_EQ(h.messagesTo(peers[1]), 1);
    EXPECT_EQ(h.score.delivered[peers[0]], 1);
    EXPECT_EQ(h.score.validated, 1);
}

TEST(Validation, reject_tracesValidationFailedAndDoesNotForward)
{
    RouterHarness h;
    const auto peers = h.addPeers(1, 3, {kTopic});
    h.router->subscribe(kTopic, h.now);
    h.router->setValidator(kTopic, [](const PeerId&, const pb::rpc::Message&) { return ValidationResult::Reject; });
    h.clearSent();
    h.send(peers[0], RouterHarness::message(kTopic, "bad"));
    EXPECT_TRUE(h.deliveries.empty());
    EXPECT_EQ(h.messagesTo(peers[1]), 0);
    EXPECT_EQ(h.eventCount("\"validation failed\""), 1);
    ASSERT_EQ(h.score.rejects[peers[0]].size(), 1u);
    EXPECT_EQ(h.score.rejects[peers[0]][0], RejectReason::ValidationFailed);
}

TEST(Validation, ignore_tracesValidationIgnored)
{
    RouterHarness h;
    const auto peers = h.addPeers(1, 2, {kTopic});
    h.router->subscribe(kTopic, h.now);
    h.router->setValidator(kTopic, [](const PeerId&, const pb::rpc::Message&) { return ValidationResult::Ignore; });
    h.send(peers[0], RouterHarness::message(kTopic, "meh"));
    EXPECT_EQ(h.eventCount("\"validation ignored\""), 1);
    EXPECT_EQ(h.router->counters().ignored, 1u);
}

TEST(Validation, async_deliversAfterReport)
{
    RouterHarness h;
    const auto peers = h.addPeers(1, 3, {kTopic});
    h.router->subscribe(kTopic, h.now);
    h.router->setAsyncValidation(kTopic, true);
    h.clearSent();
    h.send(peers[0], RouterHarness::message(kTopic, "later"));
    EXPECT_TRUE(h.deliveries.empty());
    auto requests = h.router->pollValidationRequests();
    ASSERT_EQ(requests.size(), 1u);
    h.router->reportValidationResult(requests[0].id, ValidationResult::Accept, h.now);
    h.drain();
    EXPECT_EQ(h.deliveries.size(), 1u);
    EXPECT_EQ(h.messagesTo(peers[1]), 1);
    h.router->reportValidationResult(requests[0].id, ValidationResult::Accept, h.now); // twice: no-op
    h.drain();
    EXPECT_EQ(h.deliveries.size(), 1u);
}

TEST(Validation, async_queueFullRejects)
{
    RouterHarness h;
    const auto p = h.addPeer(1, {kTopic});
    h.router->subscribe(kTopic, h.now);
    h.router->setAsyncValidation(kTopic, true);
    for (int i = 0; i < 40; ++i)
        h.send(p, RouterHarness::message(kTopic, "m" + std::to_string(i)));
    EXPECT_EQ(h.router->pollValidationRequests().size(), 32u);
    EXPECT_EQ(h.eventCount("\"validation queue full\""), 8);
}

TEST(Validation, strictSign_validSignatureAccepted)
{
    Options o;
    o.signPolicy = SignPolicy::StrictSign;
    o.msgId = MsgIdFunction::Go;
    RouterHarness h(o);
    const auto p = h.addPeer(1, {kTopic});
    h.router->subscribe(kTopic, h.now);
    h.send(p, wrap(signedBy(5, "signed")));
    EXPECT_EQ(h.deliveries.size(), 1u);
}

TEST(Validation, strictSign_missingAndInvalidSignatureRejected)
{
    Options o;
    o.signPolicy = SignPolicy::StrictSign;
    o.msgId = MsgIdFunction::Go;
    RouterHarness h(o);
    const auto p = h.addPeer(1, {kTopic});
    h.router->subscribe(kTopic, h.now);
    auto unsignedMsg = signedBy(5, "a", 1);
    unsignedMsg.clear_signature();
    h.send(p, wrap(unsignedMsg));
    auto forged = signedBy(5, "b", 2);
    forged.set_data("changed");
    h.send(p, wrap(forged));
    auto wrongKey = signedBy(5, "c", 3);
    wrongKey.set_key("junk"); // a key that is not the one inlined in `from`
    h.send(p, wrap(wrongKey));
    EXPECT_TRUE(h.deliveries.empty());
    ASSERT_EQ(h.score.rejects[p].size(), 3u);
    EXPECT_EQ(h.score.rejects[p][0], RejectReason::MissingSignature);
    EXPECT_EQ(h.score.rejects[p][1], RejectReason::InvalidSignature);
    EXPECT_EQ(h.score.rejects[p][2], RejectReason::InvalidSignature);
}

TEST(Validation, strictNoSign_rejectsSignatureAndAuthInfo)
{
    RouterHarness h;
    const auto p = h.addPeer(1, {kTopic});
    h.router->subscribe(kTopic, h.now);
    h.send(p, wrap(signedBy(5, "x")));
    pb::rpc::Message withFrom;
    withFrom.set_topic(kTopic);
    withFrom.set_data("y");
    withFrom.set_from("abc");
    h.send(p, wrap(withFrom));
    ASSERT_EQ(h.score.rejects[p].size(), 2u);
    EXPECT_EQ(h.score.rejects[p][0], RejectReason::UnexpectedSignature);
    EXPECT_EQ(h.score.rejects[p][1], RejectReason::UnexpectedAuthInfo);
}

TEST(Validation, laxSign_acceptsUnsignedVerifiesSigned)
{
    Options o;
    o.signPolicy = SignPolicy::LaxSign;
    o.msgId = MsgIdFunction::Content;
    RouterHarness h(o);
    const auto p = h.addPeer(1, {kTopic});
    h.router->subscribe(kTopic, h.now);
    h.send(p, RouterHarness::message(kTopic, "plain"));
    auto forged = signedBy(5, "b");
    forged.set_data("changed");
    h.send(p, wrap(forged));
    EXPECT_EQ(h.deliveries.size(), 1u);
    EXPECT_EQ(h.eventCount("\"invalid signature\""), 1);
}

TEST(Validation, duplicate_tracedAndReportedToScore)
{
    RouterHarness h;
    const auto peers = h.addPeers(1, 2, {kTopic});
    h.router->subscribe(kTopic, h.now);
    h.send(peers[0], RouterHarness::message(kTopic, "dup"));
    h.send(peers[1], RouterHarness::message(kTopic, "dup"));
    EXPECT_EQ(h.deliveries.size(), 1u);
    EXPECT_EQ(h.score.duplicates[peers[1]], 1);
    EXPECT_EQ(h.router->counters().duplicates, 1u);
    EXPECT_EQ(h.eventCount("duplicate "), 1);
}

TEST(Validation, selfOriginRejected)
{
    RouterHarness h;
    const auto p = h.addPeer(1, {kTopic});
    h.router->subscribe(kTopic, h.now);
    auto rpc = RouterHarness::message(kTopic, "me");
    rpc.mutable_publish(0)->set_from(std::string(h.self.bytes().begin(), h.self.bytes().end()));
    h.send(p, rpc);
    EXPECT_EQ(h.eventCount("\"self originated message\""), 1);
}

TEST(Validation, seenCacheExpiresAfterSeenTTL)
{
    Options o;
    o.params.seenTTL = 5s;
    RouterHarness h(o);
    const auto p = h.addPeer(1, {kTopic});
    h.router->subscribe(kTopic, h.now);
    h.send(p, RouterHarness::message(kTopic, "again"));
    h.advance(10s);
    h.send(p, RouterHarness::message(kTopic, "again"));
    EXPECT_EQ(h.deliveries.size(), 2u);
}

// signedBytes is written field by field (no message copy): it must equal protobuf's own
// serialisation of the message without signature and key, also for present-but-empty fields and
// for unknown fields (which protobuf serialises after the known ones).
TEST(Validation, signedBytes_equalsProtobufWithoutSignatureAndKey)
{
    const auto reference = [](const pb::rpc::Message& m) {
        pb::rpc::Message copy = m;
        copy.clear_signature();
        copy.clear_key();
        return "libp2p-pubsub:" + copy.SerializeAsString();
    };
    auto m = signedBy(5, std::string(300, 'x'));
    EXPECT_EQ(signedBytes(m), reference(m));
    pb::rpc::Message empty;
    empty.set_topic("");
    empty.set_data("");
    EXPECT_EQ(signedBytes(empty), reference(empty));
    EXPECT_EQ(signedBytes(pb::rpc::Message()), reference(pb::rpc::Message()));
    pb::rpc::Message withUnknown;
    ASSERT_TRUE(withUnknown.ParseFromString(m.SerializeAsString() + std::string("\x3a\x02hi", 4))); // field 7
    EXPECT_EQ(signedBytes(withUnknown), reference(withUnknown));
    EXPECT_NE(signedBytes(withUnknown), signedBytes(m));
}

// The author key cache: once a key is known, a message naming another author with that key, or
// with a bad signature, is still rejected; valid ones from the same author keep passing.
TEST(Validation, strictSign_cachedAuthorKeyStillChecksFromAndSignature)
{
    const auto good = signedBy(7, "first", 1);
    EXPECT_EQ(checkSignature(good, SignPolicy::StrictSign), std::nullopt);
    EXPECT_EQ(checkSignature(signedBy(7, "second", 2), SignPolicy::StrictSign), std::nullopt);
    auto forged = signedBy(7, "third", 3);
    forged.set_data("changed");
    EXPECT_EQ(checkSignature(forged, SignPolicy::StrictSign), RejectReason::InvalidSignature);
    auto otherAuthor = signedBy(7, "fourth", 4);
    const auto other = peerOf(testKey(8));
    otherAuthor.set_from(std::string(other.bytes().begin(), other.bytes().end()));
    EXPECT_EQ(checkSignature(otherAuthor, SignPolicy::StrictSign), RejectReason::InvalidSignature);
    EXPECT_EQ(checkSignature(signedBy(7, "fifth", 5), SignPolicy::StrictSign), std::nullopt);
    // Many distinct authors all verify, and the first one still does.
    for (int k = 100; k < 140; ++k)
        EXPECT_EQ(checkSignature(signedBy(k, "many", 1), SignPolicy::StrictSign), std::nullopt) << k;
    EXPECT_EQ(checkSignature(good, SignPolicy::StrictSign), std::nullopt);
}
