#pragma once
// Small vocabulary types shared by the router and its collaborators (score, mcache, tracing).

#include "core/multiformats/peerid.h"

#include <string>
#include <string_view>

namespace meshscope::gossipsub {

using multiformats::PeerId;
using TopicId = std::string;
// A message id as computed by the configured id function: binary, compared bytewise.
using MessageId = std::string;

// A scorer's reference to one known peer's state, so that scoring it skips the lookup by PeerId
// (ScoreObserver::handle()). Valid from the peer's addPeer() until its removePeer(); empty: none.
struct ScoreHandle {
    const void* state = nullptr; // the scorer's per-peer entry
};

// Why a message was not delivered. Strings are go-libp2p-pubsub's, so traces match go's tools.
enum class RejectReason {
    BlacklistedPeer,     // "blacklisted peer"
    BlacklistedSource,   // "blacklisted source"
    MissingSignature,    // "missing signature"
    UnexpectedSignature, // "unexpected signature"
    UnexpectedAuthInfo,  // "unexpected auth info"
    InvalidSignature,    // "invalid signature"
    ValidationQueueFull, // "validation queue full"
    ValidationThrottled, // "validation throttled"
    ValidationFailed,    // "validation failed" (validator said reject)
    ValidationIgnored,   // "validation ignored" (validator said ignore)
    SelfOrigin,          // "self originated message"
};

// go-libp2p-pubsub's reason string for `r`.
constexpr std::string_view rejectReasonText(RejectReason r)
{
    switch (r) {
    case RejectReason::BlacklistedPeer: return "blacklisted peer";
    case RejectReason::BlacklistedSource: return "blacklisted source";
    case RejectReason::MissingSignature: return "missing signature";
    case RejectReason::UnexpectedSignature: return "unexpected signature";
    case RejectReason::UnexpectedAuthInfo: return "unexpected auth info";
    case RejectReason::InvalidSignature: return "invalid signature";
    case RejectReason::ValidationQueueFull: return "validation queue full";
    case RejectReason::ValidationThrottled: return "validation throttled";
    case RejectReason::ValidationFailed: return "validation failed";
    case RejectReason::ValidationIgnored: return "validation ignored";
    case RejectReason::SelfOrigin: return "self originated message";
    }
    return "unknown";
}

// Pubsub protocol a peer speaks, as negotiated on its stream. Ordered: newer compares greater.
enum class PubsubProtocol { Floodsub, Meshsub10, Meshsub11, Meshsub12 };

constexpr std::string_view protocolIdOf(PubsubProtocol p)
{
    switch (p) {
    case PubsubProtocol::Floodsub: return "/floodsub/1.0.0";
    case PubsubProtocol::Meshsub10: return "/meshsub/1.0.0";
    case PubsubProtocol::Meshsub11: return "/meshsub/1.1.0";
    case PubsubProtocol::Meshsub12: return "/meshsub/1.2.0";
    }
    return "";
}

} // namespace meshscope::gossipsub
