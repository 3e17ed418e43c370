#include "core/gossipsub/peerrecord.h"

#include "core/proto/envelope.pb.h"

#include <string_view>

namespace meshscope::gossipsub {

namespace {

constexpr std::string_view kDomain = "libp2p-peer-record";
const std::string kPayloadType("\x03\x01", 2);
constexpr std::size_t kMaxEnvelope = 64 * 1024; // records are small; bigger is hostile

BytesView viewOf(std::string_view s) { return {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()}; }

void appendField(std::string& out, std::string_view field)
{
    std::uint64_t n = field.size();
    while (n >= 0x80) {
        out.push_back(static_cast<char>((n & 0x7f) | 0x80));
        n >>= 7;
    }
    out.push_back(static_cast<char>(n));
    out.append(field);
}

std::string signedContent(std::string_view payloadType, std::string_view payload)
{
    std::string out;
    appendField(out, kDomain);
    appendField(out, payloadType);
    appendField(out, payload);
    return out;
}

} // namespace

Bytes makeSignedPeerRecord(const crypto::PrivateKey& key, std::uint64_t seq, const std::vector<Bytes>& addresses)
{
    const auto pub = key.publicKey().toProtobuf();
    const auto id = PeerId::fromPublicKey(pub);
    pb::envelope::PeerRecord record;
    record.set_peer_id(std::string(id.bytes().begin(), id.bytes().end()));
    record.set_seq(seq);
    for (const auto& a : addresses)
        record.add_addresses()->set_multiaddr(std::string(a.begin(), a.end()));
    pb::envelope::Envelope envelope;
    envelope.set_public_key(std::string(pub.begin(), pub.end()));
    envelope.set_payload_type(kPayloadType);
    envelope.set_payload(record.SerializeAsString());
    const auto signature = key.sign(viewOf(signedContent(envelope.payload_type(), envelope.payload())));
    envelope.set_signature(std::string(signature.begin(), signature.end()));
    const auto bytes = envelope.SerializeAsString();
    return Bytes(bytes.begin(), bytes.end());
}

Result<VerifiedPeerRecord> verifySignedPeerRecord(BytesView bytes)
{
    if (bytes.size() > kMaxEnvelope)
        return fail("signed peer record too large");
    pb::envelope::Envelope envelope;
    if (!envelope.ParseFromArray(bytes.data(), static_cast<int>(bytes.size())))
        return fail("malformed envelope");
    if (envelope.payload_type() != kPayloadType)
        return fail("envelope payload is not a peer record");
    auto key = crypto::PublicKey::fromProtobuf(viewOf(envelope.public_key()));
    if (!key)
        return fail("envelope key: " + key.error().message);
    if (!key->verify(viewOf(signedContent(envelope.payload_type(), envelope.payload())), viewOf(envelope.signature())))
        return fail("envelope signature does not verify");
    pb::envelope::PeerRecord record;
    if (!record.ParseFromString(envelope.payload()))
        return fail("malformed peer record");
    auto peer = PeerId::fromBytes(viewOf(record.peer_id()));
    if (!peer)
        return fail("peer record id: " + peer.error().message);
    if (PeerId::fromPublicKey(viewOf(envelope.public_key())) != *peer)
        return fail("peer record id is not the signer's");
    VerifiedPeerRecord out;
    out.peer = *peer;
    out.seq = record.seq();
    for (const auto& a : record.addresses())
        out.addresses.emplace_back(a.multiaddr().begin(), a.multiaddr().end());
    return out;
}

} // namespace meshscope::gossipsub
