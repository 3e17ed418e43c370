#pragma once
// libp2p identify (/ipfs/id/1.0.0 and /ipfs/id/push/1.0.0): the message we send and the parser
// for the one we receive. One uvarint-length-prefixed Identify protobuf per stream, at most 8 KiB.
// Differences from go/js: a signedPeerRecord is carried through but not verified or used.

#include "core/base/bytes.h"
#include "core/base/result.h"
#include "core/multiformats/peerid.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace meshscope::host {

inline constexpr const char* kIdentifyProtocol = "/ipfs/id/1.0.0";
inline constexpr const char* kIdentifyPushProtocol = "/ipfs/id/push/1.0.0";
inline constexpr const char* kIdentifyProtocolVersion = "ipfs/0.1.0";
// Largest identify message accepted (js and go use 8 KiB).
inline constexpr std::size_t kIdentifyMaxMessage = 8 * 1024;

// What an identify message says, in wire form (addresses are multiaddr bytes).
struct IdentifyInfo {
    std::string protocolVersion;             // "ipfs/0.1.0"
    std::string agentVersion;                // "meshscope/0.1.0", "js-libp2p/..."
    Bytes publicKey;                         // serialised libp2p PublicKey protobuf
    std::vector<Bytes> listenAddrs;          // multiaddrs the peer listens on
    std::optional<Bytes> observedAddr;       // our address as the peer sees it
    std::vector<std::string> protocols;      // protocols the peer serves
    std::optional<Bytes> signedPeerRecord;   // passed through, not verified
};

// The Identify protobuf for `info`, without a length prefix.
Bytes encodeIdentify(const IdentifyInfo& info);
// The Identify protobuf with its uvarint length prefix, ready to write on a stream.
Bytes encodeIdentifyMessage(const IdentifyInfo& info);
// Parses one Identify protobuf (no length prefix); rejects oversize and malformed input.
Result<IdentifyInfo> decodeIdentify(BytesView protobuf);
// Parses a complete identify stream (length prefix + message, nothing after it).
Result<IdentifyInfo> decodeIdentifyMessage(BytesView stream);
// Checks that the identify message's public key belongs to `peer` (the connection's peer).
// An absent key is accepted for push messages only (`allowMissingKey`).
Status checkIdentifyKey(const IdentifyInfo& info, const multiformats::PeerId& peer, bool allowMissingKey);

} // namespace meshscope::host
