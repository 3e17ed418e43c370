// Message ids (go, js, content, ethereum) and RPC framing.
#include "core/gossipsub/msgid.h"
#include "core/gossipsub/rpcframing.h"
#include "routertestbuilder.h"

using namespace meshscope;
using namespace meshscope::gossipsub;
using namespace meshscope::gossipsub::test;

namespace {
std::string unhex(const std::string& h)
{
    Bytes b;
    EXPECT_TRUE(fromHex(h, b));
    return std::string(b.begin(), b.end());
}
std::string hexOf(const std::string& s)
{
    return toHex(BytesView(reinterpret_cast<const std::uint8_t*>(s.data()), s.size()));
}
} // namespace

TEST(MsgId, go_isFromConcatSeqno)
{
    pb::rpc::Message m;
    m.set_from("AB");
    m.set_seqno("12345678");
    EXPECT_EQ(computeMessageId(MsgIdFunction::Go, m), "AB12345678");
}

TEST(MsgId, js_isPublicKeyProtobufConcatSeqno)
{
    const auto key = testKey(3);
    const auto id = peerOf(key);
    pb::rpc::Message m;
    m.set_from(std::string(id.bytes().begin(), id.bytes().end()));
    m.set_seqno(std::string("\0\0\0\0\0\0\0\x07", 8));
    const auto pub = key.publicKey().toProtobuf();
    EXPECT_EQ(computeMessageId(MsgIdFunction::Js, m), std::string(pub.begin(), pub.end()) + m.seqno());
    // Not inlined (e.g. RSA): the key field is used.
    pb::rpc::Message rsa;
    rsa.set_from(unhex("1220") + std::string(32, 'x'));
    rsa.set_key("KEY");
    rsa.set_seqno("S");
    EXPECT_EQ(computeMessageId(MsgIdFunction::Js, rsa), "KEYS");
}

TEST(MsgId, content_isSha256OfData)
{
    pb::rpc::Message m;
    m.set_data("abc");
    EXPECT_EQ(hexOf(computeMessageId(MsgIdFunction::Content, m)),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(MsgId, ethereum_validSnappyUsesDecompressedDataAndDomain)
{
    pb::rpc::Message m;
    m.set_topic("/eth2/t");
    m.set_data(unhex("051068656c6c6f")); // raw snappy block of "hello"
    std::string input = unhex("01000000") + unhex("0700000000000000") + "/eth2/t" + "hello";
    EXPECT_EQ(computeMessageId(MsgIdFunction::Ethereum, m), sha256(input).substr(0, 20));
}

TEST(MsgId, ethereum_invalidSnappyUsesInvalidDomainAndRawData)
{
    pb::rpc::Message m;
    m.set_topic("t");
    m.set_data(unhex("ffffffff0f00"));
    std::string input = unhex("00000000") + unhex("0100000000000000") + "t" + m.data();
    EXPECT_EQ(computeMessageId(MsgIdFunction::Ethereum, m), sha256(input).substr(0, 20));
}

TEST(MsgId, namesRoundTrip)
{
    for (auto f : { MsgIdFunction::Go, MsgIdFunction::Js, MsgIdFunction::Content, MsgIdFunction::Ethereum })
        EXPECT_EQ(*parseMsgIdFunction(msgIdFunctionName(f)), f);
    EXPECT_FALSE(parseMsgIdFunction("sha1"));
    EXPECT_EQ(*parseSignPolicy("strict-no-sign"), SignPolicy::StrictNoSign);
}

TEST(Framing, encodeThenDecodeIncrementally)
{
    pb::rpc::RPC rpc;
    rpc.add_subscriptions()->set_topicid("x");
    rpc.mutable_control()->add_graft()->set_topicid("x");
    auto frame = encodeFrame(rpc);
    const auto two = encodeFrame(rpc);
    frame.insert(frame.end(), two.begin(), two.end());
    FrameDecoder d(1024);
    int decoded = 0;
    for (auto b : frame) {
        ASSERT_TRUE(d.feed(BytesView(&b, 1)));
        while (auto r = d.next()) {
            ASSERT_TRUE(*r);
            EXPECT_EQ((*r)->subscriptions(0).topicid(), "x");
            ++decoded;
        }
    }
    EXPECT_EQ(decoded, 2);
}

TEST(Framing, oversizedFrameRefusedBeforeBuffering)
{
    FrameDecoder d(100);
    const Bytes header { 0xe9, 0x07 }; // 1001
    ASSERT_TRUE(d.feed(header));
    auto r = d.next();
    ASSERT_TRUE(r.has_value());
    EXPECT_FALSE(*r);
    EXPECT_FALSE(d.feed(Bytes { 1 }));
}

TEST(Framing, malformedBodyAndVarintAreErrors)
{
    FrameDecoder d(100);
    ASSERT_TRUE(d.feed(Bytes { 0x02, 0xff, 0xff }));
    auto r = d.next();
    ASSERT_TRUE(r.has_value());
    EXPECT_FALSE(*r);
    FrameDecoder v(100);
    ASSERT_TRUE(v.feed(Bytes(11, 0xff)));
    auto rv = v.next();
    ASSERT_TRUE(rv.has_value());
    EXPECT_FALSE(*rv);
    EXPECT_FALSE(decodeRpc(Bytes(200, 0), 100));
}

TEST(MsgId, contentDigestHook_givesPublishedAndReceivedIds)
{
    int calls = 0;
    RouterConfig config;
    config.self = peerOf(testKey(0));
    config.signPolicy = SignPolicy::StrictNoSign;
    config.msgId = MsgIdFunction::Content;
    config.contentDigest = [&](std::string_view data, MessageId& id) {
        ++calls;
        id = sha256(data);
    };
    SeededRng rng(1);
    const auto t0 = fromNanos(0);
    Router router(config, GossipsubParams {}, rng, t0);
    router.subscribe("t", t0);
    const auto id = router.publish("t", Bytes { 1, 2, 3 }, t0);
    ASSERT_TRUE(id);
    EXPECT_EQ(*id, sha256(std::string("\x01\x02\x03", 3)));
    EXPECT_EQ(calls, 1);
    // The same data from a peer: its id comes from the hook too, so it is a duplicate.
    const auto peer = peerOf(testKey(1));
    router.addPeer(peer, PubsubProtocol::Meshsub12, false, "10.0.0.1", t0);
    pb::rpc::RPC rpc;
    auto* m = rpc.add_publish();
    m->set_data(std::string("\x01\x02\x03", 3));
    m->set_topic("t");
    ASSERT_TRUE(router.handleRpc(peer, rpc, t0));
    EXPECT_EQ(calls, 2);
    EXPECT_EQ(router.counters().duplicates, 1u);
    EXPECT_EQ(router.counters().delivered, 0u);
}
