#pragma once
// Message id functions. The id is what the seen cache, mcache, IHAVE/IWANT and IDONTWANT speak,
// so every peer of a topic must use the same one (INTEROP.md, "Message id").
//   Go:       from || seqno (go-libp2p-pubsub DefaultMsgIdFn; the spec's default).
//   Js:       protobuf(public key) || seqno, js-libp2p-gossipsub's StrictSign default
//             (msgId(from.publicKey ?? key, seqno)); the key comes from an identity-multihash
//             `from`, else from the `key` field; without either it falls back to Go's.
//   Content:  SHA-256(data) (js StrictNoSign default, go's usual no-sign choice).
//   Ethereum: SHA-256(MESSAGE_DOMAIN_VALID_SNAPPY || uint64_le(len(topic)) || topic ||
//             snappy_decompress(data))[:20], or with MESSAGE_DOMAIN_INVALID_SNAPPY and the raw data
//             when decompression fails or would exceed the Ethereum gossip size (consensus-specs,
//             altair p2p-interface).

#include "core/base/result.h"
#include "core/gossipsub/types.h"
#include "core/proto/rpc.pb.h"

#include <string_view>

namespace meshscope::gossipsub {

enum class MsgIdFunction { Go, Js, Content, Ethereum };

// Name for config and JSON ("go", "js", "content", "ethereum").
std::string_view msgIdFunctionName(MsgIdFunction f);
// Parses a name written by msgIdFunctionName.
Result<MsgIdFunction> parseMsgIdFunction(std::string_view name);

// The id of `message` under `f`.
MessageId computeMessageId(MsgIdFunction f, const pb::rpc::Message& message);

// The public key protobuf inlined in an identity-multihash peer id, or empty.
std::string_view inlinedPublicKey(std::string_view peerIdBytes);

// SHA-256 of `data` as 32 raw bytes.
std::string sha256(std::string_view data);

} // namespace meshscope::gossipsub
