#pragma once
// Raw router trace events (go-libp2p-pubsub's RawTracer, plus what it lacks: IDONTWANT,
// PX candidates, penalties, mesh health). The trace module maps these to go's trace.proto.
// Differences from go: events carry `now` explicitly (engines read no clock), and PX candidates
// are an event for the host to dial instead of a direct connect call.

#include "core/base/bytes.h"
#include "core/base/time.h"
#include "core/gossipsub/types.h"

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace meshscope::gossipsub {

struct EvAddPeer { PeerId peer; PubsubProtocol protocol; };           // a pubsub peer was added
struct EvRemovePeer { PeerId peer; };                                  // a pubsub peer went away
struct EvJoin { TopicId topic; };                                      // we subscribed to a topic
struct EvLeave { TopicId topic; };                                     // we unsubscribed
struct EvGraft { PeerId peer; TopicId topic; };                        // peer entered our mesh
struct EvPrune { PeerId peer; TopicId topic; };                        // peer left our mesh
struct EvPeerSubscribed { PeerId peer; TopicId topic; bool subscribed; }; // peer (un)subscribed
struct EvPublish { MessageId id; TopicId topic; };                     // we published a message
struct EvDeliver { MessageId id; TopicId topic; PeerId from; std::size_t size; }; // validated, delivered
struct EvReject { MessageId id; TopicId topic; PeerId from; RejectReason reason; }; // not delivered
struct EvDuplicate { MessageId id; TopicId topic; PeerId from; };      // seen already
struct EvRecvRpc { PeerId peer; std::size_t size; };                   // an RPC arrived
struct EvSendRpc { PeerId peer; std::size_t size; };                   // an RPC was handed out
struct EvDropRpc { PeerId peer; std::string reason; };                 // an RPC (or part) was dropped
struct EvThrottled { PeerId peer; std::string what; };                 // a budget was exhausted
struct EvPenalty { PeerId peer; int count; std::string reason; };      // P7 behaviour penalty applied
struct EvPxCandidates { PeerId from; TopicId topic; std::vector<std::pair<PeerId, Bytes>> peers; }; // verified PX (peer, signed record) to dial
struct EvDirectConnect { PeerId peer; };                               // the host should (re)dial a direct peer

using RouterEventBody = std::variant<EvAddPeer, EvRemovePeer, EvJoin, EvLeave, EvGraft, EvPrune,
    EvPeerSubscribed, EvPublish, EvDeliver, EvReject, EvDuplicate, EvRecvRpc, EvSendRpc, EvDropRpc,
    EvThrottled, EvPenalty, EvPxCandidates, EvDirectConnect>;

struct RouterEvent {
    TimePoint time;       // when it happened (the `now` of the entry point)
    RouterEventBody body; // what happened
};

// One line of text per event ("graft peer=<b58> topic=t"), stable: the determinism test compares these.
std::string describe(const RouterEvent& event);

} // namespace meshscope::gossipsub
