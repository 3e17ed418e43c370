#pragma once
// Signed peer records for peer exchange: RFC 0002 signed envelopes carrying RFC 0003 peer records.
// The envelope signature covers varint(len(domain)) || domain || varint(len(type)) || type ||
// varint(len(payload)) || payload, with domain "libp2p-peer-record" and payload type 0x0301
// (sent as the two bytes 03 01, as go and js do).

#include "core/base/bytes.h"
#include "core/base/result.h"
#include "core/crypto/keys.h"
#include "core/gossipsub/types.h"

#include <cstdint>
#include <vector>

namespace meshscope::gossipsub {

struct VerifiedPeerRecord {
    PeerId peer;                 // whose record (matches the signing key)
    std::uint64_t seq = 0;       // record sequence number
    std::vector<Bytes> addresses; // multiaddr bytes
};

// Builds a signed envelope holding a peer record for `key`'s peer id.
Bytes makeSignedPeerRecord(const crypto::PrivateKey& key, std::uint64_t seq, const std::vector<Bytes>& addresses);
// Verifies envelope bytes: payload type, signature, and that the record's peer id is the signer's.
Result<VerifiedPeerRecord> verifySignedPeerRecord(BytesView envelope);

} // namespace meshscope::gossipsub
