// Peer exchange: signed peer records (RFC 0002/0003), PX offered in our PRUNEs, and accepting
// only verified records from peers above the accept-PX threshold.
#include "core/gossipsub/peerrecord.h"
#include "core/proto/envelope.pb.h"
#include "routertestbuilder.h"

using namespace meshscope;
using namespace meshscope::gossipsub;
using namespace meshscope::gossipsub::test;

namespace {
const TopicId kTopic = "px";

std::string str(BytesView b) { return std::string(b.begin(), b.end()); }

pb::rpc::RPC pruneWithPx(const std::vector<std::pair<PeerId, std::optional<Bytes>>>& entries)
{
    auto rpc = RouterHarness::prune(kTopic, 60);
    for (const auto& [peer, record] : entries) {
        auto* info = rpc.mutable_control()->mutable_prune(0)->add_peers();
        info->set_peerid(str(peer.bytes()));
        if (record)
            info->set_signedpeerrecord(str(*record));
    }
    return rpc;
}
} // namespace

TEST(Px, signedPeerRecord_roundTrips)
{
    const auto key = testKey(7);
    const auto envelope = makeSignedPeerRecord(key, 42, {Bytes{4, 127, 0, 0, 1}});
    auto record = verifySignedPeerRecord(envelope);
    ASSERT_TRUE(record) << record.error().message;
    EXPECT_EQ(record->peer, peerOf(key));
    EXPECT_EQ(record->seq, 42u);
    ASSERT_EQ(record->addresses.size(), 1u);
}

TEST(Px, signedPeerRecord_tamperedPayloadFails)
{
    auto envelope = makeSignedPeerRecord(testKey(7), 1, {});
    pb::envelope::Envelope e;
    ASSERT_TRUE(e.ParseFromArray(envelope.data(), static_cast<int>(envelope.size())));
    pb::envelope::PeerRecord r;
    ASSERT_TRUE(r.ParseFromString(e.payload()));
    r.set_seq(2);
    e.set_payload(r.SerializeAsString());
    const auto bytes = e.SerializeAsString();
    EXPECT_FALSE(verifySignedPeerRecord(Bytes(bytes.begin(), bytes.end())));
}

TEST(Px, signedPeerRecord_recordOfAnotherPeerFails)
{
    // Signed by key 7 but claiming key 8's id.
    auto envelope = makeSignedPeerRecord(testKey(7), 1, {});
    pb::envelope::Envelope e;
    ASSERT_TRUE(e.ParseFromArray(envelope.data(), static_cast<int>(envelope.size())));
    pb::envelope::PeerRecord r;
    ASSERT_TRUE(r.ParseFromString(e.payload()));
    r.set_peer_id(str(peerOf(testKey(8)).bytes()));
    e.set_payload(r.SerializeAsString());
    const auto bytes = e.SerializeAsString();
    EXPECT_FALSE(verifySignedPeerRecord(Bytes(bytes.begin(), bytes.end())));
    EXPECT_FALSE(verifySignedPeerRecord(Bytes{1, 2, 3}));
}

TEST(Px, handlePrune_acceptsVerifiedRecordsAsCandidates)
{
    RouterHarness h;
    const auto p = h.addPeer(1, {kTopic});
    h.router->subscribe(kTopic, h.now);
    const auto good = testKey(20);
    h.send(p, pruneWithPx({{peerOf(good), makeSignedPeerRecord(good, 1, {})}, {peerOf(testKey(21)), std::nullopt}}));
    EXPECT_EQ(h.eventCount("px "), 1);
    EXPECT_EQ(h.eventCount("without a valid signed peer record: 1"), 1);
    bool found = false;
    for (const auto& e : h.events)
        if (const auto* px = std::get_if<EvPxCandidates>(&e.body)) {
            ASSERT_EQ(px->peers.size(), 1u);
            EXPECT_EQ(px->peers[0].first, peerOf(good));
            found = true;
        }
    EXPECT_TRUE(found);
}

TEST(Px, handlePrune_bogusPxYieldsNoCandidates)
{
    RouterHarness h;
    const auto p = h.addPeer(1, {kTopic});
    h.router->subscribe(kTopic, h.now);
    // A record signed by 20 but advertised as 21, and garbage.
    h.send(p, pruneWithPx({{peerOf(testKey(21)), makeSignedPeerRecord(testKey(20), 1, {})},
                  {peerOf(testKey(22)), Bytes{0xff, 0x01}}}));
    EXPECT_EQ(h.eventCount("px "), 0);
    EXPECT_EQ(h.eventCount("without a valid signed peer record: 2"), 1);
}

TEST(Px, handlePrune_ignoresPxBelowAcceptPXThreshold)
{
    Options o;
    o.gates.acceptPXThreshold = 10;
    RouterHarness h(o);
    const auto p = h.addPeer(1, {kTopic});
    h.router->subscribe(kTopic, h.now);
    const auto good = testKey(20);
    h.send(p, pruneWithPx({{peerOf(good), makeSignedPeerRecord(good, 1, {})}}));
    EXPECT_EQ(h.eventCount("px "), 0);
    EXPECT_FALSE(h.inMesh(kTopic, p)); // the PRUNE itself still applies
}

TEST(Px, prune_offersPeersWithRecordsWhenDoPX)
{
    Options o;
    o.params.doPX = true;
    RouterHarness h(o);
    const auto peers = h.addPeers(1, 5, {kTopic});
    h.router->setPeerRecord(peers[2], makeSignedPeerRecord(testKey(3), 1, {}));
    h.router->subscribe(kTopic, h.now);
    h.router->unsubscribe(kTopic, h.now);
    h.drain();
    const auto prunes = h.prunesTo(peers[0]);
    ASSERT_EQ(prunes.size(), 1u);
    EXPECT_EQ(prunes[0].peers_size(), 4);
    int withRecord = 0;
    for (const auto& info : prunes[0].peers()) {
        EXPECT_NE(info.peerid(), str(peers[0].bytes()));
        withRecord += info.has_signedpeerrecord();
    }
    EXPECT_EQ(withRecord, 1);
}

TEST(Px, prune_noPxByDefault)
{
    RouterHarness h;
    const auto peers = h.addPeers(1, 5, {kTopic});
    h.router->subscribe(kTopic, h.now);
    h.router->unsubscribe(kTopic, h.now);
    h.drain();
    ASSERT_EQ(h.prunesTo(peers[0]).size(), 1u);
    EXPECT_EQ(h.prunesTo(peers[0])[0].peers_size(), 0);
}
