#pragma once
// Message signing policies (pubsub README "Message Signing", go's MessageSignaturePolicy).
//   StrictSign:   we sign; every received message must carry from, seqno and a valid signature.
//   StrictNoSign: we send no from, seqno, signature or key; received messages carrying any are rejected.
//   LaxSign:      we sign; unsigned messages are accepted, signed ones verified.
//   LaxNoSign:    we do not sign; signed messages are verified, unsigned accepted.
// The signature covers "libp2p-pubsub:" || protobuf(Message without signature and key); the key is
// sent only when it is not inlined in an identity-multihash `from`.

#include "core/base/result.h"
#include "core/crypto/keys.h"
#include "core/gossipsub/types.h"
#include "core/proto/rpc.pb.h"

#include <optional>
#include <string_view>

namespace meshscope::gossipsub {

enum class SignPolicy { StrictSign, StrictNoSign, LaxSign, LaxNoSign };

// Name for config ("strict-sign", "strict-no-sign", "lax-sign", "lax-no-sign").
std::string_view signPolicyName(SignPolicy p);
Result<SignPolicy> parseSignPolicy(std::string_view name);
// True if messages we publish are signed under `p`.
constexpr bool policySigns(SignPolicy p) { return p == SignPolicy::StrictSign || p == SignPolicy::LaxSign; }

// The bytes a signature covers: "libp2p-pubsub:" || protobuf(message minus signature and key).
std::string signedBytes(const pb::rpc::Message& message);

// Fills from, signature and (when the id does not inline it) key of `message` (seqno, data and
// topic must be set already).
void signMessage(pb::rpc::Message& message, const PeerId& self, const crypto::PrivateKey& key);

// Checks `message` against `policy`; the reason when it must be rejected, nullopt when it passes.
std::optional<RejectReason> checkSignature(const pb::rpc::Message& message, SignPolicy policy);

} // namespace meshscope::gossipsub
